/**
 * VideoSDK.live over the simulator's world: sessions paged by number with a true `pageInfo`, one
 * participant per person with a timelog entry per join, active participants, quality stats, and
 * the end-session and remove-participant writes.
 */
import type { JsonObject } from '@rtc-sessions/openapi-model';
import { type Handler, iso, type SimContext, type SimRequest, type SimResponse } from '../context.js';
import { pageByNumber } from '../paging.js';
import type { Random } from '../random.js';
import type { SimOperation } from '../spec-facts.js';
import { isConnected, type Participant, type Session } from '../world.js';
import { withoutUndefined } from './shared.js';

const lower = 'abcdefghijklmnopqrstuvwxyz';
const ids = {
  session: (r: Random) => r.hex(24),
  room: (r: Random) => `${r.chars(lower, 4)}-${r.chars(lower, 4)}-${r.chars(lower, 4)}`,
  participant: (r: Random) => r.chars(`${lower}0123456789`, 8),
  join: (r: Random) => r.hex(24),
  user: (r: Random) => r.hex(24),
};

const status = (s: Session) => (s.state === 'ended' ? 'ended' : 'ongoing');

function participant(template: JsonObject, p: Participant, onlyOpen = false): JsonObject {
  const joins = onlyOpen ? p.joins.filter((j) => j.end === null) : p.joins;
  const entry = ((template.timelog as JsonObject[]) ?? [])[0] ?? {};
  return {
    ...template,
    // VideoSDK's internal id of the participant record: the id of their first join, stable.
    _id: p.joins[0]?.id ?? p.id,
    participantId: p.id,
    name: p.name,
    timelog: joins.map((j) => ({ ...entry, start: iso(j.start), end: j.end === null ? null : iso(j.end) })),
  };
}

/** A session rendered into `template` (a list item or the get's body). */
function session(ctx: SimContext, template: JsonObject, s: Session, onlyOpen = false): JsonObject {
  const people = onlyOpen ? s.participants.filter(isConnected) : s.participants;
  const participantTemplate = ((template.participants as JsonObject[]) ?? [])[0] ?? {};
  const api = ctx.facts.spec.facts.baseUrl;
  const links = (template.links ?? {}) as JsonObject;
  return withoutUndefined({
    ...template,
    ...('_id' in template ? { _id: s.id } : { id: s.id }),
    roomId: s.roomId,
    customRoomId: 'customRoomId' in template ? s.key : undefined,
    start: iso(s.start),
    end: s.end === null ? null : iso(s.end),
    status: status(s),
    chatLink:
      typeof template.chatLink === 'string'
        ? `https://cdn.videosdk.live/chats/${s.roomId}-${s.id}.csv`
        : undefined,
    participants: people.map((p) => participant(participantTemplate, p, onlyOpen)),
    links: {
      ...links,
      get_room: `${api}/rooms/${s.roomId}`,
      ...('get_session' in links ? { get_session: `${api}/sessions/${s.id}` } : {}),
    },
  });
}

function filters(req: SimRequest): (s: Session) => boolean {
  const q = (name: string) => req.query.get(name);
  const startDate = q('startDate') === null ? null : Number(q('startDate'));
  const endDate = q('endDate') === null ? null : Number(q('endDate'));
  return (s) =>
    (q('roomId') === null || s.roomId === q('roomId')) &&
    (q('customRoomId') === null || s.key === q('customRoomId')) &&
    (q('query') === null || s.roomId === q('query') || s.key === q('query')) &&
    (q('userId') === null || s.participants.some((p) => p.userId === q('userId') || p.id === q('userId'))) &&
    (startDate === null || s.start >= startDate) &&
    (endDate === null || s.start <= endDate) &&
    (q('status') === null || status(s) === q('status'));
}

/** A page-number page of `all`, rendered into the operation's example. */
function numbered<T>(ctx: SimContext, req: SimRequest, op: SimOperation, all: readonly T[]) {
  const paging = op.pagination;
  if (paging?.scheme !== 'page-number') throw new Error(`${op.info.operationId} is not paged by number`);
  const page = pageByNumber(
    all,
    ctx.intParam(req, op, paging.pageParam),
    ctx.intParam(req, op, paging.sizeParam),
  );
  const body = ctx.template(op);
  return { page, body, pageInfo: { ...((body.pageInfo as JsonObject) ?? {}), ...page.pageInfo } };
}

const listSessions: Handler = (ctx, req, op) => {
  const all = ctx.world.sessions.filter((s) => s.state !== 'scheduled').filter(filters(req));
  const { page, body, pageInfo } = numbered(ctx, req, op, all);
  const template = ((body.data as JsonObject[]) ?? [])[0] ?? {};
  return { status: 200, body: { ...body, pageInfo, data: page.items.map((s) => session(ctx, template, s)) } };
};

function found(ctx: SimContext, req: SimRequest, op: SimOperation): Session | SimResponse {
  const s = ctx.session(req.params.sessionId ?? '');
  return s && s.state !== 'scheduled' ? s : ctx.error(op, 404, 'Session not found');
}

const getSession: Handler = (ctx, req, op) => {
  const s = found(ctx, req, op);
  if ('status' in s) return s;
  return { status: 200, body: session(ctx, ctx.template(op), s) };
};

const listSessionParticipants: Handler = (ctx, req, op) => {
  const s = found(ctx, req, op);
  if ('status' in s) return s;
  const { page, body, pageInfo } = numbered(ctx, req, op, s.participants);
  const data = (body.data ?? {}) as JsonObject;
  const full = session(ctx, data, { ...s, participants: page.items });
  // The participants page carries the session's ids, its participants and links, not its times.
  const picked = Object.fromEntries(Object.entries(full).filter(([key]) => key in data || key === 'id'));
  return { status: 200, body: { ...body, pageInfo, data: picked } };
};

const listActiveParticipants: Handler = (ctx, req, op) => {
  const s = found(ctx, req, op);
  if ('status' in s) return s;
  if (s.state !== 'live' || !s.participants.some(isConnected))
    return ctx.error(op, 404, 'No active participants found');
  const { page, body, pageInfo } = numbered(ctx, req, op, [s]);
  const template = ((body.data as JsonObject[]) ?? [])[0] ?? {};
  return {
    status: 200,
    body: { ...body, pageInfo, data: page.items.map((x) => session(ctx, template, x, true)) },
  };
};

export {
  found as videoSdkSession,
  ids as videoSdkIds,
  participant as renderVideoSdkParticipant,
  session as renderVideoSdkSession,
};
export const videoSdkReadHandlers: Record<string, Handler> = {
  listSessions,
  getSession,
  listSessionParticipants,
  listActiveParticipants,
};
