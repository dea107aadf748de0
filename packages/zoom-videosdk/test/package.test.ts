import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { packageCheck } from '../../runtime/test/helpers/packaging.js';

const dir = fileURLToPath(new URL('..', import.meta.url));

// What would be published is tested like code (needs `build` first; turbo runs it before `test`).
describe('package', () => {
  it('ships the bundled spec as ./openapi.json', () => {
    expect(existsSync(new URL('../dist/openapi.json', import.meta.url))).toBe(true);
  });
  it('passes publint', { timeout: 60_000 }, async () => {
    expect(await packageCheck(dir, 'check:publint')).toContain('All good');
  });
  it('passes attw (esm-only)', { timeout: 60_000 }, async () => {
    await expect(packageCheck(dir, 'check:attw')).resolves.toBeTypeOf('string');
  });
});
