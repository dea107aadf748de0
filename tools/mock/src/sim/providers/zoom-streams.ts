/** Zoom's live stream of a session, its SIP dialling and the account's stream ingestions (RTMP in). */
import type { JsonObject } from '@rtc-sessions/openapi-model';
import type { Handler } from '../context.js';
import { cursorPage } from './shared.js';
import { found, zoomExtra } from './zoom-common.js';

const getSessionLiveStream: Handler = (ctx, req, op) => {
  const session = found(ctx, req, op);
  if ('status' in session) return session;
  return { status: 200, body: zoomExtra(ctx).livestreams[session.id] ?? ctx.template(op) };
};

const updateSessionLiveStream: Handler = (ctx, req, op) => {
  const session = found(ctx, req, op);
  if ('status' in session) return session;
  const streams = zoomExtra(ctx).livestreams;
  const current = streams[session.id] ?? ctx.template(ctx.facts.operations.get('getSessionLiveStream') ?? op);
  streams[session.id] = { ...current, ...((req.body ?? {}) as JsonObject) };
  return { status: 204 };
};

const updateSessionLiveStreamStatus: Handler = (ctx, req, op) => {
  const session = found(ctx, req, op);
  if ('status' in session) return session;
  if (session.state !== 'live') return ctx.error(op, 400, 'The session is not in progress.');
  return { status: 204 };
};

const createSessionSipUri: Handler = (ctx, req, op) => {
  const session = found(ctx, req, op);
  if ('status' in session) return session;
  return { status: 201, body: ctx.template(op) };
};

const listSessionStreamIngestions: Handler = (ctx, req, op) => {
  const session = found(ctx, req, op);
  if ('status' in session) return session;
  const template = ((ctx.template(op) as unknown as JsonObject[]) ?? [])[0] ?? {};
  const bound = zoomExtra(ctx).ingestions.filter((i) => i.session_id === session.id);
  return { status: 200, body: bound.map((i) => ({ ...template, stream_id: i.stream_id })) };
};

/** The stored ingestion without the session it is bound to (not a field of Zoom's). */
const visible = ({ session_id: _bound, ...ingestion }: JsonObject): JsonObject => ingestion;

const listStreamIngestions: Handler = (ctx, req, op) => {
  const page = cursorPage(ctx, req, op, zoomExtra(ctx).ingestions);
  if ('response' in page) return page.response;
  const body = ctx.template(op);
  return {
    status: 200,
    body: {
      ...body,
      page_size: page.size,
      next_page_token: page.next,
      stream_ingestions: page.items.map(visible),
    },
  };
};

const createStreamIngestion: Handler = (ctx, req, op) => {
  const ingestion: JsonObject = {
    ...ctx.template(op),
    ...((req.body ?? {}) as JsonObject),
    stream_id: `${ctx.random.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 22)}==`,
    stream_key: ctx.random.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 19),
  };
  zoomExtra(ctx).ingestions.push(ingestion);
  return { status: 201, body: visible(ingestion) };
};

function ingestion(handler: (found: JsonObject, list: JsonObject[]) => ReturnType<Handler>): Handler {
  return (ctx, req, op) => {
    const list = zoomExtra(ctx).ingestions;
    const found = list.find((i) => i.stream_id === req.params.streamId);
    return found ? handler(found, list) : ctx.error(op, 404, 'Stream ingestion does not exist.');
  };
}

export const zoomStreamHandlers: Record<string, Handler> = {
  getSessionLiveStream,
  updateSessionLiveStream,
  updateSessionLiveStreamStatus,
  createSessionSipUri,
  listSessionStreamIngestions,
  listStreamIngestions,
  createStreamIngestion,
  getStreamIngestion: ingestion((found) => ({ status: 200, body: visible(found) })),
  deleteStreamIngestion: ingestion((found, list) => {
    list.splice(list.indexOf(found), 1);
    return { status: 204 };
  }),
  updateStreamIngestion: (ctx, req, op) =>
    ingestion((found) => {
      Object.assign(found, req.body ?? {});
      return { status: 204 };
    })(ctx, req, op),
};
