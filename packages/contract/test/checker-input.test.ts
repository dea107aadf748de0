import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import * as publicEntry from '../src/index.js';

// What a CI user feeds the checker that is not a well-formed recording: deep nesting, a byte order
// mark, a corrupt file among good ones, a misspelled flag. The built CLI runs in a child process.
const cli = fileURLToPath(new URL('../bin/rtc-contract.js', import.meta.url));
const recording = fileURLToPath(
  new URL(
    '../../../contract-tests/recordings/videosdk/listSessions/published-fetch-sessions-page.json',
    import.meta.url,
  ),
);
const cassette = JSON.parse(readFileSync(recording, 'utf8'));
const work = mkdtempSync(join(tmpdir(), 'rtc-contract-input-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function write(name: string, text: string): string {
  const file = join(work, name);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, text);
  return file;
}

function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [cli, ...args],
      { env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

const DEPTH = 20_000;
const deepArray = `${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}`;
const deepObject = `${'{"a":'.repeat(DEPTH)}1${'}'.repeat(DEPTH)}`;

describe('deeply nested bodies are contract violations, never a crash', () => {
  it('a raw body "[[[[…]]]]" 20,000 deep: exit 1 with a violation', async () => {
    const file = write('deep-array.json', deepArray);
    const args = ['verify', '--provider', 'videosdk', '--operation', 'listSessions', '--status', '200'];
    const { code, stdout, stderr } = await run([...args, file]);
    expect(stderr).not.toMatch(/internal error|call stack/i);
    expect(code).toBe(1);
    expect(stdout).toContain('must be object');
  });

  it('deep values inside a cassette body (described and undescribed places), all formats', async () => {
    // JSON.stringify would overflow on the deep values: placeholders are replaced in the text
    const copy = structuredClone(cassette);
    copy.response.body.data[0].participants = 'DEEP_OBJECT'; // the schema wants an array here
    copy.response.body.data[0].undescribed = 'DEEP_ARRAY';
    const text = JSON.stringify(copy).replace('"DEEP_OBJECT"', deepObject).replace('"DEEP_ARRAY"', deepArray);
    const file = write('deep-cassette.json', text);
    for (const format of ['pretty', 'json', 'junit']) {
      const { code, stdout, stderr } = await run(['verify', '--format', format, file]);
      expect(stderr, format).not.toMatch(/internal error|call stack/i);
      expect(code, format).toBe(1);
      expect(stdout, format).toContain('/data/0/participants');
    }
  });

  it('the library never throws on any JSON body', async () => {
    // the built package: its compiled validators live in dist/generated
    const built = new URL('../dist/validators.js', import.meta.url).href;
    const { loadValidators } = (await import(built)) as typeof import('../src/validators.js');
    const validators = await loadValidators();
    const bodies: unknown[] = [
      JSON.parse(deepArray),
      JSON.parse(deepObject),
      { data: JSON.parse(deepArray), pageInfo: JSON.parse(deepObject) },
      { data: [JSON.parse(deepObject)] },
      JSON.parse('{"__proto__": {"x": 1}, "constructor": [], "data": [{"__proto__": null}]}'),
      null,
      0,
      -1e308,
      '',
      'x'.repeat(100_000),
      [],
      {},
      Array.from({ length: 50_000 }, (_, i) => i),
    ];
    for (const provider of validators.providers) {
      for (const op of validators.operations(provider)) {
        for (const response of op.responses) {
          for (const body of bodies) {
            const input = {
              provider,
              operationId: op.operationId,
              status: response.status.replace(/X/g, '0').replace('default', '500'),
              contentType: response.contentType,
              body,
              headers: { 'x-ratelimit-limit': '[[[[' },
            };
            const result = validators.validateResponse(input);
            expect(typeof result.ok).toBe('boolean');
            // the report itself must serialize
            expect(() => JSON.stringify(result)).not.toThrow();
          }
        }
      }
    }
  });
});

describe('webhook payloads go through the same checks', () => {
  it('validateWebhook never throws on any JSON payload, and a deep one is a violation', async () => {
    const built = new URL('../dist/webhook-validators.js', import.meta.url).href;
    const { loadWebhookValidators } = (await import(built)) as typeof import('../src/webhook-validators.js');
    const validators = await loadWebhookValidators();
    const bodies: unknown[] = [JSON.parse(deepArray), JSON.parse(deepObject), null, 'x', [], {}];
    let checked = 0;
    for (const provider of validators.providers) {
      for (const hook of validators.events(provider)) {
        for (const body of bodies) {
          const input = { provider, event: hook.event, body, headers: { 'x-any': '[[[[' } };
          const result = validators.validateWebhook(input);
          expect(result.ok).toBe(false);
          expect(() => JSON.stringify(result)).not.toThrow();
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
});

describe('live: a deeply nested answer', () => {
  it('is a violation, and --record keeps it as text', async () => {
    const server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(deepArray);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const record = join(work, 'live-record');
      const { code, stdout, stderr } = await run([
        'live',
        '--provider',
        '100ms',
        '--operations',
        'listSessions',
        '--base-url',
        baseUrl,
        '--record',
        record,
        '--format',
        'json',
      ]);
      expect(stderr).not.toMatch(/internal error|call stack/i);
      expect(code).toBe(1);
      expect(JSON.parse(stdout).summary).toMatchObject({ failed: 1 });
      const [file] = readdirSync(join(record, '100ms', 'listSessions'));
      const cassette = JSON.parse(
        readFileSync(join(record, '100ms', 'listSessions', file as string), 'utf8'),
      );
      expect(cassette.response.body).toBeUndefined();
      expect(cassette.response.bodyText).toBe(deepArray);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});

describe('file input', () => {
  it('reads a cassette and a raw body that start with a UTF-8 byte order mark', async () => {
    const bomCassette = write('bom/cassette.json', `\uFEFF${JSON.stringify(cassette)}`);
    expect((await run(['verify', bomCassette])).code).toBe(0);
    const bomBody = write('bom/body.json', `\uFEFF${JSON.stringify(cassette.response.body)}`);
    const args = ['verify', '--provider', 'videosdk', '--operation', 'listSessions', '--status', '200'];
    const { code, stderr } = await run([...args, bomBody]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('json and junit: a corrupt cassette in a folder is an errored case, the rest are checked, exit non-zero', async () => {
    const dir = join(work, 'folder');
    write('folder/a-good.json', JSON.stringify(cassette));
    write('folder/b-corrupt.json', '{"format": "rtc-sessions/cassette@1", "provi');
    write('folder/c-not-a-cassette.json', JSON.stringify({ hello: 'world' }));
    write('folder/d-unknown-operation.json', JSON.stringify({ ...cassette, operationId: 'nope' }));
    write('folder/e-good.json', JSON.stringify(cassette));

    const junit = await run(['verify', '--format', 'junit', dir]);
    expect(junit.code).toBe(2);
    expect(junit.stdout).toMatch(
      /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites [^>]*tests="5" failures="0" errors="3">/,
    );
    expect(junit.stdout.trimEnd().endsWith('</testsuites>')).toBe(true);
    expect(junit.stdout.match(/<testcase /g)).toHaveLength(5);
    for (const name of ['b-corrupt.json', 'c-not-a-cassette.json', 'd-unknown-operation.json']) {
      expect(junit.stdout).toMatch(
        new RegExp(`name="[^"]*${name}">\\n\\s+<error type="InputError" message="[^"]*${name}`),
      );
    }
    expect(junit.stdout).toMatch(/b-corrupt\.json: invalid JSON/);
    expect(junit.stdout).toMatch(/unknown operation &quot;nope&quot;/);
    // the good ones were checked and passed
    expect(junit.stdout).toMatch(/<testcase [^>]*name="[^"]*a-good\.json"\/>/);
    expect(junit.stdout).toMatch(/<testcase [^>]*name="[^"]*e-good\.json"\/>/);

    const json = await run(['verify', '--format', 'json', dir]);
    expect(json.code).toBe(2);
    const report = JSON.parse(json.stdout);
    expect(report.summary).toEqual({ total: 5, passed: 2, failed: 0, errored: 3, skipped: 0, warnings: 0 });
    const errored = report.results.filter((r: { error?: string }) => r.error !== undefined);
    expect(errored.map((r: { name: string }) => r.name.split('/').pop())).toEqual([
      'b-corrupt.json',
      'c-not-a-cassette.json',
      'd-unknown-operation.json',
    ]);
  });
});

describe('the command line', () => {
  it('--version prints the package version', async () => {
    const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    const { code, stdout } = await run(['--version']);
    expect(code).toBe(0);
    expect(stdout).toBe(`${version}\n`);
  });

  it.each([
    [
      ['verify', '--shrad', '1/2', work],
      /^rtc-contract: unknown flag --shrad for verify; did you mean --shard\? \(see rtc-contract verify --help\)$/,
    ],
    [
      ['live', '--providr', 'videosdk'],
      /^rtc-contract: unknown flag --providr for live; did you mean --provider\?/,
    ],
    [
      ['verify', '--frobnicate', work],
      /^rtc-contract: unknown flag --frobnicate for verify \(see rtc-contract verify --help\)$/,
    ],
    [['live', '--provider'], /^rtc-contract: --provider needs a value/],
  ])('%j: our own one-line message, exit 2', async (args, message) => {
    const { code, stdout, stderr } = await run(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr.trimEnd()).toMatch(message);
    expect(stderr).not.toMatch(/To specify a positional argument|ERR_PARSE_ARGS/);
  });
});

describe('public entry', () => {
  it('exports what users call, not the build and test tooling', () => {
    for (const name of ['loadValidators', 'verifyCassette', 'readCassette', 'formatReport', 'redactCassette'])
      expect(publicEntry).toHaveProperty(name);
    for (const name of [
      'createContractAjv',
      'toJsonSchemaDocument',
      'inlineReferences',
      'extensionKeywords',
      'describeOperations',
      'PROVIDERS',
    ])
      expect(publicEntry).not.toHaveProperty(name);
  });
});
