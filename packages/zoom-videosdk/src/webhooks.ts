/**
 * Verifying Zoom Video SDK webhooks: `x-zm-signature` is `v0=` + the hex HMAC-SHA256 of
 * `v0:{x-zm-request-timestamp}:{raw body}`, keyed with the app's secret token.
 *
 * `verifyWebhook` runs on Web Crypto: Node ≥ 20.19, Bun, Deno, Cloudflare Workers (workerd) and
 * other edge runtimes, with no compatibility flag. `verifyWebhookSync` does the same synchronously
 * on `node:crypto`, so it runs on Node only (and in runtimes that emulate `node:crypto`).
 * @see https://developers.zoom.us/docs/api/webhooks/#verify-webhook-events
 */
import {
  bodyBytes,
  checkTimestamp,
  defineWebhookVerifier,
  defineWebhookVerifierSync,
  hmacSha256,
  type KnownWebhookEvent,
  nodeCrypto,
  type RawBody,
  requireHeader,
  signaturesEqual,
  toHex,
  toleranceOption,
  utf8,
  validKeys,
  type WebhookHeaders,
  WebhookVerificationError,
} from '@rtc-sessions/runtime/internal';
import type { components, webhooks } from './generated/schema.js';
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

export const SIGNATURE_HEADER = 'x-zm-signature';
export const TIMESTAMP_HEADER = 'x-zm-request-timestamp';
/** The challenge Zoom sends when an endpoint URL is saved, and every 72 hours after. */
export const URL_VALIDATION_EVENT = 'endpoint.url_validation' satisfies keyof webhooks;

/**
 * Where `rtc-contract listen` (and your own code, if you like) reads the secret token from: the
 * spec's `info.x-rtc-provider.webhookSecrets`, by option.
 */
export const webhookSecretEnv = { secretToken: webhookSecrets.secretToken.env } as const;

const DEFAULT_TOLERANCE_SECONDS = 5 * 60;

/** Event name → body type, from the spec's `webhooks`. */
export type ZoomWebhookBodies = SpecWebhookBodies;
/** A verified delivery: narrow on `known`, then on `event`, to get the event's typed body. */
export type ZoomWebhookEvent = SpecWebhookEvent;
/** The body of Zoom's `endpoint.url_validation` challenge. */
export type UrlValidationBody = components['schemas']['EndpointUrlValidationEvent'];
/** What to answer the challenge with. */
export type UrlValidationAnswer = components['schemas']['UrlValidationAnswer'];

export interface VerifyWebhookOptions {
  /** Your app's secret token (Zoom Marketplace → your app → Features → Access → Secret token). */
  secretToken: string;
  /**
   * How far `x-zm-request-timestamp` may be from now, in seconds, before the delivery is refused as
   * `stale_timestamp` (a replay, or a wrong clock). A finite number ≥ 0; anything else is a
   * `ConfigurationError`.
   * @default 300
   */
  toleranceSeconds?: number;
  /** Clock in epoch milliseconds (tests pass a fake one). @default Date.now */
  now?: () => number;
}

const SIGNATURE_PREFIX = 'v0=';
/** `v0=` + the 64 hex digits of an HMAC-SHA256, either case. */
const SIGNATURE = /^v0=[0-9a-f]{64}$/i;

/** What both variants read before any crypto: the secret, the timestamp and the received digest. */
interface Delivery {
  readonly secretToken: string;
  readonly timestamp: string;
  /** The received digest as lower-case hex, or `undefined` when it is not `v0=` + 64 hex digits. */
  readonly received: string | undefined;
  readonly toleranceSeconds: number;
}

function readDelivery(rawBody: RawBody, headers: WebhookHeaders, options: VerifyWebhookOptions): Delivery {
  const toleranceSeconds = toleranceOption(options.toleranceSeconds, DEFAULT_TOLERANCE_SECONDS);
  if (typeof options.secretToken !== 'string' || options.secretToken === '')
    throw new WebhookVerificationError('missing_secret', 'verifyWebhook needs options.secretToken');
  const signature = requireHeader(headers, SIGNATURE_HEADER);
  const timestamp = requireHeader(headers, TIMESTAMP_HEADER);
  if (!/^\d{1,15}$/.test(timestamp))
    throw new WebhookVerificationError(
      'malformed_header',
      `header ${TIMESTAMP_HEADER} must be epoch seconds`,
      TIMESTAMP_HEADER,
    );
  if (typeof rawBody !== 'string') bodyBytes(rawBody); // refuses a parsed object before any crypto
  // compared as lower-case hex text (the length and form of a signature are no secret)
  const received = SIGNATURE.test(signature)
    ? signature.slice(SIGNATURE_PREFIX.length).toLowerCase()
    : undefined;
  return { secretToken: options.secretToken, timestamp, received, toleranceSeconds };
}

/** Refuses a delivery whose digest is not `expected` (lower-case hex) or whose timestamp is stale. */
function settle(delivery: Delivery, expected: string, options: VerifyWebhookOptions): undefined {
  if (!delivery.received || !signaturesEqual(delivery.received, expected))
    throw new WebhookVerificationError(
      'bad_signature',
      `header ${SIGNATURE_HEADER} does not match the body and the secret token`,
      SIGNATURE_HEADER,
    );
  const now = (options.now ?? Date.now)();
  checkTimestamp(Number(delivery.timestamp), delivery.toleranceSeconds, now, TIMESTAMP_HEADER);
  return undefined;
}

/** The signed bytes: `v0:{timestamp}:` followed by the body. */
function signedBytes(rawBody: RawBody, timestamp: string | number): Uint8Array {
  if (typeof rawBody === 'string') return utf8(`v0:${timestamp}:${rawBody}`);
  const prefix = utf8(`v0:${timestamp}:`);
  const body = bodyBytes(rawBody);
  const out = new Uint8Array(prefix.byteLength + body.byteLength);
  out.set(prefix);
  out.set(body, prefix.byteLength);
  return out;
}

/** The lower-case hex digest on `node:crypto` (hex straight from it: `digest()`'s Buffer costs more). */
function nodeDigest(rawBody: RawBody, timestamp: string | number, secretToken: string): string {
  const { createHmac } = nodeCrypto();
  return createHmac('sha256', secretToken).update(`v0:${timestamp}:`).update(rawBody).digest('hex');
}

const scheme = {
  optionKeys: validKeys(['secretToken', 'toleranceSeconds', 'now']),
  eventField: 'event',
  knownEvents: webhookEvents,
  async check(rawBody: RawBody, headers: WebhookHeaders, options: VerifyWebhookOptions) {
    const delivery = readDelivery(rawBody, headers, options);
    const expected = await hmacSha256(delivery.secretToken, signedBytes(rawBody, delivery.timestamp));
    return settle(delivery, toHex(expected), options);
  },
  checkSync(rawBody: RawBody, headers: WebhookHeaders, options: VerifyWebhookOptions) {
    const delivery = readDelivery(rawBody, headers, options);
    return settle(delivery, nodeDigest(rawBody, delivery.timestamp, delivery.secretToken), options);
  },
};

/**
 * Checks a delivery's signature and age and returns its typed event, on Web Crypto (any runtime).
 * Pass the body exactly as received (a string or bytes: with Express
 * `express.raw({ type: 'application/json' })`), not a parsed object, and the request's headers.
 * Rejects with {@link WebhookVerificationError}. Answer `endpoint.url_validation` with
 * {@link answerUrlValidation}.
 */
export const verifyWebhook: (
  rawBody: RawBody,
  headers: WebhookHeaders,
  options: VerifyWebhookOptions,
) => Promise<ZoomWebhookEvent> = defineWebhookVerifier<ZoomWebhookEvent, VerifyWebhookOptions>(scheme);

/**
 * {@link verifyWebhook} without the promise, on `node:crypto`: **Node only** (it throws where
 * `process.getBuiltinModule('node:crypto')` is missing). Use `verifyWebhook` on Bun, Deno or workerd.
 */
export const verifyWebhookSync: (
  rawBody: RawBody,
  headers: WebhookHeaders,
  options: VerifyWebhookOptions,
) => ZoomWebhookEvent = defineWebhookVerifierSync<ZoomWebhookEvent, VerifyWebhookOptions>(scheme);

/**
 * The `x-zm-signature` value Zoom sends for this body and timestamp (seconds). Synchronous, on
 * `node:crypto` (Node only): it signs test deliveries (`./webhooks/testing`).
 */
export function zoomSignature(rawBody: RawBody, timestamp: string | number, secretToken: string): string {
  return `${SIGNATURE_PREFIX}${nodeDigest(rawBody, timestamp, secretToken)}`;
}

/**
 * The answer to Zoom's `endpoint.url_validation` challenge (respond 200 with it as JSON):
 * `encryptedToken` is the hex HMAC-SHA256 of `plainToken` keyed with the secret token. Web Crypto,
 * so any runtime; {@link answerUrlValidationSync} is the Node-only synchronous form.
 */
export async function answerUrlValidation(
  plainToken: string,
  secretToken: string,
): Promise<UrlValidationAnswer> {
  if (!secretToken)
    throw new WebhookVerificationError('missing_secret', 'answerUrlValidation needs the secret token');
  return { plainToken, encryptedToken: toHex(await hmacSha256(secretToken, plainToken)) };
}

/** {@link answerUrlValidation} without the promise, on `node:crypto` (Node only). */
export function answerUrlValidationSync(plainToken: string, secretToken: string): UrlValidationAnswer {
  if (!secretToken)
    throw new WebhookVerificationError('missing_secret', 'answerUrlValidation needs the secret token');
  const { createHmac } = nodeCrypto();
  return { plainToken, encryptedToken: createHmac('sha256', secretToken).update(plainToken).digest('hex') };
}

/** Whether a verified event is Zoom's URL validation challenge, typed. */
export function isUrlValidation(
  event: ZoomWebhookEvent,
): event is KnownWebhookEvent<typeof URL_VALIDATION_EVENT, UrlValidationBody> {
  return event.known && event.event === URL_VALIDATION_EVENT;
}
