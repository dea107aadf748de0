import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { RtcSessionsError } from '@rtc-sessions/runtime';
import { describe, expect, expectTypeOf, it } from 'vitest';
import * as api from '../src/index.js';
import {
  type CredentialsOf,
  clientPackageOf,
  connect,
  InvalidQueryError,
  loadAdapter,
  type Participant,
  type ProviderId,
  providerIds,
  type Session,
  type TraitsOf,
  UnknownProviderError,
} from '../src/index.js';

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
  it('maps every provider folder to its adapter, each exporting itself under its id', async () => {
    const folders = readdirSync(new URL('../src/providers/', import.meta.url));
    expect(providerIds()).toEqual([...folders].sort());
    for (const id of providerIds()) expect((await loadAdapter(id)).id).toBe(id);
  });

  it('an unknown id is refused with the closest known one, and does not compile', async () => {
    await expect(loadAdapter('100m' as ProviderId)).rejects.toThrow(UnknownProviderError);
    await expect(loadAdapter('100m' as ProviderId)).rejects.toThrow(/did you mean "100ms"/);
    await expect(loadAdapter('../registry' as ProviderId)).rejects.toThrow(/unknown provider/);
    await expect(loadAdapter('constructor' as ProviderId)).rejects.toThrow(/unknown provider/);
    // @ts-expect-error a misspelt provider id is a compile error
    await expect(connect('zooom-videosdk', { credentials: { token: 't' } })).rejects.toThrow(
      UnknownProviderError,
    );
    expectTypeOf<ProviderId>().toEqualTypeOf<'videosdk' | 'zoom-videosdk' | '100ms'>();
  });

  it('per-provider types come from the id, with no global side effect', () => {
    expectTypeOf<Session<TraitsOf<'zoom-videosdk'>>['name']>().toEqualTypeOf<string>();
    expectTypeOf<Session<TraitsOf<'videosdk'>>['name']>().toEqualTypeOf<undefined>();
    expectTypeOf<Participant<TraitsOf<'100ms'>>['role']>().toEqualTypeOf<string>();
    // The plain model is not changed by any adapter's types being in the program.
    expectTypeOf<Session['raw']>().toEqualTypeOf<unknown>();
    expectTypeOf<Session['name']>().toEqualTypeOf<string | undefined>();
    // Credentials are typed per provider: Zoom's key + secret are apiKey and apiSecret.
    expectTypeOf<{ apiKey: string; apiSecret: string }>().toMatchTypeOf<CredentialsOf<'zoom-videosdk'>>();
    expectTypeOf<{ apiKey: string; secret: string }>().not.toMatchTypeOf<CredentialsOf<'zoom-videosdk'>>();
  });

  it('only the registry names every provider: the adapters stay in their folders', () => {
    const ids = providerIds();
    const offenders: string[] = [];
    const walk = (path: string) => {
      for (const entry of readdirSync(path)) {
        const full = join(path, entry);
        if (statSync(full).isDirectory()) walk(full);
        else if (entry.endsWith('.ts') && entry !== 'registry.ts') {
          const text = readFileSync(full, 'utf8');
          if (ids.every((id) => text.includes(id === 'videosdk' ? `'videosdk'` : id))) offenders.push(full);
        }
      }
    };
    walk(fileURLToPath(new URL('../src/', import.meta.url)));
    expect(offenders).toEqual([]);
  });

  it('every error class the package exports is an RtcSessionsError', () => {
    const classes = Object.entries(api).filter(
      ([name, value]) => typeof value === 'function' && name.endsWith('Error'),
    ) as [string, new (...args: never[]) => unknown][];
    expect(classes.length).toBeGreaterThanOrEqual(9);
    for (const [name, Class] of classes) {
      expect(Class.prototype instanceof RtcSessionsError, name).toBe(true);
      expect(Class.prototype instanceof RangeError, name).toBe(false);
    }
  });
});

describe('provider clients are optional peer dependencies', () => {
  it('declares them as optional peers', () => {
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    for (const id of providerIds()) {
      const name = clientPackageOf(id);
      expect(pkg.dependencies?.[name]).toBeUndefined();
      expect(pkg.peerDependencies?.[name]).toBeDefined();
      expect(pkg.peerDependenciesMeta?.[name]).toEqual({ optional: true });
    }
  });

  it('a missing client package gets an error naming what to install (the built package, installed without it)', async () => {
    const root = await mkdtemp(join(tmpdir(), 'rtc-sessions-peers-'));
    try {
      const scope = join(root, 'node_modules', '@rtc-sessions');
      await mkdir(scope, { recursive: true });
      // The package as published (dist + package.json), without the dev dependencies of this repo.
      await cp(join(dir, 'dist'), join(scope, 'sessions', 'dist'), { recursive: true });
      await cp(join(dir, 'package.json'), join(scope, 'sessions', 'package.json'));
      // Installed next to it: the runtime and one client (Zoom), not VideoSDK's.
      await symlink(join(dir, '..', 'runtime'), join(scope, 'runtime'), 'dir');
      await symlink(join(dir, '..', 'zoom-videosdk'), join(scope, 'zoom-videosdk'), 'dir');
      const script = join(root, 'main.mjs');
      await writeFile(
        script,
        `import { connect } from '@rtc-sessions/sessions';
try { await connect('videosdk', { credentials: { token: 't' } }); console.log('connected'); }
catch (error) { console.log(error.name + ': ' + error.message); }
const zoom = await connect('zoom-videosdk', { credentials: { token: 't' } });
console.log('zoom ' + zoom.provider);`,
      );
      // --preserve-symlinks: resolve from the temporary tree, where the VideoSDK client is absent.
      const { stdout } = await run(process.execPath, ['--preserve-symlinks', script], { cwd: root });
      expect(stdout).toContain(
        'MissingProviderPackageError: provider "videosdk" needs its client package @rtc-sessions/videosdk',
      );
      expect(stdout).toContain('npm install @rtc-sessions/videosdk');
      expect(stdout).toContain('zoom zoom-videosdk');
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});

describe('options are checked', () => {
  it('a misspelt option or filter is a ConfigurationError naming the closest; a meaningless number names the option', async () => {
    const credentials = { token: 't' };
    await expect(connect('videosdk', { credentials, baseURL: 'http://x' } as never)).rejects.toThrow(
      /unknown option `baseURL` — did you mean `baseUrl`\?/,
    );
    await expect(connect('videosdk', { credentials, pageSize: Number.NaN })).rejects.toThrow(
      /pageSize must be a positive integer/,
    );
    await expect(connect('videosdk', { credentials, concurrency: -1 })).rejects.toThrow(
      /concurrency must be an integer from 1 to 64/,
    );
    await expect(connect('videosdk', { credentials, maxDelayMs: Number.POSITIVE_INFINITY })).rejects.toThrow(
      /maxDelayMs/,
    );
    const client = await connect('videosdk', { credentials });
    await expect(client.listSessions({ form: '2024-01-01' } as never).next()).rejects.toThrow(
      /unknown option `form` — did you mean `from`\?/,
    );
    await expect(client.listSessions({ maxSessions: 0 }).next()).rejects.toThrow(
      /maxSessions must be a positive integer/,
    );
    await expect(client.listSessions({ from: '2023-02-30T00:00:00Z' }).next()).rejects.toThrow(
      InvalidQueryError,
    );
  });
});
