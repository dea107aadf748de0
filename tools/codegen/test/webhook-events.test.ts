import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { describeDrift, findDrift, writeGenerated } from '../src/index.js';
import { webhookEventNames, webhookEventsSource } from '../src/webhook-events.js';

const repo = join(import.meta.dirname, '../../..');

let dir: string | undefined;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

/** Every client package that generates from a spec, with the bundled spec it names. */
async function clients(): Promise<{ client: string; specPackage: string; specPath: string }[]> {
  const out = [];
  for (const name of await readdir(join(repo, 'packages'))) {
    const manifest = join(repo, 'packages', name, 'package.json');
    const pkg = JSON.parse(await readFile(manifest, 'utf8').catch(() => '{}')) as {
      scripts?: Record<string, string>;
    };
    const specPackage = /^rtc-codegen generate (\S+)$/.exec(pkg.scripts?.generate ?? '')?.[1];
    if (!specPackage) continue;
    const specPath = createRequire(manifest).resolve(`${specPackage}/openapi.json`);
    out.push({ client: name, specPackage, specPath });
  }
  return out;
}

/** The names in an emitted file, read back from its literal. */
function emittedNames(source: string): unknown {
  const literal = /export const webhookEventNames = (\[[\s\S]*?\]) as const/.exec(source)?.[1];
  return JSON.parse(literal ?? 'null');
}

const payload = {
  requestBody: {
    content: {
      'application/json': {
        schema: { type: 'object', properties: { type: { const: 'x' } }, required: ['type'] },
      },
    },
  },
  responses: { '200': { description: 'ok' } },
};
const specWith = (webhooks?: Record<string, unknown>) => ({
  openapi: '3.1.0',
  info: { title: 't', version: '1' },
  paths: {},
  ...(webhooks ? { webhooks } : {}),
});

describe('webhookEventNames', () => {
  it("emits exactly the keys of each client's bundled spec webhooks:, sorted", async () => {
    const found = await clients();
    expect(found.length).toBeGreaterThan(0);
    for (const { client, specPath } of found) {
      const spec = JSON.parse(await readFile(specPath, 'utf8')) as { webhooks?: object };
      const keys = Object.keys(spec.webhooks ?? {});
      expect(keys.length, client).toBeGreaterThan(0);
      const names = emittedNames(webhookEventsSource(spec)) as string[];
      expect(new Set(names), client).toEqual(new Set(keys));
      expect(names, client).toHaveLength(keys.length);
      expect(names, client).toEqual([...keys].sort());
    }
  });

  it('does not depend on the order the spec lists its webhooks in', () => {
    const forward = specWith({
      'b.two': { post: payload },
      'a.one': { post: payload },
      'a.Z': { put: payload },
    });
    const backward = specWith(Object.fromEntries(Object.entries(forward.webhooks ?? {}).reverse()));
    expect(webhookEventNames(forward)).toEqual(['a.Z', 'a.one', 'b.two']);
    expect(webhookEventsSource(backward)).toBe(webhookEventsSource(forward));
  });

  it('names an event once when it has both post and put, and none for a spec without webhooks', () => {
    expect(webhookEventNames(specWith({ e: { post: payload, put: payload } }))).toEqual(['e']);
    expect(webhookEventNames(specWith())).toEqual([]);
    expect(emittedNames(webhookEventsSource(specWith()))).toEqual([]);
  });

  it('refuses an event without a post or put, and a payload without a schema, naming the pointer', () => {
    expect(() => webhookEventNames(specWith({ 'a/b': { get: payload } }))).toThrow(
      'webhook a/b has no post or put operation (#/webhooks/a~1b)',
    );
    expect(() => webhookEventNames(specWith({ e: { post: { responses: {} } } }))).toThrow(
      'webhook e has no request body schema (#/webhooks/e/post/requestBody)',
    );
  });
});

describe('webhook secrets and scaffolding', () => {
  /** The `webhookSecrets` literal of an emitted file, read back. */
  const emittedSecrets = (source: string): unknown =>
    JSON.parse(/export const webhookSecrets = ([\s\S]*?) as const;/.exec(source)?.[1] ?? 'null');

  it("emits each client's info.x-rtc-provider.webhookSecrets as they are in its bundled spec", async () => {
    for (const { client, specPath } of await clients()) {
      const spec = JSON.parse(await readFile(specPath, 'utf8')) as {
        info: { 'x-rtc-provider': { webhookSecrets?: Record<string, unknown> } };
      };
      const declared = spec.info['x-rtc-provider'].webhookSecrets;
      expect(declared, client).toBeDefined();
      expect(emittedSecrets(webhookEventsSource(spec)), client).toEqual(declared);
    }
  });

  it('emits the run-time event set and the body types once, for every client', () => {
    const source = webhookEventsSource(specWith({ e: { post: payload } }));
    expect(source).toContain(
      'export const webhookEvents: ReadonlySet<string> = new Set<string>(webhookEventNames);',
    );
    expect(source).toContain('export type SpecWebhookEvent = WebhookEventOf<SpecWebhookBodies>;');
    expect(emittedSecrets(source)).toEqual({});
  });

  it('refuses webhookSecrets that break the schema, naming the extension', () => {
    const facts = {
      id: 'p',
      name: 'P',
      mockPort: 4999,
      credentials: {
        keys: [
          { option: 'k', env: 'K' },
          { option: 's', env: 'S' },
        ],
        tokenEnv: 'T',
      },
      requestIdHeaders: ['x-request-id'],
      errorBody: { code: [], message: [], details: [] },
      webhookSecrets: { secretToken: { env: 'lower_case', description: 'x', required: true } },
    };
    const spec = {
      ...specWith(),
      servers: [{ url: 'https://x' }],
      info: { title: 't', version: '1', 'x-rtc-provider': facts },
    };
    expect(() => webhookEventsSource(spec)).toThrow(/invalid info.x-rtc-provider/);
  });
});

describe('drift check of webhook-events.ts', () => {
  /** A scratch client whose spec package is a copy of a real bundled spec, with its files generated. */
  async function scratchClient() {
    const [real] = await clients();
    if (!real) throw new Error('no client package found');
    dir = await mkdtemp(join(tmpdir(), 'codegen-events-'));
    const specDir = join(dir, 'node_modules/@rtc-sessions/spec-scratch');
    await mkdir(specDir, { recursive: true });
    await writeFile(join(specDir, 'package.json'), '{"name":"@rtc-sessions/spec-scratch","version":"0.0.0"}');
    const specPath = join(specDir, 'openapi.json');
    const spec = JSON.parse(await readFile(real.specPath, 'utf8')) as {
      webhooks: Record<string, unknown>;
    };
    await writeFile(specPath, JSON.stringify(spec));
    await writeFile(join(dir, 'package.json'), '{"name":"scratch-client","version":"0.0.0","type":"module"}');
    const target = {
      specPackage: '@rtc-sessions/spec-scratch',
      specPath,
      outDir: join(dir, 'src/generated'),
    };
    await writeGenerated(target);
    return { dir, spec, specPath, target };
  }

  it('fails, naming webhook-events.ts and its line, when the spec gains an event after generating', async () => {
    const { spec, specPath, target } = await scratchClient();
    expect(await findDrift(target)).toEqual([]);
    const [first, item] = Object.entries(spec.webhooks)[0] ?? [];
    // a name that sorts first, so the first difference is on the tuple's first line
    const added = structuredClone(item) as { post: { operationId?: string } };
    added.post.operationId = `!${first}`;
    spec.webhooks[`!${first}`] = added;
    await writeFile(specPath, JSON.stringify(spec));
    const drift = await findDrift(target);
    const source = await readFile(join(target.outDir, 'webhook-events.ts'), 'utf8');
    const tupleLine = source.split('\n').indexOf('export const webhookEventNames = [') + 2;
    expect(drift).toContainEqual({ file: 'webhook-events.ts', reason: 'different', line: tupleLine });
    expect(describeDrift(target, drift)).toMatch(
      /webhook-events\.ts: differs from what @rtc-sessions\/spec-scratch produces \(first at line \d+\)/,
    );
  });

  it('fails on a hand-edited or missing webhook-events.ts', async () => {
    const { target } = await scratchClient();
    const file = join(target.outDir, 'webhook-events.ts');
    const fresh = await readFile(file, 'utf8');
    const firstName = /^ {2}"[^"]*",?\n/m;
    await writeFile(file, fresh.replace(firstName, ''));
    expect(await findDrift(target)).toEqual([
      expect.objectContaining({ file: 'webhook-events.ts', reason: 'different' }),
    ]);
    await rm(file);
    expect(describeDrift(target, await findDrift(target))).toMatch(/webhook-events\.ts: missing/);
  });

  it('`rtc-codegen check` exits 1 naming webhook-events.ts when it is stale, 0 when fresh', async () => {
    const { dir: cwd, target } = await scratchClient();
    // the CLI from source (tsx resolved from here: the scratch client has no node_modules of its own)
    const cli = join(import.meta.dirname, '../src/cli.ts');
    const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
    const run = (args: string[]) =>
      promisify(execFile)(process.execPath, ['--import', tsx, cli, ...args], { cwd }).then(
        ({ stdout }) => ({ code: 0, out: stdout }),
        (error: { code: number; stderr: string }) => ({ code: error.code, out: error.stderr }),
      );
    expect(await run(['check', target.specPackage])).toEqual({
      code: 0,
      out: `src/generated is up to date with ${target.specPackage}\n`,
    });
    const file = join(target.outDir, 'webhook-events.ts');
    await writeFile(file, (await readFile(file, 'utf8')).replace(/^ {2}"[^"]*",\n/m, ''));
    const stale = await run(['check', target.specPackage]);
    expect(stale.code).toBe(1);
    expect(stale.out).toMatch(/webhook-events\.ts: differs from what @rtc-sessions\/spec-scratch produces/);
    expect(stale.out).not.toMatch(/schema\.ts|operations\.ts/);
  }, 60_000); // two Node processes with tsx: seconds on a busy 2-core machine (no test waits on time)
});
