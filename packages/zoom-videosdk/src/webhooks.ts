/// <reference types="node" />
/**
 * Verifying Zoom Video SDK webhooks: `x-zm-signature` is `v0=` + the hex HMAC-SHA256 of
 * `v0:{x-zm-request-timestamp}:{raw body}`, keyed with the app's secret token.
 * @see https://developers.zoom.us/docs/api/webhooks/#verify-webhook-events
 */
import { createHmac } from 'node:crypto';
import {
  bodyText,
  checkOptionKeys,
  digestsEqual,
  type KnownWebhookEvent,
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
import type { components, webhooks } from './generated/schema.js';
import { webhookEventNames } from './generated/webhook-events.js';

export {
  type KnownWebhookEvent,
  type RawBody,
  type UnknownWebhookEvent,
  type WebhookFailureReason,
  type WebhookHeaders,
  WebhookVerificationError,
} from '@rtc-sessions/runtime/internal';

export const SIGNATURE_HEADER = 'x-zm-signature';
export const TIMESTAMP_HEADER = 'x-zm-request-timestamp';
/** The challenge Zoom sends when an endpoint URL is saved, and every 72 hours after. */
export const URL_VALIDATION_EVENT = 'endpoint.url_validation' satisfies keyof webhooks;

/** Where `rtc-contract listen` (and your own code, if you like) reads the secret token from. */
export const webhookSecretEnv = { secretToken: 'ZOOM_WEBHOOK_SECRET_TOKEN' } as const;

const DEFAULT_TOLERANCE_SECONDS = 5 * 60;

type SpecBodies = WebhookBodies<webhooks>;
/** Event name → body type, from the spec's `webhooks`. */
export type ZoomWebhookBodies = string extends keyof SpecBodies ? Record<never, never> : SpecBodies;
/** A verified delivery: narrow on `known`, then on `event`, to get the event's typed body. */
export type ZoomWebhookEvent = WebhookEventOf<ZoomWebhookBodies>;
/** The body of Zoom's `endpoint.url_validation` challenge. */
export type UrlValidationBody = components['schemas']['EndpointUrlValidationEvent'];
/** What to answer the challenge with. */
export type UrlValidationAnswer = components['schemas']['UrlValidationAnswer'];

/**
 * Every event name a verified delivery can be `known` with: the keys of the spec's `webhooks:`, as
 * codegen lists them (`generated/webhook-events.ts`, checked there against the `webhooks` type).
 */
export const webhookEvents: ReadonlySet<string> = new Set<string>(webhookEventNames);

export interface VerifyWebhookOptions {
  /** Your app's secret token (Zoom Marketplace → your app → Features → Access → Secret token). */
  secretToken: string;
  /**
   * How far `x-zm-request-timestamp` may be from now, in seconds, before the delivery is refused as
   * `stale_timestamp` (a replay, or a wrong clock).
   * @default 300
   */
  toleranceSeconds?: number;
  /** Clock in epoch milliseconds (tests pass a fake one). @default Date.now */
  now?: () => number;
}
const OPTION_KEYS = validKeys(['secretToken', 'toleranceSeconds', 'now']);

const SIGNATURE_PREFIX = 'v0=';
const DIGEST_BYTES = 32;
// The received signature's digest is decoded into this buffer rather than a new one per delivery
// (verification is synchronous, so it is never shared between two deliveries at once).
const received = Buffer.alloc(DIGEST_BYTES);

function signatureDigest(rawBody: RawBody, timestamp: string | number, secretToken: string): Buffer {
  return createHmac('sha256', secretToken).update(`v0:${timestamp}:`).update(rawBody).digest();
}

/** The `x-zm-signature` value Zoom sends for this body and timestamp (seconds). */
export function zoomSignature(rawBody: RawBody, timestamp: string | number, secretToken: string): string {
  return `v0=${signatureDigest(rawBody, timestamp, secretToken).toString('hex')}`;
}

/**
 * Checks a delivery's signature and age and returns its typed event. Pass the body exactly as
 * received (a string or bytes: with Express `express.raw({ type: 'application/json' })`), not a
 * parsed object, and the request's headers. Throws {@link WebhookVerificationError}.
 * Answer `endpoint.url_validation` with {@link answerUrlValidation}.
 */
export async function verifyWebhook(
  rawBody: RawBody,
  headers: WebhookHeaders,
  options: VerifyWebhookOptions,
): Promise<ZoomWebhookEvent> {
  return verifyWebhookSync(rawBody, headers, options);
}

/** {@link verifyWebhook} without the promise (Zoom's scheme needs no I/O). */
export function verifyWebhookSync(
  rawBody: RawBody,
  headers: WebhookHeaders,
  options: VerifyWebhookOptions,
): ZoomWebhookEvent {
  checkOptionKeys(options, OPTION_KEYS, 'verifyWebhook');
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
  if (typeof rawBody !== 'string' && !(rawBody instanceof Uint8Array))
    throw new WebhookVerificationError(
      'malformed_body',
      'the raw body must be a string or bytes, not a parsed object: read it unparsed (e.g. express.raw())',
    );
  // compared as the 32 digest bytes (the length of a signature is no secret); hex decoding stops
  // at the first character that is not hex, so a malformed signature decodes short and fails
  const hex = signature.startsWith(SIGNATURE_PREFIX) ? signature.slice(SIGNATURE_PREFIX.length) : '';
  if (
    hex.length !== 2 * DIGEST_BYTES ||
    received.write(hex, 'hex') !== DIGEST_BYTES ||
    !digestsEqual(received, signatureDigest(rawBody, timestamp, options.secretToken))
  )
    throw new WebhookVerificationError(
      'bad_signature',
      `header ${SIGNATURE_HEADER} does not match the body and the secret token`,
      SIGNATURE_HEADER,
    );
  const tolerance = options.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS;
  const ageSeconds = Math.round((options.now ?? Date.now)() / 1000) - Number(timestamp);
  if (Math.abs(ageSeconds) > tolerance)
    throw new WebhookVerificationError(
      'stale_timestamp',
      `header ${TIMESTAMP_HEADER} is ${Math.abs(ageSeconds)} s ${ageSeconds < 0 ? 'ahead of' : 'behind'} the clock (tolerance ${tolerance} s)`,
      TIMESTAMP_HEADER,
    );
  return toWebhookEvent<ZoomWebhookEvent>(parseJsonObject(bodyText(rawBody)), 'event', webhookEvents);
}

/**
 * The answer to Zoom's `endpoint.url_validation` challenge (respond 200 with it as JSON):
 * `encryptedToken` is the hex HMAC-SHA256 of `plainToken` keyed with the secret token.
 */
export function answerUrlValidation(plainToken: string, secretToken: string): UrlValidationAnswer {
  if (!secretToken)
    throw new WebhookVerificationError('missing_secret', 'answerUrlValidation needs the secret token');
  return { plainToken, encryptedToken: createHmac('sha256', secretToken).update(plainToken).digest('hex') };
}

/** Whether a verified event is Zoom's URL validation challenge, typed. */
export function isUrlValidation(
  event: ZoomWebhookEvent,
): event is KnownWebhookEvent<typeof URL_VALIDATION_EVENT, UrlValidationBody> {
  return event.known && event.event === URL_VALIDATION_EVENT;
}
