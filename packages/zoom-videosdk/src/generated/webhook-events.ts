/**
 * GENERATED FILE — DO NOT EDIT. The spec's webhook event names.
 * Source: @rtc-sessions/spec-zoom-videosdk/openapi.json (Zoom Video SDK sessions API 2).
 * Regenerate with `pnpm generate` (at the repository root, or in this package); the build and
 * `pnpm test` fail while this file is out of date.
 */
import type { WebhookBodies, WebhookEventOf } from '@rtc-sessions/runtime/internal';
import type { webhooks } from './schema.js';

/** The keys of the spec's `webhooks:` (the event names deliveries carry), sorted. */
export const webhookEventNames = [
  "endpoint.url_validation",
  "session.alert",
  "session.ended",
  "session.live_streaming_started",
  "session.live_streaming_stopped",
  "session.recording_completed",
  "session.recording_deleted",
  "session.recording_paused",
  "session.recording_recovered",
  "session.recording_resumed",
  "session.recording_started",
  "session.recording_stopped",
  "session.recording_transcript_completed",
  "session.recording_transcript_failed",
  "session.recording_trashed",
  "session.sharing_ended",
  "session.sharing_started",
  "session.started",
  "session.stream_ingestion_connected",
  "session.stream_ingestion_disconnected",
  "session.stream_ingestion_started",
  "session.stream_ingestion_stopped",
  "session.stream_ingestion_unbind",
  "session.user_joined",
  "session.user_left",
  "session.user_phone_callout_accepted",
  "session.user_phone_callout_canceled",
  "session.user_phone_callout_missed",
  "session.user_phone_callout_rejected",
  "session.user_phone_callout_ringing",
  "session.user_room_system_callout_accepted",
  "session.user_room_system_callout_failed",
  "session.user_room_system_callout_missed",
  "session.user_room_system_callout_rejected",
  "session.user_room_system_callout_ringing"
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
  "secretToken": {
    "env": "ZOOM_WEBHOOK_SECRET_TOKEN",
    "description": "your app's webhook secret token",
    "required": true
  }
} as const;
