// The Sessions-tag operations beyond list/get/users, through the client against a loopback server:
// what goes on the wire, what comes back typed, which calls are never repeated, and the new lists' paging.

import { json, startServer, type TestServer } from '@rtc-sessions/test-helpers/server';
import { afterEach, describe, expect, expectTypeOf, it } from 'vitest';
import { ApiError, ConnectionError, type components, createClient } from '../src/index.js';

const sessionId = 'sfk/aOFJSJSYhGwk1hnxgw==';
const encodedSessionId = 'sfk%2FaOFJSJSYhGwk1hnxgw%3D%3D';
const streamId = '/leading+slash==';
let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

type Client = ReturnType<typeof createClient>;
const path = { sessionId };

/**
 * Every operation that changes state, called as a user would. None may be sent twice once it may
 * have reached Zoom: a repeat could end, create or remove twice.
 */
const stateChanging: Array<[string, string, (client: Client) => Promise<unknown>]> = [
  ['createSession', 'POST', (c) => c.POST('/videosdk/sessions', { body: { session_name: 'My session' } })],
  ['deleteSession', 'DELETE', (c) => c.DELETE('/videosdk/sessions/{sessionId}', { params: { path } })],
  [
    'updateSessionStatus',
    'PUT',
    (c) => c.PUT('/videosdk/sessions/{sessionId}/status', { params: { path }, body: { action: 'end' } }),
  ],
  [
    'controlSessionEvents',
    'PATCH',
    (c) =>
      c.PATCH('/videosdk/sessions/{sessionId}/events', {
        params: { path },
        body: { method: 'user.remove', params: { participant_uuid: 'D444CD06-2ABB-2FCC-019B-39E41D8DADF7' } },
      }),
  ],
  [
    'createSessionSipUri',
    'POST',
    (c) =>
      c.POST('/videosdk/sessions/{sessionId}/sip_dialing', { params: { path }, body: { passcode: '1' } }),
  ],
  [
    'updateSessionLiveStream',
    'PATCH',
    (c) =>
      c.PATCH('/videosdk/sessions/{sessionId}/livestream', {
        params: { path },
        body: { stream_url: 'rtmp://a.example/live', stream_key: 'k', page_url: 'https://example.com/w' },
      }),
  ],
  [
    'updateSessionLiveStreamStatus',
    'PATCH',
    (c) =>
      c.PATCH('/videosdk/sessions/{sessionId}/livestream/status', {
        params: { path },
        body: { action: 'stop' },
      }),
  ],
  [
    'createStreamIngestion',
    'POST',
    (c) => c.POST('/videosdk/stream_ingestions', { body: { stream_name: 's' } }),
  ],
  [
    'updateStreamIngestion',
    'PATCH',
    (c) =>
      c.PATCH('/videosdk/stream_ingestions/{streamId}', {
        params: { path: { streamId } },
        body: { stream_name: 'renamed' },
      }),
  ],
  [
    'deleteStreamIngestion',
    'DELETE',
    (c) => c.DELETE('/videosdk/stream_ingestions/{streamId}', { params: { path: { streamId } } }),
  ],
];

describe('state-changing operations are never retried once sent', () => {
  const retrying = (url: string) =>
    createClient({ token: 't', baseUrl: url, retry: { maxAttempts: 4, initialDelayMs: 1 } });

  it('control: the same server and retry budget do repeat a GET three more times', async () => {
    server = await startServer((_req, res) => json(res, 503, { code: 503, message: 'busy' }));
    await expect(
      retrying(server.url).GET('/videosdk/sessions/{sessionId}/livestream', { params: { path } }),
    ).rejects.toBeInstanceOf(ApiError);
    expect(server.requests).toHaveLength(4);
  });

  it.each(stateChanging)('%s (%s): one attempt on a retryable 503', async (_name, method, call) => {
    server = await startServer((_req, res) =>
      json(res, 503, { code: 503, message: 'busy' }, { 'retry-after': '0' }),
    );
    const error = await call(retrying(server.url)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(503);
    expect(server.requests.map((r) => r.method)).toEqual([method]);
  });

  it.each(stateChanging)(
    '%s (%s): one attempt when the connection drops after the request arrived',
    async (_name, method, call) => {
      server = await startServer((req) => {
        req.socket.destroy();
      });
      const error = await call(retrying(server.url)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConnectionError);
      expect(server.requests.map((r) => r.method)).toEqual([method]);
    },
  );
});

describe('what the new operations send and return', () => {
  it('create a session: JSON body, 201 typed as the created (scheduled) session', async () => {
    server = await startServer((_req, res) =>
      json(res, 201, {
        session_id: sessionId,
        session_name: 'My session',
        session_number: 97763643886,
        created_at: '2022-03-25T07:29:29Z',
        settings: { auto_recording: 'cloud' },
      }),
    );
    const client = createClient({ token: 't', baseUrl: server.url });
    const { data, response } = await client.POST('/videosdk/sessions', {
      body: { session_name: 'My session', settings: { auto_recording: 'cloud' } },
    });
    expect(response.status).toBe(201);
    expect(server.requests[0]?.headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(server.requests[0]?.body ?? '')).toEqual({
      session_name: 'My session',
      settings: { auto_recording: 'cloud' },
    });
    expectTypeOf(data.session_id).toEqualTypeOf<string>();
    expect(data.settings?.auto_recording).toBe('cloud');
  });

  it('end a session: PUT …/status {"action":"end"}, 204 without a body', async () => {
    server = await startServer((_req, res) => {
      res.writeHead(204);
      res.end();
    });
    const client = createClient({ token: 't', baseUrl: server.url });
    const { response, data } = await client.PUT('/videosdk/sessions/{sessionId}/status', {
      params: { path },
      body: { action: 'end' },
    });
    expect(response.status).toBe(204);
    expect(data).toBeUndefined();
    expect(server.requests[0]).toMatchObject({
      method: 'PUT',
      url: `/videosdk/sessions/${encodedSessionId}/status`,
      body: '{"action":"end"}',
    });
  });

  it("one user's QoS: both ids in the path (a stream id needing it encoded twice), typed samples", async () => {
    server = await startServer((_req, res) =>
      json(res, 200, {
        id: '16778240',
        name: 'Jill',
        join_time: '2021-12-07T05:42:30Z',
        user_qos: [{ date_time: '2021-12-07T05:43:30Z', audio_input: { bitrate: '23 kbps' } }],
      }),
    );
    const client = createClient({ token: 't', baseUrl: server.url });
    const { data } = await client.GET('/videosdk/sessions/{sessionId}/users/{userId}/qos', {
      params: { path: { sessionId, userId: '16778240' }, query: { type: 'past' } },
    });
    expect(server.requests[0]?.url).toBe(
      `/videosdk/sessions/${encodedSessionId}/users/16778240/qos?type=past`,
    );
    expect(data.user_qos?.[0]?.audio_input?.bitrate).toBe('23 kbps');
    await client.DELETE('/videosdk/stream_ingestions/{streamId}', { params: { path: { streamId } } });
    expect(server.requests[1]?.url).toBe('/videosdk/stream_ingestions/%252Fleading%252Bslash%253D%253D');
  });

  it("a session's stream ingestions: a bare array", async () => {
    server = await startServer((_req, res) =>
      json(res, 200, [{ stream_id: streamId, rtmp_connection_status: 1, rtmp_stream_push_status: 0 }]),
    );
    const { data } = await createClient({ token: 't', baseUrl: server.url }).GET(
      '/videosdk/sessions/{sessionId}/stream_ingestions',
      { params: { path } },
    );
    expect(data.map((s) => s.rtmp_connection_status)).toEqual([1]);
  });
});

describe('the new lists page with next_page_token', () => {
  /**
   * A server paging `total` items under `key`, by the `page_size` asked for or else Zoom's default
   * for the operation, noting the `page_size` of each request (`null` when none was sent).
   */
  async function pagingServer(key: string, total: number, defaultSize = 30) {
    const sizes: Array<string | null> = [];
    server = await startServer((req, res) => {
      const query = new URL(req.url ?? '', 'http://x').searchParams;
      sizes.push(query.get('page_size'));
      const size = Number(query.get('page_size') ?? defaultSize);
      const start = Number(query.get('next_page_token') || 0);
      const items = Array.from({ length: Math.min(size, total - start) }, (_, i) => ({
        id: `u${start + i}`,
        stream_id: `s${start + i}`,
      }));
      json(res, 200, {
        page_size: size,
        next_page_token: start + size < total ? String(start + size) : '',
        [key]: items,
      });
    });
    return sizes;
  }

  it("users' QoS: Zoom's small pages (default 1) are walked to the end", async () => {
    const sizes = await pagingServer('users', 3, 1);
    const client = createClient({ token: 't', baseUrl: server?.url });
    const ids: (string | undefined)[] = []; // `id` is optional since issue 20 (telephone and room-system users)
    for await (const user of client.paginate('/videosdk/sessions/{sessionId}/users/qos', {
      params: { path },
    }))
      ids.push(user.id);
    expect(ids).toEqual(['u0', 'u1', 'u2']);
    expect(sizes).toEqual([null, null, null]);
  });

  it("users' QoS: a `limit` above the page maximum (10) does not end the walk after one full page", async () => {
    await pagingServer('users', 25, 1);
    const client = createClient({ token: 't', baseUrl: server?.url });
    let count = 0;
    for await (const _ of client.paginate(
      '/videosdk/sessions/{sessionId}/users/qos',
      { params: { path, query: { page_size: 10 } } },
      { limit: 50 },
    ))
      count++;
    expect(count).toBe(25);
    expect(server?.requests).toHaveLength(3);
  });

  it("users' sharing and the account's stream ingestions", async () => {
    await pagingServer('users', 5);
    const client = createClient({ token: 't', baseUrl: server?.url });
    const pages: number[] = [];
    for await (const page of client.pages('/videosdk/sessions/{sessionId}/users/sharing', {
      params: { path, query: { page_size: 2 } },
    }))
      pages.push(page.users.length);
    expect(pages).toEqual([2, 2, 1]);
    await server?.close();

    await pagingServer('stream_ingestions', 4);
    const streams: string[] = [];
    for await (const s of createClient({ token: 't', baseUrl: server?.url }).paginate(
      '/videosdk/stream_ingestions',
      { params: { query: { page_size: 3 } } },
    ))
      streams.push(s.stream_id);
    expect(streams).toEqual(['s0', 's1', 's2', 's3']);
  });

  it('types', () => {
    const client = createClient({ token: 't', baseUrl: 'http://127.0.0.1:1' });
    const calls = () => {
      expectTypeOf(
        client.paginate('/videosdk/sessions/{sessionId}/users/qos', { params: { path } }),
      ).toEqualTypeOf<AsyncIterableIterator<components['schemas']['SessionUserQos']>>();
      expectTypeOf(client.paginate('/videosdk/stream_ingestions')).toEqualTypeOf<
        AsyncIterableIterator<components['schemas']['StreamIngestion']>
      >();
      void client.PUT('/videosdk/sessions/{sessionId}/status', {
        params: { path },
        // @ts-expect-error: `end` is the only status action
        body: { action: 'pause' },
      });
      // @ts-expect-error: a session's stream ingestions are not paged
      void client.paginate('/videosdk/sessions/{sessionId}/stream_ingestions', { params: { path } });
      // @ts-expect-error: session_name is required
      void client.POST('/videosdk/sessions', { body: {} });
    };
    expectTypeOf(calls).toBeFunction();
  });
});
