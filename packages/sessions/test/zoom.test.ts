import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import { runExport } from '../src/export/export.js';
import { connect, PaginationError, resolveQuery, type Session } from '../src/index.js';
import { monthWindows, type ZoomVideoSdkTraits } from '../src/providers/zoom-videosdk/adapter.js';
import { at, type Cassette, fixture, recording, replay } from './support/cassettes.js';
import { type Handler, type LoopbackServer, startServer } from './support/server.js';

const env = { ZOOM_VIDEOSDK_TOKEN: 'test-token' };
let server: LoopbackServer | undefined;
afterEach(async () => {
  vi.restoreAllMocks();
  await server?.close();
  server = undefined;
});

async function client(handler: Handler, concurrency = 4) {
  server = await startServer(handler);
  // Zoom publishes 20 list requests a minute (Resource-intensive): these tests are about the walk,
  // so the loopback server's rate stands in for it.
  const rates = { 'Resource-intensive': 1000, Heavy: 1000, Light: 1000 };
  return connect('zoom-videosdk', { baseUrl: server.url, env, concurrency, rates });
}

const published = recording('zoom-videosdk/listSessions/published-list-sessions-page');
const publishedBody = published.response.body as {
  next_page_token: string;
  sessions: Record<string, unknown>[];
};
const emptyPage: Cassette = {
  ...published,
  response: { ...published.response, body: { ...publishedBody, next_page_token: '', sessions: [] } },
};

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

describe('zoom-videosdk sessions', () => {
  it('normalizes the recorded page field by field, follows next_page_token, one window for one month', async () => {
    const sessions = await client(
      replay([
        at(published, '/videosdk/sessions', { type: 'past' }),
        at(emptyPage, '/videosdk/sessions', { type: 'past', next_page_token: publishedBody.next_page_token }),
      ]),
    );
    const list = await collect(sessions.listSessions({ from: '2021-12-01', to: '2021-12-31', live: false }));
    const expected = {
      provider: 'zoom-videosdk',
      id: 'sfk/aOFJSJSYhGwk1hnxgw==',
      roomId: 'My session',
      name: 'My session',
      start: Date.UTC(2021, 11, 7, 5, 42, 28),
      end: Date.UTC(2021, 11, 7, 5, 42, 28),
      live: false,
      participantCount: undefined,
      joinCount: 2,
    };
    // Zoom's published page lists the same session id twice: the model lists it once.
    expect(list).toEqual([{ ...expected, raw: publishedBody.sessions[0] }]);
    expect(server?.requests.map((r) => r.query)).toEqual([
      { type: 'past', from: '2021-12-01', to: '2021-12-31' },
      { type: 'past', from: '2021-12-01', to: '2021-12-31', next_page_token: publishedBody.next_page_token },
    ]);
    expectTypeOf(list[0]?.name).toEqualTypeOf<string | undefined>();
    expectTypeOf<Session<ZoomVideoSdkTraits>['name']>().toEqualTypeOf<string>();
    expectTypeOf<Session<ZoomVideoSdkTraits>['participantCount']>().toEqualTypeOf<undefined>();
  });

  it('splits a long range into month windows walked concurrently, output in window order', async () => {
    let active = 0;
    let peak = 0;
    const sessions = await client(async (request) => {
      active++;
      peak = Math.max(peak, active);
      const { from } = request.query;
      const session = { ...publishedBody.sessions[0], id: `w-${from}`, start_time: `${from}T12:00:00Z` };
      // Earlier windows answer later: the output must still be in window order.
      const delayMs = 300 - 100 * Number(from === '2021-10-15' ? 0 : from === '2021-11-15' ? 1 : 2);
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      active--;
      return { status: 200, body: { ...publishedBody, next_page_token: '', sessions: [session] } };
    });
    const list = await collect(
      sessions.listSessions({ from: '2021-10-15', to: '2022-01-10T23:00:00Z', live: false }),
    );
    expect(list.map((s) => s.id)).toEqual(['w-2021-10-15', 'w-2021-11-15', 'w-2021-12-15']);
    const windows = server?.requests.map((r) => [r.query.from, r.query.to]);
    expect(windows).toEqual(
      expect.arrayContaining([
        ['2021-10-15', '2021-11-14'],
        ['2021-11-15', '2021-12-14'],
        ['2021-12-15', '2022-01-10'],
      ]),
    );
    expect(windows).toHaveLength(3);
    // Concurrently: the three windows were in flight at once.
    expect(peak).toBe(3);
  });

  it('a window that outlived its next_page_token is walked again from its first page, nothing doubled', async () => {
    const realNow = Date.now.bind(Date);
    let offset = 0;
    vi.spyOn(Date, 'now').mockImplementation(() => realNow() + offset);
    const pages: Record<string, { sessions: string[]; next: string }> = {
      '': { sessions: ['a', 'b'], next: 't1' },
      t1: { sessions: ['c', 'd'], next: 't2' },
      t2: { sessions: ['e'], next: '' },
    };
    const sessions = await client((request) => {
      const token = request.query.next_page_token ?? '';
      const page = pages[token] ?? { sessions: [], next: '' };
      // Twenty minutes pass while the first page is on its way: its token (15 min) is stale on arrival.
      if (token === '' && offset === 0) offset = 20 * 60 * 1000;
      const list = page.sessions.map((id) => ({ ...publishedBody.sessions[0], id }));
      return { status: 200, body: { ...publishedBody, next_page_token: page.next, sessions: list } };
    });
    const list = await collect(sessions.listSessions({ from: '2021-12-01', to: '2021-12-31', live: false }));
    expect(list.map((s) => s.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(server?.requests.map((r) => r.query.next_page_token ?? '')).toEqual(['', '', 't1', 't2']);
  });

  it('a server whose cursors go round (A→B→A) ends the walk with a PaginationError, not a loop', async () => {
    const next: Record<string, string> = {
      '': 'cursor-A-0123456789',
      'cursor-A-0123456789': 'cursor-B-0123456789',
    };
    const sessions = await client((request) => {
      const token = request.query.next_page_token ?? '';
      const list = [{ ...publishedBody.sessions[0], id: `s-${token}` }];
      return {
        status: 200,
        body: { ...publishedBody, next_page_token: next[token] ?? 'cursor-A-0123456789', sessions: list },
      };
    });
    const error = await collect(
      sessions.listSessions({ from: '2021-12-01', to: '2021-12-31', live: false }),
    ).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(PaginationError);
    expect(error).toMatchObject({ reason: 'repeated-cursor', path: '/videosdk/sessions', pages: 3 });
    expect((error as Error).message).not.toContain('cursor-A-0123456789');
    expect(server?.requests).toHaveLength(3);
  });

  it('month windows never exceed a calendar month (Jan 31 + 1 month is cut at Feb 28)', () => {
    expect(monthWindows('2024-01-31', '2024-03-15')).toEqual([
      { from: '2024-01-31', to: '2024-02-28' },
      { from: '2024-02-29', to: '2024-03-15' },
    ]);
    expect(monthWindows('2021-12-01', '2021-12-31')).toEqual([{ from: '2021-12-01', to: '2021-12-31' }]);
  });

  it('filters the exact instants on the client (Zoom filters by day)', async () => {
    const sessions = await client(
      replay([
        at(published, '/videosdk/sessions', { type: 'past' }),
        at(emptyPage, '/videosdk/sessions', { type: 'past', next_page_token: publishedBody.next_page_token }),
      ]),
    );
    const list = await collect(
      sessions.listSessions({ from: '2021-12-07T05:42:29Z', to: '2021-12-07T06:00:00Z', live: false }),
    );
    expect(list).toEqual([]);
    expect(server?.requests[0]?.query).toMatchObject({ from: '2021-12-07', to: '2021-12-07' });
  });

  it('gets a past session by a slash-holding id (encoded once)', async () => {
    const cassette = recording('zoom-videosdk/getSession/spec-200-past');
    const sessions = await client(replay([cassette]));
    const session = await sessions.getSession('sfk/aOFJSJSYhGwk1hnxgw==');
    expect(session).toEqual({
      provider: 'zoom-videosdk',
      id: 'sfk/aOFJSJSYhGwk1hnxgw==',
      roomId: 'My session',
      name: 'My session',
      start: Date.UTC(2021, 11, 7, 5, 42, 28),
      end: Date.UTC(2021, 11, 7, 5, 47, 6),
      live: false,
      participantCount: undefined,
      joinCount: 2,
      raw: cassette.response.body,
    });
    expect(server?.requests[0]?.rawPath).toBe('/videosdk/sessions/sfk%2FaOFJSJSYhGwk1hnxgw%3D%3D');
  });
});

describe('zoom-videosdk participants', () => {
  it('a live session with a double-encoded id: a user listed once per join becomes one participant, last join open', async () => {
    const live = fixture('zoom-videosdk/listSessions/live');
    const users = fixture('zoom-videosdk/listSessionUsers/rejoin-live');
    const sessions = await client(replay([live, users]));
    const [session] = await collect(
      sessions.listSessions({ live: true, from: '2021-12-01', to: '2021-12-31' }),
    );
    expect(session).toMatchObject({
      id: '/Dk2+aB//cQ==',
      live: true,
      end: null,
      name: 'Standup',
      joinCount: 3,
    });
    const list = await collect(sessions.listParticipants(session as Session<ZoomVideoSdkTraits>));
    expect(server?.requests.at(-1)?.rawPath).toBe(
      '/videosdk/sessions/%252FDk2%252BaB%252F%252FcQ%253D%253D/users',
    );
    expect(server?.requests.at(-1)?.query).toEqual({ type: 'live' });
    const raw = (users.response.body as { users: unknown[] }).users;
    expect(list).toEqual([
      {
        provider: 'zoom-videosdk',
        sessionId: '/Dk2+aB//cQ==',
        id: '16778240',
        userId: 'user_key_1',
        name: 'Jill Chill',
        role: undefined,
        joins: [
          { start: Date.UTC(2021, 11, 7, 5, 42, 30), end: Date.UTC(2021, 11, 7, 5, 47, 2) },
          { start: Date.UTC(2021, 11, 7, 5, 50, 0), end: null },
        ],
        connectedSeconds: 272,
        raw: [raw[0], raw[2]],
      },
      {
        provider: 'zoom-videosdk',
        sessionId: '/Dk2+aB//cQ==',
        id: '16779264',
        userId: 'user_key_2',
        name: 'Rahul',
        role: undefined,
        joins: [{ start: Date.UTC(2021, 11, 7, 5, 43, 2), end: Date.UTC(2021, 11, 7, 5, 47, 6) }],
        connectedSeconds: 244,
        raw: [raw[1]],
      },
    ]);
  });
});

describe('zoom-videosdk rate limits, from the spec', () => {
  it("the export paces each operation at its x-rtc-rate-limit label's rate (users: Heavy, 40/s)", async () => {
    const sessions = Array.from({ length: 12 }, (_, n) => ({
      id: `s${n}==`,
      session_name: `Room ${n}`,
      start_time: '2024-01-10T10:00:00Z',
      end_time: '2024-01-10T11:00:00Z',
      user_count: 1,
    }));
    const usersAt: number[] = [];
    let listAnsweredAt = Number.POSITIVE_INFINITY;
    server = await startServer((request) => {
      if (request.rawPath.endsWith('/users')) {
        usersAt.push(performance.now());
        const user = {
          id: '1',
          name: 'Jill',
          join_time: '2024-01-10T10:01:00Z',
          leave_time: '2024-01-10T10:31:00Z',
        };
        return { status: 200, body: { page_size: 30, next_page_token: '', users: [user] } };
      }
      listAnsweredAt = performance.now();
      return { status: 200, body: { page_size: 30, next_page_token: '', sessions } };
    });
    const dir = await mkdtemp(join(tmpdir(), 'rtc-sessions-zoom-rate-'));
    try {
      const result = await runExport({
        provider: 'zoom-videosdk',
        credentials: { token: 'test-token' },
        baseUrl: server.url,
        query: resolveQuery({ from: '2024-01-01', to: '2024-01-31', live: false }),
        participants: true,
        format: 'csv',
        out: join(dir, 'attendance.csv'),
        concurrency: 8,
      });
      expect(result.rows).toBe(12);
      // The pacer's guarantee: the k-th users request (from 0) is not sent before the first one's
      // slot + k × 25 ms (40/s), so the last of 12 no earlier than 275 ms after the first slot was
      // reserved, which is after the list was answered. Load can only make requests late: the gap
      // between the first and the last *arrival* is not bounded (a late first request shrinks it),
      // so the bound is measured from the list's answer. 2 ms: Date.now's and the timers' whole ms.
      expect(usersAt).toHaveLength(12);
      expect((usersAt.at(-1) as number) - listAnsweredAt).toBeGreaterThanOrEqual(11 * 25 - 2);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
