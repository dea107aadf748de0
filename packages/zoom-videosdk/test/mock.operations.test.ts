// Every Sessions-tag operation through the client against the Prism mock of the spec, serving the
// spec's examples (static) and bodies generated from the schemas (dynamic). Prism validates each
// request against the spec, so a 2xx also says the client's valid calls are accepted.
import { type RunningMock, startMock } from '@rtc-sessions/mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError, createClient } from '../src/index.js';

const sessionId = 'sfk/aOFJSJSYhGwk1hnxgw==';
const streamId = 'sfk/aOFJSJSYhGwk1hnxgw==';
const path = { sessionId };
type Client = ReturnType<typeof createClient>;

/** Each operation, called as a user would, with what its success must look like. */
const calls: Array<[string, number, (c: Client) => Promise<{ data?: unknown; response: Response }>]> = [
  [
    'createSession',
    201,
    (c) =>
      c.POST('/videosdk/sessions', {
        body: { session_name: 'My session', settings: { auto_recording: 'none' } },
      }),
  ],
  ['deleteSession', 204, (c) => c.DELETE('/videosdk/sessions/{sessionId}', { params: { path } })],
  [
    'updateSessionStatus',
    204,
    (c) => c.PUT('/videosdk/sessions/{sessionId}/status', { params: { path }, body: { action: 'end' } }),
  ],
  [
    'createSessionSipUri',
    201,
    (c) =>
      c.POST('/videosdk/sessions/{sessionId}/sip_dialing', {
        params: { path },
        body: { passcode: '123456' },
      }),
  ],
  [
    'listSessionUsersQos',
    200,
    (c) =>
      c.GET('/videosdk/sessions/{sessionId}/users/qos', {
        params: { path, query: { type: 'past', page_size: 10 } },
      }),
  ],
  [
    'getSessionUserQos',
    200,
    (c) =>
      c.GET('/videosdk/sessions/{sessionId}/users/{userId}/qos', {
        params: { path: { sessionId, userId: '16778240' }, query: { type: 'past' } },
      }),
  ],
  [
    'listSessionUsersSharing',
    200,
    (c) =>
      c.GET('/videosdk/sessions/{sessionId}/users/sharing', { params: { path, query: { type: 'past' } } }),
  ],
  [
    'getSessionLiveStream',
    200,
    (c) => c.GET('/videosdk/sessions/{sessionId}/livestream', { params: { path } }),
  ],
  [
    'updateSessionLiveStream',
    204,
    (c) =>
      c.PATCH('/videosdk/sessions/{sessionId}/livestream', {
        params: { path },
        body: {
          stream_url: 'rtmp://a.rtmp.youtube.com/live2',
          stream_key: 'abcd-1234',
          page_url: 'https://example.com/watch',
          resolution: '1080p',
        },
      }),
  ],
  [
    'updateSessionLiveStreamStatus',
    204,
    (c) =>
      c.PATCH('/videosdk/sessions/{sessionId}/livestream/status', {
        params: { path },
        body: { action: 'start', settings: { layout: 'gallery_view', close_caption: 'off' } },
      }),
  ],
  [
    'listSessionStreamIngestions',
    200,
    (c) => c.GET('/videosdk/sessions/{sessionId}/stream_ingestions', { params: { path } }),
  ],
  [
    'listStreamIngestions',
    200,
    (c) => c.GET('/videosdk/stream_ingestions', { params: { query: { page_size: 5 } } }),
  ],
  [
    'createStreamIngestion',
    201,
    (c) =>
      c.POST('/videosdk/stream_ingestions', {
        body: { stream_name: 'stage', stream_description: 'main stage' },
      }),
  ],
  [
    'getStreamIngestion',
    200,
    (c) => c.GET('/videosdk/stream_ingestions/{streamId}', { params: { path: { streamId } } }),
  ],
  [
    'updateStreamIngestion',
    204,
    (c) =>
      c.PATCH('/videosdk/stream_ingestions/{streamId}', {
        params: { path: { streamId } },
        body: { stream_description: 'renamed' },
      }),
  ],
  [
    'deleteStreamIngestion',
    204,
    (c) => c.DELETE('/videosdk/stream_ingestions/{streamId}', { params: { path: { streamId } } }),
  ],
];

/** What a success body must hold, per operation (bodies the mock makes up must hold it too). */
function checkBody(operationId: string, data: unknown): void {
  const body = data as Record<string, unknown>;
  switch (operationId) {
    case 'createSession':
      expect(body.session_id).toBeTypeOf('string');
      expect(body.session_number).toBeTypeOf('number');
      break;
    case 'createSessionSipUri':
      expect(body.sip_dialing).toBeTypeOf('string');
      expect(body.expire_in).toBeTypeOf('number');
      break;
    case 'listSessionUsersQos':
    case 'listSessionUsersSharing':
      expect(Array.isArray(body.users)).toBe(true);
      break;
    case 'getSessionUserQos':
      expect(body.id).toBeTypeOf('string');
      if (body.user_qos !== undefined) expect(Array.isArray(body.user_qos)).toBe(true);
      break;
    case 'getSessionLiveStream':
      expect(body.stream_key).toBeTypeOf('string');
      break;
    case 'listSessionStreamIngestions':
      expect(Array.isArray(data)).toBe(true);
      break;
    case 'listStreamIngestions':
      expect(Array.isArray(body.stream_ingestions)).toBe(true);
      break;
    case 'createStreamIngestion':
    case 'getStreamIngestion':
      expect(body.stream_id).toBeTypeOf('string');
      expect(body.stream_url).toBeTypeOf('string');
      break;
    default:
      expect(data, `${operationId} answers without a body`).toBeUndefined();
  }
}

describe.each([
  ['static', false],
  ['dynamic', true],
])('every Sessions operation against the Prism mock (%s)', { timeout: 60_000 }, (_mode, dynamic) => {
  let mock: RunningMock;
  let client: Client;
  beforeAll(async () => {
    mock = await startMock({ provider: 'zoom-videosdk', dynamic });
    client = createClient({ apiKey: 'k', apiSecret: 's', baseUrl: mock.url, retry: false });
  }, 60_000);
  afterAll(async () => {
    await mock?.stop();
  });

  it.each(calls)('%s answers %i', async (operationId, status, call) => {
    const { data, response } = await call(client);
    expect(response.status).toBe(status);
    checkBody(operationId, data);
  });

  it('controlSessionEvents: the mock accepts each kind of action', async () => {
    const bodies = [
      { method: 'recording.start' },
      { method: 'user.remove', params: { participant_uuid: 'D444CD06-2ABB-2FCC-019B-39E41D8DADF7' } },
      { method: 'stream_ingestion.bind', params: { stream_ingestion_stream_id: streamId } },
      {
        method: 'user.invite.room_system_callout',
        params: {
          call_type: 'sip',
          device_ip: '10.100.111.237',
          sip_headers: { from_uri: 'sip:a@example.com' },
        },
      },
    ] as const;
    for (const body of bodies) {
      const sent = await client
        .PATCH('/videosdk/sessions/{sessionId}/events', { params: { path }, body })
        .catch((e: unknown) => e);
      expect((sent as { response: Response }).response.status).toBe(202);
    }
  });

  it('the scheduled, live and past shapes of a session (static: the named examples)', async () => {
    const get = (type: 'past' | 'live' | 'scheduled') =>
      client.GET('/videosdk/sessions/{sessionId}', {
        params: { path, query: { type } },
        headers: dynamic ? {} : { Prefer: `example=${type}` },
      });
    const scheduled = (await get('scheduled')).data;
    expect(scheduled.id).toBeTypeOf('string');
    if (!dynamic) {
      expect(scheduled.settings?.auto_recording).toBe('cloud');
      expect(scheduled).not.toHaveProperty('start_time');
      expect((await get('live')).data).not.toHaveProperty('end_time');
      expect((await get('past')).data.end_time).toBeTypeOf('string');
    }
  });

  it('Prism rejects what the spec forbids: an unknown status action, a QoS page of 11', async () => {
    const badAction = await client
      .PUT('/videosdk/sessions/{sessionId}/status', {
        params: { path },
        // @ts-expect-error: not an action the spec knows
        body: { action: 'pause' },
      })
      .catch((e: unknown) => e);
    expect(badAction).toBeInstanceOf(ApiError);
    expect((badAction as ApiError).status).toBeGreaterThanOrEqual(400);
    const bigPage = await client
      .GET('/videosdk/sessions/{sessionId}/users/qos', { params: { path, query: { page_size: 11 } } })
      .catch((e: unknown) => e);
    expect((bigPage as ApiError).status).toBe(400);
  });
});
