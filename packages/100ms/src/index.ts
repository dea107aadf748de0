import type { CommonClientOptions } from '@rtc-sessions/runtime';
import { type ApiClient, createProviderClient, signHs256 } from '@rtc-sessions/runtime/internal';
import { defaultBaseUrl, listOperations, providerFacts } from './generated/operations.js';
import type { components, operations, paths } from './generated/schema.js';
import { userAgent as defaultUserAgent } from './version.js';

export * from '@rtc-sessions/runtime';
export type { components, operations, paths };
// `listOperations` carries the spec's `endsOnShortPage`: 100ms's cursor (`last`) is never empty on a
// full page, so a page with fewer than `limit` items ends the walk.
export { defaultBaseUrl, listOperations };

const DAY_SECONDS = 24 * 60 * 60;
// Like the official SDK: tolerate a server clock a little behind ours.
const BACKDATE_SECONDS = 10;

export interface SignHmsManagementTokenOptions {
  /** Your app access key (the `access_key` claim). */
  accessKey: string;
  /** Your app secret, the HS256 key. */
  secret: string;
  /**
   * Lifetime of the token, counted from now (not from the backdated `iat`).
   * @default 86400 (24 h)
   */
  expiresInSeconds?: number;
  /** The current time, seconds since the epoch; `iat`/`nbf` are set a few seconds earlier. @default now */
  issuedAt?: number;
}

/**
 * Signs a 100ms management token (HS256; claims `access_key`, `type: "management"`, `version: 2`,
 * a fresh `jti`, `iat`/`nbf` backdated a few seconds, `exp`), sent as `Bearer`.
 * @see https://www.100ms.live/docs/server-side/v2/introduction/authentication-and-tokens
 */
export async function signHmsManagementToken(options: SignHmsManagementTokenOptions): Promise<string> {
  const now = options.issuedAt ?? Math.floor(Date.now() / 1000);
  return signHs256(
    {
      access_key: options.accessKey,
      type: 'management',
      version: 2,
      jti: crypto.randomUUID(),
      iat: now - BACKDATE_SECONDS,
      nbf: now - BACKDATE_SECONDS,
      exp: now + (options.expiresInSeconds ?? DAY_SECONDS),
    },
    options.secret,
  );
}

/**
 * Where {@link createClient} reads credentials from when none are passed: the key + secret pair
 * (`[option, environment variable]` each), else a ready token.
 */
export const credentialEnv = providerFacts.credentialEnv;

/** Options of {@link createClient}. Credentials default to `HMS_ACCESS_KEY` + `HMS_SECRET`, or `HMS_MANAGEMENT_TOKEN`. */
export interface ClientOptions extends CommonClientOptions {
  /**
   * Your app access key; with `secret`, the client signs (and re-signs before expiry) its own
   * management token, and after a 401/403 retries once with a freshly signed one.
   * @default process.env.HMS_ACCESS_KEY
   * @see https://dashboard.100ms.live/developer
   */
  accessKey?: string;
  /**
   * Your app secret, used only to sign tokens locally.
   * @default process.env.HMS_SECRET
   */
  secret?: string;
  /**
   * A ready management token, sent as `Bearer` and never refreshed.
   * @default process.env.HMS_MANAGEMENT_TOKEN
   */
  token?: string;
}

/** The 100ms client: openapi-fetch over the spec's `paths`, with `paginate` and `pages`. */
export type HmsClient = ApiClient<paths, typeof listOperations>;

/**
 * Creates a typed client of the 100ms sessions API. Non-2xx answers throw `ApiError`.
 * @see https://www.100ms.live/docs/server-side/v2/api-reference/sessions/list-sessions
 */
export function createClient(options: ClientOptions = {}): HmsClient {
  return createProviderClient<paths, typeof listOperations, 'accessKey' | 'secret'>(
    {
      // this provider's facts, from its spec's `info.x-rtc-provider`
      provider: providerFacts.id,
      title: providerFacts.name,
      requestIdHeaders: providerFacts.requestIdHeaders,
      errorBody: providerFacts.errorBody,
      rateLimitHeaders: providerFacts.rateLimitHeaders,
      ...credentialEnv,
      sign: signHmsManagementToken,
      tokenLifetimeSeconds: DAY_SECONDS,
      authorization: (token) => `Bearer ${token}`,
      refreshTokenOnAuthError: true,
      listOperations,
      defaultBaseUrl,
      defaultUserAgent,
    },
    options,
  );
}
