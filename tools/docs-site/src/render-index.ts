import type { ProviderDocs } from './providers.js';

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character] ?? character);
}

/** The page of a provider, relative to the index, so the site works under any base path (GitHub Pages) and from file://. */
export function providerPageHref(id: string): string {
  return `${encodeURIComponent(id)}/index.html`;
}

function renderProvider(provider: ProviderDocs): string {
  const href = providerPageHref(provider.id);
  const count = provider.operations.length;
  const operations = provider.operations
    .map(
      (operation) =>
        `<li><span class="method method-${escapeHtml(operation.method)}">${escapeHtml(operation.method.toUpperCase())}</span>` +
        ` <span class="summary">${escapeHtml(operation.summary)}</span>` +
        ` <code>${escapeHtml(operation.path)}</code></li>`,
    )
    .join('\n          ');
  return `
      <section class="provider" id="${escapeHtml(provider.id)}" data-provider="${escapeHtml(provider.id)}">
        <h2><a href="${href}">${escapeHtml(provider.title)}</a></h2>
        <p class="meta"><span class="version">version ${escapeHtml(provider.version)}</span> ·
          <span class="operation-count">${count} ${count === 1 ? 'operation' : 'operations'}</span> ·
          <code>${escapeHtml(provider.specPackage)}</code></p>
        <p class="description">${escapeHtml(provider.summary)}</p>
        <ul class="operations">
          ${operations}
        </ul>
        <p><a class="open" href="${href}">Open the ${escapeHtml(provider.title)} reference →</a></p>
      </section>`;
}

/** The landing page: one card per provider, every figure read from its bundled spec. */
export function renderIndex(providers: ProviderDocs[]): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>rtc-sessions API reference</title>
  <link rel="icon" href="data:,">
  <style>
    :root { color-scheme: light; --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; --accent: #0969da; }
    * { box-sizing: border-box; }
    body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: #f6f8fa; }
    main { max-width: 60rem; margin: 0 auto; padding: 2rem 1.25rem 3rem; }
    h1 { margin: 0 0 .25rem; font-size: 2rem; }
    .lead { margin: 0 0 2rem; color: var(--muted); }
    .provider { background: #fff; border: 1px solid var(--line); border-radius: .5rem; padding: 1.25rem 1.5rem; margin-bottom: 1.25rem; }
    .provider h2 { margin: 0 0 .25rem; font-size: 1.35rem; }
    a { color: var(--accent); text-decoration: none; }
    a:hover { text-decoration: underline; }
    .meta { margin: 0 0 .5rem; color: var(--muted); font-size: .9rem; }
    .operations { list-style: none; padding: 0; margin: .75rem 0; }
    .operations li { padding: .3rem 0; border-top: 1px solid #eef1f4; }
    code { font: .85em ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; color: var(--muted); }
    .method { display: inline-block; min-width: 3.6rem; padding: 0 .35rem; border-radius: .25rem; font: 600 .75rem/1.6 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; text-align: center; color: #fff; background: #57606a; }
    .method-get { background: #1a7f37; }
    .method-post { background: #0969da; }
    .method-put, .method-patch { background: #9a6700; }
    .method-delete { background: #cf222e; }
  </style>
</head>
<body>
  <main>
    <h1>rtc-sessions API reference</h1>
    <p class="lead">Hand-written OpenAPI 3.1 descriptions of the session APIs of ${providers.length} video providers, rendered with Redoc.</p>
${providers.map(renderProvider).join('\n')}
  </main>
</body>
</html>
`;
}
