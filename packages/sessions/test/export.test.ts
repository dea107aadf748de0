import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
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
    // A UTF-8 BOM, UTC in the names, and times a spreadsheet reads as dates.
    expect(lines[0]).toBe(
      '\uFEFFprovider,session_id,session_name,room_id,session_start_utc,session_end_utc,live,participant_count,join_count',
    );
    expect(lines[1]).toBe(
      'videosdk,session-000000,,room-0,2024-01-01 04:10:00.000,2024-01-01 04:10:45.000,false,1,2',
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
    expect(rows.map((r) => [r.session_id, r.join_number])).toEqual([
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
      session_name: null,
      room_id: 'room-0',
      session_start_utc: '2024-01-01T00:04:00.000Z',
      session_end_utc: '2024-01-01T00:04:45.000Z',
      participant_id: 'p0',
      user_id: null,
      participant_name: 'Name, "quoted" 0',
      role: null,
      join_number: 1,
      joined_at_utc: '2024-01-01T00:04:01.000Z',
      left_at_utc: '2024-01-01T00:04:10.000Z',
      join_seconds: 9,
      participant_total_seconds_first_join_only: 33,
    });
    // The total only once per participant: summing the column counts no rejoin twice.
    expect(rows[1]).toMatchObject({
      join_number: 2,
      join_seconds: 24,
      participant_total_seconds_first_join_only: null,
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

describe('a resumed export writes each session once', () => {
  // Page 12 lists again sessions that pages 1 and 3 gave: a clean run drops them, and so must a run
  // resumed after page 8, whose memory of what it gave was lost with the first process.
  it.each([
    ['csv', []],
    ['jsonl', ['--participants']],
  ])('%s %j: resumed after a 429 storm, the same bytes as a clean run', async (format, extra) => {
    let storm = true;
    const url = await serve({
      total: 1200,
      perPage: 50,
      repeats: (page) => (page === 12 ? [5, 10, 120] : []),
      interrupt: (page) =>
        storm && page >= 9
          ? { status: 429, headers: { 'retry-after': '0' }, body: { message: 'slow down' } }
          : undefined,
    });
    const out = join(dir, `repeats.${format}`);
    expect((await run(exportArgs(url, out, format, ['--max-attempts', '2', ...extra]))).code).toBe(1);
    storm = false;
    expect((await run(exportArgs(url, out, format, ['--resume', ...extra]))).code).toBe(0);
    const reference = join(dir, `repeats-reference.${format}`);
    expect((await run(exportArgs(url, reference, format, extra))).code).toBe(0);
    const text = await readFile(out, 'utf8');
    expect(text.split('session-000010').length - 1).toBe(1);
    expect(text).toBe(await readFile(reference, 'utf8'));
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
      /--concurrency must be an integer from 1 to 64, got "0"/,
    ],
    [
      'huge concurrency',
      ['export', '--provider', 'videosdk', '--format', 'csv', '--out', 'x', '--concurrency', '1000000'],
      /--concurrency must be an integer from 1 to 64, got "1000000"/,
    ],
    [
      'a date-time that is not on the calendar',
      ['export', '--provider', 'videosdk', '--from', '2023-02-30T00:00:00Z', '--format', 'csv', '--out', 'x'],
      /not a date .*"2023-02-30T00:00:00Z"/,
    ],
    [
      '--resume with --out -',
      ['export', '--provider', 'videosdk', '--format', 'csv', '--out', '-', '--resume'],
      /--resume needs a file/,
    ],
    [
      'a bad --max-pages',
      ['export', '--provider', 'videosdk', '--format', 'csv', '--out', 'x', '--max-pages', '0'],
      /--max-pages must be a positive integer/,
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

  it('missing credentials name the variables to set, and --base-url as what works without them', async () => {
    const { VIDEOSDK_TOKEN: _t, VIDEOSDK_API_KEY: _k, VIDEOSDK_SECRET: _s, ...noCredentials } = env;
    const args = ['export', '--provider', 'videosdk', '--format', 'csv', '--out', join(dir, 'creds.csv')];
    const result = await run(args, noCredentials);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(
      /Set VIDEOSDK_API_KEY and VIDEOSDK_SECRET \(or VIDEOSDK_TOKEN to a ready token\), or point --base-url at a stand-in server/,
    );
    expect(existsSync(join(dir, 'creds.csv'))).toBe(false);
  });

  it('--base-url without credential variables sends a placeholder token (as rtc-contract live does)', async () => {
    const { VIDEOSDK_TOKEN: _t, ...noCredentials } = env;
    const url = await serve({ total: 3, perPage: 10 });
    const result = await run(exportArgs(url, join(dir, 'placeholder.csv'), 'csv'), noCredentials);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/no VIDEOSDK_TOKEN set: sending a placeholder token/);
    expect(server?.requests[0]?.headers?.authorization).toBe('rtc-sessions-placeholder-token');
  });

  it('an unwritable checkpoint: exit 2 before the output is touched, with advice that works', async () => {
    const out = join(dir, 'unwritable.csv');
    await writeFile(out, 'an earlier export\n');
    // Root ignores permissions: a directory where the checkpoint's temporary file goes cannot be written either.
    await mkdir(`${out}.checkpoint.json.tmp`);
    const url = await serve({ total: 3, perPage: 10 });
    const result = await run(exportArgs(url, out, 'csv'));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /cannot write the checkpoint .*unwritable\.csv\.checkpoint\.json: EISDIR; .*choose an --out in a writable folder/,
    );
    expect(await readFile(out, 'utf8')).toBe('an earlier export\n');
    expect(server?.requests).toHaveLength(0);
    const elsewhere = await run(exportArgs(url, join(dir, 'elsewhere.csv'), 'csv'));
    expect(elsewhere.code).toBe(0);
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
    // (The damaged checkpoint above makes it a partial export: --force starts over.)
    expect((await run(exportArgs(url, out, 'jsonl', ['--force']))).code).toBe(1);
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

describe('safe to rerun', () => {
  it('a second export to the same --out refuses with exit 2, naming the process that holds it', async () => {
    const url = await serve({ total: 3000, perPage: 50, delayMs: 20 });
    const out = join(dir, 'locked.jsonl');
    const first = start(exportArgs(url, out));
    await waitFor(
      async () => (await checkpointPages(`${out}.checkpoint.json`)) >= 2,
      'the first export under way',
    );
    const second = await run(exportArgs(url, out));
    expect(second.code).toBe(2);
    expect(second.stderr).toMatch(
      new RegExp(`locked\\.jsonl is being written by another export: process ${first.child.pid} on `),
    );
    expect((await first.done).code).toBe(0);
    const lines = (await readFile(out, 'utf8')).trimEnd().split('\n');
    expect(lines).toHaveLength(3000);
    expect(new Set(lines).size).toBe(3000);
    expect(existsSync(`${out}.lock`)).toBe(false);
  });

  it('a lock left by a killed export is taken over', async () => {
    const url = await serve({ total: 3000, perPage: 50, delayMs: 20 });
    const out = join(dir, 'stale.jsonl');
    const first = start(exportArgs(url, out));
    await waitFor(
      async () => (await checkpointPages(`${out}.checkpoint.json`)) >= 2,
      'the first export under way',
    );
    first.child.kill('SIGKILL');
    await first.done;
    expect(existsSync(`${out}.lock`)).toBe(true);
    const resumed = await run(exportArgs(url, out, 'jsonl', ['--resume']));
    expect(resumed.code).toBe(0);
  });

  it('rerunning over a partial export without --resume refuses (exit 2) and keeps it; --force starts over', async () => {
    const url = await serve({
      total: 20,
      perPage: 5,
      interrupt: (page) => (page === 3 ? { status: 400, body: { message: 'bad' } } : undefined),
    });
    const out = join(dir, 'partial.csv');
    const failed = await run(exportArgs(url, out, 'csv'));
    expect(failed.code).toBe(1);
    expect(failed.stderr).not.toMatch(/run again with --resume to continue/);
    const partial = await readFile(out);
    const again = await run(exportArgs(url, out, 'csv'));
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(
      /partial\.csv holds a partial export .*--resume to continue it, or with --force to start over/,
    );
    expect((await readFile(out)).equals(partial)).toBe(true);
    const forced = await run(exportArgs(url, out, 'csv', ['--force']));
    expect(forced.code).toBe(1);
    expect((await readFile(out)).equals(partial)).toBe(true);
  });

  it('--out - writes to stdout: no file named "-", no checkpoint', async () => {
    const url = await serve({ total: 30, perPage: 10 });
    const child = start(
      ['export', '--provider', 'videosdk', '--format', 'csv', '--out', '-', '--base-url', url, '--no-bom'],
      env,
    );
    const result = await child.done;
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\r\n');
    expect(lines[0]).toMatch(/^provider,session_id/);
    expect(lines).toHaveLength(32);
    expect(result.stderr).toMatch(/exported 30 rows \(3 pages\) to stdout/);
    expect(existsSync('-')).toBe(false);
  });

  it('--max-sessions and --max-pages bound the walk', async () => {
    const url = await serve({ total: 500, perPage: 10 });
    const capped = await run(
      exportArgs(url, join(dir, 'max-sessions.jsonl'), 'jsonl', ['--max-sessions', '25']),
    );
    expect(capped.stderr).toMatch(/exported 25 rows/);
    const pagesBefore = server?.requests.length ?? 0;
    const paged = await run(exportArgs(url, join(dir, 'max-pages.jsonl'), 'jsonl', ['--max-pages', '3']));
    expect(paged.stderr).toMatch(/exported 30 rows \(3 pages\)/);
    expect((server?.requests.length ?? 0) - pagesBefore).toBe(3);
  });
});
