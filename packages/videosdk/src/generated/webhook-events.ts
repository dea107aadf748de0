/**
 * GENERATED FILE — DO NOT EDIT. The spec's webhook event names.
 * Source: @rtc-sessions/spec-videosdk/openapi.json (VideoSDK.live sessions API v2).
 * Regenerate with `pnpm generate` (at the repository root, or in this package); the build and
 * `pnpm test` fail while this file is out of date.
 */
import type { WebhookBodies, WebhookEventOf } from '@rtc-sessions/runtime/internal';
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
  "publicKey": {
    "env": "VIDEOSDK_WEBHOOK_PUBLIC_KEY",
    "description": "VideoSDK's RSA public key (PEM); unset, it is fetched from GET /public/rsa-public-key",
    "required": false
  }
} as const;
