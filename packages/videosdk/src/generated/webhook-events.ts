/**
 * GENERATED FILE — DO NOT EDIT. The spec's webhook event names.
 * Source: @rtc-sessions/spec-videosdk/openapi.json (VideoSDK.live sessions API v2).
 * Regenerate with `pnpm generate` (at the repository root, or in this package); the build and
 * `pnpm test` fail while this file is out of date.
 */
import type { webhooks } from './schema.js';

/** The keys of the spec's `webhooks:` (the event names deliveries carry), sorted. */
export const webhookEventNames = [
  "hls-playable",
  "hls-started",
  "hls-stopped",
  "livestream-started",
  "livestream-stopped",
  "participant-joined",
  "participant-left",
  "recording-started",
  "recording-starting",
  "recording-stopped",
  "recording-stopping",
  "session-ended",
  "session-started"
] as const satisfies readonly (keyof webhooks)[];

/** One of the spec's webhook event names. */
export type WebhookEventName = (typeof webhookEventNames)[number];

/**
 * Compiles only while every event of schema.ts's `webhooks` is in the list above (the `satisfies`
 * checks the other direction); the error names the missing events. A spec without webhooks is
 * typed `Record<string, never>` there: nothing to compare. Types only, nothing at run time.
 */
type Listed<Missing extends never> = Missing;
export type EveryTypedEventListed = Listed<
  string extends keyof webhooks ? never : Exclude<keyof webhooks & string, WebhookEventName>
>;
