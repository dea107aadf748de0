import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { loadAdapter, providerIds, UnknownProviderError } from '../src/index.js';

const run = promisify(execFile);
const dir = fileURLToPath(new URL('..', import.meta.url));

async function check(script: 'check:publint' | 'check:attw'): Promise<string> {
  const { stdout, stderr } = await run('pnpm', ['run', '-s', script], {
    cwd: dir,
    env: { ...process.env, NO_COLOR: '1' },
  });
  return stdout + stderr;
}

// What would be published is tested like code (needs `build` first; turbo runs it before `test`).
describe('package', () => {
  it('passes publint', { timeout: 60_000 }, async () => {
    expect(await check('check:publint')).toContain('All good');
  });
  it('passes attw (esm-only)', { timeout: 60_000 }, async () => {
    await expect(check('check:attw')).resolves.toBeTypeOf('string');
  });
});

describe('provider registry', () => {
  it('finds an adapter per provider folder, each exporting itself under its folder name', async () => {
    const folders = readdirSync(new URL('../src/providers/', import.meta.url));
    expect(providerIds()).toEqual([...folders].sort());
    for (const id of providerIds()) expect((await loadAdapter(id)).id).toBe(id);
  });

  it('an unknown id is refused with the closest known one', async () => {
    await expect(loadAdapter('100m')).rejects.toThrow(UnknownProviderError);
    await expect(loadAdapter('100m')).rejects.toThrow(/did you mean "100ms"/);
    await expect(loadAdapter('../registry')).rejects.toThrow(/unknown provider/);
  });

  it('no source file outside a provider folder names every provider (the house rule)', () => {
    const ids = providerIds();
    const offenders: string[] = [];
    const walk = (path: string) => {
      for (const entry of readdirSync(path)) {
        const full = join(path, entry);
        if (statSync(full).isDirectory()) walk(full);
        else if (entry.endsWith('.ts')) {
          const text = readFileSync(full, 'utf8');
          if (ids.every((id) => text.includes(id === 'videosdk' ? `'videosdk'` : id))) offenders.push(full);
        }
      }
    };
    walk(fileURLToPath(new URL('../src/', import.meta.url)));
    expect(offenders).toEqual([]);
  });
});
