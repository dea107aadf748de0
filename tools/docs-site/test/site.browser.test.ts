/**
 * The built site in a real Chromium, served from a sub-path (`/rtc-sessions/`, as GitHub Pages
 * serves a project site) with every request off the loopback server aborted: the index, each
 * provider's reference and its operations as a reader uses them, every link on every page, the
 * site opened from file://, and axe-core in light and dark mode. Screenshots go to test-results/.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describeOperations, type OperationInfo } from '@rtc-sessions/openapi-model';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { credentialEnvOf } from '../src/client-facts.js';
import { versionLabel } from '../src/docs-copy.js';
import { redocAnchor } from '../src/hub.js';
import { bundledSpecPath, loadProviders } from '../src/providers.js';
import { type StaticServer, startStaticServer } from '../src/serve-static.js';
import type { SpecDocument } from '../src/spec-document.js';
import {
  assertChromiumInstalled,
  launchChromium,
  openContext,
  seriousAxeViolations,
  type Theme,
  waitForRedoc,
} from './browser.js';
import { assertSiteBuilt, resultsDir, siteDir } from './built-site.js';
import { brokenWords, codeScrollingSideways, controlsOverCode, horizontalOverflow } from './layout.js';
import { FIRST_RESULTS } from './search-expectations.js';
import { operationsOf } from './spec-operations.js';

const BASE_PATH = '/rtc-sessions/';

/** The tests that visit every operation and webhook route: ~30 s alone now the specs hold ~100 entries, more on a busy machine. */
const EVERY_ROUTE_TIMEOUT = 180_000;

/** What a reader must send, written out here rather than derived, so the generator is checked. */
const AUTH_HEADER: Record<string, string> = {
  videosdk: 'Authorization: $VIDEOSDK_TOKEN',
  'zoom-videosdk': 'Authorization: Bearer $ZOOM_VIDEOSDK_TOKEN',
  '100ms': 'Authorization: Bearer $HMS_MANAGEMENT_TOKEN',
};

const providers = loadProviders();

/** A provider's bundled spec: what each test reads its expectations from (not a list kept here). */
function bundleOf(id: string): SpecDocument {
  return JSON.parse(readFileSync(bundledSpecPath(id), 'utf8')) as SpecDocument;
}

/**
 * The bundled spec's operation by its id, so a test reads its `security` (the one that applies:
 * its own, even `[]`, else the root's) and `x-rtc-pagination`.
 */
function bundledOperation(document: SpecDocument, operationId: string): OperationInfo {
  const found = describeOperations(document).find((entry) => entry.operationId === operationId);
  if (!found) throw new Error(`${operationId} is not an operation of the bundled spec`);
  return found;
}

// One Chromium for every test of this file: launching it is the slow part.
let browser: Browser;
beforeAll(async () => {
  assertSiteBuilt();
  assertChromiumInstalled();
  mkdirSync(resultsDir, { recursive: true });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('the docs site in Chromium, served under a sub-path', () => {
  let server: StaticServer;
  let siteOrigin: string;

  beforeAll(async () => {
    server = await startStaticServer({ root: siteDir, port: 0, basePath: BASE_PATH });
    siteOrigin = new URL(server.url).origin;
  });

  afterAll(async () => {
    await server?.close();
  });

  const providerUrl = (id: string, hash = '') => new URL(`${id}/index.html${hash}`, server.url).href;

  test('the index is a hub: providers, operations linked to their anchors, comparison, downloads, changelog', async () => {
    const { context, page, offOrigin, pageErrors } = await openContext(browser, siteOrigin);
    try {
      await page.goto(server.url);
      for (const provider of providers) {
        const section = page.locator(`section[data-provider="${provider.id}"]`);
        await expect(
          section.getByRole('heading', { name: provider.title, exact: true }).isVisible(),
        ).resolves.toBe(true);
        await expect(section.locator('.version').textContent()).resolves.toBe(
          `version ${versionLabel(provider.version)}`,
        );
        // Every operation of the bundled spec, then every webhook (each with its sample delivery to copy).
        const entries = describeOperations(bundleOf(provider.id), { webhooks: true });
        const listedEntries = [
          ...entries.filter((entry) => entry.kind === 'operation'),
          ...entries.filter((entry) => entry.kind === 'webhook'),
        ];
        const links = section.locator('.operations a.summary');
        await expect(links.allTextContents()).resolves.toEqual(
          listedEntries.map((entry) => entry.summary ?? entry.operationId),
        );
        await expect(section.locator('.operations li[data-kind="webhook"]').count()).resolves.toBe(
          listedEntries.filter((entry) => entry.kind === 'webhook').length,
        );
        for (const [index, entry] of listedEntries.entries()) {
          const tag = entry.tags[0] ?? '';
          await expect(links.nth(index).getAttribute('href')).resolves.toBe(
            `${provider.id}/index.html#/${tag.toLowerCase().replace(/[^a-z0-9]+/g, '-')}/${entry.operationId.toLowerCase()}`,
          );
        }
        await expect(section.locator('.auth').textContent()).resolves.toContain(
          (AUTH_HEADER[provider.id] ?? '').replace(/\$\w+$/, ''),
        );
        for (const file of ['openapi.json', 'openapi.yaml']) {
          const href = await section.locator(`a[href="${provider.id}/${file}"]`).getAttribute('href');
          const response = await context.request.get(new URL(href ?? '', server.url).href);
          expect(response.status(), `${provider.id}/${file}`).toBe(200);
          const body = await response.text();
          if (file.endsWith('.json')) expect((JSON.parse(body) as { openapi: string }).openapi).toBe('3.1.0');
          else expect(body).toMatch(/^openapi: 3\.1\.0$/m);
        }
        const row = page.locator(`.compare tr[data-provider="${provider.id}"]`);
        await expect(row.locator('.cmp-auth').textContent()).resolves.toMatch(/Authorization: /);
        await expect(row.locator('.cmp-pagination').textContent()).resolves.toMatch(
          /cursor|page-number|none/,
        );
        await expect(
          page.locator(`.history tr[data-provider="${provider.id}"] .checked`).textContent(),
        ).resolves.toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
      // VideoSDK sends the token as is: its auth cell must not say Bearer.
      await expect(
        page.locator('.compare tr[data-provider="videosdk"] .cmp-auth').textContent(),
      ).resolves.not.toContain('Bearer');
      await expect(page.locator('.history .change').count()).resolves.toBeGreaterThan(0);
      await page.screenshot({ path: join(resultsDir, 'index.png'), fullPage: true });
      expect(pageErrors).toEqual([]);
      expect(offOrigin, 'requests that left loopback').toEqual([]);
    } finally {
      await context.close();
    }
  });

  test.each(providers)(
    '$title: auth in sight on load, and every operation has a request to copy',
    async (provider) => {
      const { context, page, offOrigin, pageErrors } = await openContext(browser, siteOrigin);
      try {
        await page.goto(server.url);
        await page
          .locator(`section[data-provider="${provider.id}"]`)
          .getByRole('link', { name: provider.title, exact: true })
          .click();
        await page.waitForURL((url) => url.pathname === `${BASE_PATH}${provider.id}/index.html`);
        await expect(page.title()).resolves.toBe(provider.title);
        await waitForRedoc(page);

        // The Authentication section is on screen without a click or a scroll.
        const content = page.locator('#api-content');
        const authHeading = content.locator('h2[id="section/authentication"]');
        await expect(authHeading.textContent()).resolves.toBe('Authentication');
        await expect(authHeading.isVisible()).resolves.toBe(true);
        const authBox = await authHeading.boundingBox();
        expect(authBox && authBox.y + authBox.height <= 900, 'Authentication heading above the fold').toBe(
          true,
        );
        await expect(content.textContent()).resolves.toContain('Authorization');
        await expect(page.locator('h1').first().textContent()).resolves.toBe(
          `${provider.title} (${versionLabel(provider.version)})`,
        );
        await page.screenshot({ path: join(resultsDir, `${provider.id}.png`) });

        const bundle = bundleOf(provider.id);
        const menu = page.locator('[data-component-name="Menu/Menu"]');
        for (const operation of operationsOf(provider.document)) {
          const authenticated = bundledOperation(bundle, operation.operationId).security.length > 0;
          const link = menu.locator('a', { has: page.getByText(operation.summary, { exact: true }) });
          if (!(await link.isVisible())) {
            const group = operation.tags[0];
            expect(group, `${operation.operationId} has no tag to find its menu group by`).toBeDefined();
            await menu.getByText(group ?? '', { exact: true }).click();
          }
          await link.click();
          const section = page.locator(
            `[id="${(operation.tags[0] ?? '').toLowerCase().replace(/[^a-z0-9]+/g, '-')}/${operation.operationId.toLowerCase()}"]`,
          );
          await section.waitFor({ state: 'visible' });
          const heading = section.getByText(operation.summary, { exact: true }).first();
          await heading.waitFor({ state: 'visible' });

          // The curl sample is what the request panel shows first.
          const samples = section.locator('.panel-request-samples');
          const curl = (await samples.locator('pre').first().textContent()) ?? '';
          expect(curl, `${operation.operationId} curl`).toMatch(
            new RegExp(`^curl --request ${operation.method.toUpperCase()} `),
          );
          // The provider's header, unless the operation takes no credentials (`security: []`).
          if (authenticated)
            expect(curl, `${operation.operationId} curl`).toContain(`"${AUTH_HEADER[provider.id]}"`);
          else {
            expect(curl, `${operation.operationId} curl`).not.toContain('Authorization');
            expect(curl, `${operation.operationId} curl`).not.toContain('_TOKEN');
          }
          expect(curl).toMatch(/--url '(https:\/\/[^']+)'/);
          if (provider.id === 'videosdk') expect(curl).not.toContain('Bearer');
          // The rate limit is stated on the operation, a label or "publishes none".
          await expect(
            section
              .getByText(/^Rate limit:/)
              .first()
              .isVisible(),
          ).resolves.toBe(true);
        }
        await page.screenshot({ path: join(resultsDir, `${provider.id}-operation.png`) });

        // Webhooks (once a spec has `webhooks:`): a sample delivery to replay against your endpoint.
        for (const webhook of describeOperations(bundle, { webhooks: true }).filter(
          (entry) => entry.kind === 'webhook',
        )) {
          const anchor = redocAnchor(webhook.tags[0], webhook.operationId);
          await page.goto(providerUrl(provider.id, anchor));
          await waitForRedoc(page);
          const section = page.locator(`[id="${anchor.slice(2)}"]`);
          await section.waitFor({ state: 'visible' });
          const curl = (await section.locator('.panel-request-samples pre').first().textContent()) ?? '';
          expect(curl, `webhook ${webhook.path}`).toContain('--url "$WEBHOOK_URL"');
          // A delivery is signed by the provider, not authenticated with the API's token.
          expect(curl, `webhook ${webhook.path}`).not.toContain('Authorization');
          expect(curl, `webhook ${webhook.path}`).not.toContain(credentialEnvOf(bundle).tokenEnv);
        }

        // The way back is in the page's navigation, not floating over it.
        const back = page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: '← All APIs' });
        await page.evaluate(() => window.scrollTo(0, 0));
        await back.click();
        await page.waitForURL(new URL('index.html', server.url).href);

        expect(pageErrors).toEqual([]);
        expect(offOrigin, 'requests that left loopback').toEqual([]);
      } finally {
        await context.close();
      }
    },
    EVERY_ROUTE_TIMEOUT,
  );

  test.each(providers)('$title on a phone: "← All APIs" covers nothing', async (provider) => {
    const { context, page } = await openContext(browser, siteOrigin, {
      viewport: { width: 390, height: 800 },
    });
    try {
      await page.goto(providerUrl(provider.id));
      await waitForRedoc(page);
      const back = page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: '← All APIs' });
      const box = await back.boundingBox();
      expect(box).not.toBeNull();
      const overlaps = await page.evaluate((own) => {
        if (!own) return ['no box'];
        return Array.from(document.querySelectorAll('#redoc a, #redoc button, #redoc input'))
          .map((element) => ({ element, rect: element.getBoundingClientRect() }))
          .filter(({ rect }) => rect.width > 0 && rect.height > 0)
          .filter(
            ({ rect }) =>
              rect.left < own.x + own.width &&
              own.x < rect.right &&
              rect.top < own.y + own.height &&
              own.y < rect.bottom,
          )
          .map(({ element }) => element.outerHTML.slice(0, 120));
      }, box);
      expect(overlaps).toEqual([]);
      await page.screenshot({ path: join(resultsDir, `${provider.id}-phone.png`) });
    } finally {
      await context.close();
    }
  });

  test.each(providers)('$title: the TypeScript sample calls our client', async (provider) => {
    const { context, page } = await openContext(browser, siteOrigin);
    const bundle = bundleOf(provider.id);
    const kinds = new Set<boolean>();
    try {
      for (const operation of operationsOf(provider.document)) {
        // A list (`x-rtc-pagination` on a GET) walks its pages with paginate; everything else calls its method.
        const paged =
          operation.method === 'get' &&
          bundledOperation(bundle, operation.operationId).pagination !== undefined;
        const tag = (operation.tags[0] ?? '').toLowerCase().replace(/[^a-z0-9]+/g, '-');
        await page.goto(providerUrl(provider.id, `#/${tag}/${operation.operationId.toLowerCase()}`));
        await waitForRedoc(page);
        const section = page.locator(`[id="${tag}/${operation.operationId.toLowerCase()}"]`);
        const samples = section.locator('.panel-request-samples');
        // The language picker is the header's last dropdown; Redoc remembers the choice across operations.
        const picker = samples
          .locator('[data-component-name="Panel/PanelHeader"] > [data-component-name="Dropdown/Dropdown"]')
          .last()
          .locator('button')
          .first();
        if (((await picker.textContent()) ?? '').trim() !== 'TypeScript') {
          await picker.click();
          await page.getByRole('menuitem', { name: 'TypeScript' }).click();
        }
        const source = (await samples.locator('pre').first().textContent()) ?? '';
        expect(source).toContain(`import { ApiError, createClient } from '@rtc-sessions/${provider.id}';`);
        // A non-2xx answer throws: the sample catches the client's ApiError.
        expect(source).toContain('if (!(error instanceof ApiError)) throw error;');
        expect(source).toContain(
          `client.${paged ? 'paginate' : operation.method.toUpperCase()}('${operation.path}'`,
        );
        if (!paged) expect(source).not.toContain('client.paginate(');
        kinds.add(paged);
      }
      // Both shapes were checked: at least one paged list and one plain call.
      expect([...kinds].sort()).toEqual([false, true]);
      await page.screenshot({ path: join(resultsDir, `${provider.id}-typescript.png`) });
    } finally {
      await context.close();
    }
  });

  test(
    'every link on every page resolves inside the site',
    async () => {
      const { context, page, offOrigin, pageErrors } = await openContext(browser, siteOrigin);
      const external = new Set<string>();
      const checked = new Set<string>();
      try {
        const pages = [server.url, ...providers.map((provider) => providerUrl(provider.id))];
        for (const pageUrl of pages) {
          await page.goto(pageUrl);
          if (pageUrl !== server.url) {
            await waitForRedoc(page);
            // Open every menu group so the links inside it are in the DOM too.
            for (const group of await page
              .locator('[data-component-name="Menu/Menu"] .menu-item-type-group')
              .all()) {
              await group
                .locator('a, [role="button"], button')
                .first()
                .click()
                .catch(() => undefined);
            }
          }
          const hrefs = await page.$$eval('a[href]', (anchors) =>
            anchors.map(
              (anchor) => [anchor.getAttribute('href') ?? '', (anchor as HTMLAnchorElement).href] as const,
            ),
          );
          expect(hrefs.length).toBeGreaterThan(3);
          for (const [raw, resolved] of hrefs) {
            const url = new URL(resolved);
            if (url.origin !== siteOrigin) {
              expect(url.protocol, `${raw} on ${pageUrl}`).toBe('https:');
              external.add(url.origin);
              continue;
            }
            expect(url.pathname.startsWith(BASE_PATH), `${raw} on ${pageUrl} leaves ${BASE_PATH}`).toBe(true);
            expect(raw.startsWith('/'), `${raw} on ${pageUrl} is root-relative`).toBe(false);
            checked.add(resolved);
          }
        }
        for (const target of checked) {
          const url = new URL(target);
          const response = await context.request.get(`${url.origin}${url.pathname}`);
          expect(response.status(), target).toBe(200);
          if (!url.hash.startsWith('#/')) continue;
          // A Redoc route: the page must render it, not its "No page at this address".
          await page.goto(target);
          await waitForRedoc(page);
          await expect(page.locator('.not-found-page').count(), target).resolves.toBe(0);
          // `#/<route>` or `#/<route>#<anchor in it>` (Redoc's deep links to a part of an operation).
          const [route = '', anchor] = url.hash.slice(1).split('#');
          // A deep link to a parameter (`…/t=request&in=query&path=type`) names no element: check its route.
          const id = decodeURIComponent(anchor && !anchor.includes('=') ? anchor : route.slice(1));
          if (id !== '') {
            await expect(
              page.locator(`[id="${id}"]`).first().isVisible(),
              `${target} shows #${id}`,
            ).resolves.toBe(true);
          }
        }
        expect(checked.size).toBeGreaterThan(20);
        expect(external.size).toBeGreaterThan(0);
        expect(pageErrors).toEqual([]);
        expect(offOrigin, 'requests that left loopback').toEqual([]);
      } finally {
        await context.close();
      }
    },
    EVERY_ROUTE_TIMEOUT,
  );

  const themes: Theme[] = ['light', 'dark'];
  test.each(themes)(
    'axe-core: no serious or critical violation on any page (%s)',
    async (theme) => {
      const { context, page } = await openContext(browser, siteOrigin, { theme });
      try {
        const findings: string[] = [];
        const check = async (label: string) => {
          // The page's own script makes a table that scrolls sideways focusable, a frame or more after
          // a route renders (later on a busy machine): wait for it (a page without it times out here).
          await page.waitForFunction(() =>
            Array.from(document.querySelectorAll('#redoc .md-table-wrapper')).every(
              (wrapper) => wrapper.scrollWidth <= wrapper.clientWidth || wrapper.hasAttribute('tabindex'),
            ),
          );
          for (const finding of await seriousAxeViolations(page)) {
            findings.push(
              `${label}: ${finding.impact} ${finding.id} (${finding.help}) at ${finding.targets.join(' | ')}`,
            );
          }
        };
        await page.goto(server.url);
        await check('index.html');
        for (const provider of providers) {
          await page.goto(providerUrl(provider.id));
          await waitForRedoc(page);
          await expect(
            page.evaluate(() => document.documentElement.classList.contains('dark')),
          ).resolves.toBe(theme === 'dark');
          await check(`${provider.id}/`);
          if (provider === providers[0])
            await page.screenshot({ path: join(resultsDir, `${provider.id}-${theme}.png`) });
          // Every operation's route, in the same document (Redoc routes by hash).
          for (const operation of operationsOf(provider.document)) {
            const id = `${(operation.tags[0] ?? '').toLowerCase().replace(/[^a-z0-9]+/g, '-')}/${operation.operationId.toLowerCase()}`;
            await page.evaluate((hash) => {
              window.location.hash = hash;
            }, `#/${id}`);
            await page.locator(`[id="${id}"] .panel-request-samples`).first().waitFor({ state: 'visible' });
            await check(`${provider.id}/#/${id}`);
          }
        }
        expect(findings).toEqual([]);
      } finally {
        await context.close();
      }
    },
    EVERY_ROUTE_TIMEOUT,
  );

  const viewports = [
    { name: 'desktop', width: 1280, height: 800 },
    { name: 'phone', width: 390, height: 844 },
  ] as const;
  const layouts = viewports.flatMap((viewport) => themes.map((theme) => ({ viewport, theme })));
  test.each(layouts)(
    'layout at $viewport.width×$viewport.height ($theme): no sideways scroll, no word broken inside, no control over code',
    async ({ viewport, theme }) => {
      const { context, page, offOrigin, pageErrors } = await openContext(browser, siteOrigin, {
        theme,
        viewport: { width: viewport.width, height: viewport.height },
      });
      // Redoc's menu drawer slides; measure once every transition has ended and two frames were drawn.
      const settle = async () => {
        await page.waitForFunction(() =>
          document.getAnimations().every((animation) => animation.playState !== 'running'),
        );
        await page.evaluate(
          () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
        );
      };
      const shot = (name: string) =>
        page.screenshot({ path: join(resultsDir, `layout-${name}.${viewport.name}.${theme}.png`) });
      try {
        await page.goto(server.url);
        await expect(horizontalOverflow(page), 'index scrolls sideways').resolves.toBe(0);
        await expect(brokenWords(page, 'h1, h2, h3, p, li, td, th')).resolves.toEqual([]);
        // The endpoints start on the first screen: the first provider's first operation.
        const first = await page.locator('.provider .operations li').first().boundingBox();
        expect(first && first.y + first.height <= viewport.height, 'first endpoint above the fold').toBe(
          true,
        );
        await shot('index');

        // The longest title and sidebar labels (Zoom's event names), a webhook sample and its copy button.
        const longest = describeOperations(bundleOf('zoom-videosdk'), { webhooks: true })
          .filter((entry) => entry.kind === 'webhook')
          .sort((a, b) => b.path.length - a.path.length)[0];
        expect(longest).toBeDefined();
        for (const route of [
          redocAnchor(longest?.tags[0], longest?.operationId ?? ''),
          '#/section/getting-started',
          // A list with a wide response sample.
          '#/sessions/listsessions',
        ]) {
          await page.goto(providerUrl('zoom-videosdk', route));
          await waitForRedoc(page);
          await page
            .locator(`[id="${route.slice(2)}"]`)
            .first()
            .waitFor({ state: 'visible' });
          await settle();
          await expect(horizontalOverflow(page), `${route} scrolls sideways`).resolves.toBe(0);
          await expect(codeScrollingSideways(page), `${route}: code cut off at the right`).resolves.toEqual(
            [],
          );
          await expect(
            brokenWords(page, '#redoc h1, #redoc h2, #redoc h3, [data-component-name="Menu/MenuItem"]'),
            route,
          ).resolves.toEqual([]);
          // Wherever the reader has scrolled: the phone's menu button once floated over the lower right corner.
          // Polled: a scroll makes Redoc re-render the content and move the menu's active item, and on a
          // busy machine a frame can catch that half done (every control "over" every line); an overlap
          // that stays is still reported.
          for (const y of [0, 400, 800]) {
            await page.evaluate((top) => window.scrollTo(0, top), y);
            await settle();
            await expect
              .poll(() => controlsOverCode(page), { message: `${route} scrolled to ${y}`, timeout: 5_000 })
              .toEqual([]);
          }
          // Redoc's "Copy for LLM" page action is gone: the samples' own copy button copies the request.
          await expect(page.locator('[data-testid="page-actions"]').first().isVisible()).resolves.toBe(false);
        }
        await shot('zoom-webhook');

        // A page title and a table at the top of a page.
        await page.goto(providerUrl('videosdk'));
        await waitForRedoc(page);
        await settle();
        await expect(horizontalOverflow(page)).resolves.toBe(0);
        await expect(brokenWords(page, '#redoc h1, #redoc h2, #redoc td, #redoc th')).resolves.toEqual([]);
        await shot('videosdk-top');
        expect(pageErrors).toEqual([]);
        expect(offOrigin, 'requests that left loopback').toEqual([]);
      } finally {
        await context.close();
      }
    },
  );

  test('one search on the hub across the three APIs ranks the right entry first', async () => {
    const { context, page, offOrigin, pageErrors } = await openContext(browser, siteOrigin);
    try {
      await page.goto(server.url);
      const input = page.getByRole('searchbox');
      const first = async (query: string) => {
        await input.fill(query);
        const link = page.locator('#search-results li a').first();
        await link.waitFor({ state: 'visible' });
        return { text: (await link.textContent()) ?? '', href: (await link.getAttribute('href')) ?? '' };
      };
      for (const [query, want] of FIRST_RESULTS) {
        const found = await first(query);
        expect(`${found.text} ${found.href}`, `"${query}"`).toMatch(want);
      }
      // A result opens its route, rendered.
      await first('peers');
      await page.locator('#search-results li a').first().click();
      await waitForRedoc(page);
      const hash = new URL(page.url()).hash;
      await expect(
        page
          .locator(`[id="${hash.slice(2)}"]`)
          .first()
          .isVisible(),
      ).resolves.toBe(true);
      expect(pageErrors).toEqual([]);
      expect(offOrigin, 'requests that left loopback').toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('search finds the participants operations by any provider word, with spaces kept in snippets', async () => {
    const { context, page } = await openContext(browser, siteOrigin);
    const search = async (page: Page, query: string) => {
      await page.keyboard.press('Control+k');
      const input = page.locator('[data-component-name="Search/SearchInput"] input');
      await input.fill(query);
      await page.waitForTimeout(600);
      const items = await page.locator('[data-component-name="Search/SearchItem"]').allInnerTexts();
      await page.keyboard.press('Escape');
      return items.join('\n');
    };
    try {
      for (const provider of providers) {
        await page.goto(providerUrl(provider.id));
        await waitForRedoc(page);
        const participantOperations = operationsOf(provider.document).filter((operation) =>
          /participant|user|peer/i.test(`${operation.summary} ${operation.tags.join(' ')}`),
        );
        for (const word of ['participants', 'users', 'peers']) {
          const found = await search(page, word);
          for (const operation of participantOperations)
            expect(found, `${provider.id}: "${word}"`).toContain(operation.summary);
        }
      }
      // A hard-wrapped description: "screen\nsharing" in the YAML must read "screen sharing".
      await page.goto(providerUrl('zoom-videosdk'));
      await waitForRedoc(page);
      const snippet = await search(page, 'sharing');
      expect(snippet).toContain('screen sharing');
      expect(snippet).not.toMatch(/screensharing/);
    } finally {
      await context.close();
    }
  });
});

describe('the docs site from file://', () => {
  test('opens from disk, hydrates, and every relative link names a file of the site', async () => {
    const { context, page, offOrigin, pageErrors } = await openContext(browser, 'file:');
    try {
      const index = pathToFileURL(join(siteDir, 'index.html')).href;
      for (const target of [
        index,
        ...providers.map((provider) => pathToFileURL(join(siteDir, provider.id, 'index.html')).href),
      ]) {
        await page.goto(target);
        if (target !== index) {
          await waitForRedoc(page);
          // Hydrated from disk: a menu click routes.
          await page
            .locator('[data-component-name="Menu/Menu"] a[href^="#/section/authentication"]')
            .first()
            .click();
          await page.waitForURL((url) => url.hash === '#/section/authentication');
        }
        for (const href of await page.$$eval('a[href]', (anchors) =>
          anchors.map((anchor) => (anchor as HTMLAnchorElement).href),
        )) {
          const url = new URL(href);
          if (url.protocol !== 'file:') continue;
          const file = fileURLToPath(`file://${url.pathname}`);
          expect(file.startsWith(siteDir), `${href} on ${target}`).toBe(true);
          expect(existsSync(file), `${href} on ${target}`).toBe(true);
        }
      }
      expect(pageErrors).toEqual([]);
      expect(offOrigin, 'requests that left the disk').toEqual([]);
    } finally {
      await context.close();
    }
  });
});
