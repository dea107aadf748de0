/**
 * Builds the docs site into dist/: one Redoc page per provider (`redocly build-docs <alias>`)
 * and an index page listing them, with every figure read from the bundled specs.
 * The site must open with no network, so Redoc's script is inlined (no CDN) and the build
 * fails if any page still points at another origin.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { clientPackageOf, credentialEnvOf } from './client-facts.js';
import { SAMPLE_LANGUAGES } from './code-samples.js';
import { type DocsCopyContext, docsCopy } from './docs-copy.js';
import { findExternalReferences } from './external-refs.js';
import { loadHub } from './hub.js';
import { bundledSpecPath, loadProviders, type ProviderDocs } from './providers.js';
import {
  hashRoutes,
  REDOC_ASSET,
  readRedocModule,
  toClassicScript,
  useSharedRedocScript,
} from './redoc-page.js';
import { providerPageHref, renderIndex, type SearchAssets } from './render-index.js';
import {
  buildSearchIndex,
  MINISEARCH_ASSET,
  miniSearchBrowserScript,
  SEARCH_RUNTIME,
  searchOptionsScript,
} from './search-index.js';
import { SEARCH_SYNONYMS } from './search-terms.js';
import { tokenSignerOf, webhookEnvOf } from './webhook-facts.js';

const packageRoot = fileURLToPath(new URL('..', import.meta.url));
export const distDir = join(packageRoot, 'dist');
const redoclyConfig = resolve(packageRoot, '../../redocly.yaml');
const pageTemplate = join(packageRoot, 'templates/redoc-page.hbs');

function redoclyBin(): string {
  const require = createRequire(import.meta.url);
  const manifestPath = require.resolve('@redocly/cli/package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { bin: Record<string, string> };
  const bin = manifest.bin.redocly;
  if (!bin) throw new Error('@redocly/cli declares no `redocly` bin');
  return join(dirname(manifestPath), bin);
}

function run(command: string, args: string[]): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, {
      cwd: packageRoot,
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolvePromise(output);
      else
        reject(
          new Error(
            `${relative(packageRoot, args[0] ?? command)} ${args.slice(1).join(' ')} exited with ${code}\n${output}`,
          ),
        );
    });
  });
}

/**
 * Redoc's script shows a "docs by Redocly" logo it fetches at run time from cdn.redoc.ly.
 * A text badge drawn in an inline SVG keeps the credit without the request.
 */
const ATTRIBUTION_BADGE = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" width="44" height="16" viewBox="0 0 44 16">' +
    '<text x="22" y="12" text-anchor="middle" font-family="system-ui,sans-serif" font-size="12" ' +
    'font-weight="600" fill="#0044d4">Redoc</text></svg>',
)}`;
const RUNTIME_ASSET_REPLACEMENTS: ReadonlyMap<string, string> = new Map([
  ['https://cdn.redoc.ly/redoc/logo-mini-full.svg', ATTRIBUTION_BADGE],
  ['https://cdn.redoc.ly/redoc/logo-mini.svg', ATTRIBUTION_BADGE],
]);

export function localizeRuntimeAssets(html: string): string {
  let localized = html;
  for (const [url, replacement] of RUNTIME_ASSET_REPLACEMENTS)
    localized = localized.replaceAll(url, replacement);
  return localized;
}

/** Redoc's options for every page (`--openapi`): examples open, downloads of the bundled spec beside the page. */
export const REDOC_OPTIONS = {
  jsonSamplesExpandLevel: 'all',
  schemasExpansionLevel: 1,
  hideDownloadButtons: false,
  codeSamples: { languages: SAMPLE_LANGUAGES },
  downloadUrls: [
    { title: 'openapi.json', url: 'openapi.json' },
    { title: 'openapi.yaml', url: 'openapi.yaml' },
  ],
};

/** What the docs copy needs beyond the spec: the client's name, credentials, token signer and webhook variables. */
export async function docsCopyContext(provider: ProviderDocs): Promise<DocsCopyContext> {
  const clientPackage = clientPackageOf(provider.id);
  return {
    providerId: provider.id,
    clientPackage,
    env: credentialEnvOf(provider.document),
    tokenSigner: await tokenSignerOf(clientPackage),
    webhookEnv: await webhookEnvOf(clientPackage),
  };
}

async function renderProviderPage(provider: ProviderDocs, workDir: string): Promise<string> {
  const folder = join(distDir, dirname(providerPageHref(provider.id)));
  const output = join(distDir, providerPageHref(provider.id));
  await mkdir(folder, { recursive: true });

  // The downloads are the bundle as clients use it; Redoc renders the docs copy.
  const bundlePath = bundledSpecPath(provider.id);
  await copyFile(bundlePath, join(folder, 'openapi.json'));
  const copy = docsCopy(provider.document, await docsCopyContext(provider));
  const copyPath = join(workDir, `${provider.id}.docs.json`);
  await writeFile(copyPath, JSON.stringify(copy));

  await run(process.execPath, [
    redoclyBin(),
    'bundle',
    bundlePath,
    '--ext',
    'yaml',
    '--output',
    join(folder, 'openapi.yaml'),
  ]);
  await run(process.execPath, [
    redoclyBin(),
    'build-docs',
    copyPath,
    '--config',
    redoclyConfig,
    '--template',
    pageTemplate,
    '--openapi',
    JSON.stringify(REDOC_OPTIONS),
    `--templateOptions.indexHref=${relativeHref(providerPageHref(provider.id), 'index.html')}`,
    `--templateOptions.redocScript=${relativeHref(providerPageHref(provider.id), REDOC_ASSET)}`,
    '--output',
    output,
  ]);
  const html = await readFile(output, 'utf8');
  await writeFile(output, hashRoutes(useSharedRedocScript(localizeRuntimeAssets(html))));
  return output;
}

/** A relative URL from one page of the site to another file of it, both given from the site root. */
export function relativeHref(fromPage: string, to: string): string {
  const depth = fromPage.split('/').length - 1;
  return `${'../'.repeat(depth)}${to}`;
}

async function writeRedocAsset(): Promise<string> {
  const path = join(distDir, REDOC_ASSET);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, localizeRuntimeAssets(toClassicScript(readRedocModule())));
  return path;
}

/** The hub's search: MiniSearch's browser build beside Redoc's, and the index built from every spec. */
async function writeSearchAssets(providers: ProviderDocs[]): Promise<SearchAssets> {
  await copyFile(miniSearchBrowserScript(), join(distDir, MINISEARCH_ASSET));
  return {
    indexJson: JSON.stringify(buildSearchIndex(providers)),
    runtime: SEARCH_RUNTIME,
    synonyms: SEARCH_SYNONYMS,
    options: searchOptionsScript(),
    script: MINISEARCH_ASSET,
  };
}

export async function buildSite(): Promise<string[]> {
  const providers = loadProviders();
  if (providers.length === 0) throw new Error('no @rtc-sessions/spec-* dependency: nothing to document');

  await rm(distDir, { recursive: true, force: true });
  await mkdir(distDir, { recursive: true });

  const workDir = await mkdtemp(join(tmpdir(), 'docs-site-'));
  let pages: string[];
  try {
    await writeRedocAsset();
    pages = await Promise.all(providers.map((provider) => renderProviderPage(provider, workDir)));
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
  const indexPath = join(distDir, 'index.html');
  await writeFile(indexPath, renderIndex(await loadHub(providers), await writeSearchAssets(providers)));
  pages.unshift(indexPath);

  const problems: string[] = [];
  for (const page of pages) {
    const html = await readFile(page, 'utf8');
    for (const reference of findExternalReferences(html)) {
      problems.push(`${relative(distDir, page)}: ${reference.kind} ${reference.url}`);
    }
  }
  if (problems.length > 0) {
    throw new Error(`the site must load nothing from another origin, but:\n  ${problems.join('\n  ')}`);
  }
  return pages;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  const pages = await buildSite();
  for (const page of pages) console.log(`  ${relative(process.cwd(), page)}`);
  console.log(
    `docs site built in ${Math.round(performance.now() - started)} ms: ${relative(process.cwd(), distDir)}/`,
  );
}
