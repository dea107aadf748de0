/**
 * The provider-neutral half of webhook verification: reading headers from a WHATWG `Headers` or a
 * Node headers record, turning a raw body into bytes and text, comparing secrets in constant time,
 * the error every verifier throws, and the typed event a verifier resolves to. Each client package
 * adds its provider's signature scheme on top (`@rtc-sessions/<provider>/webhooks`).
 *
 * Nothing here needs Node: bytes and text go through `TextEncoder`/`TextDecoder`, and the one
 * `node:crypto` helper ({@link constantTimeEqual}, for the synchronous verifiers) loads it only
 * when called. The declarations name no Node type, so consumers need no @types/node for them.
 */

import { ConfigurationError, RtcSessionsError } from './errors.js';
import { nodeCrypto } from './node-crypto.js';
import { rejectUnknownKeys, type ValidKeys } from './options.js';
import { fromUtf8, utf8 } from './web-crypto.js';

/** Why a delivery was refused. */
export type WebhookFailureReason =
  /** A header the provider always sends (signature, timestamp, configured secret header) is absent. */
  | 'missing_header'
  /** A header is there but not in the provider's format (a non-numeric timestamp, several values…). */
  | 'malformed_header'
  /** The signature (or secret header value) does not match the body and the secret. */
  | 'bad_signature'
  /** The signed timestamp is further from now than the tolerance: a replay, or a badly wrong clock. */
  | 'stale_timestamp'
  /** The key to check the signature with could not be obtained or read (a public key the provider publishes). */
  | 'unknown_key'
  /** The verified body is not a JSON object naming its event. */
  | 'malformed_body'
  /** No secret (token, key, header value) was configured to verify with. */
  | 'missing_secret';

/**
 * A webhook delivery that must not be trusted. The message says what is wrong and which header or
 * option is involved, never a secret, a signature or the body.
 */
export class WebhookVerificationError extends RtcSessionsError {
  override readonly name = 'WebhookVerificationError';
  constructor(
    readonly reason: WebhookFailureReason,
    message: string,
    /** The header involved, lower-case, when there is one. */
    readonly header?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/**
 * The request headers as web frameworks hand them over: a WHATWG `Headers` (fetch, Next.js, Hono)
 * or a Node `IncomingHttpHeaders`-style record (node:http, Express, Fastify), any case.
 */
export type WebhookHeaders =
  | { get(name: string): string | null }
  | Readonly<Record<string, string | readonly string[] | undefined>>;

/** The request body exactly as received: text, or bytes (a Node `Buffer` is a `Uint8Array`). */
export type RawBody = string | Uint8Array;

function isHeadersObject(headers: WebhookHeaders): headers is { get(name: string): string | null } {
  return typeof (headers as { get?: unknown }).get === 'function';
}

/**
 * One header's value, or undefined when absent (or empty). `name` must be lower-case. Node lower-cases
 * incoming header names; a hand-built record may not, so other cases are searched as a fallback.
 * Several values (a header sent twice) are refused: a signature is one value.
 */
export function readHeader(headers: WebhookHeaders, name: string): string | undefined {
  let value: string | readonly string[] | null | undefined;
  if (isHeadersObject(headers)) {
    value = headers.get(name);
  } else {
    value = headers[name];
    if (value === undefined) {
      for (const key of Object.keys(headers)) {
        if (key.toLowerCase() === name) {
          value = headers[key];
          break;
        }
      }
    }
  }
  if (Array.isArray(value)) {
    if (value.length > 1)
      throw new WebhookVerificationError('malformed_header', `header ${name} was sent more than once`, name);
    value = value[0];
  }
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** Like {@link readHeader}, but an absent header is a `missing_header` failure. */
export function requireHeader(headers: WebhookHeaders, name: string): string {
  const value = readHeader(headers, name);
  if (value === undefined)
    throw new WebhookVerificationError('missing_header', `header ${name} is missing`, name);
  return value;
}

/**
 * The body as bytes, without copying when it already is bytes (a Node `Buffer` is a `Uint8Array`).
 * Anything else (an object a framework already parsed) is a `malformed_body` failure.
 */
export function bodyBytes(rawBody: RawBody): Uint8Array {
  if (typeof rawBody === 'string') return utf8(rawBody);
  if (rawBody instanceof Uint8Array) return rawBody;
  throw new WebhookVerificationError(
    'malformed_body',
    `the raw body must be a string or bytes (Buffer, Uint8Array), got ${describeType(rawBody)}; ` +
      'read the request body unparsed (e.g. express.raw()) before verifying',
  );
}

/** The body as UTF-8 text. */
export function bodyText(rawBody: RawBody): string {
  return typeof rawBody === 'string' ? rawBody : fromUtf8(bodyBytes(rawBody));
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an already parsed object' : typeof value;
}

/**
 * Whether two secrets are equal, in time independent of where they differ and of their lengths:
 * both are hashed first, so the comparison is always of two 32-byte digests. Synchronous, on
 * `node:crypto`, for the `verifyWebhookSync` variants (Node only); the Web Crypto verifiers use
 * `secretsEqual`. For values whose length is no secret (a signature, a digest), {@link signaturesEqual}.
 */
export function constantTimeEqual(a: string | Uint8Array, b: string | Uint8Array): boolean {
  // equal digests mean equal inputs; hashing hides the lengths from the comparison
  const { createHash, timingSafeEqual } = nodeCrypto();
  return timingSafeEqual(createHash('sha256').update(a).digest(), createHash('sha256').update(b).digest());
}

/**
 * Whether two signatures of public length (a received one and the expected one, as text: hex or
 * base64) are equal, in time independent of where they differ: every character is compared, the
 * differences OR-ed together. Different lengths are simply unequal. Runs anywhere (no `node:crypto`);
 * comparing the text spares the sync verifiers `digest()`'s Buffer, which costs more than this loop.
 */
export function signaturesEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return difference === 0;
}

/**
 * A replay window in seconds: `value`, or `defaultSeconds` when it is undefined. Anything but a
 * finite number ≥ 0 is a `ConfigurationError` naming the option: a NaN window would make every
 * comparison false and turn the replay check off without a word.
 */
export function toleranceOption(value: unknown, defaultSeconds: number, option = 'toleranceSeconds'): number {
  if (value === undefined) return defaultSeconds;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
    throw new ConfigurationError(
      `${option} must be a finite number of seconds ≥ 0, got ${typeof value === 'number' ? String(value) : typeof value}`,
    );
  return value;
}

/**
 * Refuses a signed timestamp (epoch seconds) further than `toleranceSeconds` from `nowMs`, as
 * `stale_timestamp` naming `header`.
 */
export function checkTimestamp(
  timestamp: number,
  toleranceSeconds: number,
  nowMs: number,
  header: string,
): void {
  const ageSeconds = Math.round(nowMs / 1000) - timestamp;
  if (Math.abs(ageSeconds) > toleranceSeconds)
    throw new WebhookVerificationError(
      'stale_timestamp',
      `header ${header} is ${Math.abs(ageSeconds)} s ${ageSeconds < 0 ? 'ahead of' : 'behind'} the clock (tolerance ${toleranceSeconds} s)`,
      header,
    );
}

/** Parses a verified body; anything but a JSON object is a `malformed_body` failure. */
export function parseJsonObject(text: string): Record<string, unknown> {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    throw new WebhookVerificationError('malformed_body', 'the body is not JSON', undefined, { cause: error });
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body))
    throw new WebhookVerificationError(
      'malformed_body',
      `the body is ${describeType(body)}, not a JSON object`,
    );
  return body as Record<string, unknown>;
}

/** A delivery of an event the spec describes: `body` has the event's schema type. */
export interface KnownWebhookEvent<Name extends string, Body> {
  readonly known: true;
  /** The event name, as the provider writes it in the body. */
  readonly event: Name;
  /** The whole parsed body. */
  readonly body: Body;
}

/**
 * A delivery whose event name the spec does not describe (the provider added an event since): its
 * signature was verified like any other, and its body is handed over unread.
 */
export interface UnknownWebhookEvent {
  readonly known: false;
  readonly event: string;
  readonly body: Record<string, unknown>;
}

/** The JSON request body of one entry of openapi-typescript's `webhooks` interface. */
export type WebhookBodyOf<Item> = Item extends { post: { requestBody?: infer Request } }
  ? NonNullable<Request> extends { content: { 'application/json': infer Body } }
    ? Body
    : unknown
  : unknown;

/** Event name → body type, for every entry of a generated `webhooks` interface. */
export type WebhookBodies<Webhooks> = { [Name in keyof Webhooks & string]: WebhookBodyOf<Webhooks[Name]> };

/**
 * What a verifier resolves to: one {@link KnownWebhookEvent} per event of the spec (narrow on
 * `known`, then on `event`), or an {@link UnknownWebhookEvent}.
 */
export type WebhookEventOf<Bodies> =
  | { [Name in keyof Bodies & string]: KnownWebhookEvent<Name, Bodies[Name]> }[keyof Bodies & string]
  | UnknownWebhookEvent;

/**
 * The typed event of a verified body: its event name read from `field`, `known` when the name is
 * one of `knownEvents`. A body without a string event name is `malformed_body`.
 */
export function toWebhookEvent<Event>(
  body: Record<string, unknown>,
  field: string,
  knownEvents: ReadonlySet<string>,
): Event {
  const name = body[field];
  if (typeof name !== 'string' || name === '')
    throw new WebhookVerificationError('malformed_body', `the body has no "${field}" naming its event`);
  return { known: knownEvents.has(name), event: name, body } as Event;
}

/**
 * Rejects an options object a verifier cannot use: not an object, or holding a key it does not take
 * — the same check, error and message as `createClient`'s ({@link rejectUnknownKeys}), so one
 * misspelling reads alike everywhere.
 */
export function checkOptionKeys(options: object, valid: ValidKeys, what: string): void {
  if (options === null || typeof options !== 'object')
    throw new ConfigurationError(`${what} needs an options object (${[...valid.keys()].join(', ')})`);
  rejectUnknownKeys(options, valid, () => what);
}

/** An environment variable a webhook receiver reads a verification secret from. */
export interface WebhookSecretVariable {
  /** The variable's name. */
  readonly env: string;
  /** What to put in it, for the message when it is missing. */
  readonly description: string;
  /** Whether verification cannot work without it. */
  readonly required: boolean;
}

/** A signed delivery ready to post: the exact body bytes and the headers the provider would send. */
export interface TestDelivery {
  readonly body: string;
  readonly headers: Readonly<Record<string, string>>;
}

/**
 * A delivery of `body` (an object is serialized compactly, as the providers send it) with the
 * headers `headersFor` gives for exactly those bytes: the one shape of every `createTestDelivery`.
 */
export function testDelivery(
  body: unknown,
  headersFor: (text: string) => Record<string, string>,
): TestDelivery {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return { body: text, headers: headersFor(text) };
}

/**
 * What a client package exports (from `@rtc-sessions/<provider>/webhooks/testing`) so that tools such
 * as `rtc-contract listen` and `trigger` can receive and send its provider's webhooks without naming
 * the provider: where its secrets come from, how to verify, what to answer, how to sign.
 */
export interface WebhookAdapter {
  /**
   * The (lower-case) headers whose value is itself a secret (a header name and value the user configured), to redact
   * in recordings. Signature headers are not secrets: a signature vouches only for its own body.
   */
  secretHeaders(env: Readonly<Record<string, string | undefined>>): readonly string[];
  /** The variables {@link WebhookAdapter.createVerifier} reads. */
  readonly secretEnv: readonly WebhookSecretVariable[];
  /**
   * A verifier configured from the environment; throws `missing_secret` naming the variable to set.
   * `baseUrl` is where a key the provider publishes is fetched from (a mock, in tests).
   */
  createVerifier(
    env: Readonly<Record<string, string | undefined>>,
    options?: { baseUrl?: string },
  ): (
    rawBody: RawBody,
    headers: WebhookHeaders,
  ) => Promise<UnknownWebhookEvent | KnownWebhookEvent<string, unknown>>;
  /** The response the provider expects for this event, when it is not a plain 200 (a URL-validation challenge). */
  reply(
    event: UnknownWebhookEvent | KnownWebhookEvent<string, unknown>,
    env: Readonly<Record<string, string | undefined>>,
  ): { status: number; body: unknown } | undefined;
  /**
   * Signs `body` as the provider would. `secret` replaces the secret from the environment (a
   * private key PEM for a provider that signs with one; its TEST key pair's without it).
   */
  sign(
    body: string,
    env: Readonly<Record<string, string | undefined>>,
    options?: { secret?: string; now?: () => number },
  ): TestDelivery;
}

/** The `missing_secret` failure for an unset variable, naming it (never a value). */
export function missingSecretVariable(variable: WebhookSecretVariable): WebhookVerificationError {
  return new WebhookVerificationError(
    'missing_secret',
    `set ${variable.env} to ${variable.description} to verify webhooks`,
  );
}

/**
 * The explicit escape hatch for keys the spec does not describe (yet): a typed object of a verified
 * body (a 100ms event's `data`, say) seen as a record of unknowns as well. Typed keys keep their
 * types, and any other key compiles as `unknown`, so reading one is a deliberate act:
 * `withUnknownFields(event.body.data).new_field`. Nothing is copied or checked.
 */
export function withUnknownFields<T extends object>(value: T): T & Readonly<Record<string, unknown>> {
  return value as T & Readonly<Record<string, unknown>>;
}
