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
 * `verifyWebhook` runs on Web Crypto: Node ≥ 20.19, Bun, Deno, Cloudflare Workers (workerd), with
 * no compatibility flag. (There is no synchronous variant: the key may have to be fetched.)
 * @see https://docs.videosdk.live/api-reference/realtime-communication/webhook-verification
 */
import {
  bodyBytes,
  bodyText,
  ConfigurationError,
  checkOptionKeys,
  defineWebhookVerifier,
  fromBase64,
  parseJsonObject,
  type RawBody,
  requireHeader,
  rsaPublicKey,
  rsaVerify,
  utf8,
  validKeys,
  type WebhookHeaders,
  WebhookVerificationError,
} from '@rtc-sessions/runtime/internal';
import { defaultBaseUrl } from './generated/operations.js';
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

export const SIGNATURE_HEADER = 'videosdk-signature';
/** The public-key operation's path, below the API base URL. */
export const PUBLIC_KEY_PATH = '/public/rsa-public-key';

/**
 * Where `rtc-contract listen` reads a public key from (PEM; optional: without it the key is fetched
 * from the public-key operation): the spec's `info.x-rtc-provider.webhookSecrets`, by option.
 */
export const webhookSecretEnv = { publicKey: webhookSecrets.publicKey.env } as const;

/** Event name → body type, from the spec's `webhooks`. */
export type VideoSdkWebhookBodies = SpecWebhookBodies;
/** A verified delivery: narrow on `known`, then on `event`, to get the event's typed body. */
export type VideoSdkWebhookEvent = SpecWebhookEvent;

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
    init?: { headers?: Record<string, string>; signal?: AbortSignal },
  ) => Promise<{
    ok: boolean;
    status: number;
    json(): Promise<unknown>;
  }>;
  /** How long a fetched key is used before it is fetched again. @default 86400000 (24 h) */
  ttlMs?: number;
  /**
   * How long one fetch of the key may take, answer and body included, before it fails as
   * `unknown_key` (the fetch is aborted, and the next delivery fetches again). Like jose's remote
   * key set. A finite number > 0.
   * @default 5000
   */
  timeoutMs?: number;
  /** Clock in epoch milliseconds. @default Date.now */
  now?: () => number;
}
const FETCHER_KEYS = validKeys(['baseUrl', 'fetch', 'ttlMs', 'timeoutMs', 'now']);

const MIN_REFRESH_INTERVAL_MS = 60_000;
const DEFAULT_TTL_MS = 24 * 60 * 60 * 1000;
const DEFAULT_TIMEOUT_MS = 5_000;

function publicKeyOf(data: unknown): string {
  const key = (data as { publicKey?: unknown } | null)?.publicKey;
  if (typeof key !== 'string' || key === '')
    throw new WebhookVerificationError('unknown_key', `${PUBLIC_KEY_PATH} answered without a publicKey`);
  return key;
}

function positiveMs(value: unknown, option: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !(value > 0) || !Number.isFinite(value))
    throw new ConfigurationError(
      `createPublicKeyFetcher: ${option} must be a finite number of milliseconds > 0`,
    );
  return value;
}

/** One fetch of the key, through the client or `fetch`, aborted and failed after `timeoutMs`. */
async function loadKey(
  source: PublicKeyClient | PublicKeyFetcherOptions,
  timeoutMs: number,
): Promise<string> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(
        new WebhookVerificationError(
          'unknown_key',
          `${PUBLIC_KEY_PATH} did not answer within ${timeoutMs} ms`,
        ),
      );
      controller.abort();
    }, timeoutMs);
  });
  const attempt = async (): Promise<string> => {
    if ('GET' in source) {
      const get = source.GET as unknown as (path: string, init: object) => Promise<{ data?: unknown }>;
      return publicKeyOf((await get.call(source, PUBLIC_KEY_PATH, { signal: controller.signal })).data);
    }
    const fetchFn = source.fetch ?? globalThis.fetch;
    const base = (source.baseUrl ?? defaultBaseUrl).replace(/\/+$/, '');
    const init = { headers: { accept: 'application/json' }, signal: controller.signal };
    const response = await fetchFn(`${base}${PUBLIC_KEY_PATH}`, init);
    if (!response.ok)
      throw new WebhookVerificationError('unknown_key', `${PUBLIC_KEY_PATH} answered ${response.status}`);
    return publicKeyOf(await response.json());
  };
  try {
    return await Promise.race([attempt(), expired]);
  } catch (error) {
    if (error instanceof WebhookVerificationError) throw error;
    throw new WebhookVerificationError(
      'unknown_key',
      `could not fetch VideoSDK's public key from ${PUBLIC_KEY_PATH}`,
      undefined,
      { cause: error },
    );
  } finally {
    clearTimeout(timer);
  }
}

/**
 * A cached source of VideoSDK's public key for {@link verifyWebhook}'s `publicKey`: pass this
 * package's client (`createPublicKeyFetcher(createClient())`) or, since the key is public, just
 * fetch options (`createPublicKeyFetcher()`; `{ baseUrl: 'http://127.0.0.1:4010' }` for the mock).
 *
 * Concurrent verifications share one fetch in flight; a fetch that fails (an error, a non-2xx
 * answer, no answer within `timeoutMs`) is not cached, so the next delivery tries again.
 */
export function createPublicKeyFetcher(
  source: PublicKeyClient | PublicKeyFetcherOptions = {},
  options: Omit<PublicKeyFetcherOptions, 'baseUrl' | 'fetch'> = {},
): PublicKeySource {
  const isClient = typeof source === 'object' && source !== null && 'GET' in source;
  if (!isClient) checkOptionKeys(source, FETCHER_KEYS, 'createPublicKeyFetcher');
  checkOptionKeys(options, FETCHER_KEYS, 'createPublicKeyFetcher');
  const settings: PublicKeyFetcherOptions = { ...options, ...(isClient ? {} : source) };
  const now = settings.now ?? Date.now;
  const ttlMs = positiveMs(settings.ttlMs, 'ttlMs', DEFAULT_TTL_MS);
  const timeoutMs = positiveMs(settings.timeoutMs, 'timeoutMs', DEFAULT_TIMEOUT_MS);
  const from = isClient ? source : settings;
  let cached: { pem: Promise<string>; at: number } | undefined;
  const fetchNow = (): Promise<string> => {
    const entry = { pem: loadKey(from, timeoutMs), at: now() };
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
    return { candidates: [utf8(JSON.stringify(body))], body };
  }
  const raw = bodyBytes(rawBody);
  const text = bodyText(rawBody);
  let body: Record<string, unknown> | undefined;
  try {
    body = parseJsonObject(text);
  } catch {
    return { candidates: [raw] };
  }
  const compact = JSON.stringify(body);
  return { candidates: compact === text ? [raw] : [raw, utf8(compact)], body };
}

async function matches(pem: string, signature: Uint8Array, candidates: Uint8Array[]): Promise<boolean> {
  const key = await rsaPublicKey(pem);
  for (const data of candidates) if (await rsaVerify(key, signature, data)) return true;
  return false;
}

const scheme = {
  optionKeys: validKeys(['publicKey']),
  eventField: 'webhookType',
  knownEvents: webhookEvents,
  async check(rawBody: RawBody | object, headers: WebhookHeaders, options: VerifyWebhookOptions) {
    if (!options.publicKey)
      throw new WebhookVerificationError('missing_secret', 'verifyWebhook needs options.publicKey');
    const header = requireHeader(headers, SIGNATURE_HEADER);
    const signature = /^[A-Za-z0-9+/_-]+={0,2}$/.test(header) ? fromBase64(header) : undefined;
    if (!signature)
      throw new WebhookVerificationError(
        'malformed_header',
        `header ${SIGNATURE_HEADER} is not base64`,
        SIGNATURE_HEADER,
      );
    const { candidates, body } = signedCandidates(rawBody);
    const source = typeof options.publicKey === 'string' ? undefined : options.publicKey;
    const pem = source ? await source.get() : (options.publicKey as string);
    let ok = await matches(pem, signature, candidates);
    if (!ok && source) {
      const fresh = await source.refresh();
      if (fresh !== pem) ok = await matches(fresh, signature, candidates);
    }
    if (!ok)
      throw new WebhookVerificationError(
        'bad_signature',
        `header ${SIGNATURE_HEADER} does not match the body and VideoSDK's public key`,
        SIGNATURE_HEADER,
      );
    if (!body) throw new WebhookVerificationError('malformed_body', 'the body is not a JSON object');
    return body;
  },
};

/**
 * Checks a delivery's `videosdk-signature` and returns its typed event, on Web Crypto (any
 * runtime). Pass the body as received (a string or bytes); an object already parsed by
 * `express.json()` also works (see the module comment). Rejects with {@link WebhookVerificationError}.
 */
export const verifyWebhook: (
  rawBody: RawBody | object,
  headers: WebhookHeaders,
  options: VerifyWebhookOptions,
) => Promise<VideoSdkWebhookEvent> = defineWebhookVerifier<
  VideoSdkWebhookEvent,
  VerifyWebhookOptions,
  RawBody | object
>(scheme);
