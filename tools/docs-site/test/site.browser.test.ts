/**
 * Opens the built site in a real Chromium, follows the index's links to each provider's
 * reference, walks every operation through Redoc's menu, and checks that no request leaves
 * the local server: the site must work with no network.
 */
import { accessSync, constants, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadProviders } from '../src/providers.js';
import { type StaticServer, startStaticServer } from '../src/serve-static.js';
import { assertSiteBuilt, resultsDir, siteDir } from './built-site.js';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function assertChromiumInstalled(): void {
  try {
    accessSync(chromiumPath, constants.X_OK);
  } catch {
    throw new Error(
      `Chromium is not installed at ${chromiumPath}. Install Debian's build with ` +
        '`sudo apt-get install -y chromium`, or set CHROMIUM_PATH to a Chromium binary.',
    );
  }
}

/** blob: URLs carry the origin of the page that made them; data: URLs load nothing. */
function requestOrigin(url: string): string {
  if (url.startsWith('data:')) return 'data:';
  return new URL(url.startsWith('blob:') ? url.slice('blob:'.length) : url).origin;
}

interface Visit {
  page: Page;
  /** Every request the page made that did not go to the site's own server. */
  offOrigin: string[];
  pageErrors: string[];
}

describe('the docs site in Chromium', () => {
  let server: StaticServer;
  let browser: Browser;
  let siteOrigin: string;

  beforeAll(async () => {
    assertSiteBuilt();
    assertChromiumInstalled();
    mkdirSync(resultsDir, { recursive: true });
    server = await startStaticServer({ root: siteDir, port: 0 });
    siteOrigin = new URL(server.url).origin;
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
      ],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function visit(): Promise<Visit & { context: BrowserContext }> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const offOrigin: string[] = [];
    const pageErrors: string[] = [];
    context.on('request', (request) => {
      if (requestOrigin(request.url()) !== siteOrigin && requestOrigin(request.url()) !== 'data:') {
        offOrigin.push(`${request.method()} ${request.url()}`);
      }
    });
    // Recorded above, and never sent: the test must not reach the internet even where CI can.
    await context.route(
      (url) => url.origin !== siteOrigin,
      (route) => route.abort('internetdisconnected'),
    );
    // Fail in seconds, not the default 30 s, when a step cannot happen.
    context.setDefaultTimeout(10_000);
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    return { context, page, offOrigin, pageErrors };
  }

  test('the index lists every provider with its operations from the bundled specs', async () => {
    const { context, page, offOrigin, pageErrors } = await visit();
    try {
      await page.goto(server.url);
      for (const provider of loadProviders()) {
        const section = page.locator(`section[data-provider="${provider.id}"]`);
        await expect(
          section.getByRole('heading', { name: provider.title, exact: true }).isVisible(),
        ).resolves.toBe(true);
        await expect(section.locator('.version').textContent()).resolves.toBe(`version ${provider.version}`);
        await expect(section.locator('.operation-count').textContent()).resolves.toMatch(
          new RegExp(`^${provider.operations.length} operations?$`),
        );
        await expect(section.locator('.summary').allTextContents()).resolves.toEqual(
          provider.operations.map((operation) => operation.summary),
        );
      }
      await page.screenshot({ path: join(resultsDir, 'index.png'), fullPage: true });
      expect(pageErrors).toEqual([]);
      expect(offOrigin, 'requests that left loopback').toEqual([]);
    } finally {
      await context.close();
    }
  });

  test.each(loadProviders())(
    'the index links to the $title reference, which shows every operation',
    async (provider) => {
      const { context, page, offOrigin, pageErrors } = await visit();
      try {
        await page.goto(server.url);
        await page
          .locator(`section[data-provider="${provider.id}"]`)
          .getByRole('link', { name: provider.title, exact: true })
          .click();
        await page.waitForURL((url) => url.pathname === `/${provider.id}/index.html`);
        await expect(page.title()).resolves.toBe(provider.title);

        // Redoc renders operations lazily: open each one from its menu, as a reader would,
        // which also proves the page hydrated (the menu does nothing without Redoc's script).
        const menu = page.locator('[data-component-name="Menu/Menu"]');
        const content = page.locator('#api-content');
        for (const operation of provider.operations) {
          const link = menu.locator('a', { has: page.getByText(operation.summary, { exact: true }) });
          if (!(await link.isVisible())) {
            const group = operation.tags[0];
            expect(group, `${operation.operationId} has no tag to find its menu group by`).toBeDefined();
            await menu.getByText(group ?? '', { exact: true }).click();
          }
          await link.click();
          const heading = content.getByText(operation.summary, { exact: true }).first();
          await heading.waitFor({ state: 'visible' });
          const inView = await heading.evaluate((element) => {
            const box = element.getBoundingClientRect();
            return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
          });
          expect(inView, `${operation.summary} scrolled into view`).toBe(true);
        }
        await page.screenshot({ path: join(resultsDir, `${provider.id}.png`) });

        await page.getByRole('link', { name: '← All APIs' }).click();
        await page.waitForURL(new URL('index.html', server.url).href);

        expect(pageErrors).toEqual([]);
        expect(offOrigin, 'requests that left loopback').toEqual([]);
      } finally {
        await context.close();
      }
    },
  );
});
