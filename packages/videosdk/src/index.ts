import {
  type ApiClient,
  cachedSignedToken,
  createApiClient,
  type PaginateOptions,
  type RetryOptions,
  resolveCredentials,
  signHs256,
  staticToken,
} from '@rtc-sessions/runtime';
import { defaultBaseUrl, userAgent as defaultUserAgent, listOperations } from './generated/operations.js';
import type { components, operations, paths } from './generated/schema.js';

export {
  ApiError,
  ConfigurationError,
  ConnectionError,
  PageTokenExpiredError,
  type PaginateOptions,
  type RetryOptions,
  TimeoutError,
} from '@rtc-sessions/runtime';
export type { components, operations, paths };
export { defaultBaseUrl, listOperations };

const DAY_SECONDS = 24 * 60 * 60;

/** Permissions a VideoSDK token can grant. */
export type VideoSdkPermission = 'allow_join' | 'allow_mod' | 'ask_join';

export interface SignVideoSdkTokenOptions {
  /** Your VideoSDK API key (the `apikey` claim). */
  apiKey: string;
  /** Your VideoSDK secret, the HS256 key. */
  secret: string;
  /**
   * The `permissions` claim.
   * @default ["allow_join", "allow_mod"]
   */
  permissions?: VideoSdkPermission[];
  /**
   * The `roles` claim; the v2 REST API answers 403 without `crawler`.
   * @default ["crawler"]
   */
  roles?: string[];
  /** Narrows the token to one room (`roomId` claim). */
  roomId?: string;
  /** Narrows the token to one participant (`participantId` claim). */
  participantId?: string;
  /**
   * Lifetime of the token.
   * @default 86400 (24 h, like VideoSDK's server SDK)
   */
  expiresInSeconds?: number;
  /** Issue time, seconds since the epoch. @default now */
  issuedAt?: number;
}

/**
 * Signs a VideoSDK REST API token (HS256; claims `apikey`, `permissions`, `version: 2`, `roles`,
 * `iat`, `exp`). Send it as is in `Authorization`, with no `Bearer` prefix.
 * @see https://docs.videosdk.live/api-reference/realtime-communication/intro
 */
export async function signVideoSdkToken(options: SignVideoSdkTokenOptions): Promise<string> {
  const iat = options.issuedAt ?? Math.floor(Date.now() / 1000);
  return signHs256(
    {
      apikey: options.apiKey,
      permissions: options.permissions ?? ['allow_join', 'allow_mod'],
      version: 2,
      roles: options.roles ?? ['crawler'],
      ...(options.roomId !== undefined && { roomId: options.roomId }),
      ...(options.participantId !== undefined && { participantId: options.participantId }),
      iat,
      exp: iat + (options.expiresInSeconds ?? DAY_SECONDS),
    },
    options.secret,
  );
}

/** Options of {@link createClient}. Credentials default to `VIDEOSDK_API_KEY` + `VIDEOSDK_SECRET`, or `VIDEOSDK_TOKEN`. */
export interface ClientOptions {
  /**
   * Your API key; with `secret`, the client signs (and re-signs before expiry) its own token.
   * @default process.env.VIDEOSDK_API_KEY
   * @see https://app.videosdk.live/api-keys
   */
  apiKey?: string;
  /**
   * Your secret, used only to sign tokens locally.
   * @default process.env.VIDEOSDK_SECRET
   */
  secret?: string;
  /**
   * A ready token, sent as is and never refreshed (instead of `apiKey` + `secret`).
   * @default process.env.VIDEOSDK_TOKEN
   */
  token?: string;
  /**
   * Lifetime of the tokens the client signs.
   * @default 86400 (24 h)
   */
  tokenExpiresInSeconds?: number;
  /**
   * Server URL.
   * @default "https://api.videosdk.live/v2" (the spec's `servers[0].url`)
   * @see https://docs.videosdk.live/api-reference/realtime-communication/intro
   */
  baseUrl?: string;
  /**
   * The fetch used to send requests (tests, recording, proxies).
   * @default globalThis.fetch
   */
  fetch?: (input: Request) => Promise<Response>;
  /**
   * Milliseconds an attempt may take, until its body is read, before it is aborted (`TimeoutError`).
   * @default 30000
   */
  timeoutMs?: number;
  /**
   * Retries of GETs on 429/502/503/504, timeouts and network errors; `false` turns them off.
   * `POST /sessions/end` is retried only when the connection was refused before anything was sent.
   * @default { maxAttempts: 3, initialDelayMs: 500, maxDelayMs: 8000, maxElapsedMs: 60000 }
   */
  retry?: false | RetryOptions;
  /**
   * `User-Agent` header (ignored by browsers).
   * @default "@rtc-sessions/videosdk/<version>" (this package's name and version)
   */
  userAgent?: string;
  /**
   * Clock in epoch milliseconds, for token expiry and page-token age (tests pass a fake one).
   * @default Date.now
   */
  now?: () => number;
  /**
   * Environment to read credentials from when none are given.
   * @default process.env
   */
  env?: Record<string, string | undefined>;
}

/** The VideoSDK client: openapi-fetch over the spec's `paths`, with `paginate` and `pages`. */
export type VideoSdkClient = ApiClient<paths, typeof listOperations>;
export type { PaginateOptions as VideoSdkPaginateOptions };

/**
 * Creates a typed client of the VideoSDK.live sessions API. Non-2xx answers throw `ApiError`.
 * @see https://docs.videosdk.live/api-reference/realtime-communication/fetch-session
 */
export function createClient(options: ClientOptions = {}): VideoSdkClient {
  const now = options.now ?? Date.now;
  const credentials = resolveCredentials(
    {
      provider: 'videosdk',
      keys: [
        ['apiKey', 'VIDEOSDK_API_KEY'],
        ['secret', 'VIDEOSDK_SECRET'],
      ],
      tokenEnv: 'VIDEOSDK_TOKEN',
    },
    options,
    options.env,
  );
  const tokenSource =
    credentials.kind === 'token'
      ? staticToken(credentials.token)
      : cachedSignedToken({
          now,
          sign: async (issuedAt) => {
            const expiresAt = issuedAt + (options.tokenExpiresInSeconds ?? DAY_SECONDS);
            const token = await signVideoSdkToken({
              ...credentials.keys,
              issuedAt,
              expiresInSeconds: expiresAt - issuedAt,
            });
            return { token, expiresAt };
          },
        });
  return createApiClient<paths, typeof listOperations>({
    baseUrl: options.baseUrl ?? defaultBaseUrl,
    listOperations,
    pipeline: {
      profile: {
        provider: 'videosdk',
        authorization: (token) => token,
        requestIdHeaders: ['x-request-id', 'x-amzn-requestid', 'cf-ray'],
      },
      tokenSource,
      fetch: options.fetch,
      timeoutMs: options.timeoutMs,
      retry: options.retry,
      userAgent: options.userAgent ?? defaultUserAgent,
      now,
    },
  });
}
