/**
 * How the build finds each provider's client package (scripts/client-packages.ts): by what the
 * client is built from, not by its name — checked on a scratch workspace whose client is named
 * nothing like its provider id.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { clientPackages } from '../scripts/client-packages.js';

const scratches: string[] = [];
afterEach(() => {
  for (const dir of scratches.splice(0)) rmSync(dir, { recursive: true, force: true });
});

interface FakePackage {
  name: string;
  devDependencies?: Record<string, string>;
  exports?: Record<string, string>;
  /** Files written under the package (relative path → content). */
  files?: Record<string, string>;
}

/** A package depending on `packages`, installed under its node_modules; returns its package.json. */
function workspace(packages: FakePackage[]): string {
  const root = mkdtempSync(join(tmpdir(), 'rtc-contract-clients-'));
  scratches.push(root);
  for (const { files = {}, ...pkg } of packages) {
    const dir = join(root, 'node_modules', ...pkg.name.split('/'));
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ ...pkg, type: 'module' }));
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), content);
    }
  }
  const dependencies = Object.fromEntries(packages.map((p) => [p.name, '*']));
  const packageJson = join(root, 'package.json');
  writeFileSync(packageJson, JSON.stringify({ name: 'checker', dependencies }));
  return packageJson;
}

const webhookExports = {
  './package.json': './package.json',
  './webhooks/testing': './dist/webhooks-testing.js',
  './openapi.json': './dist/openapi.json',
};
const builtWebhooks = {
  'dist/webhooks-testing.js': 'export const webhookAdapter = {};\n',
  'dist/openapi.json': '{}\n',
};

describe('clientPackages', () => {
  it('maps a provider to the dependency built from its spec package, whatever its name', () => {
    const packageJson = workspace([
      { name: 'left-pad', exports: { './package.json': './package.json' } },
      {
        name: '@acme/video-client',
        devDependencies: { '@rtc-sessions/spec-acme': '*' },
        exports: webhookExports,
        files: builtWebhooks,
      },
      { name: 'plain-client', devDependencies: { '@rtc-sessions/spec-plain': '*' } },
    ]);
    const clients = clientPackages(packageJson);
    expect([...clients.keys()]).toEqual(['acme', 'plain']);
    expect(clients.get('acme')).toEqual({
      name: '@acme/video-client',
      webhooks: {
        adapter: '@acme/video-client/webhooks/testing',
        spec: '@acme/video-client/openapi.json',
      },
    });
    // no `exports` at all: the package.json resolves, but there are no webhook subpaths
    expect(clients.get('plain')).toEqual({ name: 'plain-client', webhooks: null });
  });

  it('says which build to run when a declared webhook subpath does not resolve', () => {
    const packageJson = workspace([
      { name: 'unbuilt', devDependencies: { '@rtc-sessions/spec-acme': '*' }, exports: webhookExports },
    ]);
    expect(() => clientPackages(packageJson)).toThrow(
      'unbuilt/webhooks/testing does not resolve: build it (pnpm turbo run build --filter=unbuilt)',
    );
  });

  it('refuses a client that exports only one of the two webhook subpaths', () => {
    const packageJson = workspace([
      {
        name: 'half',
        devDependencies: { '@rtc-sessions/spec-acme': '*' },
        exports: { './package.json': './package.json', './openapi.json': './dist/openapi.json' },
        files: builtWebhooks,
      },
    ]);
    expect(() => clientPackages(packageJson)).toThrow(
      'half exports ./openapi.json but not ./webhooks/testing: a client exports both or neither',
    );
  });

  it('refuses two dependencies built from the same spec', () => {
    const spec = { '@rtc-sessions/spec-acme': '*' };
    const packageJson = workspace([
      { name: 'one', devDependencies: spec },
      { name: 'two', devDependencies: spec },
    ]);
    expect(() => clientPackages(packageJson)).toThrow(
      'two dependencies are built from the acme spec (one, two): keep one',
    );
  });
});
