/**
 * One webhook model: the repository's recorded deliveries (contract-tests/recordings/<p>/webhooks),
 * verified by each client's own verifier, fed to an attendance tracker, give the same attendance as
 * the REST model walking the same session on a loopback server.
 *
 * The recordings are the providers' published examples, which do not come with the REST responses
 * of the same session: the REST side is built here from the deliveries' own ids, names and times
 * (one function per provider below), and every other field from this package's recorded REST
 * fixtures. Where the recordings lack an event, the spec's published example is used (Zoom's
 * `session.user_joined`/`session.user_left`); VideoSDK's participant events carry no time, so they
 * take their receipt time, and its REST timelog is built with those same instants.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { verifyWebhookSync as verifyHms } from '@rtc-sessions/100ms/webhooks';
import { verifyWebhook as verifyVideoSdk } from '@rtc-sessions/videosdk/webhooks';
import { TEST_WEBHOOK_PUBLIC_KEY } from '@rtc-sessions/videosdk/webhooks/testing';
import { verifyWebhookSync as verifyZoom, zoomSignature } from '@rtc-sessions/zoom-videosdk/webhooks';
import { afterEach, describe, expect, it } from 'vitest';
import {
  AttendanceTracker,
  attendanceOf,
  connect,
  type Participant,
  type ProviderId,
  type Session,
  toSessionEvents,
  type VerifiedDelivery,
} from '../src/index.js';
import { recording, recordingsDir } from './support/cassettes.js';
import { type Handler, type LoopbackServer, startServer } from './support/server.js';

interface Delivery {
  request: { headers: Record<string, string>; body: Record<string, unknown>; bodyText: string };
}

function delivery(provider: string, event: string, name = 'published'): Delivery {
  const url = new URL(`${provider}/webhooks/${event}/${name}.json`, recordingsDir);
  return JSON.parse(readFileSync(url, 'utf8')) as Delivery;
}

let server: LoopbackServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** The REST side: the session and its participants, walked by the model against `handler`. */
async function rest(provider: ProviderId, handler: Handler, sessionId: string) {
  server = await startServer(handler);
  const client = await connect(provider, { baseUrl: server.url, credentials: { token: 'test-token' } });
  const session: Session = await client.getSession(sessionId);
  const participants: Participant[] = [];
  for await (const participant of client.listParticipants(session as never)) participants.push(participant);
  return { session, participants };
}

/** What both sides carry of a participant. */
const attendance = attendanceOf;

function track(provider: string, deliveries: Array<{ delivery: VerifiedDelivery; receivedAt?: number }>) {
  const tracker = new AttendanceTracker();
  for (const { delivery, receivedAt } of deliveries) {
    tracker.ingest(provider, delivery, receivedAt === undefined ? {} : { receivedAt });
  }
  return tracker;
}

describe('one webhook model: attendance from webhooks alone equals the REST model', () => {
  it('100ms: nanosecond times cut to the millisecond as REST cuts them; ids from the deliveries', async () => {
    const names = [
      'session.open.success',
      'peer.join.success',
      'peer.leave.success',
      'session.close.success',
    ];
    const verified = names.map((name) => {
      const { request } = delivery('100ms', name);
      // The recorded secret header is redacted: verified against that same value.
      return {
        delivery: verifyHms(request.bodyText, request.headers, {
          secretHeaders: { 'x-hms-webhook-secret': '[REDACTED]' },
        }),
      };
    });
    // Delivered out of order: the leave before the join.
    const tracker = track('100ms', [verified[0], verified[2], verified[1], verified[3]] as never);
    const data = (name: string) => delivery('100ms', name).request.body.data as Record<string, string>;
    const join = data('peer.join.success');
    const leave = data('peer.leave.success');
    const base = recording('100ms/getSession/spec-200-ended').response.body as Record<string, unknown>;
    const peer = {
      id: join.peer_id,
      session_id: join.session_id,
      name: join.user_name,
      role: join.role,
      user_id: join.user_id,
      joined_at: join.joined_at,
      left_at: leave.left_at,
    };
    const body = {
      ...base,
      id: join.session_id,
      room_id: join.room_id,
      peers: { [join.peer_id as string]: peer },
      created_at: data('session.open.success').session_started_at,
      updated_at: data('session.close.success').session_stopped_at,
    };
    const { session, participants } = await rest(
      '100ms',
      () => ({ status: 200, body }),
      join.session_id as string,
    );

    const [tracked] = tracker.sessions();
    expect(tracked).toMatchObject({
      id: session.id,
      roomId: session.roomId,
      start: session.start,
      end: session.end,
      live: false,
    });
    expect(tracker.participants(session.id).map(attendance)).toEqual(participants.map(attendance));
    // 12:58:49.97291247 → 12:58:58.500451704: 8.528 s at millisecond precision, on both sides.
    expect(participants[0]?.joins).toEqual([
      { start: Date.UTC(2021, 10, 30, 12, 58, 49, 972), end: Date.UTC(2021, 10, 30, 12, 58, 58, 500) },
    ]);
    expect(participants[0]?.connectedSeconds).toBe(8.528);
  });

  it('zoom-videosdk: session.started/ended recorded, user events from the spec examples, signed and verified', async () => {
    const signed = (body: unknown, timestamp: number) => {
      const text = JSON.stringify(body);
      const headers = {
        'x-zm-request-timestamp': String(timestamp),
        'x-zm-signature': zoomSignature(text, timestamp, SECRET),
      };
      return verifyZoom(text, headers, { secretToken: SECRET, now: () => timestamp * 1000 });
    };
    const SECRET = 'rtc-sessions-test-secret-token';
    const recorded = ['session.started', 'session.ended'].map((name) => {
      const { request } = delivery('zoom-videosdk', name);
      const timestamp = Number(request.headers['x-zm-request-timestamp']);
      return verifyZoom(request.bodyText, request.headers, {
        secretToken: SECRET,
        now: () => timestamp * 1000,
      });
    });
    const spec = createRequire(import.meta.url)('@rtc-sessions/zoom-videosdk/openapi.json') as {
      webhooks: Record<
        string,
        {
          post: {
            requestBody: {
              content: { 'application/json': { examples: { published: { value: Record<string, never> } } } };
            };
          };
        }
      >;
    };
    const example = (name: string) =>
      spec.webhooks[name]?.post.requestBody.content['application/json'].examples.published.value;
    const userEvents = ['session.user_joined', 'session.user_left'].map((name) =>
      signed(example(name), 1_764_547_200),
    );
    const tracker = track(
      'zoom-videosdk',
      [...recorded, ...userEvents].map((d) => ({ delivery: d })),
    );

    const object = (d: VerifiedDelivery) => (d.body as { payload: { object: unknown } }).payload.object;
    const started = object(recorded[0] as VerifiedDelivery) as Record<string, string>;
    const ended = object(recorded[1] as VerifiedDelivery) as Record<string, string>;
    const joined = object(userEvents[0] as VerifiedDelivery) as { user: Record<string, string> };
    const left = object(userEvents[1] as VerifiedDelivery) as { user: Record<string, string> };
    const details = recording('zoom-videosdk/getSession/spec-200-past').response.body as Record<
      string,
      unknown
    >;
    const sessionId = started.session_id as string;
    const handler: Handler = (request) =>
      request.rawPath.endsWith('/users')
        ? {
            status: 200,
            body: {
              page_size: 30,
              next_page_token: '',
              users: [{ ...joined.user, leave_time: left.user.leave_time }],
            },
          }
        : {
            status: 200,
            body: {
              ...details,
              id: sessionId,
              session_name: started.session_name,
              start_time: started.start_time,
              end_time: ended.end_time,
              user_count: 1,
            },
          };
    const { session, participants } = await rest('zoom-videosdk', handler, sessionId);

    expect(tracker.sessions()).toEqual([
      {
        provider: 'zoom-videosdk',
        id: session.id,
        roomId: session.roomId,
        name: session.name,
        start: session.start,
        end: session.end,
        live: false,
      },
    ]);
    expect(tracker.participants(sessionId).map(attendance)).toEqual(participants.map(attendance));
    expect(participants.map((p) => p.userId)).toEqual(['ASD74dfDI854']);
  });

  it('videosdk: participant events take their receipt time; sessions their own', async () => {
    const receivedAt = {
      'participant-joined': Date.UTC(2022, 6, 5, 15, 56),
      'participant-left': Date.UTC(2022, 6, 5, 15, 59, 30, 250),
    };
    const names = ['session-started', 'participant-joined', 'participant-left', 'session-ended'] as const;
    const deliveries = await Promise.all(
      names.map(async (name) => {
        const { request } = delivery('videosdk', name);
        const verified = await verifyVideoSdk(request.bodyText, request.headers, {
          publicKey: TEST_WEBHOOK_PUBLIC_KEY,
        });
        return { delivery: verified, receivedAt: (receivedAt as Record<string, number>)[name] };
      }),
    );
    const tracker = track('videosdk', deliveries);
    const data = (name: string) => delivery('videosdk', name).request.body.data as Record<string, string>;
    const joined = data('participant-joined');
    const timelog = [
      {
        start: new Date(receivedAt['participant-joined']).toISOString(),
        end: new Date(receivedAt['participant-left']).toISOString(),
      },
    ];
    const participant = { participantId: joined.participantId, name: joined.participantName, timelog };
    const base = recording('videosdk/getSession/spec-200-ended').response.body as Record<string, unknown>;
    const body = {
      ...base,
      id: joined.sessionId,
      roomId: joined.meetingId,
      start: data('session-started').start,
      end: data('session-ended').end,
      participants: [participant],
    };
    const handler: Handler = (request) =>
      request.rawPath.endsWith('/participants')
        ? {
            status: 200,
            body: {
              pageInfo: { currentPage: 1, perPage: 20, lastPage: 1, total: 1 },
              data: { id: body.id, roomId: body.roomId, participants: [participant] },
            },
          }
        : { status: 200, body };
    const { session, participants } = await rest('videosdk', handler, joined.sessionId as string);

    expect(tracker.sessions()).toEqual([
      {
        provider: 'videosdk',
        id: session.id,
        roomId: session.roomId,
        name: undefined,
        start: session.start,
        end: session.end,
        live: false,
      },
    ]);
    expect(tracker.participants(session.id).map(attendance)).toEqual(participants.map(attendance));
    expect(participants[0]?.connectedSeconds).toBe(210.25);
  });

  it('events outside the model map to nothing; an unknown provider is refused', () => {
    const { request } = delivery('100ms', 'recording.success');
    expect(toSessionEvents('100ms', { event: 'recording.success', body: request.body })).toEqual([]);
    expect(() => toSessionEvents('100m', { event: 'x', body: {} })).toThrow(/did you mean "100ms"/);
  });

  it('a delivery missing an id the model needs is a ProviderDataError naming the field', () => {
    expect(() =>
      toSessionEvents('zoom-videosdk', { event: 'session.started', body: { payload: { object: {} } } }),
    ).toThrow(/zoom-videosdk session.started payload.object.session_id: missing/);
  });
});
