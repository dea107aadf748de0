/**
 * `src/generated/webhook-events.ts` of a client: the event names of the spec's `webhooks:` section
 * as run-time data, so that a client's verifier tells known events from unknown ones without a
 * hand-kept list beside the spec. The client's main entry never imports it: the names ship only in
 * its `./webhooks` subpath.
 */
import { describeWebhooks, escapePointerToken } from '@rtc-sessions/openapi-model';

/**
 * The keys of a bundled spec's `webhooks:`, sorted by UTF-16 code units (independent of the locale
 * and of the order the spec lists them in). Throws, naming the pointer, for an event the walker does
 * not describe (no `post`/`put`), and for a payload without a schema (the walker's error).
 */
export function webhookEventNames(spec: unknown): string[] {
  const declared = Object.keys(((spec as { webhooks?: object }).webhooks ?? {}) as object);
  const described = new Set(describeWebhooks(spec).map((hook) => hook.event));
  for (const event of declared) {
    if (!described.has(event)) {
      throw new Error(
        `webhook ${event} has no post or put operation (#/webhooks/${escapePointerToken(event)}): a delivery is a POST (or PUT) with the payload as its request body`,
      );
    }
  }
  return [...described].sort();
}

/**
 * The body of `webhook-events.ts` (after the GENERATED header): the names as a `readonly` tuple, and
 * compile-time checks both ways against openapi-typescript's `webhooks` type in `schema.ts`, so the
 * two generators cannot disagree unnoticed. The `schema.ts` import is type-only: nothing of it
 * reaches the bundle.
 */
export function webhookEventsSource(spec: unknown): string {
  const names = webhookEventNames(spec);
  return [
    "import type { webhooks } from './schema.js';",
    '',
    "/** The keys of the spec's `webhooks:` (the event names deliveries carry), sorted. */",
    `export const webhookEventNames = ${JSON.stringify(names, null, 2)} as const satisfies readonly (keyof webhooks)[];`,
    '',
    "/** One of the spec's webhook event names. */",
    'export type WebhookEventName = (typeof webhookEventNames)[number];',
    '',
    '/**',
    " * Compiles only while every event of schema.ts's `webhooks` is in the list above (the `satisfies`",
    ' * checks the other direction); the error names the missing events. A spec without webhooks is',
    ' * typed `Record<string, never>` there: nothing to compare. Types only, nothing at run time.',
    ' */',
    'type Listed<Missing extends never> = Missing;',
    'export type EveryTypedEventListed = Listed<',
    '  string extends keyof webhooks ? never : Exclude<keyof webhooks & string, WebhookEventName>',
    '>;',
    '',
  ].join('\n');
}
