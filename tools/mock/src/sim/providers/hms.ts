/**
 * 100ms over the simulator's world: sessions paged after an id (`start`/`last`, `limit`) with
 * their peers (one per join), active rooms with their connected peers, and the writes on them.
 */
import type { JsonObject } from '@rtc-sessions/openapi-model';
import { type Handler, iso, type SimContext, type SimRequest, type SimResponse } from '../context.js';
import { pageAfterId } from '../paging.js';
import type { Random } from '../random.js';
import type { SimOperation } from '../spec-facts.js';
import { type Join, joinsOf, type Participant, type Session } from '../world.js';
import { withoutUndefined } from './shared.js';

export const hmsIds = {
  session: (r: Random) => r.hex(24),
  room: (r: Random) => r.hex(24),
  participant: (r: Random) => r.uuid(),
  join: (r: Random) => r.uuid(),
  user: (r: Random) => `user-${r.int(1, 99_999)}`,
};

/** The customer (account) id every body carries: the example's, as one account owns the world. */
const customerId = (ctx: SimContext): string => {
  const example = ctx.facts.operations.get('getSession')?.example as JsonObject | undefined;
  return String(example?.customer_id ?? '');
};

function peer(template: JsonObject, s: Session, p: Participant, j: Join): JsonObject {
  return withoutUndefined({
    ...template,
    id: j.id,
    session_id: s.id,
    name: p.name,
    role: p.role,
    user_id: p.userId,
    joined_at: iso(j.start),
    left_at: j.end === null ? undefined : iso(j.end),
  });
}

/** The last change of a session: its end, else its latest join or leave. */
const updatedAt = (s: Session): number =>
  s.end ?? Math.max(s.start, ...joinsOf(s).map(({ join }) => Math.max(join.start, join.end ?? 0)));

export function renderSession(ctx: SimContext, template: JsonObject, s: Session): JsonObject {
  const peerTemplate = Object.values((template.peers ?? {}) as Record<string, JsonObject>)[0] ?? {};
  return {
    ...template,
    id: s.id,
    room_id: s.roomId,
    customer_id: customerId(ctx),
    active: s.state === 'live',
    peers: Object.fromEntries(
      joinsOf(s).map(({ participant, join }) => [join.id, peer(peerTemplate, s, participant, join)]),
    ),
    created_at: iso(s.start),
    updated_at: iso(updatedAt(s)),
  };
}

const listSessions: Handler = (ctx, req, op) => {
  const q = (name: string) => req.query.get(name);
  const after = q('after') === null ? null : Date.parse(q('after') as string);
  const before = q('before') === null ? null : Date.parse(q('before') as string);
  const all = ctx.world.sessions.filter(
    (s) =>
      s.state !== 'scheduled' &&
      (q('active') === null || (s.state === 'live') === (q('active') === 'true')) &&
      (q('room_id') === null || s.roomId === q('room_id')) &&
      (after === null || s.start >= after) &&
      (before === null || s.start <= before),
  );
  const paging = op.pagination;
  if (paging?.scheme !== 'cursor') throw new Error('100ms listSessions is not a cursor list');
  const limit = ctx.intParam(req, op, paging.sizeParam);
  const start = q(paging.cursorParam);
  const page = pageAfterId(all, (s) => s.id, start, limit);
  if (!page) return ctx.error(op, 500, `no session ${start} to start after`);
  const body = ctx.template(op);
  const template = ((body.data as JsonObject[] | null) ?? [])[0] ?? {};
  const repeat = start !== null && ctx.random.chance(ctx.faults.repeatedCursorRate ?? 0);
  // "When nothing matches, `data` is `null`" (the spec's description).
  const data = page.items.length === 0 ? null : page.items.map((s) => renderSession(ctx, template, s));
  return { status: 200, body: { ...body, limit, data, last: repeat ? start : page.last } };
};

const getSession: Handler = (ctx, req, op) => {
  const s = ctx.session(req.params.session_id ?? '');
  if (!s || s.state === 'scheduled') return ctx.error(op, 404, 'Session not found');
  return { status: 200, body: renderSession(ctx, ctx.template(op), s) };
};

/** The live session of the path's room, or the operation's 404. */
export function activeRoom(ctx: SimContext, req: SimRequest, op: SimOperation): Session | SimResponse {
  return ctx.liveSession(req.params.room_id ?? '') ?? ctx.error(op, 404, 'active room not found');
}

/** The connected peers of a live session. */
export const connected = (s: Session): Array<{ participant: Participant; join: Join }> =>
  joinsOf(s).filter(({ join }) => join.end === null);

export function activePeer(template: JsonObject, p: Participant, j: Join): JsonObject {
  return {
    ...template,
    id: j.id,
    name: p.name,
    user_id: p.userId,
    metadata: p.metadata,
    role: p.role,
    joined_at: iso(j.start),
  };
}

export const hmsSessionHandlers: Record<string, Handler> = { listSessions, getSession };
export { customerId };
