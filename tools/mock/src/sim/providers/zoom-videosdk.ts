/**
 * Zoom Video SDK over the simulator's world: sessions (created, live, past), one user entry per
 * join, QoS and sharing per user, a live stream per session and the account's stream ingestions.
 * Bodies are the spec's examples with the world's values written in.
 */
import type { JsonObject } from '@rtc-sessions/openapi-model';
import type { ProviderModule, SimContext } from '../context.js';
import { zoomExtra, zoomIds } from './zoom-common.js';
import { zoomSessionHandlers } from './zoom-sessions.js';
import { zoomStreamHandlers } from './zoom-streams.js';
import { zoomUserHandlers } from './zoom-users.js';

/** Three stream ingestions, the first bound to the newest live session. */
function seed(ctx: SimContext): void {
  const create = ctx.facts.operations.get('createStreamIngestion');
  const live = ctx.world.sessions.find((s) => s.state === 'live');
  for (let i = 1; i <= 3; i++) {
    zoomExtra(ctx).ingestions.push({
      ...((create?.example ?? {}) as JsonObject),
      stream_id: `${ctx.random.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 22)}==`,
      stream_name: `stream ingestion ${i}`,
      stream_key: ctx.random.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 19),
      ...(i === 1 && live ? { session_id: live.id } : {}),
    });
  }
}

export const zoomVideoSdk: ProviderModule = {
  ids: zoomIds,
  seed,
  handlers: { ...zoomSessionHandlers, ...zoomUserHandlers, ...zoomStreamHandlers },
};
