// The quality-stats reads and the end-session and remove-participant writes through the client
// against a loopback server that counts attempts: the reads are retried like every GET; the writes
// are sent once, whatever happens after the request may have reached the server.

import { json, startServer, type TestServer } from '@rtc-sessions/test-helpers/server';
import { afterEach, describe, expect, expectTypeOf, it } from 'vitest';
import { type components, createClient, listOperations } from '../src/index.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const client = (url: string) =>
  createClient({ token: 't', baseUrl: url, retry: { initialDelayMs: 1, maxDelayMs: 2 } });

const sample = { time: '2022-07-15T10:10:18.601Z', averageAudioRtt: 0.85, qualityScore: { audio: 4.42 } };

describe('quality stats', () => {
  it('reads a session’s stats, retrying after a 503 (2 attempts)', async () => {
    server = await startServer((_req, res, _seen, index) =>
      index === 0
        ? json(res, 503, { message: 'busy' })
        : json(res, 200, { sessionId: 's1', meetingId: 'r1', stats: [sample] }),
    );
    const { data } = await client(server.url).GET('/sessions/{sessionId}/stats', {
      params: { path: { sessionId: 's1' } },
    });
    expect(data.stats[0]?.qualityScore?.audio).toBe(4.42);
    expect(server.requests.map((r) => r.url)).toEqual(['/sessions/s1/stats', '/sessions/s1/stats']);
  });

  it('reads one participant’s stats at the singular `participant` path, ids encoded', async () => {
    server = await startServer((_req, res) =>
      json(res, 200, {
        sessionId: 's/1',
        meetingId: 'r1',
        participantId: 'p 1',
        stats: [sample],
        resolutionUsage: [{ 360: 1, 720: 0, time: '2022-07-15T10:10:18.848Z' }],
      }),
    );
    const { data } = await client(server.url).GET('/sessions/{sessionId}/participant/{participantId}/stats', {
      params: { path: { sessionId: 's/1', participantId: 'p 1' } },
    });
    expect(data.resolutionUsage?.[0]?.time).toBe('2022-07-15T10:10:18.848Z');
    expect(server.requests[0]?.url).toBe('/sessions/s%2F1/participant/p%201/stats');
  });

  it('are single reads, not paged lists', () => {
    expect(Object.keys(listOperations)).not.toContain('/sessions/{sessionId}/stats');
    expectTypeOf<components['schemas']['QualityStatsSample']['time']>().toEqualTypeOf<string>();
  });
});

describe('end session is never retried once sent', () => {
  it.each([
    ['a 503 answer', (_req: unknown, res: Parameters<typeof json>[0]) => json(res, 503, { message: 'busy' })],
    [
      'a 429 answer',
      (_req: unknown, res: Parameters<typeof json>[0]) => json(res, 429, {}, { 'retry-after': '0' }),
    ],
  ])('%s is final (1 attempt)', async (_name, handler) => {
    server = await startServer(handler);
    await expect(
      client(server.url).POST('/sessions/end', { body: { roomId: 'daily-standup', ignoreClosed: true } }),
    ).rejects.toMatchObject({ status: expect.any(Number) });
    expect(server.requests).toHaveLength(1);
    expect(JSON.parse(server.requests[0]?.body ?? '')).toEqual({
      roomId: 'daily-standup',
      ignoreClosed: true,
    });
  });

  it('a connection cut after the request arrived is final (1 attempt)', async () => {
    server = await startServer((req) => {
      req.socket.destroy();
    });
    await expect(client(server.url).POST('/sessions/end', { body: { roomId: 'r1' } })).rejects.toThrow();
    expect(server.requests).toHaveLength(1);
  });

  it('types the body the server takes: roomId required, the SDK options optional', () => {
    type Body = components['schemas']['EndSessionRequest'];
    expectTypeOf<{ roomId: string }>().toMatchTypeOf<Body>();
    expectTypeOf<{ roomId: string; sessionId: string; vsdkForceKill: true }>().toMatchTypeOf<Body>();
    expectTypeOf<{ customRoomId: string }>().not.toMatchTypeOf<Body>();
  });
});

describe('remove participant is never retried once sent', () => {
  const remove = (url: string) =>
    client(url).POST('/sessions/participants/remove', {
      body: { participantId: 'demo-1', roomId: 'abcd-efgh-lmno' },
    });

  it('a 503 answer is final (1 attempt)', async () => {
    server = await startServer((_req, res) => json(res, 503, { message: 'busy' }));
    await expect(remove(server.url)).rejects.toMatchObject({ status: 503 });
    expect(server.requests).toHaveLength(1);
    expect(JSON.parse(server.requests[0]?.body ?? '')).toEqual({
      participantId: 'demo-1',
      roomId: 'abcd-efgh-lmno',
    });
  });

  it('a connection cut after the request arrived is final (1 attempt)', async () => {
    server = await startServer((req) => {
      req.socket.destroy();
    });
    await expect(remove(server.url)).rejects.toThrow();
    expect(server.requests).toHaveLength(1);
  });

  it('types the body: participantId required, with roomId or sessionId', () => {
    type Body = components['schemas']['RemoveParticipantRequest'];
    expectTypeOf<{ participantId: string; sessionId: string }>().toMatchTypeOf<Body>();
    expectTypeOf<{ roomId: string }>().not.toMatchTypeOf<Body>();
  });
});
