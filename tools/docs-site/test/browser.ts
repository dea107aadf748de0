/** Chromium for the browser tests: the system binary, a context that cannot reach the internet, axe-core. */
import { accessSync, constants, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function assertChromiumInstalled(): void {
  try {
    accessSync(chromiumPath, constants.X_OK);
  } catch {
    throw new Error(
      `Chromium is not installed at ${chromiumPath}. Install Debian's build with ` +
        '`sudo apt-get install -y chromium`, or set CHROMIUM_PATH to a Chromium binary.',
    );
  }
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
}

/** blob: URLs carry the origin of the page that made them; data: URLs load nothing. */
export function requestOrigin(url: string): string {
  if (url.startsWith('data:')) return 'data:';
  if (url.startsWith('file:')) return 'file:';
  return new URL(url.startsWith('blob:') ? url.slice('blob:'.length) : url).origin;
}

export type Theme = 'light' | 'dark';

export interface Visit {
  context: BrowserContext;
  page: Page;
  /** Every request that did not go to the allowed origin (they are aborted, never sent). */
  offOrigin: string[];
  pageErrors: string[];
}

/**
 * A context where only `allowedOrigin` (the loopback server, or `file:`) is reachable. Redoc keeps
 * its colour mode in localStorage, falling back to prefers-color-scheme: both are set to `theme`.
 */
export async function openContext(
  browser: Browser,
  allowedOrigin: string,
  options: { theme?: Theme; viewport?: { width: number; height: number } } = {},
): Promise<Visit> {
  const theme = options.theme ?? 'light';
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 900 },
    colorScheme: theme,
  });
  await context.addInitScript((mode) => {
    try {
      localStorage.setItem('redoc.colorMode', mode);
    } catch {
      // file:// pages may have no storage; prefers-color-scheme still applies.
    }
  }, theme);
  const offOrigin: string[] = [];
  const pageErrors: string[] = [];
  await context.route(
    (url) => !['data:', allowedOrigin].includes(requestOrigin(url.href)),
    (route) => {
      offOrigin.push(`${route.request().method()} ${route.request().url()}`);
      return route.abort('internetdisconnected');
    },
  );
  // Fail in seconds, not the default 30 s, when a step cannot happen.
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return { context, page, offOrigin, pageErrors };
}

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeFinding {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/** Runs axe-core in the page and returns its serious and critical violations. */
export async function seriousAxeViolations(page: Page): Promise<AxeFinding[]> {
  // Once per document: hash routes keep the document, and axe with it.
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: Document,
            options: object,
          ) => Promise<{
            violations: { id: string; impact?: string; help: string; nodes: { target: string[] }[] }[];
          }>;
        };
      }
    ).axe;
    const { violations } = await axe.run(document, { resultTypes: ['violations'] });
    return violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => ({
        id: violation.id,
        impact: violation.impact ?? '',
        help: violation.help,
        targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
      }));
  });
}

/** Waits until Redoc hydrated (its menu answers clicks only then) and rendered the current route. */
export async function waitForRedoc(page: Page): Promise<void> {
  await page.locator('[data-component-name="Menu/Menu"]').first().waitFor({ state: 'attached' });
  await page.waitForFunction(() => document.querySelector('#api-content') !== null);
  // hydrate() is asynchronous; React marks the root it hydrated with a `__reactContainer$…` key.
  await page.waitForFunction(() => {
    const root = document.getElementById('redoc');
    return root !== null && Object.keys(root).some((key) => key.startsWith('__reactContainer'));
  });
}
