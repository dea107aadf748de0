import { readdirSync, readFileSync } from 'node:fs';
import { describeOperations } from '@rtc-sessions/openapi-model';
import { beforeAll, describe, expect, test } from 'vitest';
import { versionLabel } from '../src/docs-copy.js';
import { findExternalReferences, isExternalUrl } from '../src/external-refs.js';
import { bundledSpecPath, loadProviders, providerIds } from '../src/providers.js';
import { REDOC_ASSET } from '../src/redoc-page.js';
import { escapeHtml, providerPageHref } from '../src/render-index.js';
import { MINISEARCH_ASSET } from '../src/search-index.js';
import { operationObject, type SpecDocument } from '../src/spec-document.js';
import { assertSiteBuilt, readPage, readProviderPage, siteDir } from './built-site.js';
import { operationsOf } from './spec-operations.js';

describe('findExternalReferences', () => {
  const cases: [string, { html: string; want: string[] }][] = [
    [
      'a CDN script',
      {
        html: '<script src="https://cdn.example.com/redoc.js"></script>',
        want: ['https://cdn.example.com/redoc.js'],
      },
    ],
    [
      'a module preload',
      {
        html: '<link rel="modulepreload" href="https://cdn.redocly.com/x.js">',
        want: ['https://cdn.redocly.com/x.js'],
      },
    ],
    [
      'a protocol-relative stylesheet',
      {
        html: "<link rel='stylesheet' href='//fonts.googleapis.com/css?family=Inter'>",
        want: ['//fonts.googleapis.com/css?family=Inter'],
      },
    ],
    [
      'an unquoted attribute',
      { html: '<img src=http://example.com/logo.svg alt=x>', want: ['http://example.com/logo.svg'] },
    ],
    [
      'a srcset entry',
      { html: '<img srcset="a.png 1x, https://example.com/b.png 2x">', want: ['https://example.com/b.png'] },
    ],
    [
      'a CSS @import',
      {
        html: '<style>@import "https://fonts.googleapis.com/css2";</style>',
        want: ['https://fonts.googleapis.com/css2'],
      },
    ],
    [
      'a web font',
      {
        html: "<style>@font-face{src:url('https://fonts.gstatic.com/s/inter.woff2')}</style>",
        want: ['https://fonts.gstatic.com/s/inter.woff2'],
      },
    ],
    [
      'a style attribute',
      {
        html: '<div style="background:url(https://example.com/bg.png)"></div>',
        want: ['https://example.com/bg.png'],
      },
    ],
    [
      'a link a reader follows',
      { html: '<a href="https://github.com/rtc-sessions/rtc-sessions">repo</a>', want: [] },
    ],
    [
      'relative and data: URLs',
      {
        html: '<link rel="icon" href="data:,"><script src="./app.js"></script><style>b{background:url(data:image/png;base64,AA)}</style>',
        want: [],
      },
    ],
    [
      'URLs inside an inline script',
      {
        html: '<script type="module">const api = "https://api.videosdk.live/v2"; `<script src="https://x.test/a.js">`</script>',
        want: [],
      },
    ],
  ];
  test.each(cases)('%s', (_name, { html, want }) => {
    expect(findExternalReferences(html).map((reference) => reference.url)).toEqual(want);
  });

  test.each([
    ['https://a.test/x', true],
    ['//a.test/x', true],
    ['HTTP://A.TEST', true],
    ['/videosdk/index.html', false],
    ['../index.html', false],
    ['data:,', false],
    ['#/sessions', false],
  ])('isExternalUrl(%s) is %s', (url, want) => {
    expect(isExternalUrl(url)).toBe(want);
  });
});

describe('escapeHtml', () => {
  test('escapes markup and quotes', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});

describe('the built site', () => {
  beforeAll(assertSiteBuilt);

  test('no page or spec copy shows an object where text belongs ("[object Object]")', () => {
    // assets/ holds the vendored libraries (Redoc's bundle has the string in its own code)
    const pages = readdirSync(siteDir, { recursive: true, encoding: 'utf8' }).filter(
      (file) => /\.(html|json|yaml)$/.test(file) && !file.startsWith('assets'),
    );
    expect(pages).toContain('index.html');
    expect(pages.filter((file) => file.endsWith('index.html')).length).toBe(providerIds().length + 1);
    for (const file of pages) expect(readPage(file), file).not.toContain('[object Object]');
  });

  const pages = ['index.html', ...providerIds().map(providerPageHref)];
  test.each(pages)('%s references no external script, style or font', (page) => {
    const html = readPage(page);
    expect(findExternalReferences(html)).toEqual([]);
    // Redoc's default template and its run-time logo are the known ways a page reaches out.
    expect(html).not.toMatch(/fonts\.(googleapis|gstatic)\.com/);
    expect(html).not.toContain('cdn.redoc.ly/redoc/logo');
    // The one script a page loads is the site's shared copy of Redoc, by a relative URL.
    const sources = [...html.matchAll(/<script\b[^>]*\ssrc="([^"]*)"/gi)].map((match) => match[1]);
    expect(sources).toEqual(page === 'index.html' ? [MINISEARCH_ASSET] : [`../${REDOC_ASSET}`]);
  });

  test('the shared Redoc script is a classic script (it loads from file://) that hands over hydrate', () => {
    const script = readPage(REDOC_ASSET);
    expect(script).toContain('globalThis.__rtcRedoc={');
    expect(script).not.toMatch(/^export\s*\{/m);
    expect(script).not.toContain('cdn.redoc.ly/redoc/logo');
  });

  test.each(providerIds())(
    '%s: every link of the server-rendered page stays on the page or in the site',
    (id) => {
      const html = readProviderPage(id);
      const hrefs = [...html.matchAll(/<a\b[^>]*?\shref="([^"]*)"/g)].map((match) => match[1] ?? '');
      expect(hrefs.length).toBeGreaterThan(0);
      // Redoc writes its sidebar root-relative (`/sessions`); the build turns those into hash routes.
      expect(hrefs.filter((href) => /^\/(?!\/)/.test(href))).toEqual([]);
    },
  );

  test.each(providerIds())(
    '%s: every operation and webhook of the rendered definition has generated samples',
    (id) => {
      const html = readProviderPage(id);
      const json = html.match(/const __redoc_definition = (.*);\n/)?.[1];
      expect(json, 'the page embeds its definition').toBeDefined();
      const definition = JSON.parse(json ?? '{}') as SpecDocument;
      const entries = describeOperations(definition, { webhooks: true });
      expect(entries.length).toBeGreaterThan(0);
      for (const entry of entries) {
        const samples = operationObject(definition, entry)['x-codeSamples'] ?? [];
        const labels = samples.map((sample) => sample.label);
        expect(labels, `${entry.kind} ${entry.path}`).toContain('curl');
        if (entry.kind === 'operation')
          expect(labels, `${entry.method} ${entry.path}`).toContain('TypeScript');
        for (const sample of samples) expect(sample.source.trim()).not.toBe('');
      }
      // Authentication opens the page; the version reads like the others.
      expect(definition.info.description).toMatch(/^## Authentication\n/);
      expect(definition.info.version).toMatch(/^v\d/);
    },
  );

  test.each(loadProviders())('the index lists $title with figures from its bundled spec', (provider) => {
    const index = readPage('index.html');
    const section = index.match(
      new RegExp(`<section[^>]*data-provider="${provider.id}"[\\s\\S]*?</section>`),
    )?.[0];
    expect(section, `no section for ${provider.id}`).toBeDefined();
    expect(section).toContain(`href="${providerPageHref(provider.id)}"`);
    expect(section).toContain(escapeHtml(provider.title));
    expect(section).toContain(`version ${escapeHtml(versionLabel(provider.version))}`);
    expect(section).toContain(escapeHtml(provider.summary));
    const count = operationsOf(provider.document).length;
    expect(section).toContain(`${count} ${count === 1 ? 'operation' : 'operations'}`);
    // The list shows every operation of the bundled spec, then every webhook, in the spec's order.
    const bundle = JSON.parse(readFileSync(bundledSpecPath(provider.id), 'utf8')) as SpecDocument;
    const entries = describeOperations(bundle, { webhooks: true });
    const operations = entries.filter((entry) => entry.kind === 'operation');
    const webhooks = entries.filter((entry) => entry.kind === 'webhook');
    expect(operations.map((entry) => entry.summary)).toEqual(
      operationsOf(provider.document).map((operation) => operation.summary),
    );
    if (webhooks.length > 0)
      expect(section).toContain(`${webhooks.length} ${webhooks.length === 1 ? 'webhook' : 'webhooks'}`);
    const listed = [
      ...(section ?? '').matchAll(/<li data-kind="(\w+)">.*?<a class="summary" href="[^"]*">(.*?)<\/a>/g),
    ].map((match) => [match[1], match[2]?.replaceAll('<wbr>', '')]);
    expect(listed).toEqual(
      [...operations, ...webhooks].map((entry) => [
        entry.kind,
        escapeHtml(entry.summary ?? entry.operationId),
      ]),
    );
  });

  test.each(loadProviders())('the $id page is the Redoc reference of its spec', (provider) => {
    const html = readProviderPage(provider.id);
    expect(html).toContain(`<title>${escapeHtml(provider.title)}</title>`);
    expect(html).toContain('href="../index.html"');
    for (const operation of operationsOf(provider.document))
      expect(html).toContain(JSON.stringify(operation.operationId));
  });
});
