/**
 * What the registry knows of this provider: its client package (an optional peer dependency), its
 * adapter, loaded only when used (with the client behind it), and its webhook mapping, which reads
 * delivery bodies only and so is loaded eagerly.
 */
import { hmsSessionEvents } from './webhooks.js';

export const provider = {
  packageName: '@rtc-sessions/100ms',
  load: () => import('./adapter.js'),
  webhooks: hmsSessionEvents,
} as const;
