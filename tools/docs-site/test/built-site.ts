import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { providerPageHref } from '../src/render-index.js';

export const siteDir = fileURLToPath(new URL('../dist/', import.meta.url));
export const resultsDir = fileURLToPath(new URL('../test-results/', import.meta.url));

/** The tests check the site the build produced; turbo runs `build` before `test`. */
export function assertSiteBuilt(): void {
  if (!existsSync(new URL('index.html', `file://${siteDir}`))) {
    throw new Error(`no built site in ${siteDir}: run \`pnpm --filter @rtc-sessions/docs-site build\` first`);
  }
}

export function readPage(relativePath: string): string {
  return readFileSync(new URL(relativePath, `file://${siteDir}`), 'utf8');
}

export function readProviderPage(id: string): string {
  return readPage(providerPageHref(id));
}
