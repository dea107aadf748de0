/// <reference types="node" />
/**
 * Verifying 100ms webhooks. 100ms does not sign its deliveries: it sends the "secret headers" you
 * configure for the webhook in the dashboard (a header name and value of your choice) unchanged
 * with every request, and publishes the IP addresses it sends from. Verification is checking that
 * every configured header is there with its value, compared in constant time.
 * @see https://www.100ms.live/docs/server-side/v2/how-to-guides/configure-webhooks/secure-webhooks
 */
import {
  bodyText,
  checkOptionKeys,
  constantTimeEqual,
  parseJsonObject,
  type RawBody,
  requireHeader,
  toWebhookEvent,
  validKeys,
  type WebhookBodies,
  type WebhookEventOf,
  type WebhookHeaders,
  WebhookVerificationError,
} from '@rtc-sessions/runtime/internal';
import type { webhooks } from './generated/schema.js';
import { webhookEventNames } from './generated/webhook-events.js';

export {
  type KnownWebhookEvent,
  type RawBody,
  type UnknownWebhookEvent,
  type WebhookFailureReason,
  type WebhookHeaders,
  WebhookVerificationError,
} from '@rtc-sessions/runtime/internal';

/** Where `rtc-contract listen` reads the secret header's name and value from. */
export const webhookSecretEnv = {
  headerName: 'HMS_WEBHOOK_HEADER',
  headerValue: 'HMS_WEBHOOK_SECRET',
} as const;

type SpecBodies = WebhookBodies<webhooks>;
/** Event name → body type, from the spec's `webhooks`. */
export type HmsWebhookBodies = string extends keyof SpecBodies ? Record<never, never> : SpecBodies;
/** A verified delivery: narrow on `known`, then on `event`, to get the event's typed body. */
export type HmsWebhookEvent = WebhookEventOf<HmsWebhookBodies>;

/**
 * Every event name a verified delivery can be `known` with: the keys of the spec's `webhooks:`, as
 * codegen lists them (`generated/webhook-events.ts`, checked there against the `webhooks` type).
 */
export const webhookEvents: ReadonlySet<string> = new Set<string>(webhookEventNames);

export interface VerifyWebhookOptions {
  /**
   * The secret headers configured for the webhook in the 100ms dashboard, name → value
   * (e.g. `{ 'x-webhook-secret': process.env.HMS_WEBHOOK_SECRET }`); every one must be sent.
   */
  secretHeaders: Readonly<Record<string, string>>;
}
const OPTION_KEYS = validKeys(['secretHeaders']);

/**
 * Checks that a delivery carries the configured secret headers and returns its typed event.
 * Throws {@link WebhookVerificationError}.
 */
export async function verifyWebhook(
  rawBody: RawBody,
  headers: WebhookHeaders,
  options: VerifyWebhookOptions,
): Promise<HmsWebhookEvent> {
  return verifyWebhookSync(rawBody, headers, options);
}

/** {@link verifyWebhook} without the promise. */
export function verifyWebhookSync(
  rawBody: RawBody,
  headers: WebhookHeaders,
  options: VerifyWebhookOptions,
): HmsWebhookEvent {
  checkOptionKeys(options, OPTION_KEYS, 'verifyWebhook');
  const expected = Object.entries(options.secretHeaders ?? {});
  if (expected.length === 0)
    throw new WebhookVerificationError(
      'missing_secret',
      'verifyWebhook needs options.secretHeaders (name → value)',
    );
  for (const [rawName, value] of expected) {
    const name = rawName.toLowerCase();
    if (typeof value !== 'string' || value === '')
      throw new WebhookVerificationError(
        'missing_secret',
        `options.secretHeaders["${rawName}"] has no value`,
      );
    if (!constantTimeEqual(requireHeader(headers, name), value))
      throw new WebhookVerificationError(
        'bad_signature',
        `header ${name} does not have the configured value`,
        name,
      );
  }
  return toWebhookEvent<HmsWebhookEvent>(parseJsonObject(bodyText(rawBody)), 'type', webhookEvents);
}
