/**
 * `src/generated/webhook-events.ts` of a client: the event names of the spec's `webhooks:` section
 * as run-time data, so that a client's verifier tells known events from unknown ones without a
 * hand-kept list beside the spec. The client's main entry never imports it: the names ship only in
 * its `./webhooks` subpath.
 */
import { describeWebhooks, escapePointerToken, providerFacts } from '@rtc-sessions/openapi-model';

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

/** `info.x-rtc-provider.webhookSecrets` of a spec, `{}` when it names none (or has no provider facts). */
function webhookSecretsOf(spec: unknown): Record<string, unknown> {
  const info = (spec as { info?: Record<string, unknown> }).info;
  if (info?.['x-rtc-provider'] === undefined) return {};
  return providerFacts(spec, 'the spec').webhookSecrets ?? {};
}

/**
 * The body of `webhook-events.ts` (after the GENERATED header): the names as a `readonly` tuple, and
 * compile-time checks both ways against openapi-typescript's `webhooks` type in `schema.ts`, so the
 * two generators cannot disagree unnoticed; then the scaffolding every client's `webhooks.ts` used to
 * repeat (the run-time set of names, the event-name → body map and the verified-event union), and the
 * webhook secret variables of `info.x-rtc-provider`. The `schema.ts` import is type-only: nothing of
 * it reaches the bundle.
 */
export function webhookEventsSource(spec: unknown): string {
  const names = webhookEventNames(spec);
  return [
    "import type { WebhookBodies, WebhookEventOf } from '@rtc-sessions/runtime/internal';",
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
    '/** Every event name a verified delivery can be `known` with, as a set. */',
    'export const webhookEvents: ReadonlySet<string> = new Set<string>(webhookEventNames);',
    '',
    'type SpecBodies = WebhookBodies<webhooks>;',
    "/** Event name → body type, from the spec's `webhooks` (none for a spec without webhooks). */",
    'export type SpecWebhookBodies = string extends keyof SpecBodies ? Record<never, never> : SpecBodies;',
    "/** A verified delivery: narrow on `known`, then on `event`, to get the event's typed body. */",
    'export type SpecWebhookEvent = WebhookEventOf<SpecWebhookBodies>;',
    '',
    '/**',
    " * The webhook secrets' environment variables (`info.x-rtc-provider.webhookSecrets`), by the option",
    ' * they feed: the variable, what to put in it, and whether verification needs it.',
    ' */',
    `export const webhookSecrets = ${JSON.stringify(webhookSecretsOf(spec), null, 2)} as const;`,
    '',
  ].join('\n');
}
