import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { expect, it } from 'vitest';

// Like size-limit: runtime + this client, minified without types, dependencies left external.
const LIMIT_BYTES = 10 * 1024;

it(`runtime + videosdk bundle under ${LIMIT_BYTES} B (minified ESM, jose and openapi-fetch external)`, async () => {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('../dist/index.js', import.meta.url))],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    write: false,
    external: [...builtinModules, ...builtinModules.map((m) => `node:${m}`), 'jose', 'openapi-fetch'],
    logLevel: 'silent',
  });
  const bytes = result.outputFiles.reduce((sum, file) => sum + file.contents.byteLength, 0);
  // The runtime must be in the bundle, not external: a tiny figure would mean it was missed.
  expect(bytes).toBeGreaterThan(5 * 1024);
  expect(bytes).toBeLessThan(LIMIT_BYTES);
});
