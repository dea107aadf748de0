/**
 * A session's four moments (it starts, someone joins, someone leaves, it ends) as each provider's
 * webhook body: the spec's published example of the event, with the world's values written in.
 */
import type { JsonObject } from '@rtc-sessions/openapi-model';
import { iso, isoSeconds, type SimContext } from './context.js';
import type { Join, Participant, Session } from './world.js';

export type Moment = 'session-started' | 'joined' | 'left' | 'session-ended';

export interface MomentInput {
  session: Session;
  participant?: Participant;
  join?: Join;
  /** When it happened (epoch ms). */
  at: number;
  /** Why someone left, when they did not choose to (dropped, removed, the session ended). */
  reason?: string;
}

type Builder = (ctx: SimContext, example: JsonObject, input: MomentInput) => JsonObject;

interface ProviderEvents {
  names: Record<Moment, string>;
  build: Builder;
}

const data = (example: JsonObject) => (example.data ?? {}) as JsonObject;

const videosdk: ProviderEvents = {
  names: {
    'session-started': 'session-started',
    joined: 'participant-joined',
    left: 'participant-left',
    'session-ended': 'session-ended',
  },
  build: (_ctx, example, { session, participant, at }) => ({
    ...example,
    data: {
      ...data(example),
      sessionId: session.id,
      meetingId: session.roomId,
      ...('start' in data(example) ? { start: iso(session.start) } : {}),
      ...('end' in data(example) ? { end: iso(session.end ?? at) } : {}),
      ...(participant ? { participantId: participant.id, participantName: participant.name } : {}),
    },
  }),
};

function zoomUser(template: JsonObject, participant: Participant, join: Join, reason?: string): JsonObject {
  const user: JsonObject = {
    ...template,
    id: join.id,
    name: participant.name,
    user_key: participant.userId,
    participant_uuid: participant.id,
  };
  if ('join_time' in template) user.join_time = isoSeconds(join.start);
  if ('leave_time' in template) user.leave_time = isoSeconds(join.end ?? join.start);
  if ('leave_reason' in template)
    user.leave_reason = `${participant.name} left the session.<br>Reason: ${reason ?? 'left the session'}.`;
  return user;
}

const zoom: ProviderEvents = {
  names: {
    'session-started': 'session.started',
    joined: 'session.user_joined',
    left: 'session.user_left',
    'session-ended': 'session.ended',
  },
  build: (_ctx, example, { session, participant, join, at, reason }) => {
    const payload = (example.payload ?? {}) as JsonObject;
    const object = {
      ...((payload.object ?? {}) as JsonObject),
      id: session.id,
      session_id: session.id,
      session_name: session.name,
      session_key: session.key,
    } as JsonObject;
    if ('start_time' in object) object.start_time = isoSeconds(session.start);
    if ('end_time' in object) object.end_time = isoSeconds(session.end ?? at);
    if (participant && join)
      object.user = zoomUser((object.user ?? {}) as JsonObject, participant, join, reason);
    return { ...example, event_ts: at, payload: { ...payload, object } };
  },
};

function hmsPeer(base: JsonObject, participant: Participant, join: Join, reason?: string): JsonObject {
  const out: JsonObject = {
    ...base,
    peer_id: join.id,
    role: participant.role,
    user_id: participant.userId,
    user_name: participant.name,
    user_data: participant.metadata,
    joined_at: iso(join.start),
  };
  if ('left_at' in base) {
    out.left_at = iso(join.end ?? join.start);
    out.duration = Math.round(((join.end ?? join.start) - join.start) / 1000);
    out.reason = reason ?? 'client request';
    delete out.message;
  }
  return out;
}

const hms: ProviderEvents = {
  names: {
    'session-started': 'session.open.success',
    joined: 'peer.join.success',
    left: 'peer.leave.success',
    'session-ended': 'session.close.success',
  },
  build: (ctx, example, { session, participant, join, at, reason }) => {
    let body: JsonObject = {
      ...data(example),
      room_id: session.roomId,
      room_name: session.name,
      session_id: session.id,
      session_started_at: iso(session.start),
    };
    if ('session_stopped_at' in body) {
      body.session_stopped_at = iso(session.end ?? at);
      body.session_duration = Math.round(((session.end ?? at) - session.start) / 1000);
    }
    if (participant && join) body = hmsPeer(body, participant, join, reason);
    return { ...example, id: ctx.random.uuid(), timestamp: isoSeconds(at), data: body };
  },
};

const byProvider: Record<string, ProviderEvents> = { videosdk, 'zoom-videosdk': zoom, '100ms': hms };

/** The provider's event name and body for a moment of a session. */
export function webhookBody(
  ctx: SimContext,
  moment: Moment,
  input: MomentInput,
): { event: string; body: JsonObject } {
  const events = byProvider[ctx.facts.spec.id];
  if (!events) throw new Error(`no webhook events for ${ctx.facts.spec.id}`);
  const event = events.names[moment];
  const example = ctx.facts.webhookExamples.get(event);
  if (!example) throw new Error(`${ctx.facts.spec.id}: the spec has no example of webhook ${event}`);
  return { event, body: events.build(ctx, structuredClone(example), input) };
}
