/** VideoSDK.live's writes (end a session, remove a participant), quality stats and webhook key. */
import type { JsonObject } from '@rtc-sessions/openapi-model';
import { type Handler, iso, type ProviderModule, type SimContext } from '../context.js';
import { endSession, isConnected, leave, type Session } from '../world.js';
import { renderVideoSdkSession, videoSdkIds, videoSdkReadHandlers, videoSdkSession } from './videosdk.js';

/** The ongoing session a write names: by `sessionId`, else the live one of `roomId` (room or custom id). */
function target(ctx: SimContext, body: { roomId?: string; sessionId?: string }): Session | undefined {
  if (body.sessionId) {
    const s = ctx.session(body.sessionId);
    return s?.state === 'live' ? s : undefined;
  }
  return ctx.world.sessions.find(
    (s) => s.state === 'live' && (s.roomId === body.roomId || s.key === body.roomId),
  );
}

/** The response of both writes: the session as it was when the request arrived (spec's description). */
function before(ctx: SimContext, template: JsonObject, s: Session): JsonObject {
  return renderVideoSdkSession(ctx, template, structuredClone(s));
}

const endSessionHandler: Handler = (ctx, req, op) => {
  const s = target(ctx, (req.body ?? {}) as { roomId?: string; sessionId?: string });
  if (!s) return ctx.error(op, 404, 'No ongoing session found');
  const body = before(ctx, ctx.template(op), s);
  endSession(s, ctx.clock());
  return { status: 200, body };
};

const removeParticipant: Handler = (ctx, req, op) => {
  const request = (req.body ?? {}) as { roomId?: string; sessionId?: string; participantId?: string };
  const s = target(ctx, request);
  const p = s?.participants.find((x) => x.id === request.participantId && isConnected(x));
  if (!s || !p) return ctx.error(op, 404, 'Participant not found');
  const body = before(ctx, ctx.template(op), s);
  leave(p, ctx.clock());
  return { status: 200, body };
};

/** One quality sample per minute of the session (at most 60), the example's figures at each time. */
function samples(template: JsonObject, s: Session, now: number): JsonObject[] {
  const sample = ((template.stats as JsonObject[]) ?? [])[0] ?? {};
  const end = s.end ?? now;
  const count = Math.min(60, Math.max(1, Math.floor((end - s.start) / 60_000)));
  return Array.from({ length: count }, (_, i) => ({ ...sample, time: iso(s.start + i * 60_000) }));
}

const getSessionQualityStats: Handler = (ctx, req, op) => {
  const s = videoSdkSession(ctx, req, op);
  if ('status' in s) return s;
  const body = ctx.template(op);
  return {
    status: 200,
    body: { ...body, sessionId: s.id, meetingId: s.roomId, stats: samples(body, s, ctx.clock()) },
  };
};

const getParticipantQualityStats: Handler = (ctx, req, op) => {
  const s = videoSdkSession(ctx, req, op);
  if ('status' in s) return s;
  const p = s.participants.find((x) => x.id === req.params.participantId);
  if (!p) return ctx.error(op, 404, 'Participant not found');
  const body = ctx.template(op);
  const stats = samples(body, s, ctx.clock());
  return {
    status: 200,
    body: {
      ...body,
      sessionId: s.id,
      meetingId: s.roomId,
      participantId: p.id,
      participantName: p.name,
      stats,
    },
  };
};

/** The key deliveries are signed with, when the run signs them; else the spec's example key. */
const getWebhookPublicKey: Handler = (ctx, _req, op) => {
  const key = ctx.webhookPublicKey;
  return { status: 200, body: key ? { ...ctx.template(op), publicKey: key } : ctx.template(op) };
};

export const videoSdk: ProviderModule = {
  ids: videoSdkIds,
  handlers: {
    ...videoSdkReadHandlers,
    endSession: endSessionHandler,
    removeParticipant,
    getSessionQualityStats,
    getParticipantQualityStats,
    getWebhookPublicKey,
  },
};
