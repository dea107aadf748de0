/** The simulators there are: one module per provider whose API the simulator knows how to play. */
import type { ProviderModule } from '../context.js';
import { hms } from './hms-rooms.js';
import { videoSdk } from './videosdk-writes.js';
import { zoomVideoSdk } from './zoom-videosdk.js';

export const providerModules: Readonly<Record<string, ProviderModule>> = {
  videosdk: videoSdk,
  'zoom-videosdk': zoomVideoSdk,
  '100ms': hms,
};
