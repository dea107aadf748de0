import { type RunningMock, startMock } from '@rtc-sessions/mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../src/index.js';

// The client against Prism serving the spec: requests the spec accepts, bodies the client reads.
describe('against the Prism mock of the spec', { timeout: 60_000 }, () => {
  let mock: RunningMock;
  beforeAll(async () => {
    mock = await startMock({ provider: 'videosdk' });
  }, 60_000);
  afterAll(async () => {
    await mock?.stop();
  });

  it('lists, walks pages and gets one session', async () => {
    const client = createClient({ apiKey: 'k', secret: 's', baseUrl: mock.url });
    const { data } = await client.GET('/sessions/', { params: { query: { page: 1, perPage: 2 } } });
    expect(data?.data.length).toBeGreaterThan(0);
    const lastPage = data?.pageInfo.lastPage ?? 0;
    let pages = 0;
    for await (const page of client.pages('/sessions/', { params: { query: { perPage: 2 } } })) {
      expect(Array.isArray(page.data)).toBe(true);
      pages++;
    }
    expect(pages).toBe(lastPage);
    const id = data?.data[0]?.id ?? '';
    const one = await client.GET('/sessions/{sessionId}', { params: { path: { sessionId: id } } });
    expect(one.data?.id).toBeTypeOf('string');
  });
});

// The quality-stats operations and End session through the client against Prism: the spec's
// examples (static) and bodies generated from the schemas (dynamic, `Prefer: dynamic=true`).
describe.each([
  ['static', {}],
  ['dynamic', { prefer: 'dynamic=true' }],
] as const)(
  'quality stats and end session against the Prism mock (%s)',
  { timeout: 60_000 },
  (mode, headers) => {
    let mock: RunningMock;
    beforeAll(async () => {
      mock = await startMock({ provider: 'videosdk' });
    }, 60_000);
    afterAll(async () => {
      await mock?.stop();
    });

    it('reads a session’s and a participant’s quality stats', async () => {
      const client = createClient({ apiKey: 'k', secret: 's', baseUrl: mock.url });
      const session = await client.GET('/sessions/{sessionId}/stats', {
        params: { path: { sessionId: '62d13ccea0f6ac85649d7931' } },
        headers,
      });
      expect(Array.isArray(session.data.stats)).toBe(true);
      const participant = await client.GET('/sessions/{sessionId}/participant/{participantId}/stats', {
        params: { path: { sessionId: '62d13ccea0f6ac85649d7931', participantId: 'fj9jxhtw' } },
        headers,
      });
      expect(participant.data.participantId).toBeTypeOf('string');
      if (mode === 'static') {
        expect(session.data.stats[0]?.qualityScore).toEqual({ audio: 4.39, video: 3.29 });
        expect(participant.data.location?.country).toBe('unknown');
        expect(participant.data.resolutionUsage?.[0]?.['360']).toBe(1);
      }
    });

    it('ends a session named by its room (or custom room) id', async () => {
      const client = createClient({ apiKey: 'k', secret: 's', baseUrl: mock.url });
      const { data } = await client.POST('/sessions/end', { body: { roomId: 'daily-standup' }, headers });
      expect(data.participants).toBeInstanceOf(Array);
      if (mode === 'static') expect(data.status).toBe('ongoing');
      // a body without roomId is refused with the documented 422
      await expect(
        client.POST('/sessions/end', {
          // @ts-expect-error roomId is required (a custom room id goes in roomId)
          body: { customRoomId: 'daily-standup' },
          headers,
        }),
      ).rejects.toMatchObject({ status: 422 });
    });

    it('removes a participant from a room’s ongoing session, or from one session', async () => {
      const client = createClient({ apiKey: 'k', secret: 's', baseUrl: mock.url });
      const byRoom = await client.POST('/sessions/participants/remove', {
        body: { participantId: 'demo-1', roomId: 'abcd-efgh-lmno' },
        headers,
      });
      expect(byRoom.data.participants).toBeInstanceOf(Array);
      if (mode === 'static') expect(byRoom.data.participants[0]?._id).toBe('62429767903bdf001299cacb');
      const bySession = await client.POST('/sessions/participants/remove', {
        body: { participantId: 'demo-1', sessionId: '62429766903bdf001299cac5' },
        headers,
      });
      expect(bySession.data.roomId).toBeTypeOf('string');
      // neither roomId nor sessionId: the mock answers the documented 422
      await expect(
        client.POST('/sessions/participants/remove', { body: { participantId: 'demo-1' }, headers }),
      ).rejects.toMatchObject({ status: 422 });
    });
  },
);
