/**
 * GENERATED FILE — DO NOT EDIT. The spec's webhook event names.
 * Source: @rtc-sessions/spec-100ms/openapi.json (100ms sessions API v2).
 * Regenerate with `pnpm generate` (at the repository root, or in this package); the build and
 * `pnpm test` fail while this file is out of date.
 */
import type { WebhookBodies, WebhookEventOf } from '@rtc-sessions/runtime/internal';
import type { webhooks } from './schema.js';

/** The keys of the spec's `webhooks:` (the event names deliveries carry), sorted. */
export const webhookEventNames = [
  "beam.failure",
  "beam.recording.success",
  "beam.started.success",
  "beam.stopped.success",
  "hls.failure",
  "hls.recording.success",
  "hls.started.success",
  "hls.stopped.success",
  "peer.join.failure",
  "peer.join.success",
  "peer.leave.failure",
  "peer.leave.success",
  "recording.failed",
  "recording.success",
  "role.change.failure",
  "role.change.success",
  "room.end.failure",
  "room.end.success",
  "session.close.success",
  "session.open.success",
  "transcription.failure",
  "transcription.started.success",
  "transcription.success"
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

/** Every event name a verified delivery can be `known` with, as a set. */
export const webhookEvents: ReadonlySet<string> = new Set<string>(webhookEventNames);

type SpecBodies = WebhookBodies<webhooks>;
/** Event name → body type, from the spec's `webhooks` (none for a spec without webhooks). */
export type SpecWebhookBodies = string extends keyof SpecBodies ? Record<never, never> : SpecBodies;
/** A verified delivery: narrow on `known`, then on `event`, to get the event's typed body. */
export type SpecWebhookEvent = WebhookEventOf<SpecWebhookBodies>;

/**
 * The webhook secrets' environment variables (`info.x-rtc-provider.webhookSecrets`), by the option
 * they feed: the variable, what to put in it, and whether verification needs it.
 */
export const webhookSecrets = {
  "headerName": {
    "env": "HMS_WEBHOOK_HEADER",
    "description": "the name of the secret header configured for the webhook in the 100ms dashboard",
    "required": true
  },
  "headerValue": {
    "env": "HMS_WEBHOOK_SECRET",
    "description": "the value of that secret header",
    "required": true
  }
} as const;
