import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type LoopbackServer, startServer } from './support/server.js';
import { type SyntheticOptions, videoSdkSessions } from './support/synthetic.js';

// The built CLI, run as users run it (turbo builds the package before its tests).
const bin = fileURLToPath(new URL('../bin/rtc-sessions.js', import.meta.url));
const env: NodeJS.ProcessEnv = { ...process.env, VIDEOSDK_TOKEN: 'test-token', NO_COLOR: '1' };

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rtc-sessions-export-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

let server: LoopbackServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
  stdout: string;
}

function start(
  args: string[],
  childEnv: NodeJS.ProcessEnv = env,
): { child: ChildProcess; done: Promise<Run> } {
  const child = spawn(process.execPath, [bin, ...args], { env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  let stdout = '';
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  child.stdout?.on('data', (chunk) => {
    stdout += chunk;
  });
  const done = once(child, 'exit').then(([code, signal]) => ({
    code: code as number | null,
    signal: signal as NodeJS.Signals | null,
    stderr,
    stdout,
  }));
  return { child, done };
}

const run = (args: string[], childEnv?: NodeJS.ProcessEnv) => start(args, childEnv).done;

async function serve(options: SyntheticOptions) {
  server = await startServer(videoSdkSessions(options));
  return server.url;
}

const exportArgs = (url: string, out: string, format = 'jsonl', extra: string[] = []) => [
  'export',
  '--provider',
  'videosdk',
  '--format',
  format,
  '--out',
  out,
  '--base-url',
  url,
  '--concurrency',
  '2',
  ...extra,
];

async function waitFor(condition: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 3000; i++) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function checkpointPages(path: string): Promise<number> {
  try {
    return (JSON.parse(await readFile(path, 'utf8')) as { pages: number }).pages;
  } catch {
    return 0;
  }
}

describe('rtc-sessions export', () => {
  it('writes one row per session, in provider order, and one summary line (no progress when not a TTY)', async () => {
    const url = await serve({ total: 250, perPage: 100 });
    const out = join(dir, 'small.csv');
    const result = await run(exportArgs(url, out, 'csv'));
    expect(result.code).toBe(0);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^rtc-sessions: exported 250 rows \(3 pages\) to .*small\.csv in /);
    const lines = (await readFile(out, 'utf8')).split('\r\n');
    expect(lines[0]).toBe('provider,session_id,room_id,name,start,end,live,participant_count,join_count');
    expect(lines[1]).toBe(
      'videosdk,session-000000,room-0,,2024-01-01T04:10:00.000Z,2024-01-01T04:10:45.000Z,false,1,2',
    );
    expect(lines[251]).toBe('');
    expect(lines).toHaveLength(252);
    expect(existsSync(`${out}.checkpoint.json`)).toBe(false);
  });

  it('--participants: one row per join (attendance), a rejoin giving two rows', async () => {
    const url = await serve({ total: 4, perPage: 2 });
    const out = join(dir, 'attendance.jsonl');
    const result = await run(exportArgs(url, out, 'jsonl', ['--participants']));
    expect(result.stderr).toMatch(/exported/);
    expect(result.code).toBe(0);
    const rows = (await readFile(out, 'utf8'))
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    // Sessions 0 and 3 rejoined: 2 + 1 + 1 + 2 joins.
    expect(rows.map((r) => [r.session_id, r.join_index])).toEqual([
      ['session-000000', 1],
      ['session-000000', 2],
      ['session-000001', 1],
      ['session-000002', 1],
      ['session-000003', 1],
      ['session-000003', 2],
    ]);
    expect(rows[0]).toEqual({
      provider: 'videosdk',
      session_id: 'session-000000',
      room_id: 'room-0',
      participant_id: 'p0',
      user_id: null,
      name: 'Name, "quoted" 0',
      role: null,
      join_index: 1,
      join_start: '2024-01-01T00:04:01.000Z',
      join_end: '2024-01-01T00:04:10.000Z',
      join_seconds: 9,
      connected_seconds: 33,
    });
    expect(result.stderr).toMatch(/exported 6 rows \(2 pages\)/);
  });

  it('killed with SIGKILL midway, --resume finishes a byte-identical file', async () => {
    const url = await serve({ total: 6000, perPage: 50, delayMs: 20 });
    const reference = join(dir, 'reference.jsonl');
    expect((await run(exportArgs(url, reference))).code).toBe(0);

    const out = join(dir, 'killed.jsonl');
    const checkpoint = `${out}.checkpoint.json`;
    const first = start(exportArgs(url, out));
    await waitFor(async () => (await checkpointPages(checkpoint)) >= 10, 'ten pages checkpointed');
    first.child.kill('SIGKILL');
    const killed = await first.done;
    expect(killed.signal).toBe('SIGKILL');
    const pagesAtKill = await checkpointPages(checkpoint);
    expect(pagesAtKill).toBeGreaterThanOrEqual(10);
    expect(pagesAtKill).toBeLessThan(120);

    const resumed = await run(exportArgs(url, out, 'jsonl', ['--resume']));
    expect(resumed.code).toBe(0);
    expect(resumed.stderr).toMatch(/^rtc-sessions: resumed and finished 6000 rows \(120 pages\)/);
    const [want, got] = await Promise.all([readFile(reference), readFile(out)]);
    expect(got.length).toBe(want.length);
    expect(got.equals(want)).toBe(true);
    expect(existsSync(checkpoint)).toBe(false);
  });

  it('a 429 storm fails the export (exit 1, one line); --resume afterwards gives the same bytes', async () => {
    let storm = true;
    const url = await serve({
      total: 1200,
      perPage: 50,
      interrupt: (page) =>
        storm && page >= 9
          ? { status: 429, headers: { 'retry-after': '0' }, body: { message: 'slow down' } }
          : undefined,
    });
    const out = join(dir, 'storm.csv');
    const failed = await run(exportArgs(url, out, 'csv', ['--max-attempts', '2']));
    expect(failed.code).toBe(1);
    expect(failed.stderr.trim().split('\n')).toHaveLength(1);
    expect(failed.stderr).toMatch(/export failed: .*429.*run again with --resume/);
    expect(await checkpointPages(`${out}.checkpoint.json`)).toBe(8);

    storm = false;
    expect((await run(exportArgs(url, out, 'csv', ['--resume']))).code).toBe(0);
    const reference = join(dir, 'storm-reference.csv');
    expect((await run(exportArgs(url, reference, 'csv'))).code).toBe(0);
    expect((await readFile(out)).equals(await readFile(reference))).toBe(true);
  });
});

describe('bad input: one line, exit 2', () => {
  const cases: Array<[string, string[], RegExp]> = [
    [
      'unknown provider',
      ['export', '--provider', 'videosdkk', '--format', 'csv', '--out', 'x.csv'],
      /unknown provider "videosdkk" \(did you mean "videosdk"\?\); known providers: /,
    ],
    [
      '--to before --from',
      [
        'export',
        '--provider',
        'videosdk',
        '--from',
        '2024-02-01',
        '--to',
        '2024-01-01',
        '--format',
        'csv',
        '--out',
        'x.csv',
      ],
      /"to" \(2024-01-01T23:59:59\.999Z\) is before "from" \(2024-02-01T00:00:00\.000Z\)/,
    ],
    [
      'a date that is none',
      ['export', '--provider', 'videosdk', '--from', '2024-02-30', '--format', 'csv', '--out', 'x'],
      /not a date/,
    ],
    [
      'misspelled flag',
      ['export', '--provider', 'videosdk', '--formt', 'csv'],
      /unknown option --formt \(did you mean --format\?\)/,
    ],
    [
      'unknown format',
      ['export', '--provider', 'videosdk', '--format', 'jsnl', '--out', 'x'],
      /unknown --format "jsnl" \(did you mean "jsonl"\?\)/,
    ],
    [
      'bad concurrency',
      ['export', '--provider', 'videosdk', '--format', 'csv', '--out', 'x', '--concurrency', '0'],
      /--concurrency must be a positive integer/,
    ],
    ['unknown command', ['exprt'], /unknown command "exprt" \(did you mean "export"\?\)/],
    [
      '--live with --ended',
      ['export', '--provider', 'videosdk', '--live', '--ended', '--format', 'csv', '--out', 'x'],
      /--live and --ended exclude each other/,
    ],
  ];
  for (const [what, args, message] of cases) {
    it(what, async () => {
      const result = await run(args);
      expect(result.code).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(message);
    });
  }

  it('output not writable', async () => {
    const result = await run(exportArgs('http://127.0.0.1:9', join(dir, 'no-such-dir', 'out.csv'), 'csv'));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^rtc-sessions: cannot write .*out\.csv: ENOENT\n$/);
  });

  it('missing credentials name the variables to set', async () => {
    const { VIDEOSDK_TOKEN: _t, VIDEOSDK_API_KEY: _k, VIDEOSDK_SECRET: _s, ...noCredentials } = env;
    const result = await run(exportArgs('http://127.0.0.1:9', join(dir, 'creds.csv'), 'csv'), noCredentials);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/VIDEOSDK_TOKEN/);
  });

  it('--resume with no checkpoint, an unreadable one, or one of another export', async () => {
    const out = join(dir, 'resume.csv');
    const checkpoint = `${out}.checkpoint.json`;
    const args = exportArgs('http://127.0.0.1:9', out, 'csv', ['--resume']);
    let result = await run(args);
    expect([result.code, result.stderr]).toEqual([
      2,
      `rtc-sessions: nothing to resume: no checkpoint ${checkpoint}\n`,
    ]);

    await writeFile(checkpoint, '{ not json');
    result = await run(args);
    expect([result.code, result.stderr]).toEqual([
      2,
      `rtc-sessions: checkpoint ${checkpoint} is not valid JSON\n`,
    ]);

    await writeFile(checkpoint, JSON.stringify({ format: 'something-else@1' }));
    result = await run(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/is not an rtc-sessions export checkpoint/);

    // A real checkpoint, written by an export of the same file as JSONL.
    const url = await serve({
      total: 10,
      perPage: 5,
      interrupt: (page) => (page === 2 ? { status: 400, body: {} } : undefined),
    });
    expect((await run(exportArgs(url, out, 'jsonl'))).code).toBe(1);
    result = await run(exportArgs(url, out, 'csv', ['--resume']));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/belongs to another export: its format is "jsonl", this run's is "csv"/);

    // The output edited since: refused, not silently continued.
    await writeFile(out, 'edited\n');
    result = await run(exportArgs(url, out, 'jsonl', ['--resume']));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/cannot resume: resume\.csv (is \d+ bytes, shorter|was changed)/);
  });
});
