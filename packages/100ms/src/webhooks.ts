/**
 * Verifying 100ms webhooks. 100ms does not sign its deliveries: it sends the "secret headers" you
 * configure for the webhook in the dashboard (a header name and value of your choice) unchanged
 * with every request, and publishes the IP addresses it sends from. Verification is checking that
 * every configured header is there with its value, compared in constant time.
 *
 * `verifyWebhook` compares on Web Crypto (any runtime: Node ≥ 20.19, Bun, Deno, workerd);
 * `verifyWebhookSync` on `node:crypto`, so Node only.
 *
 * A verified event's `data` has exactly the keys the spec describes for its `type`: a misspelt key
 * (`data.peer_name` for `data.user_name`) does not compile. A key the spec does not describe yet is
 * read through {@link withUnknownFields}: `withUnknownFields(event.body.data).new_field` is `unknown`.
 * @see https://www.100ms.live/docs/server-side/v2/how-to-guides/configure-webhooks/secure-webhooks
 */
import {
  constantTimeEqual,
  defineWebhookVerifier,
  defineWebhookVerifierSync,
  type RawBody,
  requireHeader,
  secretsEqual,
  validKeys,
  type WebhookHeaders,
  WebhookVerificationError,
} from '@rtc-sessions/runtime/internal';
import {
  type SpecWebhookBodies,
  type SpecWebhookEvent,
  webhookEvents,
  webhookSecrets,
} from './generated/webhook-events.js';

export {
  type KnownWebhookEvent,
  type RawBody,
  type UnknownWebhookEvent,
  type WebhookFailureReason,
  type WebhookHeaders,
  WebhookVerificationError,
  withUnknownFields,
} from '@rtc-sessions/runtime/internal';
export { webhookEvents, webhookSecrets };

/**
 * Where `rtc-contract listen` reads the secret header's name and value from: the spec's
 * `info.x-rtc-provider.webhookSecrets`, by option.
 */
export const webhookSecretEnv = {
  headerName: webhookSecrets.headerName.env,
  headerValue: webhookSecrets.headerValue.env,
} as const;

/** Event name → body type, from the spec's `webhooks`. */
export type HmsWebhookBodies = SpecWebhookBodies;
/** A verified delivery: narrow on `known`, then on `event`, to get the event's typed body. */
export type HmsWebhookEvent = SpecWebhookEvent;

export interface VerifyWebhookOptions {
  /**
   * The secret headers configured for the webhook in the 100ms dashboard, name → value
   * (e.g. `{ 'x-webhook-secret': process.env.HMS_WEBHOOK_SECRET }`); every one must be sent.
   */
  secretHeaders: Readonly<Record<string, string>>;
}

/** Each configured header, lower-cased, with the value received for it. */
function pairs(headers: WebhookHeaders, options: VerifyWebhookOptions): [string, string, string][] {
  const expected = Object.entries(options.secretHeaders ?? {});
  if (expected.length === 0)
    throw new WebhookVerificationError(
      'missing_secret',
      'verifyWebhook needs options.secretHeaders (name → value)',
    );
  return expected.map(([rawName, value]) => {
    const name = rawName.toLowerCase();
    if (typeof value !== 'string' || value === '')
      throw new WebhookVerificationError(
        'missing_secret',
        `options.secretHeaders["${rawName}"] has no value`,
      );
    return [name, requireHeader(headers, name), value];
  });
}

const mismatch = (name: string) =>
  new WebhookVerificationError('bad_signature', `header ${name} does not have the configured value`, name);

const scheme = {
  optionKeys: validKeys(['secretHeaders']),
  eventField: 'type',
  knownEvents: webhookEvents,
  async check(_rawBody: RawBody, headers: WebhookHeaders, options: VerifyWebhookOptions) {
    for (const [name, received, value] of pairs(headers, options))
      if (!(await secretsEqual(received, value))) throw mismatch(name);
    return undefined;
  },
  checkSync(_rawBody: RawBody, headers: WebhookHeaders, options: VerifyWebhookOptions) {
    for (const [name, received, value] of pairs(headers, options))
      if (!constantTimeEqual(received, value)) throw mismatch(name);
    return undefined;
  },
};

/**
 * Checks that a delivery carries the configured secret headers and returns its typed event, on Web
 * Crypto (any runtime). Rejects with {@link WebhookVerificationError}.
 */
export const verifyWebhook: (
  rawBody: RawBody,
  headers: WebhookHeaders,
  options: VerifyWebhookOptions,
) => Promise<HmsWebhookEvent> = defineWebhookVerifier<HmsWebhookEvent, VerifyWebhookOptions>(scheme);

/**
 * {@link verifyWebhook} without the promise, on `node:crypto`: **Node only**. Use `verifyWebhook` on
 * Bun, Deno or workerd.
 */
export const verifyWebhookSync: (
  rawBody: RawBody,
  headers: WebhookHeaders,
  options: VerifyWebhookOptions,
) => HmsWebhookEvent = defineWebhookVerifierSync<HmsWebhookEvent, VerifyWebhookOptions>(scheme);
