import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

// Input files are named relative to the repository in the breakdown.
const repositoryRoot = fileURLToPath(new URL('../../..', import.meta.url));
const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

/** What an app bundling `entry` ships: minified ESM for Node, Node builtins left out. */
export interface BundleSize {
  bytes: number;
  /** The bundle itself. */
  text: string;
  /** Bytes of output per input file (relative to the repository), largest first. */
  byFile: [file: string, bytes: number][];
}

/**
 * Bundles `export * from '<entry>'` with esbuild (minified ESM, platform node, no types), leaving
 * Node builtins and `external` packages out, as size-limit does.
 */
export async function bundleSize(entry: string, external: readonly string[] = []): Promise<BundleSize> {
  const result = await build({
    stdin: { contents: `export * from '${entry}';`, resolveDir: import.meta.dirname, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    write: false,
    metafile: true,
    absWorkingDir: repositoryRoot,
    external: [...nodeBuiltins, ...external],
    logLevel: 'silent',
  });
  const bytes = result.outputFiles.reduce((sum, file) => sum + file.contents.byteLength, 0);
  const inputs = Object.values(result.metafile.outputs)[0]?.inputs ?? {};
  const byFile = Object.entries(inputs)
    .map(([file, { bytesInOutput }]): [string, number] => [file, bytesInOutput])
    .sort((a, b) => b[1] - a[1]);
  return { bytes, text: result.outputFiles.map((file) => file.text).join('\n'), byFile };
}

/** Third-party dependencies left out of "our code" (an app may already have them). */
export const thirdParty = ['openapi-fetch'];
