import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { collectCassetteFiles } from '@rtc-sessions/contract';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const bin = join(dirname(require.resolve('@rtc-sessions/contract/package.json')), 'bin', 'rtc-contract.js');
const recordings = fileURLToPath(new URL('../recordings', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'rtc-contract-cli-'));

function run(args: string[], env: Record<string, string | undefined> = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function write(name: string, content: string): string {
  const file = join(work, name);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
  return file;
}

const listSessionsFile = join(recordings, 'videosdk', 'listSessions', 'published-fetch-sessions-page.json');
const cassette = JSON.parse(readFileSync(listSessionsFile, 'utf8'));

type SessionPageBody = { data: [Record<string, unknown>, ...Record<string, unknown>[]] } & Record<
  string,
  unknown
>;

function drifted(edit: (body: SessionPageBody) => void, name: string): string {
  const copy = structuredClone(cassette);
  edit(copy.response.body);
  return write(name, JSON.stringify(copy));
}

describe('rtc-contract verify: bad input is one line on stderr and exit 2', () => {
  const notCassette = write('shape.json', JSON.stringify({ hello: 'world' }));
  const invalidJson = write('broken.json', '{"format": ');
  const unknownProvider = write('unknown-provider.json', JSON.stringify({ ...cassette, provider: 'twilio' }));
  const unknownOperation = write(
    'unknown-op.json',
    JSON.stringify({ ...cassette, operationId: 'deleteEverything' }),
  );
  const body = write('body.json', JSON.stringify(cassette.response.body));
  const cases: [string, string[], RegExp][] = [
    ['a missing file', ['verify', join(work, 'nope.json')], /nope\.json: no such file/],
    ['invalid JSON', ['verify', invalidJson], /broken\.json: invalid JSON/],
    [
      'a cassette of the wrong shape',
      ['verify', notCassette],
      /shape\.json: not a rtc-sessions\/cassette@1 cassette: .*"format"/,
    ],
    ['a cassette of an unknown provider', ['verify', unknownProvider], /unknown-provider\.json: .*"twilio"/],
    [
      'a cassette of an unknown operation',
      ['verify', unknownOperation],
      /unknown operation "deleteEverything"/,
    ],
    ['an unknown provider flag', ['verify', '--provider', 'twilio', recordings], /unknown provider "twilio"/],
    [
      'an unknown operation (raw body)',
      ['verify', '--provider', 'videosdk', '--operation', 'nope', '--status', '200', body],
      /unknown operation "nope"/,
    ],
    [
      'an undocumented status (raw body)',
      ['verify', '--provider', 'videosdk', '--operation', 'listSessions', '--status', '418', body],
      /status 418 is not documented/,
    ],
    ['an unknown flag', ['verify', '--frobnicate', recordings], /--frobnicate/],
    ['an unknown format', ['verify', '--format', 'html', recordings], /--format must be one of/],
    ['a bad shard', ['verify', '--shard', '3/2', recordings], /--shard must be i\/n/],
    ['no paths', ['verify'], /at least one cassette/],
    ['an unknown command', ['frobnicate'], /unknown command "frobnicate"/],
  ];
  it.each(cases)('%s', (_name, args, message) => {
    const { code, stderr, stdout } = run(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^rtc-contract: /);
    expect(lines[0]).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});

describe('rtc-contract verify: results and exit codes', () => {
  it('passes every recording (exit 0) with a summary line', () => {
    const { code, stdout } = run(['verify', recordings]);
    expect(code).toBe(0);
    const files = collectCassetteFiles([recordings]);
    const deliveries = files.filter(
      (f) => typeof JSON.parse(readFileSync(f, 'utf8')).webhook === 'string',
    ).length;
    const checked = `${files.length - deliveries} responses and ${deliveries} webhook deliveries checked`;
    expect(stdout).toContain(`${files.length} passed, 0 failed, 0 warnings (${checked})`);
  });

  it('reports drift with pointer, schema location, expected and actual (exit 1)', () => {
    const file = drifted((b) => {
      b.data[0].start = 1645516631505;
    }, 'drift/start-number.json');
    const { code, stdout } = run(['verify', '--format', 'json', file]);
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.summary).toEqual({ total: 1, passed: 0, failed: 1, errored: 0, skipped: 0, warnings: 0 });
    expect(report.results[0].errors).toContainEqual(
      expect.objectContaining({
        pointer: '/data/0/start',
        keyword: 'type',
        expected: 'string',
        actual: 1645516631505,
        schemaPath: '#/components/schemas/DateTime/type',
      }),
    );
  });

  it('pretty output names the file, pointer, schema location, expected and actual', () => {
    const file = drifted((b) => {
      delete b.data[0].roomId;
    }, 'drift/no-room.json');
    const { code, stdout } = run(['verify', file]);
    expect(code).toBe(1);
    expect(stdout).toContain('drift/no-room.json');
    expect(stdout).toContain('/data/0/roomId');
    expect(stdout).toContain('#/components/schemas/Session/required');
    expect(stdout).toMatch(/expected:\s+"roomId"/);
    expect(stdout).toMatch(/actual:\s+"missing"/);
    expect(stdout).toContain('0 passed, 1 failed');
    expect(stdout.includes('\u001b[')).toBe(false); // no colour when stdout is not a terminal
  });

  it('an undocumented field is a warning (exit 0), and an error with --strict (exit 1)', () => {
    const file = drifted((b) => {
      b.data[0].recordingUrl = 'https://example.com/r.mp4';
    }, 'drift/new-field.json');
    const lenient = run(['verify', file]);
    expect(lenient.code).toBe(0);
    expect(lenient.stdout).toContain('1 passed, 0 failed, 1 warning');
    expect(lenient.stdout).toContain('/data/0/recordingUrl');
    const strict = run(['verify', '--strict', file]);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain('0 passed, 1 failed');
  });

  it('writes valid JUnit XML, one testcase per cassette, failures with details', () => {
    const bad = drifted((b) => {
      b.data[0].end = 'yesterday';
    }, 'junit/bad.json');
    const good = write('junit/good.json', JSON.stringify(cassette));
    const { code, stdout } = run(['verify', '--format', 'junit', bad, good]);
    expect(code).toBe(1);
    expect(stdout.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(stdout).toMatch(/<testsuites [^>]*tests="2" failures="1"/);
    expect(stdout.match(/<testcase /g)).toHaveLength(2);
    expect(stdout).toMatch(
      /<failure type="ContractViolation" message="1 contract violation; first at \/data\/0\/end/,
    );
    expect(stdout).toContain('expected: &quot;format date-time&quot;');
    // well-formed: every opened element is closed
    const opened = (stdout.match(/<(testsuites|testsuite|testcase|failure)[ >]/g) ?? []).length;
    const selfClosed = (stdout.match(/<testcase [^>]*\/>/g) ?? []).length;
    const closed = (stdout.match(/<\/(testsuites|testsuite|testcase|failure)>/g) ?? []).length;
    expect(opened).toBe(closed + selfClosed);
  });

  it('validates a raw body by operation and status', () => {
    const ok = write('raw/ok.json', JSON.stringify(cassette.response.body));
    expect(
      run(['verify', '--provider', 'videosdk', '--operation', 'listSessions', '--status', '200', ok]).code,
    ).toBe(0);
    const bad = write('raw/bad.json', JSON.stringify({ ...cassette.response.body, pageInfo: null }));
    const result = run([
      'verify',
      '--provider',
      'videosdk',
      '--operation',
      'listSessions',
      '--status',
      '200',
      '--format',
      'json',
      bad,
    ]);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).results[0].errors[0]).toMatchObject({
      pointer: '/pageInfo',
      keyword: 'type',
      actual: null,
    });
  });

  it('--help lists commands, flags, env vars and exit codes', () => {
    const { code, stdout } = run(['--help']);
    expect(code).toBe(0);
    for (const word of [
      'verify',
      'live',
      '--shard',
      '--strict',
      '--format',
      '--record',
      '--pseudonymize',
      'VIDEOSDK_API_KEY',
      'ZOOM_VIDEOSDK_API_SECRET',
      'HMS_MANAGEMENT_TOKEN',
      'Exit codes',
    ]) {
      expect(stdout).toContain(word);
    }
  });
});

describe('rtc-contract verify --shard', () => {
  it('shards partition the corpus: disjoint, complete, deterministic', () => {
    const all = collectCassetteFiles([recordings]);
    for (const n of [1, 2, 3]) {
      const seen: string[] = [];
      for (let i = 1; i <= n; i++) {
        const { code, stdout } = run(['verify', '--format', 'json', '--shard', `${i}/${n}`, recordings]);
        expect(code).toBe(0);
        const names = JSON.parse(stdout).results.map((r: { name: string }) => r.name);
        const again = JSON.parse(
          run(['verify', '--format', 'json', '--shard', `${i}/${n}`, recordings]).stdout,
        ).results;
        expect(again.map((r: { name: string }) => r.name)).toEqual(names);
        seen.push(...names);
      }
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen.length).toBe(all.length);
    }
  });
});
