/**
 * One webhook verifier for every provider: the scaffolding around a signature scheme, written once
 * (as stripe-node's `createWebhooks` is around its `CryptoProvider`). A provider supplies only its
 * scheme: how to check a delivery on Web Crypto (async, every runtime), and optionally the same on
 * `node:crypto` (synchronous, Node only). The factory checks the options object, runs the scheme,
 * parses the verified body and types the event.
 */

import type { ValidKeys } from './options.js';
import {
  bodyText,
  checkOptionKeys,
  parseJsonObject,
  type RawBody,
  toWebhookEvent,
  type WebhookHeaders,
} from './webhooks.js';

/**
 * What a scheme's check answers: the verified body when the scheme had to parse it already (VideoSDK
 * checks a re-serialization), else nothing, and the factory parses the raw body.
 */
export type SchemeResult = Record<string, unknown> | undefined;

/** A provider's signature scheme. */
export interface WebhookScheme<Options extends object, Body = RawBody> {
  /** The keys `Options` may have (a misspelt one is a `ConfigurationError` with a did-you-mean). */
  readonly optionKeys: ValidKeys;
  /** The body field naming the event (Zoom `event`, VideoSDK `webhookType`, 100ms `type`). */
  readonly eventField: string;
  /** The event names of the spec (`webhookEvents` of the client's generated `webhook-events.ts`). */
  readonly knownEvents: ReadonlySet<string>;
  /** Checks the delivery on Web Crypto; throws `WebhookVerificationError` (or `ConfigurationError`). */
  check(rawBody: Body, headers: WebhookHeaders, options: Options): Promise<SchemeResult>;
  /** The same check, synchronously on `node:crypto` (Node only); absent for a scheme that needs I/O. */
  checkSync?(rawBody: Body, headers: WebhookHeaders, options: Options): SchemeResult;
}

/** Verifies a delivery and resolves to its typed event; rejects with `WebhookVerificationError`. */
export type VerifyWebhook<Options, Event, Body = RawBody> = (
  rawBody: Body,
  headers: WebhookHeaders,
  options: Options,
) => Promise<Event>;

/** {@link VerifyWebhook} without the promise: Node only (`node:crypto`). */
export type VerifyWebhookSync<Options, Event, Body = RawBody> = (
  rawBody: Body,
  headers: WebhookHeaders,
  options: Options,
) => Event;

function finish<Event>(scheme: WebhookScheme<never, never>, rawBody: unknown, result: SchemeResult): Event {
  const body = result ?? parseJsonObject(bodyText(rawBody as RawBody));
  return toWebhookEvent<Event>(body, scheme.eventField, scheme.knownEvents);
}

/** The async verifier of a scheme (Web Crypto: Node ≥ 20.19, Bun, Deno, workerd, browsers). */
export function defineWebhookVerifier<Event, Options extends object, Body = RawBody>(
  scheme: WebhookScheme<Options, Body>,
): VerifyWebhook<Options, Event, Body> {
  return async (rawBody, headers, options) => {
    checkOptionKeys(options, scheme.optionKeys, 'verifyWebhook');
    const result = await scheme.check(rawBody, headers, options);
    return finish<Event>(scheme as WebhookScheme<never, never>, rawBody, result);
  };
}

/** The synchronous verifier of a scheme that has a `checkSync` (Node only: `node:crypto`). */
export function defineWebhookVerifierSync<Event, Options extends object, Body = RawBody>(
  scheme: WebhookScheme<Options, Body> & Required<Pick<WebhookScheme<Options, Body>, 'checkSync'>>,
): VerifyWebhookSync<Options, Event, Body> {
  return (rawBody, headers, options) => {
    checkOptionKeys(options, scheme.optionKeys, 'verifyWebhookSync');
    const result = scheme.checkSync(rawBody, headers, options);
    return finish<Event>(scheme as WebhookScheme<never, never>, rawBody, result);
  };
}
