/**
 * Bundles the smoke suite the way edge deployments are bundled: one ES module, for a neutral
 * platform, every package inlined. A `node:*` import anywhere on the path is left external, and
 * {@link nodeImportsOf} lists them, so the test can name the module that would not load on workerd.
 */
import { fileURLToPath } from 'node:url';
import { build, type Metafile } from 'esbuild';

/** One bundle of an entry of `src/` (`cli.ts` or `worker.ts`) into `outfile`. */
export async function bundle(entry: 'cli.ts' | 'worker.ts', outfile: string): Promise<Metafile> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL(entry, import.meta.url))],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    mainFields: ['module', 'main'],
    conditions: ['workerd', 'worker', 'import', 'default'],
    external: ['node:*'],
    metafile: true,
    logLevel: 'silent',
  });
  return result.metafile;
}

/** The `node:*` modules a bundle imports, each with the input files that import it. */
export function nodeImportsOf(metafile: Metafile): Record<string, string[]> {
  const found: Record<string, string[]> = {};
  for (const [file, input] of Object.entries(metafile.inputs))
    for (const { path, external } of input.imports)
      if (external && path.startsWith('node:')) found[path] = [...(found[path] ?? []), file];
  return found;
}
