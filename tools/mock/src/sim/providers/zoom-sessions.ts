/** Zoom's session operations: list, get, create, delete, end, in-session control. */
import type { JsonObject } from '@rtc-sessions/openapi-model';
import { type Handler, isoSeconds } from '../context.js';
import { endSession, isConnected, leave, newSession } from '../world.js';
import { cursorPage, withoutUndefined } from './shared.js';
import { found, summary, typeMatches, zoomExtra } from './zoom-common.js';

const dayStart = (date: string) => Date.parse(`${date}T00:00:00Z`);

const listSessions: Handler = (ctx, req, op) => {
  const type = ctx.stringParam(req, op, 'type');
  const from = dayStart(req.query.get('from') ?? '');
  const to = dayStart(req.query.get('to') ?? '') + 86_400_000;
  const key = req.query.get('session_key');
  const name = req.query.get('session_name');
  const matching = ctx.world.sessions.filter(
    (s) =>
      typeMatches(s, type) &&
      s.start >= from &&
      s.start < to &&
      (key === null || s.key === key) &&
      (name === null || s.name === name),
  );
  const body = ctx.template(op);
  const itemTemplate = ((body.sessions as JsonObject[]) ?? [])[0] ?? {};
  const page = cursorPage(ctx, req, op, matching);
  if ('response' in page) return page.response;
  return {
    status: 200,
    body: {
      ...body,
      from: req.query.get('from'),
      to: req.query.get('to'),
      page_size: page.size,
      next_page_token: page.next,
      sessions: page.items.map((s) => summary(ctx, itemTemplate, s)),
    },
  };
};

const getSession: Handler = (ctx, req, op) => {
  const session = found(ctx, req, op);
  if ('status' in session) return session;
  const type = ctx.stringParam(req, op, 'type');
  if (!typeMatches(session, type)) return ctx.error(op, 404, `Session does not exist as a ${type} session.`);
  const body = ctx.template(op);
  const number = Number.parseInt(session.id.replace(/\D/g, '').slice(0, 11) || '1', 10);
  const base = { ...body, session_number: number, created_at: isoSeconds(session.createdAt) };
  if (session.state === 'scheduled') {
    return {
      status: 200,
      body: withoutUndefined({
        ...base,
        id: session.id,
        session_name: session.name,
        session_key: session.key,
        settings: zoomExtra(ctx).settings[session.id] ?? {},
        start_time: undefined,
        end_time: undefined,
        duration: undefined,
        user_count: undefined,
      }),
    };
  }
  return { status: 200, body: { ...base, ...summary(ctx, body, session) } };
};

const createSession: Handler = (ctx, req, op) => {
  const request = (req.body ?? {}) as { session_name?: string; settings?: JsonObject };
  const room = {
    id: ctx.ids.room(ctx.random),
    name: String(request.session_name),
    key: `key-${ctx.random.hex(8)}`,
  };
  const session = newSession(ctx.ids, ctx.random, room, ctx.clock(), 'scheduled');
  ctx.addSession(session);
  const body = ctx.template(op);
  const settings = { ...((body.settings as JsonObject) ?? {}), ...(request.settings ?? {}) };
  zoomExtra(ctx).settings[session.id] = settings;
  return {
    status: 201,
    body: {
      ...body,
      session_id: session.id,
      session_name: session.name,
      created_at: isoSeconds(session.createdAt),
      settings,
    },
  };
};

const deleteSession: Handler = (ctx, req, op) => {
  const session = found(ctx, req, op);
  if ('status' in session) return session;
  ctx.world.sessions = ctx.world.sessions.filter((s) => s !== session);
  return { status: 204 };
};

const updateSessionStatus: Handler = (ctx, req, op) => {
  const session = found(ctx, req, op);
  if ('status' in session) return session;
  if (session.state !== 'live') return ctx.error(op, 400, 'The session is not in progress.');
  endSession(session, ctx.clock());
  return { status: 204 };
};

const controlSessionEvents: Handler = (ctx, req, op) => {
  const session = found(ctx, req, op);
  if ('status' in session) return session;
  if (session.state !== 'live') return ctx.error(op, 400, 'The session is not in progress.');
  const { method, params } = (req.body ?? {}) as { method?: string; params?: { participant_uuid?: string } };
  if (method === 'user.remove') {
    const participant = session.participants.find((p) => p.id === params?.participant_uuid);
    if (!participant || !isConnected(participant)) return ctx.error(op, 404, 'User does not exist.');
    leave(participant, ctx.clock());
  }
  if (method === 'recording.start') session.features.recording = true;
  return { status: 202 };
};

export const zoomSessionHandlers: Record<string, Handler> = {
  listSessions,
  getSession,
  createSession,
  deleteSession,
  updateSessionStatus,
  controlSessionEvents,
};
