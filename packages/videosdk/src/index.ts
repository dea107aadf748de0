import type { CommonClientOptions, PaginateOptions } from '@rtc-sessions/runtime';
import { type ApiClient, createProviderClient, signHs256 } from '@rtc-sessions/runtime/internal';
import { defaultBaseUrl, listOperations, providerFacts } from './generated/operations.js';
import type { components, operations, paths } from './generated/schema.js';
import { userAgent as defaultUserAgent } from './version.js';

export * from '@rtc-sessions/runtime';
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

/**
 * Where {@link createClient} reads credentials from when none are passed: the key + secret pair
 * (`[option, environment variable]` each), else a ready token.
 */
export const credentialEnv = providerFacts.credentialEnv;

/** Options of {@link createClient}. Credentials default to `VIDEOSDK_API_KEY` + `VIDEOSDK_SECRET`, or `VIDEOSDK_TOKEN`. */
export interface ClientOptions extends CommonClientOptions {
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
}

/** The VideoSDK client: openapi-fetch over the spec's `paths`, with `paginate` and `pages`. */
export type VideoSdkClient = ApiClient<paths, typeof listOperations>;
export type { PaginateOptions as VideoSdkPaginateOptions };

/**
 * Creates a typed client of the VideoSDK.live sessions API. Non-2xx answers throw `ApiError`.
 * @see https://docs.videosdk.live/api-reference/realtime-communication/fetch-session
 */
export function createClient(options: ClientOptions = {}): VideoSdkClient {
  return createProviderClient<paths, typeof listOperations, 'apiKey' | 'secret'>(
    {
      // this provider's facts, from its spec's `info.x-rtc-provider`
      provider: providerFacts.id,
      title: providerFacts.name,
      requestIdHeaders: providerFacts.requestIdHeaders,
      errorBody: providerFacts.errorBody,
      rateLimitHeaders: providerFacts.rateLimitHeaders,
      ...credentialEnv,
      sign: signVideoSdkToken,
      tokenLifetimeSeconds: DAY_SECONDS,
      authorization: (token) => token,
      listOperations,
      defaultBaseUrl,
      defaultUserAgent,
    },
    options,
  );
}
