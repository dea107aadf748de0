import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

// The published package as users get it: what is packed, and whether its exports resolve with
// types under the ESM-only profile. Needs the build (turbo runs it before `test`).
const run = promisify(execFile);
const packageDir = fileURLToPath(new URL('..', import.meta.url));
const bin = (name: string) => join(packageDir, 'node_modules', '.bin', name);
const scratch = mkdtempSync(join(tmpdir(), 'rtc-contract-pack-'));

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('published package', () => {
  it('is built', () => {
    expect(existsSync(join(packageDir, 'dist', 'generated', 'manifest.json'))).toBe(true);
  });

  it('knows the providers of its spec devDependencies, in the manifest and the cassette schema', () => {
    const read = (...path: string[]) => JSON.parse(readFileSync(join(packageDir, ...path), 'utf8'));
    const specs = Object.keys(read('package.json').devDependencies)
      .filter((name) => name.startsWith('@rtc-sessions/spec-'))
      .map((name) => name.slice('@rtc-sessions/spec-'.length));
    expect(specs.length).toBeGreaterThan(0);
    const manifest = read('dist', 'generated', 'manifest.json');
    expect(Object.keys(manifest.providers)).toEqual(specs);
    expect(read('dist', 'cassette.schema.json').properties.provider.enum).toEqual(specs);
    const dependencies = Object.keys(read('package.json').dependencies);
    for (const id of specs) {
      // the facts come from the spec (`info.x-rtc-provider`), the client is the dependency built
      // from the provider's spec package
      const spec = read('node_modules', '@rtc-sessions', `spec-${id}`, 'dist', 'openapi.json');
      const facts = spec.info['x-rtc-provider'];
      const client = dependencies.filter((name) => {
        const pkg = read('node_modules', ...name.split('/'), 'package.json');
        return Object.hasOwn({ ...pkg.dependencies, ...pkg.devDependencies }, `@rtc-sessions/spec-${id}`);
      });
      expect(client).toHaveLength(1);
      expect(manifest.providers[id]).toMatchObject({
        name: facts.name,
        server: spec.servers[0].url,
        client: client[0],
        webhooks: { adapter: `${client[0]}/webhooks/testing`, spec: `${client[0]}/openapi.json` },
        credentials: {
          key: facts.credentials.keys[0].env,
          secret: facts.credentials.keys[1].env,
          token: facts.credentials.tokenEnv,
        },
      });
    }
  });

  it('packs the runtime and the compiled validators, not the build script or source maps', async () => {
    await run('pnpm', ['pack', '--pack-destination', scratch], { cwd: packageDir });
    const tarball = readdirSync(scratch).find((name) => name.endsWith('.tgz'));
    expect(tarball).toBeDefined();
    const { stdout } = await run('tar', ['tzf', join(scratch, tarball as string)]);
    const files = stdout.split('\n').filter(Boolean);
    for (const expected of [
      'package/dist/index.js',
      'package/dist/index.d.ts',
      'package/dist/generated/manifest.json',
      'package/dist/generated/videosdk.js',
      'package/dist/generated/videosdk.fast.js',
      'package/bin/rtc-contract.js',
      'package/dist/cassette.schema.json',
      'package/dist/internal.js',
    ]) {
      expect(files).toContain(expected);
    }
    expect(files.filter((f) => /\/(scripts|src|test|build)\//.test(f) || f.endsWith('.map'))).toEqual([]);
  }, 60_000);

  it('passes publint (strict)', async () => {
    const { stdout } = await run(bin('publint'), ['--strict'], { cwd: packageDir });
    expect(stdout).toContain('All good');
  }, 60_000);

  it('passes attw --pack with the esm-only profile', async () => {
    // exits non-zero on any problem the profile does not ignore; the JSON lists ignored ones too
    const { stdout } = await run(bin('attw'), ['--pack', '.', '--profile', 'esm-only', '--format', 'json'], {
      cwd: packageDir,
      maxBuffer: 16 * 1024 * 1024,
    });
    const report = JSON.parse(stdout) as {
      problems?: Record<string, { resolutionKind?: string }[]>;
    };
    const problems = Object.values(report.problems ?? {})
      .flat()
      .filter((p) => p.resolutionKind !== 'node10' && p.resolutionKind !== 'node16-cjs');
    expect(problems).toEqual([]);
  }, 120_000);
});
