import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { type RunningMock, startMock } from '@rtc-sessions/mock';
import { afterAll, describe, expect, it } from 'vitest';
import { connect, PaginationError, type Session } from '../src/index.js';

const execFileAsync = promisify(execFile);

// The adapters against Prism serving each spec: Prism answers 422 to a request the spec does not
// allow (a missing `from`, a wrong type), so this checks what the adapters send, not only what they read.
const running: RunningMock[] = [];
afterAll(async () => {
  await Promise.all(running.map((mock) => mock.stop()));
});

async function mocked(provider: 'videosdk' | 'zoom-videosdk' | '100ms', env: Record<string, string>) {
  const mock = await startMock({ provider });
  running.push(mock);
  return connect(provider, { baseUrl: mock.url, env, maxAttempts: 1 });
}

function expectNormalized(session: Session) {
  expect(session.id).toBeTypeOf('string');
  expect(Number.isFinite(session.start)).toBe(true);
  expect(session.end === null || Number.isFinite(session.end)).toBe(true);
  expect(session.raw).toBeTypeOf('object');
}

describe('against the Prism mocks', { timeout: 120_000 }, () => {
  it('videosdk: every page the example announces, one session, its participants', async () => {
    const sessions = await mocked('videosdk', { VIDEOSDK_TOKEN: 'mock-token' });
    const list: Session[] = [];
    for await (const s of sessions.listSessions({ room: 'abc-xyzw-lmno', live: false })) list.push(s);
    expect(list.length).toBeGreaterThan(0);
    list.forEach(expectNormalized);
    const one = await sessions.getSession(list[0]?.id ?? '');
    expectNormalized(one);
    let joins = 0;
    for await (const p of sessions.listParticipants(one)) joins += p.joins.length;
    expect(joins).toBeGreaterThan(0);
  });

  it('zoom-videosdk: a session and its users; a list whose example repeats its cursor is refused, not looped', async () => {
    const sessions = await mocked('zoom-videosdk', { ZOOM_VIDEOSDK_TOKEN: 'mock-token' });
    const one = await sessions.getSession('sfk/aOFJSJSYhGwk1hnxgw==');
    expectNormalized(one);
    expect(one.live).toBe(false);
    let users = 0;
    for await (const p of sessions.listParticipants(one)) users += p.joins.length;
    expect(users).toBeGreaterThan(0);
    await expect(async () => {
      for await (const s of sessions.listSessions({ from: '2021-12-01', to: '2021-12-31', live: false })) {
        expectNormalized(s);
      }
    }).rejects.toThrow(PaginationError);
    // Bounded, the same walk ends: the example's page, its repeated session listed once.
    const bounded: Session[] = [];
    for await (const s of sessions.listSessions({
      from: '2021-12-01',
      to: '2021-12-31',
      live: false,
      maxPages: 1,
    }))
      bounded.push(s);
    expect(bounded.map((s) => s.id)).toEqual(['sfk/aOFJSJSYhGwk1hnxgw==']);
  });

  it('rtc-sessions export --base-url <mock>: no credentials needed, --max-pages bounds the repeating walk', async () => {
    const mock = await startMock({ provider: 'zoom-videosdk' });
    running.push(mock);
    const dir = await mkdtemp(join(tmpdir(), 'rtc-sessions-mock-'));
    const {
      ZOOM_VIDEOSDK_TOKEN: _t,
      ZOOM_VIDEOSDK_API_KEY: _k,
      ZOOM_VIDEOSDK_API_SECRET: _s,
      ...env
    } = process.env;
    const args = [
      'export',
      '--provider',
      'zoom-videosdk',
      '--from',
      '2021-12-01',
      '--to',
      '2021-12-31',
      '--ended',
    ];
    const out = join(dir, 'zoom.csv');
    const bin = fileURLToPath(new URL('../bin/rtc-sessions.js', import.meta.url));
    const run = (extra: string[]) =>
      execFileAsync(process.execPath, [bin, ...args, ...extra], { env }).then(
        (r) => ({ code: 0, ...r }),
        (e: { code: number; stdout: string; stderr: string }) => e,
      );
    const unbounded = await run(['--format', 'csv', '--out', out, '--base-url', mock.url]);
    expect(unbounded.code).toBe(1);
    expect(unbounded.stderr).toMatch(
      /handed back a cursor of \d+ characters starting "\w{4}" already followed .*running again will not get past it: --max-pages N bounds the walk/,
    );
    const bounded = await run([
      '--format',
      'csv',
      '--out',
      out,
      '--base-url',
      mock.url,
      '--max-pages',
      '1',
      '--force',
    ]);
    expect(bounded.stderr).toMatch(/placeholder token/);
    expect(bounded.code).toBe(0);
    expect((await readFile(out, 'utf8')).split('\r\n')[1]).toMatch(
      /^zoom-videosdk,sfk\/aOFJSJSYhGwk1hnxgw==,My session,My session,2021-12-07 05:42:28\.000,/,
    );
    await rm(dir, { recursive: true, force: true });
  });

  it('100ms: ended sessions, one session, its peers', async () => {
    const sessions = await mocked('100ms', { HMS_MANAGEMENT_TOKEN: 'mock-token' });
    const list: Session[] = [];
    for await (const s of sessions.listSessions({ live: false, from: '2022-09-01', to: '2022-09-30' }))
      list.push(s);
    expect(list.length).toBeGreaterThan(0);
    // The mock answers any range with its 2022 example: filtered exactly on the client, a range
    // without a session gives none (not the example, many times over).
    const lastMonth: Session[] = [];
    for await (const s of sessions.listSessions({ live: false, from: '2026-11-01', to: '2026-11-30' }))
      lastMonth.push(s);
    expect(lastMonth).toEqual([]);
    list.forEach(expectNormalized);
    const one = await sessions.getSession(list[0]?.id ?? '');
    let joins = 0;
    for await (const p of sessions.listParticipants(one)) joins += p.joins.length;
    expect(joins).toBe(one.joinCount);
  });
});
