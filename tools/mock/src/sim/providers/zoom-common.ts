/** What Zoom's handlers share: its id style, a session's summary, the session of a path. */
import type { JsonObject } from '@rtc-sessions/openapi-model';
import { isoSeconds, type SimContext, type SimRequest, type SimResponse } from '../context.js';
import type { Random } from '../random.js';
import type { SimOperation } from '../spec-facts.js';
import type { IdStyle, Session } from '../world.js';
import { withoutUndefined } from './shared.js';

export const zoomIds: IdStyle = {
  // Zoom's ids are base64 of 16 bytes; `/` and `+` are left out so paths need no double encoding.
  session: (r: Random) =>
    `${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 22)}==`,
  room: (r: Random) => r.hex(24),
  participant: (r: Random) => r.uuid().toUpperCase(),
  join: (r: Random) => String(r.int(16_000_000, 16_999_999)),
  user: (r: Random) => `user_key_${r.int(1, 99_999)}`,
};

/** `mm:ss` (or `h:mm:ss`), the form the recorded responses carry. */
function duration(session: Session, now: number): string {
  const seconds = Math.max(0, Math.floor(((session.end ?? now) - session.start) / 1000));
  const mm = String(Math.floor((seconds % 3600) / 60)).padStart(2, '0');
  const ss = String(seconds % 60).padStart(2, '0');
  return seconds >= 3600 ? `${Math.floor(seconds / 3600)}:${mm}:${ss}` : `${mm}:${ss}`;
}

export function summary(ctx: SimContext, template: JsonObject, s: Session): JsonObject {
  return withoutUndefined({
    ...template,
    id: s.id,
    session_name: s.name,
    start_time: isoSeconds(s.start),
    end_time: s.end === null ? undefined : isoSeconds(s.end),
    duration: duration(s, ctx.clock()),
    user_count: s.participants.length,
    has_voip: true,
    has_video: true,
    has_screen_share: s.features.screenShare,
    has_recording: s.features.recording,
    has_pstn: s.features.pstn,
    session_key: s.key,
  });
}

export const typeMatches = (s: Session, type: string | undefined): boolean =>
  type === 'scheduled' ? s.state === 'scheduled' : type === 'past' ? s.state === 'ended' : s.state === 'live';

/** The session of the path, or the operation's documented 404. */
export function found(ctx: SimContext, req: SimRequest, op: SimOperation): Session | SimResponse {
  const session = ctx.session(req.params.sessionId ?? '');
  return session ?? ctx.error(op, 404, 'Session does not exist.', undefined, 3001);
}

export interface ZoomExtra {
  settings: Record<string, JsonObject>;
  livestreams: Record<string, JsonObject>;
  ingestions: JsonObject[];
}

/** Zoom's state beside the world's sessions, created on first use. */
export function zoomExtra(ctx: SimContext): ZoomExtra {
  ctx.world.extra ??= {};
  const e = ctx.world.extra as Partial<ZoomExtra>;
  e.settings ??= {};
  e.livestreams ??= {};
  e.ingestions ??= [];
  return e as ZoomExtra;
}
