import { cachedSignedToken, staticToken } from './auth.js';
import {
  type ApiClient,
  type ApiClientConfig,
  createApiClient,
  type ListOperations,
  retryKeys,
} from './client.js';
import { checkNumber } from './config.js';
import { type CredentialSpec, resolveCredentials } from './credentials.js';
import type { ProviderProfile } from './fetch.js';
import type { Logger } from './log.js';
import { keysOf, rejectUnknownKeys, validKeys } from './options.js';
import type { RetryOptions } from './retry.js';

/** The options of every provider's `createClient` besides its credentials. */
export interface CommonClientOptions {
  /**
   * Lifetime of the tokens the client signs (not of a given `token`).
   * @default the default `expiresInSeconds` of the provider's signing function
   */
  tokenExpiresInSeconds?: number;
  /**
   * Server URL.
   * @default the spec's `servers[0].url` (exported as `defaultBaseUrl`)
   */
  baseUrl?: string;
  /**
   * The fetch used to send requests (tests, recording, proxies).
   * @default globalThis.fetch
   */
  fetch?: (input: Request) => Promise<Response>;
  /**
   * Milliseconds an attempt may take, until its body is read, before it is aborted (`TimeoutError`).
   * `Infinity` for none. One call can override it (`client.GET(path, { timeoutMs })`).
   * @default clientDefaults.timeoutMs
   */
  timeoutMs?: number;
  /**
   * Retries of GETs on 429/502/503/504, timeouts and network errors, honouring `Retry-After`
   * (seconds, HTTP date, or an ISO timestamp); other methods (such as ending a session) only when
   * the connection was refused before anything was sent. `false` turns them off. One call can
   * override it (`client.GET(path, { retry })`).
   * @default clientDefaults.retry
   */
  retry?: false | RetryOptions;
  /**
   * The longest response body the client reads, 2xx or error, in bytes; a longer one (or a stream
   * that never ends) is dropped there with a `ResponseTooLargeError`.
   * @default clientDefaults.maxResponseBytes (16 MiB)
   */
  maxResponseBytes?: number;
  /**
   * Receives one entry per attempt: method, path (never the query), status, attempt, duration and
   * what follows; never a header, a token or a body.
   * `stderrLogger` writes one line per attempt to stderr.
   * @default none
   */
  logger?: Logger;
  /**
   * `User-Agent` header (ignored by browsers).
   * @default "<package name>/<version>" of the client package
   */
  userAgent?: string;
  /**
   * Clock in epoch milliseconds, for token expiry and the age of expiring page tokens; tests pass
   * a fake one.
   * @default Date.now
   */
  now?: () => number;
  /**
   * Environment to read credentials from when none are given.
   * @default process.env
   */
  env?: Record<string, string | undefined>;
}

/** The keys of {@link CommonClientOptions}, checked against it by the compiler. */
export const commonClientOptionKeys = keysOf<CommonClientOptions>({
  tokenExpiresInSeconds: true,
  baseUrl: true,
  fetch: true,
  timeoutMs: true,
  retry: true,
  maxResponseBytes: true,
  logger: true,
  userAgent: true,
  now: true,
  env: true,
});

/**
 * What makes a provider's client its own (the rest of `createClient` is {@link createProviderClient}):
 * where its credentials come from, how requests carry its token and where its errors keep the
 * request id, and its generated `listOperations`, `defaultBaseUrl` and `userAgent`.
 */
export interface ProviderClientSpec<K extends string, Lists extends ListOperations>
  extends CredentialSpec<K>,
    ProviderProfile,
    Omit<ApiClientConfig<Lists>, 'baseUrl' | 'pipeline'> {
  /** Signs a token from the key + secret options (named as in `keys`). */
  sign: (options: Record<K, string> & { issuedAt: number; expiresInSeconds: number }) => Promise<string>;
  /** Lifetime of signed tokens when `tokenExpiresInSeconds` is not given. */
  tokenLifetimeSeconds: number;
  defaultBaseUrl: string;
  defaultUserAgent: string;
}

/**
 * The body of every provider's `createClient`: rejects unknown option keys, resolves credentials
 * (options, then env), signs and caches tokens from a key + secret (or sends a given token as is),
 * and builds the typed client.
 */
export function createProviderClient<Paths extends {}, Lists extends ListOperations, K extends string>(
  spec: ProviderClientSpec<K, Lists>,
  options: CommonClientOptions & Partial<Record<K | 'token', string>>,
): ApiClient<Paths, Lists> {
  // A plain-JS caller's `baseURL` must not be ignored (and the token sent to the default host).
  rejectUnknownKeys(
    options,
    validKeys([...commonClientOptionKeys, ...spec.keys.map(([option]) => option), 'token'], {
      retry: retryKeys,
    }),
    () => `${spec.title} createClient`,
  );
  const now = options.now ?? Date.now;
  const credentials = resolveCredentials(spec, options, options.env);
  const expiresInSeconds = checkNumber(
    options.tokenExpiresInSeconds ?? spec.tokenLifetimeSeconds,
    'tokenExpiresInSeconds',
    () => `${spec.title} createClient`,
    { positive: true },
  );
  return createApiClient<Paths, Lists>({
    // The spec is also the client's `listOperations` (+ `pathSerializer`) and the pipeline's profile.
    ...spec,
    baseUrl: options.baseUrl ?? spec.defaultBaseUrl,
    pipeline: {
      profile: spec,
      tokenSource:
        credentials.kind === 'token'
          ? staticToken(credentials.token)
          : cachedSignedToken({
              now,
              sign: async (issuedAt) => ({
                token: await spec.sign({ ...credentials.keys, issuedAt, expiresInSeconds }),
                expiresAt: issuedAt + expiresInSeconds,
              }),
            }),
      fetch: options.fetch,
      timeoutMs: options.timeoutMs,
      retry: options.retry,
      maxResponseBytes: options.maxResponseBytes,
      logger: options.logger,
      userAgent: options.userAgent ?? spec.defaultUserAgent,
      now,
    },
  });
}
