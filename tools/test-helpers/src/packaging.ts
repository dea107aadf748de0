import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

/** Runs one of the package's `check:*` scripts (publint, attw) in `dir`; resolves to its output. */
export async function packageCheck(dir: string, script: 'check:publint' | 'check:attw'): Promise<string> {
  const { stdout, stderr } = await run('pnpm', ['run', '-s', script], {
    cwd: dir,
    env: { ...process.env, NO_COLOR: '1' },
  });
  return stdout + stderr;
}

/**
 * What would be published is tested like code: publint and attw pass on the package at
 * `packageUrl` (needs `build` first; turbo runs it before `test`), and a client ships its bundled
 * spec where its `./openapi.json` export points.
 */
export function describePackage(packageUrl: URL, { shipsSpec = false } = {}): void {
  const dir = fileURLToPath(packageUrl);
  describe('package', () => {
    if (shipsSpec) {
      it('ships the bundled spec as ./openapi.json', () => {
        const { exports } = JSON.parse(readFileSync(new URL('package.json', packageUrl), 'utf8')) as {
          exports: Record<string, unknown>;
        };
        const target = exports['./openapi.json'];
        expect(target).toBeTypeOf('string');
        expect(existsSync(new URL(target as string, packageUrl))).toBe(true);
      });
    }
    it('passes publint', { timeout: 60_000 }, async () => {
      expect(await packageCheck(dir, 'check:publint')).toContain('All good');
    });
    // attw's node16 profile, so that `require()` from CommonJS is checked to resolve (to types and
    // JS) too; only its cjs-resolves-to-esm rule is off, since Node ≥ 20.19 `require()`s our ESM
    // build (require(esm)) and TypeScript ≥ 5.8 (module node20/nodenext) types it — attw 0.18
    // predates both. The ecosystem test runs a CommonJS consumer to prove it.
    it('passes attw (node16 profile, require(esm) allowed)', { timeout: 60_000 }, async () => {
      await expect(packageCheck(dir, 'check:attw')).resolves.toBeTypeOf('string');
    });
  });
}
