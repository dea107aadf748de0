/**
 * Zoom Video SDK over the simulator's world: sessions (created, live, past), one user entry per
 * join, QoS and sharing per user, a live stream per session and the account's stream ingestions.
 * Bodies are the spec's examples with the world's values written in.
 */
import type { ProviderModule } from '../context.js';
import { zoomIds } from './zoom-common.js';
import { zoomSessionHandlers } from './zoom-sessions.js';
import { zoomStreamHandlers } from './zoom-streams.js';
import { zoomUserHandlers } from './zoom-users.js';

export const zoomVideoSdk: ProviderModule = {
  ids: zoomIds,
  handlers: { ...zoomSessionHandlers, ...zoomUserHandlers, ...zoomStreamHandlers },
};
