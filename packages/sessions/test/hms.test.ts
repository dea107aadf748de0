import { afterEach, describe, expect, expectTypeOf, it } from 'vitest';
import { connect, type Session } from '../src/index.js';
import { type HmsTraits, timeWindows } from '../src/providers/100ms/adapter.js';
import { at, fixture, recording, replay } from './support/cassettes.js';
import { type Handler, type LoopbackServer, startServer } from './support/server.js';

const env = { HMS_MANAGEMENT_TOKEN: 'test-token' };
let server: LoopbackServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function client(handler: Handler, concurrency = 4) {
  server = await startServer(handler);
  return connect('100ms', { baseUrl: server.url, env, concurrency });
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

const published = recording('100ms/listSessions/published-list-sessions-page');
const publishedBody = published.response.body as { data: unknown[] };
const empty = recording('100ms/listSessions/spec-200-empty');

describe('100ms sessions', () => {
  it('normalizes the recorded page field by field (two-digit fractions); a short page ends the walk', async () => {
    const sessions = await client(replay([at(published, '/sessions', { active: 'false' })]));
    const list = await collect(sessions.listSessions({ live: false }));
    expect(list).toEqual([
      {
        provider: '100ms',
        id: '631a0fa23e3d9fdb00832596',
        roomId: '631a0f990e6ffae22efa610c',
        name: undefined,
        start: Date.UTC(2022, 8, 8, 15, 52, 2, 197),
        end: Date.UTC(2022, 8, 8, 15, 52, 4, 15),
        live: false,
        participantCount: 1,
        joinCount: 1,
        raw: publishedBody.data[0],
      },
      {
        provider: '100ms',
        id: '63172c2d3e3d9fdb008322e1',
        roomId: '627ce5b8f2e4e30487862adb',
        name: undefined,
        start: Date.UTC(2022, 8, 6, 11, 17, 1, 817),
        end: Date.UTC(2022, 8, 6, 11, 17, 3, 650),
        live: false,
        participantCount: 1,
        joinCount: 1,
        raw: publishedBody.data[1],
      },
    ]);
    // 2 sessions < limit 10: no second request.
    expect(server?.requests.map((r) => r.query)).toEqual([{ active: 'false' }]);
    expectTypeOf<Session<HmsTraits>['name']>().toEqualTypeOf<undefined>();
  });

  it('without `live`, walks the live sessions (100ms’s default) and then the ended ones', async () => {
    const sessions = await client(
      replay([
        at(fixture('100ms/listSessions/live-rejoin'), '/sessions', { active: 'true' }),
        at(published, '/sessions', { active: 'false' }),
      ]),
    );
    const list = await collect(sessions.listSessions({ room: '631a0f990e6ffae22efa610c' }));
    // The recorded page also holds a session of another room: filtered out on the client.
    expect(list.map((s) => [s.id, s.live])).toEqual([
      ['6400aa00bb11cc22dd33ee44', true],
      ['631a0fa23e3d9fdb00832596', false],
    ]);
    expect(server?.requests.map((r) => r.query)).toEqual([
      { active: 'true', room_id: '631a0f990e6ffae22efa610c' },
      { active: 'false', room_id: '631a0f990e6ffae22efa610c' },
    ]);
  });

  it('splits a range into windows newest first that share no millisecond, walked concurrently', async () => {
    const sessions = await client((request) => {
      const { after = '', before = '' } = request.query;
      const session = {
        ...(publishedBody.data[0] as object),
        id: `w-${before}`,
        created_at: before,
        updated_at: before,
        peers: {},
      };
      return { status: 200, delayMs: 20, body: { limit: 10, data: [session], last: session.id, after } };
    }, 2);
    const from = Date.UTC(2024, 0, 1);
    const to = Date.UTC(2024, 0, 2) - 1;
    const list = await collect(sessions.listSessions({ from, to, live: false }));
    const windows = timeWindows(from, to, 4);
    expect(windows).toHaveLength(4);
    expect(windows[0]?.before).toBe(to);
    expect(windows.at(-1)?.after).toBe(from);
    for (let i = 1; i < windows.length; i++)
      expect(windows[i]?.before).toBe((windows[i - 1]?.after ?? 0) - 1);
    expect(list.map((s) => s.start)).toEqual(windows.map((w) => w.before));
    expect(
      server?.requests.map((r) => [Date.parse(r.query.after ?? ''), Date.parse(r.query.before ?? '')]).sort(),
    ).toEqual(windows.map((w) => [w.after, w.before]).sort());
  });

  it('`data: null` is an empty list', async () => {
    const sessions = await client(replay([at(empty, '/sessions', { active: 'false' })]));
    expect(await collect(sessions.listSessions({ live: false }))).toEqual([]);
  });
});

describe('100ms participants', () => {
  it('a live session: peers grouped by user_id (a rejoin), the last join still open, anonymous peers alone', async () => {
    const listed = fixture('100ms/listSessions/live-rejoin');
    const current = fixture('100ms/getSession/live-rejoin');
    const sessions = await client(replay([at(listed, '/sessions', { active: 'true' }), current]));
    const [session] = await collect(sessions.listSessions({ live: true }));
    expect(session).toMatchObject({
      live: true,
      end: null,
      start: Date.UTC(2023, 2, 2, 10, 0, 0, 100),
      participantCount: 2,
      joinCount: 3,
    });
    const list = await collect(sessions.listParticipants(session as Session<HmsTraits>));
    // A live session is fetched again for its current peers.
    expect(server?.requests.at(-1)?.rawPath).toBe('/sessions/6400aa00bb11cc22dd33ee44');
    const peers = (current.response.body as { peers: Record<string, unknown> }).peers;
    expect(list).toEqual([
      {
        provider: '100ms',
        sessionId: '6400aa00bb11cc22dd33ee44',
        id: 'b1',
        userId: 'u-asha',
        name: 'Asha (phone)',
        role: 'guest',
        joins: [
          { start: Date.UTC(2023, 2, 2, 10, 0, 1, 200), end: Date.UTC(2023, 2, 2, 10, 5, 0, 0) },
          { start: Date.UTC(2023, 2, 2, 10, 6, 0, 0), end: null },
        ],
        connectedSeconds: 298.8,
        raw: [peers.b1, peers.b2],
      },
      {
        provider: '100ms',
        sessionId: '6400aa00bb11cc22dd33ee44',
        id: 'b3',
        userId: undefined,
        name: 'Guest',
        role: 'guest',
        joins: [{ start: Date.UTC(2023, 2, 2, 10, 7, 0, 0), end: Date.UTC(2023, 2, 2, 10, 8, 30, 500) }],
        connectedSeconds: 90.5,
        raw: [peers.b3],
      },
    ]);
  });

  it('an ended session: its own peers, no request', async () => {
    const cassette = recording('100ms/getSession/spec-200-ended');
    const sessions = await client(replay([cassette]));
    const session = await sessions.getSession('631a0fa23e3d9fdb00832596');
    const before = server?.requests.length;
    const list = await collect(sessions.listParticipants(session));
    expect(server?.requests.length).toBe(before);
    expect(list.map(({ raw: _raw, ...p }) => p)).toEqual([
      {
        provider: '100ms',
        sessionId: '631a0fa23e3d9fdb00832596',
        id: 'a24687bb-de68-4276-9758-e1efa5e7e4d8',
        userId: 'Batch1-student1',
        name: 'asdas',
        role: 'host',
        joins: [{ start: Date.UTC(2022, 8, 8, 15, 52, 2, 194), end: Date.UTC(2022, 8, 8, 15, 52, 4, 9) }],
        connectedSeconds: 1.815,
      },
    ]);
  });
});
