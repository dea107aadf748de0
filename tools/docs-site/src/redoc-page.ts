/**
 * Turns `redocly build-docs` output into pages that work from any base path and from file://.
 *
 * - Redoc routes with the URL hash (`#/sessions/listsessions`) once hydrated, but its server-side
 *   render writes the sidebar's section links root-relative (`href="/sessions"`), and hydration
 *   keeps them: copied or opened in a new tab they leave the site. They are rewritten to `#/…`.
 * - Instead of inlining Redoc's 2.2 MB script into every page (`--inlineBundle`), every page loads
 *   one shared copy, `assets/redoc.standalone.js`, by a relative URL. Redoc ships it as an ES
 *   module, which browsers refuse to import from file://; the copy is made a classic script
 *   (same code, its exports handed over on `globalThis`) so the site still opens from disk.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export const REDOC_ASSET = 'assets/redoc.standalone.js';
/** Where the classic-script copy hands Redoc's exports to the page. */
const GLOBAL_NAME = '__rtcRedoc';

function redocCliDir(): string {
  const require = createRequire(import.meta.url);
  return dirname(require.resolve('@redocly/cli/package.json'));
}

/** Redoc's standalone ES module as @redocly/cli ships it for `--inlineBundle`. */
export function readRedocModule(): string {
  const path = join(redocCliDir(), 'lib/chunks/redoc.standalone.js');
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(`Redoc's standalone script is not at ${path}: did @redocly/cli change its layout?`, {
      cause: error,
    });
  }
}

/**
 * The module as a classic script: its final `export{…}` becomes an assignment to globalThis, and
 * the two `import.meta` reads (flexsearch's worker paths, never reached in a page that builds its
 * workers from a Blob) become the indirect `eval` the bundle already uses for the same purpose.
 */
export function toClassicScript(module: string): string {
  const exportStatement = /export\s*\{\s*([\w$]+(?:\s*,\s*[\w$]+)*)\s*\}\s*;?\s*$/;
  const match = module.match(exportStatement);
  if (!match) throw new Error("Redoc's standalone module no longer ends with `export{…}`");
  const names = (match[1] ?? '').split(',').map((name) => name.trim());
  if (!names.includes('hydrate')) throw new Error("Redoc's standalone module no longer exports hydrate");
  const script = module
    .replace(exportStatement, `globalThis.${GLOBAL_NAME}={${names.join(',')}};\n`)
    .replace(/(?<![\w$."'`])import\.meta\.(url|dirname)\b/g, '(0,eval)("import.meta.$1")');
  if (/(?<![\w$."'`])import\.meta\b/.test(script)) {
    throw new Error(
      "Redoc's standalone module uses module syntax this build cannot turn into a classic script",
    );
  }
  return script;
}

/** Root-relative `href="/…"` (not protocol-relative `//host`) becomes the hash route `#/…`. */
export function hashRoutes(html: string): string {
  return html.replace(/(<a\b[^>]*?\shref=")\/(?!\/)/g, '$1#/');
}

/**
 * Points the page at the shared script: drops the CDN preload from the head and replaces the
 * CDN import in the hydration module with the global the classic script sets.
 */
export function useSharedRedocScript(html: string): string {
  const cdn = /https:\/\/cdn\.redocly\.com\/redoc\/[^"']+\/redoc\.standalone\.js/;
  const preload = new RegExp(`<link rel="modulepreload" href="${cdn.source}"[^>]*>`);
  const importLine = new RegExp(`import \\{ hydrate \\} from "${cdn.source}";`);
  if (!preload.test(html) || !importLine.test(html)) {
    throw new Error(
      'redocly build-docs output has no CDN import of Redoc to replace (run it without --inlineBundle)',
    );
  }
  return html.replace(preload, '').replace(importLine, `const { hydrate } = globalThis.${GLOBAL_NAME};`);
}
