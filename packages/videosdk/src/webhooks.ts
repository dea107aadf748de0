/// <reference types="node" />
/**
 * Verifying VideoSDK.live webhooks: `videosdk-signature` is a base64 RSA-SHA256 (PKCS#1 v1.5)
 * signature made with VideoSDK's private key; the public key is served by
 * `GET /v2/public/rsa-public-key`.
 *
 * Which bytes are signed: VideoSDK's own sample code verifies `JSON.stringify(req.body)` — the
 * compact re-serialization of the parsed body — rather than the bytes on the wire. Those are the
 * same when the body is sent compact, but a proxy or framework that re-formats the body, or a user
 * who only has the parsed object (`express.json()`), has only the re-serialization. So the raw bytes
 * are checked first, and when they fail, the compact re-serialization of the parsed body.
 * @see https://docs.videosdk.live/api-reference/realtime-communication/webhook-verification
 */
import { createPublicKey, type KeyObject, verify } from 'node:crypto';
import {
  bodyBytes,
  bodyText,
  checkOptionKeys,
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
import { defaultBaseUrl } from './generated/operations.js';
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

export const SIGNATURE_HEADER = 'videosdk-signature';
/** The public-key operation's path, below the API base URL. */
export const PUBLIC_KEY_PATH = '/public/rsa-public-key';

/**
 * Where `rtc-contract listen` reads a public key from (PEM; optional: without it the key is fetched
 * from the public-key operation).
 */
export const webhookSecretEnv = { publicKey: 'VIDEOSDK_WEBHOOK_PUBLIC_KEY' } as const;

type SpecBodies = WebhookBodies<webhooks>;
/** Event name → body type, from the spec's `webhooks`. */
export type VideoSdkWebhookBodies = string extends keyof SpecBodies ? Record<never, never> : SpecBodies;
/** A verified delivery: narrow on `known`, then on `event`, to get the event's typed body. */
export type VideoSdkWebhookEvent = WebhookEventOf<VideoSdkWebhookBodies>;

/**
 * Every event name a verified delivery can be `known` with: the keys of the spec's `webhooks:`, as
 * codegen lists them (`generated/webhook-events.ts`, checked there against the `webhooks` type).
 */
export const webhookEvents: ReadonlySet<string> = new Set<string>(webhookEventNames);

/** VideoSDK's public key, fetched on first use and cached (see {@link createPublicKeyFetcher}). */
export interface PublicKeySource {
  /** The PEM, from the cache when fresh. */
  get(): Promise<string>;
  /** Fetches again (the key may have been rotated), at most once a minute; resolves to the PEM. */
  refresh(): Promise<string>;
}

/** Anything with the client's `GET`, e.g. `createClient()` of this package. */
export interface PublicKeyClient {
  GET(path: never, ...rest: never[]): Promise<unknown>;
}

export interface PublicKeyFetcherOptions {
  /** API base URL. @default the spec's server, https://api.videosdk.live/v2 */
  baseUrl?: string;
  /** @default globalThis.fetch */
  fetch?: (
    input: string,
    init?: { headers?: Record<string, string> },
  ) => Promise<{
    ok: boolean;
    status: number;
    json(): Promise<unknown>;
  }>;
  /** How long a fetched key is used before it is fetched again. @default 86400000 (24 h) */
  ttlMs?: number;
  /** Clock in epoch milliseconds. @default Date.now */
  now?: () => number;
}

const MIN_REFRESH_INTERVAL_MS = 60_000;

function publicKeyOf(data: unknown): string {
  const key = (data as { publicKey?: unknown } | null)?.publicKey;
  if (typeof key !== 'string' || key === '')
    throw new WebhookVerificationError('unknown_key', `${PUBLIC_KEY_PATH} answered without a publicKey`);
  return key;
}

/**
 * A cached source of VideoSDK's public key for {@link verifyWebhook}'s `publicKey`: pass this
 * package's client (`createPublicKeyFetcher(createClient())`) or, since the key is public, just
 * fetch options (`createPublicKeyFetcher()`; `{ baseUrl: 'http://127.0.0.1:4010' }` for the mock).
 */
export function createPublicKeyFetcher(
  source: PublicKeyClient | PublicKeyFetcherOptions = {},
  options: Omit<PublicKeyFetcherOptions, 'baseUrl' | 'fetch'> = {},
): PublicKeySource {
  const settings = { ...options, ...('GET' in source ? {} : source) };
  const now = settings.now ?? Date.now;
  const ttlMs = settings.ttlMs ?? 24 * 60 * 60 * 1000;
  const load = async (): Promise<string> => {
    try {
      if ('GET' in source) {
        const get = source.GET as unknown as (path: string) => Promise<{ data?: unknown }>;
        return publicKeyOf((await get.call(source, PUBLIC_KEY_PATH)).data);
      }
      const fetchFn = (settings as PublicKeyFetcherOptions).fetch ?? globalThis.fetch;
      const base = ((settings as PublicKeyFetcherOptions).baseUrl ?? defaultBaseUrl).replace(/\/+$/, '');
      const response = await fetchFn(`${base}${PUBLIC_KEY_PATH}`, {
        headers: { accept: 'application/json' },
      });
      if (!response.ok)
        throw new WebhookVerificationError('unknown_key', `${PUBLIC_KEY_PATH} answered ${response.status}`);
      return publicKeyOf(await response.json());
    } catch (error) {
      if (error instanceof WebhookVerificationError) throw error;
      throw new WebhookVerificationError(
        'unknown_key',
        `could not fetch VideoSDK's public key from ${PUBLIC_KEY_PATH}`,
        undefined,
        { cause: error },
      );
    }
  };
  let cached: { pem: Promise<string>; at: number } | undefined;
  const fetchNow = (): Promise<string> => {
    const entry = { pem: load(), at: now() };
    cached = entry;
    // a failed fetch is not cached: the next delivery tries again
    entry.pem.catch(() => {
      if (cached === entry) cached = undefined;
    });
    return entry.pem;
  };
  return {
    get: () => (cached && now() - cached.at < ttlMs ? cached.pem : fetchNow()),
    refresh: () => (cached && now() - cached.at < MIN_REFRESH_INTERVAL_MS ? cached.pem : fetchNow()),
  };
}

export interface VerifyWebhookOptions {
  /**
   * VideoSDK's RSA public key: a PEM (PKCS#1 `BEGIN RSA PUBLIC KEY`, as VideoSDK serves it, or SPKI
   * `BEGIN PUBLIC KEY`; `\n` escapes from an environment variable are fine), or a
   * {@link createPublicKeyFetcher} source, which is refreshed once when a signature fails (rotation).
   */
  publicKey: string | PublicKeySource;
}
const OPTION_KEYS = validKeys(['publicKey']);

const keyObjects = new Map<string, KeyObject>();

function keyObjectOf(pem: string): KeyObject {
  let key = keyObjects.get(pem);
  if (!key) {
    try {
      key = createPublicKey(pem.includes('\\n') ? pem.replace(/\\n/g, '\n') : pem);
    } catch (error) {
      throw new WebhookVerificationError(
        'unknown_key',
        'the public key is not a PEM RSA public key',
        undefined,
        {
          cause: error,
        },
      );
    }
    if (key.asymmetricKeyType !== 'rsa')
      throw new WebhookVerificationError(
        'unknown_key',
        `the public key is ${key.asymmetricKeyType}, not RSA`,
      );
    if (keyObjects.size > 16) keyObjects.clear();
    keyObjects.set(pem, key);
  }
  return key;
}

/** The byte strings that may have been signed: the raw body, then its compact re-serialization. */
function signedCandidates(rawBody: RawBody | object): {
  candidates: Uint8Array[];
  body?: Record<string, unknown>;
} {
  if (typeof rawBody !== 'string' && !(rawBody instanceof Uint8Array)) {
    // already parsed by the framework: only the re-serialization is left to check
    if (rawBody === null || Array.isArray(rawBody))
      throw new WebhookVerificationError('malformed_body', 'the body is not a JSON object');
    const body = rawBody as Record<string, unknown>;
    return { candidates: [Buffer.from(JSON.stringify(body), 'utf8')], body };
  }
  const raw = bodyBytes(rawBody);
  let body: Record<string, unknown> | undefined;
  try {
    body = parseJsonObject(bodyText(rawBody));
  } catch {
    return { candidates: [raw] };
  }
  const compact = Buffer.from(JSON.stringify(body), 'utf8');
  return { candidates: Buffer.compare(compact, raw) === 0 ? [raw] : [raw, compact], body };
}

/**
 * Checks a delivery's `videosdk-signature` and returns its typed event. Pass the body as received
 * (a string or bytes); an object already parsed by `express.json()` also works (see the module
 * comment). Throws {@link WebhookVerificationError}.
 */
export async function verifyWebhook(
  rawBody: RawBody | object,
  headers: WebhookHeaders,
  options: VerifyWebhookOptions,
): Promise<VideoSdkWebhookEvent> {
  checkOptionKeys(options, OPTION_KEYS, 'verifyWebhook');
  if (!options.publicKey)
    throw new WebhookVerificationError('missing_secret', 'verifyWebhook needs options.publicKey');
  const header = requireHeader(headers, SIGNATURE_HEADER);
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(header))
    throw new WebhookVerificationError(
      'malformed_header',
      `header ${SIGNATURE_HEADER} is not base64`,
      SIGNATURE_HEADER,
    );
  const signature = Buffer.from(header, 'base64');
  const { candidates, body } = signedCandidates(rawBody);
  const matches = (key: KeyObject) => candidates.some((data) => verify('sha256', data, key, signature));

  const source = typeof options.publicKey === 'string' ? undefined : options.publicKey;
  const pem = source ? await source.get() : (options.publicKey as string);
  let ok = matches(keyObjectOf(pem));
  if (!ok && source) {
    const fresh = await source.refresh();
    if (fresh !== pem) ok = matches(keyObjectOf(fresh));
  }
  if (!ok)
    throw new WebhookVerificationError(
      'bad_signature',
      `header ${SIGNATURE_HEADER} does not match the body and VideoSDK's public key`,
      SIGNATURE_HEADER,
    );
  if (!body) throw new WebhookVerificationError('malformed_body', 'the body is not a JSON object');
  return toWebhookEvent<VideoSdkWebhookEvent>(body, 'webhookType', webhookEvents);
}
