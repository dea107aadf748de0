// The lint step on a scratch copy of the repository's layout, with the real VideoSDK bundle: a
// non-breaking and a breaking spec change, and what `check` answers to each (with and without a
// major changeset), then the changelog and the release snapshot.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli.js';

const repo = fileURLToPath(new URL('../../..', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'rtc-api-changes-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const current = join(scratch, 'spec/videosdk/dist/openapi.json');
const copy = (from: string, to = from) => {
  mkdirSync(dirname(join(scratch, to)), { recursive: true });
  cpSync(join(repo, from), join(scratch, to));
};

beforeAll(() => {
  copy('spec/videosdk/openapi.yaml');
  copy('spec/videosdk/dist/openapi.json');
  // the released bundle is the current one: no change yet
  copy('spec/videosdk/dist/openapi.json', 'spec/videosdk/released/openapi.json');
  writeFileSync(
    join(scratch, 'spec/videosdk/released/released.json'),
    JSON.stringify({ basis: 'pnpm version-packages' }),
  );
  copy('packages/videosdk/package.json');
  copy('.changeset/config.json');
});

async function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await main([...argv, '--root', scratch], {
    out: (t) => {
      out += t;
    },
    err: (t) => {
      err += t;
    },
  });
  return { code, out, err };
}

// biome-ignore lint/suspicious/noExplicitAny: a bundled spec is free-form JSON
function editSpec(edit: (spec: Record<string, any>) => void): void {
  const spec = JSON.parse(readFileSync(current, 'utf8'));
  edit(spec);
  writeFileSync(current, JSON.stringify(spec));
}

describe('rtc-api-changes check on a scratch copy', () => {
  it('an unchanged spec passes', async () => {
    const { code, out } = await run('check');
    expect(code).toBe(0);
    expect(out).toContain('videosdk: 0 breaking, 0 non-breaking, 0 docs since @rtc-sessions/videosdk@0.0.0');
  });

  it('a non-breaking change (a new optional response field) passes without a changeset', async () => {
    editSpec((spec) => {
      spec.components.schemas.Session.properties.recordingUrl = { type: 'string' };
    });
    const { code, out, err } = await run('check');
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toMatch(/videosdk: 0 breaking, [1-9]\d* non-breaking/);
  });

  it('a breaking change (a response field removed) fails, naming the change and the client', async () => {
    editSpec((spec) => {
      delete spec.components.schemas.Session.properties.region;
    });
    const { code, out, err } = await run('check');
    expect(code).toBe(1);
    expect(out).toContain('major changeset: NO');
    expect(err).toContain('videosdk: breaking change without a major changeset for @rtc-sessions/videosdk:');
    expect(err).toMatch(/GET \/sessions\/ \(listSessions\) response 200: `data\[\]\.region` removed/);
  });

  it('a minor changeset is not enough; a major one for that client is', async () => {
    const changeset = join(scratch, '.changeset/drop-region.md');
    writeFileSync(changeset, '---\n"@rtc-sessions/videosdk": minor\n---\n\nDrop region.\n');
    expect((await run('check')).code).toBe(1);
    writeFileSync(changeset, '---\n"@rtc-sessions/videosdk": major\n---\n\nDrop region.\n');
    const { code, out } = await run('check');
    expect(code).toBe(0);
    expect(out).toContain('major changeset: yes');
  });

  it('writes the changelog with each change and its class', async () => {
    const { code } = await run('changelog', '--out', join(scratch, 'out'));
    expect(code).toBe(0);
    const md = readFileSync(join(scratch, 'out/changes.md'), 'utf8');
    expect(md).toMatch(
      /- \*\*breaking\*\* — GET \/sessions\/ \(listSessions\) response 200: `data\[\]\.region` removed/,
    );
    expect(md).toMatch(/- \*\*non-breaking\*\* — .*`data\[\]\.recordingUrl` added/);
    const json = JSON.parse(readFileSync(join(scratch, 'out/changes.json'), 'utf8'));
    expect(json.providers[0]).toMatchObject({ provider: 'videosdk', client: '@rtc-sessions/videosdk' });
    expect(json.providers[0].counts.breaking).toBeGreaterThan(0);
  });

  it('the release snapshot makes the current bundle the released one', async () => {
    expect((await run('snapshot')).code).toBe(0);
    const info = JSON.parse(readFileSync(join(scratch, 'spec/videosdk/released/released.json'), 'utf8'));
    expect(info).toEqual({ basis: 'pnpm version-packages' });
    const { code, out } = await run('check');
    expect(code).toBe(0);
    // the released version is the client's package.json version, not a copy of it
    expect(out).toContain('videosdk: 0 breaking, 0 non-breaking, 0 docs since @rtc-sessions/videosdk@0.0.0');
  });

  it('refuses a misspelt option and an unknown command', async () => {
    expect((await run('check', '--rot', 'x')).code).toBe(2);
    expect((await run('chek')).code).toBe(2);
  });
});
