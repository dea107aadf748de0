import type { HubEntry, ProviderHub } from './hub.js';

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

/**
 * Escaped text with a line-break opportunity (`<wbr>`) after each `.`, `_` and `/` of a long
 * identifier, so `HMS_ACCESS_KEY` or a Zoom event name wraps at a boundary instead of mid-word.
 */
export function breakableCode(text: string): string {
  return text
    .split(/(\s+)/)
    .map((word) =>
      word.length > 12 ? escapeHtml(word).replace(/([._/])(?=.)/g, '$1<wbr>') : escapeHtml(word),
    )
    .join('');
}

/** The Markdown of one line as HTML: code spans, bold, emphasis and links; everything else escaped. */
export function inlineMarkdown(text: string): string {
  return text
    .split(/(`[^`]*`)/)
    .map((part) => {
      if (/^`[^`]*`$/.test(part)) return `<code>${breakableCode(part.slice(1, -1))}</code>`;
      return escapeHtml(part)
        .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
        .replace(/(?<![\w*])\*([^*]+)\*(?![\w*])/g, '<em>$1</em>')
        .replace(/\[([^\]]+)\]\((https?:\/\/[^)\s]+|[^):\s]+)\)/g, '<a href="$2">$1</a>');
    })
    .join('');
}

/** Paragraphs and `-` lists of a changeset or changelog section. */
export function blockMarkdown(text: string): string {
  const html: string[] = [];
  for (const block of text.split(/\n\s*\n/)) {
    const lines = block.trim().split('\n');
    if (lines.length === 0 || lines[0] === '') continue;
    if (lines.every((line, index) => /^\s*[-*]\s/.test(line) || (index > 0 && /^\s+\S/.test(line)))) {
      const items = block
        .trim()
        .split(/\n(?=\s*[-*]\s)/)
        .map(
          (item) => `<li>${inlineMarkdown(item.replace(/^\s*[-*]\s+/, '').replace(/\s*\n\s*/g, ' '))}</li>`,
        );
      html.push(`<ul>${items.join('')}</ul>`);
    } else {
      html.push(`<p>${inlineMarkdown(lines.join(' '))}</p>`);
    }
  }
  return html.join('\n');
}

/** The page of a provider, relative to the index, so the site works under any base path (GitHub Pages) and from file://. */
export function providerPageHref(id: string): string {
  return `${encodeURIComponent(id)}/index.html`;
}

/** A file beside a provider's page (`openapi.json`), relative to the index. */
export function providerFileHref(id: string, file: string): string {
  return `${encodeURIComponent(id)}/${file}`;
}

function renderEntry(provider: ProviderHub, entry: HubEntry): string {
  const href = `${providerPageHref(provider.id)}${entry.anchor}`;
  const method = entry.kind === 'webhook' ? 'event' : entry.method;
  const tags = [
    entry.rateLimit ? `<span class="tag" title="rate-limit label">${escapeHtml(entry.rateLimit)}</span>` : '',
    entry.pagination ? '<span class="tag" title="a list operation: the client pages it">paged</span>' : '',
    entry.docsVsServer
      ? '<span class="tag tag-note" title="has a Docs vs. server note">docs ≠ server</span>'
      : '',
  ].join('');
  return (
    `<li data-kind="${entry.kind}"><span class="method method-${escapeHtml(method)}">${escapeHtml(method.toUpperCase())}</span>` +
    ` <a class="summary" href="${escapeHtml(href)}">${breakableCode(entry.summary)}</a>` +
    ` <code>${breakableCode(entry.key)}</code>${tags}</li>`
  );
}

function renderProvider(provider: ProviderHub): string {
  const href = providerPageHref(provider.id);
  const operations = provider.entries.filter((entry) => entry.kind === 'operation');
  const webhooks = provider.entries.filter((entry) => entry.kind === 'webhook');
  const count = operations.length;
  const list = (entries: HubEntry[]) =>
    `<ul class="operations">\n          ${entries.map((entry) => renderEntry(provider, entry)).join('\n          ')}\n        </ul>`;
  return `
      <section class="provider" id="${escapeHtml(provider.id)}" data-provider="${escapeHtml(provider.id)}">
        <h2><a href="${href}">${escapeHtml(provider.title)}</a></h2>
        <p class="meta"><span class="version">version ${escapeHtml(provider.version)}</span> ·
          <span class="operation-count">${count} ${count === 1 ? 'operation' : 'operations'}</span>${
            webhooks.length > 0
              ? ` · <span class="webhook-count">${webhooks.length} ${webhooks.length === 1 ? 'webhook' : 'webhooks'}</span>`
              : ''
          } ·
          <code>${escapeHtml(provider.clientPackage)}</code></p>
        <p class="description">${escapeHtml(provider.summary)}</p>
        <p class="auth"><strong>Auth:</strong> ${inlineMarkdown(provider.auth)}</p>
        ${list(operations)}${webhooks.length > 0 ? `\n        <h3>Webhooks</h3>\n        ${list(webhooks)}` : ''}
        <p class="links"><a class="open" href="${href}">Open the ${escapeHtml(provider.title)} reference →</a>
          · Download <a href="${providerFileHref(provider.id, 'openapi.json')}" download>openapi.json</a>
          · <a href="${providerFileHref(provider.id, 'openapi.yaml')}" download>openapi.yaml</a>${
            provider.providerDocs
              ? `\n          · <a class="provider-docs" href="${escapeHtml(provider.providerDocs.url)}">${escapeHtml(provider.providerDocs.description)} ↗</a>`
              : ''
          }</p>
      </section>`;
}

function renderComparison(providers: ProviderHub[]): string {
  const rows = providers.map((provider) => {
    const notes = provider.entries.filter((entry) => entry.docsVsServer);
    const noteLinks =
      notes.length === 0
        ? 'none'
        : `${notes.length}: ${notes
            .map(
              (entry) =>
                `<a href="${escapeHtml(providerPageHref(provider.id) + entry.anchor)}">${escapeHtml(entry.summary)}</a>`,
            )
            .join(', ')}`;
    const rateLimits = provider.rateLimitsUrl
      ? `${inlineMarkdown(provider.rateLimits)} (<a href="${escapeHtml(provider.rateLimitsUrl)}">source ↗</a>)`
      : inlineMarkdown(provider.rateLimits);
    return `
          <tr data-provider="${escapeHtml(provider.id)}">
            <th scope="row"><a href="#${escapeHtml(provider.id)}">${escapeHtml(provider.title)}</a></th>
            <td class="cmp-auth">${inlineMarkdown(provider.auth)}</td>
            <td class="cmp-pagination">${inlineMarkdown(provider.pagination)}</td>
            <td class="cmp-rate-limits">${rateLimits}</td>
            <td class="cmp-docs-vs-server">${noteLinks}</td>
          </tr>`;
  });
  return `
      <section class="compare" aria-labelledby="compare-heading">
        <h2 id="compare-heading">The APIs side by side</h2>
        <div class="table-scroll"><table>
          <thead><tr><th scope="col">API</th><th scope="col">Auth header</th><th scope="col">Pagination (<code>x-rtc-pagination</code>)</th><th scope="col">Rate limits</th><th scope="col">Docs vs. server notes</th></tr></thead>
          <tbody>${rows.join('')}
          </tbody>
        </table></div>
      </section>`;
}

function dateOf(timestamp: string | undefined): string {
  return timestamp ? timestamp.slice(0, 10) : 'none';
}

function renderHistory(providers: ProviderHub[]): string {
  const recordings = providers.map((provider) => {
    const r = provider.recordings;
    return `
          <tr data-provider="${escapeHtml(provider.id)}">
            <th scope="row">${escapeHtml(provider.title)}</th>
            <td class="checked"><time datetime="${escapeHtml(r.newestServerRecording ?? '')}">${dateOf(r.newestServerRecording)}</time></td>
            <td>${r.count - r.fromSpecExamples} of ${r.count}</td>
            <td>${escapeHtml(r.newestServerSource ?? '')}</td>
          </tr>`;
  });
  const notes = new Map<string, { note: ProviderHub['changes'][number]; providers: string[] }>();
  for (const provider of providers) {
    for (const note of provider.changes) {
      const key = `${note.file}#${note.release}`;
      const seen = notes.get(key) ?? { note, providers: [] };
      seen.providers.push(provider.title);
      notes.set(key, seen);
    }
  }
  const changes = [...notes.values()].map(
    ({ note, providers: touched }) => `
        <article class="change">
          <h3>${escapeHtml(note.release === 'pending' ? `Unreleased (${note.bump ?? 'change'})` : note.release)} · ${escapeHtml(touched.join(', '))}</h3>
          ${blockMarkdown(note.text)}
          <p class="source">From <code>${escapeHtml(note.file)}</code></p>
        </article>`,
  );
  const specChanges = providers
    .filter((provider) => provider.specChanges)
    .map((provider) => {
      const log = provider.specChanges;
      if (!log) return '';
      const items = log.changes.map(
        (change) =>
          `<li data-class="${escapeHtml(change.class)}"><span class="tag change-class change-${escapeHtml(change.class.toLowerCase().replace(/[^a-z]+/g, '-'))}">${escapeHtml(change.class)}</span> ${inlineMarkdown(change.text)}${change.where ? ` <code>${breakableCode(change.where)}</code>` : ''}</li>`,
      );
      return `
        <article class="spec-changes" data-provider="${escapeHtml(provider.id)}">
          <h3>${escapeHtml(provider.title)}: spec changes${log.base ? ` since ${escapeHtml(log.base)}` : ''}</h3>
          ${items.length > 0 ? `<ul>${items.join('')}</ul>` : '<p>No change to the spec a client user would notice.</p>'}
          ${log.docsChanges > 0 ? `<p>And ${log.docsChanges} changes to descriptions and examples only.</p>` : ''}
          <p class="source">From <code>${escapeHtml(log.file)}</code></p>
        </article>`;
    });
  return `
      <section class="history" aria-labelledby="history-heading">
        <h2 id="history-heading">Changelog of the specs</h2>
        <p>Each spec is checked against its recordings (<code>contract-tests/recordings/&lt;provider&gt;/</code>) on every test run.
          The date is the newest recording of a server's response (or of the provider's published example of one);
          the other cassettes replay the spec's own examples.</p>
        <div class="table-scroll"><table class="recordings">
          <thead><tr><th scope="col">API</th><th scope="col">Last checked against a recording</th><th scope="col">Server recordings</th><th scope="col">Newest one</th></tr></thead>
          <tbody>${recordings.join('')}
          </tbody>
        </table></div>
${specChanges.join('\n')}
        ${changes.length > 0 ? changes.join('\n') : '<p>No changes recorded yet.</p>'}
      </section>`;
}

/** The search box of the index and its script; the index itself is built at build time (`search-index.ts`). */
export interface SearchAssets {
  /** `MiniSearch#toJSON()` of the site's search index. */
  indexJson: string;
  /** The page script's functions (`SEARCH_RUNTIME`). */
  runtime: string;
  synonyms: readonly (readonly string[])[];
  /** The options object literal for `MiniSearch.loadJSON`. */
  options: string;
  /** The MiniSearch browser build, relative to the index. */
  script: string;
}

/** JSON inside a `<script>`: `<` escaped so no `</script>` can close it. */
function scriptJson(json: string): string {
  return json.replace(/</g, '\\u003c');
}

function renderSearch(search: SearchAssets, count: number): string {
  return `
    <form class="search" role="search" aria-label="Search the APIs" onsubmit="return false">
      <label for="site-search">Search all ${count} APIs: operations, webhooks, auth, limits and errors</label>
      <input id="site-search" type="search" autocomplete="off" spellcheck="false" placeholder="e.g. peers, end room, webhook signature, rate limit">
      <ol id="search-results" aria-live="polite"></ol>
    </form>
    <script src="${escapeHtml(search.script)}"></script>
    <script type="application/json" id="search-index">${scriptJson(search.indexJson)}</script>
    <script>
      (function () {
${search.runtime}
        var synonyms = ${scriptJson(JSON.stringify(search.synonyms))};
        var index = MiniSearch.loadJSON(document.getElementById('search-index').textContent, ${search.options});
        var input = document.getElementById('site-search');
        var list = document.getElementById('search-results');
        function item(result) {
          var li = document.createElement('li');
          var link = document.createElement('a');
          link.href = result.href;
          link.textContent = result.title;
          var where = document.createElement('span');
          where.className = 'result-meta';
          where.textContent = ' ' + result.kind + ' · ' + result.provider;
          li.append(link, where);
          return li;
        }
        function render() {
          var query = input.value.trim();
          list.replaceChildren();
          if (query === '') return;
          var results = index.search(expandQuery(query, synonyms)).slice(0, 10);
          if (results.length === 0) {
            var none = document.createElement('li');
            none.textContent = 'No match.';
            list.append(none);
          }
          results.forEach(function (result) { list.append(item(result)); });
        }
        input.addEventListener('input', render);
        render();
      })();
    </script>`;
}

/** The landing page: search, one card per provider (endpoints first), the comparison, and the specs' history; every figure read from the specs and the repo. */
export function renderIndex(providers: ProviderHub[], search?: SearchAssets): string {
  const jump = providers
    .map((provider) => `<a href="#${escapeHtml(provider.id)}">${escapeHtml(provider.title)}</a>`)
    .join(' · ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>rtc-sessions API reference</title>
  <link rel="icon" href="data:,">
  <style>
    :root { color-scheme: light dark; --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; --accent: #0550ae; --card: #fff; --page: #f6f8fa; --soft: #eef1f4; }
    @media (prefers-color-scheme: dark) {
      :root { --ink: #e6edf3; --muted: #9198a1; --line: #3d444d; --accent: #79c0ff; --card: #151b23; --page: #0d1117; --soft: #262c36; }
    }
    * { box-sizing: border-box; }
    body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: var(--page); }
    main { max-width: 64rem; margin: 0 auto; padding: 1.25rem 1rem 3rem; }
    h1 { margin: 0 0 .25rem; font-size: 1.6rem; }
    .lead { margin: 0 0 .75rem; color: var(--muted); }
    .jump { margin: 0 0 1rem; }
    .search { margin: 0 0 1.25rem; }
    .search label { display: block; font-weight: 600; margin-bottom: .25rem; }
    .search input { width: 100%; font: inherit; padding: .45rem .6rem; border: 1px solid var(--line); border-radius: .375rem; background: var(--card); color: var(--ink); }
    #search-results { margin: .25rem 0 0; padding-left: 1.5rem; }
    #search-results:empty { display: none; }
    #search-results li { padding: .15rem 0; }
    .result-meta { color: var(--muted); font-size: .85rem; }
    .provider, .compare, .history { background: var(--card); border: 1px solid var(--line); border-radius: .5rem; padding: 1rem 1.25rem; margin-bottom: 1.25rem; }
    h2 { margin: 0 0 .35rem; font-size: 1.35rem; }
    h3 { font-size: 1.05rem; margin: 1rem 0 .25rem; }
    a { color: var(--accent); text-decoration: underline; text-underline-offset: 2px; }
    h2 a { text-decoration: none; }
    a:hover { text-decoration: underline; }
    .meta { margin: 0 0 .35rem; color: var(--muted); font-size: .9rem; }
    .description, .auth { margin: 0 0 .35rem; }
    .operations { list-style: none; padding: 0; margin: .5rem 0; }
    .operations li { padding: .3rem 0; border-top: 1px solid var(--soft); }
    /* Words wrap at spaces and at the <wbr> after "." "_" "/" of long identifiers, never inside a word that fits its line. */
    h1, h2, h3, p, li, td, th, code { overflow-wrap: break-word; word-break: normal; }
    code { font: .85em ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; color: var(--muted); }
    .method { display: inline-block; min-width: 3.6rem; padding: 0 .35rem; border-radius: .25rem; font: 600 .75rem/1.6 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; text-align: center; color: #fff; background: #57606a; }
    .method-get { background: #1a7f37; }
    .method-post { background: #0550ae; }
    .method-put, .method-patch { background: #7d4e00; }
    .method-delete { background: #b3261e; }
    .method-event { background: #6639ba; }
    .tag { display: inline-block; margin-left: .4rem; padding: 0 .4rem; border: 1px solid var(--line); border-radius: 1rem; font-size: .75rem; color: var(--muted); }
    .tag-note { border-color: #9a6700; }
    .change-breaking { border-color: #b3261e; color: #b3261e; }
    @media (prefers-color-scheme: dark) { .change-breaking { border-color: #ff7b72; color: #ff7b72; } }
    .change-class { margin-left: 0; }
    .table-scroll { overflow-x: auto; }
    table { border-collapse: collapse; width: 100%; font-size: .9rem; }
    th, td { text-align: left; vertical-align: top; padding: .4rem .5rem; border-top: 1px solid var(--line); }
    thead th { border-top: 0; color: var(--muted); font-weight: 600; }
    .change, .spec-changes { border-top: 1px solid var(--soft); margin-top: 1rem; }
    .change .source, .spec-changes .source { color: var(--muted); font-size: .85rem; }
    time { white-space: nowrap; }
  </style>
</head>
<body>
  <main>
    <h1>rtc-sessions API reference</h1>
    <p class="lead">The session APIs of ${providers.length} video providers in hand-written OpenAPI 3.1, checked against recorded responses of the real servers. Every operation has a curl and a TypeScript request to copy; each reference opens with authentication and a getting-started path.</p>
    <p class="jump">${jump} · <a href="#compare-heading">side by side</a> · <a href="#history-heading">changelog</a></p>
${search ? renderSearch(search, providers.length) : ''}
${providers.map(renderProvider).join('\n')}
${renderComparison(providers)}
${renderHistory(providers)}
  </main>
</body>
</html>
`;
}
