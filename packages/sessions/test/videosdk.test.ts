import { afterEach, describe, expect, expectTypeOf, it } from 'vitest';
import { connect, type Participant, type Session } from '../src/index.js';
import type { VideoSdkTraits } from '../src/providers/videosdk/adapter.js';
import { at, type Cassette, fixture, recording, replay } from './support/cassettes.js';
import { type LoopbackServer, startServer } from './support/server.js';

const env = { VIDEOSDK_TOKEN: 'test-token' };
let server: LoopbackServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function client(cassettes: Cassette[]) {
  server = await startServer(replay(cassettes));
  return connect('videosdk', { baseUrl: server.url, env });
}

const published = recording('videosdk/listSessions/published-fetch-sessions-page');
const publishedBody = published.response.body as { data: unknown[] };

describe('videosdk sessions', () => {
  it('normalizes a recorded page field by field and walks every page the first one announces', async () => {
    // The recording says lastPage 5: the same recorded page answers pages 2–5.
    const sessions = await client(
      [1, 2, 3, 4, 5].map((page) => at(published, '/sessions/', { page: String(page) })),
    );
    const list: Session<VideoSdkTraits>[] = [];
    for await (const s of sessions.listSessions()) list.push(s);
    // Five pages, each the same recorded session: it is listed once.
    expect(list).toHaveLength(1);
    expect(list[0]).toEqual({
      provider: 'videosdk',
      id: '621497578bea0d0404c35c4c',
      roomId: 'abc-xyzw-lmno',
      name: undefined,
      start: Date.UTC(2022, 1, 22, 7, 57, 11, 505),
      end: Date.UTC(2022, 1, 22, 7, 58, 11, 505),
      live: false,
      participantCount: 2,
      joinCount: 2,
      raw: publishedBody.data[0],
    });
    // Lossless: the provider's record itself.
    expect(list[0]?.raw).toStrictEqual(publishedBody.data[0]);
    const pages = server?.requests.map((r) => r.query.page).sort();
    expect(pages).toEqual(['1', '2', '3', '4', '5']);
    expectTypeOf(list[0]?.name).toEqualTypeOf<undefined>();
    expectTypeOf<Session<VideoSdkTraits>['participantCount']>().toEqualTypeOf<number>();
  });

  it('maps room, range and live onto roomId, startDate/endDate and status — and filters again on the client', async () => {
    const sessions = await client(
      [1, 2, 3, 4, 5].map((page) => at(published, '/sessions/', { page: String(page) })),
    );
    const from = Date.UTC(2022, 1, 22, 7, 0);
    const list: Session[] = [];
    // The server ignores the filters here (it answers the recording): the range excludes the session.
    for await (const s of sessions.listSessions({
      room: 'abc-xyzw-lmno',
      from,
      to: from + 60_000,
      live: false,
    })) {
      list.push(s);
    }
    expect(list).toEqual([]);
    expect(server?.requests.find((r) => r.query.page === '1')?.query).toEqual({
      page: '1',
      roomId: 'abc-xyzw-lmno',
      startDate: String(from),
      endDate: String(from + 60_000),
      status: 'ended',
    });
  });

  it('gets one session with the fields of the fetch-one operation kept in raw', async () => {
    const cassette = recording('videosdk/getSession/spec-200-ended');
    const sessions = await client([cassette]);
    const session = await sessions.getSession('621497578bea0d0404c35c4c');
    expect(session).toEqual({
      provider: 'videosdk',
      id: '621497578bea0d0404c35c4c',
      roomId: 'abc-xyzw-lmno',
      name: undefined,
      start: Date.UTC(2022, 1, 22, 7, 57, 11, 505),
      end: Date.UTC(2022, 1, 22, 7, 58, 11, 505),
      live: false,
      participantCount: 1,
      joinCount: 1,
      raw: cassette.response.body,
    });
    expect((session.raw as { activeDuration?: number }).activeDuration).toBe(60);
  });
});

describe('videosdk participants', () => {
  const ended = { live: false, id: '621497578bea0d0404c35c4c' } as Session<VideoSdkTraits>;

  it('one participant per participantId, one join per timelog entry (a rejoin)', async () => {
    const cassette = fixture('videosdk/listSessionParticipants/rejoin');
    const sessions = await client([at(cassette, cassette.request.path, { page: '1' })]);
    const list: Participant<VideoSdkTraits>[] = [];
    for await (const p of sessions.listParticipants(ended)) list.push(p);
    const raw = (cassette.response.body as { data: { participants: unknown[] } }).data.participants;
    expect(list).toEqual([
      {
        provider: 'videosdk',
        sessionId: '621497578bea0d0404c35c4c',
        id: 'but3ihic',
        userId: undefined,
        name: 'Jacques',
        role: undefined,
        joins: [
          { start: Date.UTC(2022, 1, 22, 7, 57, 13, 420), end: Date.UTC(2022, 1, 22, 7, 58, 0, 0) },
          { start: Date.UTC(2022, 1, 22, 7, 58, 30, 0), end: Date.UTC(2022, 1, 22, 7, 59, 13, 420) },
        ],
        connectedSeconds: 90,
        raw: raw[0],
      },
      {
        provider: 'videosdk',
        sessionId: '621497578bea0d0404c35c4c',
        id: 'mcg1jq0s',
        userId: undefined,
        name: 'Rahul',
        role: undefined,
        joins: [{ start: Date.UTC(2022, 1, 22, 7, 57, 50, 210), end: Date.UTC(2022, 1, 22, 7, 59, 13, 420) }],
        connectedSeconds: 83.21,
        raw: raw[1],
      },
    ]);
    expect(server?.requests[0]?.rawPath).toBe('/sessions/621497578bea0d0404c35c4c/participants');
  });

  it('an ongoing session: active participants, a rejoin whose last interval is still open', async () => {
    const cassette = fixture('videosdk/listActiveParticipants/rejoin-open');
    const sessions = await client([at(cassette, cassette.request.path, { page: '1' })]);
    const [item] = (cassette.response.body as { data: Array<{ participants: unknown[] }> }).data;
    const { toSession } = await import('../src/providers/videosdk/adapter.js');
    const session = toSession(item as Parameters<typeof toSession>[0]);
    expect(session).toMatchObject({ id: '64bb3619669942e088479mm0', live: true, end: null });
    const list: Participant[] = [];
    for await (const p of sessions.listParticipants(session)) list.push(p);
    expect(list.map(({ raw: _raw, ...p }) => p)).toEqual([
      {
        provider: 'videosdk',
        sessionId: '64bb3619669942e088479mm0',
        id: 'iqpq5uen',
        userId: undefined,
        name: 'demo1',
        role: undefined,
        joins: [
          { start: Date.UTC(2023, 6, 24, 8, 28, 9, 650), end: Date.UTC(2023, 6, 24, 8, 30, 0, 0) },
          { start: Date.UTC(2023, 6, 24, 8, 31, 0, 0), end: null },
        ],
        connectedSeconds: 110.35,
      },
      {
        provider: 'videosdk',
        sessionId: '64bb3619669942e088479mm0',
        id: 'mxavzgb5',
        userId: undefined,
        name: 'demo2',
        role: undefined,
        joins: [{ start: Date.UTC(2023, 6, 24, 8, 28, 27, 185), end: null }],
        connectedSeconds: 0,
      },
    ]);
    expect(list[1]?.raw).toStrictEqual(item?.participants[1]);
    expect(server?.requests[0]?.rawPath).toBe('/sessions/64bb3619669942e088479mm0/participants/active');
  });

  it('"No active participants found" is an empty list; "Session not found" stays an error', async () => {
    const live = { live: true, id: '64bb3619669942e088479mm0' } as Session<VideoSdkTraits>;
    const notFound = recording('videosdk/listActiveParticipants/spec-404-not-found');
    const nobody: Cassette = {
      ...notFound,
      response: {
        ...notFound.response,
        body: { message: 'No active participants found', code: 'resource_not_found' },
      },
    };
    let sessions = await client([at(nobody, nobody.request.path, { page: '1' })]);
    const none: Participant[] = [];
    for await (const p of sessions.listParticipants(live)) none.push(p);
    expect(none).toEqual([]);
    await server?.close();
    sessions = await client([at(notFound, notFound.request.path, { page: '1' })]);
    await expect(async () => {
      for await (const _ of sessions.listParticipants(live)) {
        // drain
      }
    }).rejects.toMatchObject({ status: 404 });
  });
});
