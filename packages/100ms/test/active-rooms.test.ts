// The active-room operations through the client against a loopback server that counts attempts:
// the state-changing POSTs are sent once, whatever happens after the request may have reached the
// server; the reads are retried like every GET.

import { json, startServer, type TestServer } from '@rtc-sessions/test-helpers/server';
import { afterEach, describe, expect, expectTypeOf, it } from 'vitest';
import { ApiError, type components, createClient, listOperations } from '../src/index.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const ROOM = '631a0f990e6ffae22efa610c';
const PEER = '2e8fc83e-6aef-4ca8-9124-bedc253f3529';
const client = (url: string) =>
  createClient({ token: 't', baseUrl: url, retry: { initialDelayMs: 1, maxDelayMs: 2 } });

type Write = [string, (c: ReturnType<typeof client>) => Promise<unknown>];
const writes: Write[] = [
  [
    'updateActiveRoomPeer (POST …/peers/{peer_id})',
    (c) =>
      c.POST('/active-rooms/{room_id}/peers/{peer_id}', {
        params: { path: { room_id: ROOM, peer_id: PEER } },
        body: { metadata: '{"isHandRaised":true}' },
      }),
  ],
  [
    'sendActiveRoomMessage (POST …/send-message)',
    (c) =>
      c.POST('/active-rooms/{room_id}/send-message', {
        params: { path: { room_id: ROOM } },
        body: { message: 'hi', type: 'chat' },
      }),
  ],
  [
    'removeActiveRoomPeers (POST …/remove-peers)',
    (c) =>
      c.POST('/active-rooms/{room_id}/remove-peers', {
        params: { path: { room_id: ROOM } },
        body: { peer_id: PEER, reason: 'misconduct' },
      }),
  ],
  [
    'endActiveRoom (POST …/end-room)',
    (c) =>
      c.POST('/active-rooms/{room_id}/end-room', {
        params: { path: { room_id: ROOM } },
        body: { reason: 'Class has ended', lock: false },
      }),
  ],
];

describe('state-changing active-room operations are never retried once sent', () => {
  it.each(writes)('%s: a 503 answer is final (1 attempt)', async (_name, call) => {
    server = await startServer((_req, res) => json(res, 503, { code: 503, message: 'busy' }));
    await expect(call(client(server.url))).rejects.toMatchObject({ status: 503 });
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]?.method).toBe('POST');
  });

  it.each(writes)(
    '%s: a connection cut after the request arrived is final (1 attempt)',
    async (_name, call) => {
      server = await startServer((req) => {
        req.socket.destroy();
      });
      await expect(call(client(server.url))).rejects.toThrow();
      expect(server.requests).toHaveLength(1);
    },
  );

  it.each(writes)('%s: a 429 is final too (the message could be delivered twice)', async (_name, call) => {
    server = await startServer((_req, res) =>
      json(res, 429, { message: 'rate limit exceeded' }, { 'retry-after': '0' }),
    );
    await expect(call(client(server.url))).rejects.toBeInstanceOf(ApiError);
    expect(server.requests).toHaveLength(1);
  });

  it('sends the body it is given, as JSON', async () => {
    server = await startServer((_req, res) => json(res, 200, { message: 'peer remove request submitted' }));
    const { data } = await client(server.url).POST('/active-rooms/{room_id}/remove-peers', {
      params: { path: { room_id: ROOM } },
      body: { role: 'guest' },
    });
    expect(data.message).toBe('peer remove request submitted');
    expect(server.requests[0]?.url).toBe(`/active-rooms/${ROOM}/remove-peers`);
    expect(JSON.parse(server.requests[0]?.body ?? '')).toEqual({ role: 'guest' });
  });
});

describe('active-room reads', () => {
  it('retries a GET after a 503 (2 attempts) and returns the room', async () => {
    const room = { id: ROOM, name: 'n', customer_id: 'c', session: { id: 's', created_at: 'x', peers: [] } };
    server = await startServer((_req, res, _seen, index) =>
      index === 0 ? json(res, 503, { message: 'busy' }) : json(res, 200, room),
    );
    const { data } = await client(server.url).GET('/active-rooms/{room_id}', {
      params: { path: { room_id: ROOM } },
    });
    expect(data.session.id).toBe('s');
    expect(server.requests).toHaveLength(2);
  });

  it('list peers sends its filters and is not a paged list', async () => {
    server = await startServer((_req, res) => json(res, 200, { peers: null }));
    const { data } = await client(server.url).GET('/active-rooms/{room_id}/peers', {
      params: { path: { room_id: ROOM }, query: { user_id: 'student-3461', role: 'student' } },
    });
    expect(data.peers).toBeNull();
    expect(server.requests[0]?.url).toBe(`/active-rooms/${ROOM}/peers?user_id=student-3461&role=student`);
    // one response holds every connected peer: nothing for paginate/pages to walk
    expect(Object.keys(listOperations)).toEqual(['/sessions']);
  });

  it('types peer metadata as the servers send it: a string or an object', () => {
    type Metadata = components['schemas']['ActivePeer']['metadata'];
    expectTypeOf<''>().toMatchTypeOf<Metadata>();
    expectTypeOf<{ is_hand_raised: true }>().toMatchTypeOf<Metadata>();
    expectTypeOf<components['schemas']['ActivePeerWithTracks']['tracks']>().toMatchTypeOf<
      Record<string, components['schemas']['PeerTrack']> | undefined
    >();
  });
});
