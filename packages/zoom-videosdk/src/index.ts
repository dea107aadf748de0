import type { CommonClientOptions } from '@rtc-sessions/runtime';
import { type ApiClient, createProviderClient, signHs256 } from '@rtc-sessions/runtime/internal';
import { defaultBaseUrl, listOperations, providerFacts } from './generated/operations.js';
import type { components, operations, paths } from './generated/schema.js';
import { userAgent as defaultUserAgent } from './version.js';

export * from '@rtc-sessions/runtime';
export type { components, operations, paths };
export { defaultBaseUrl, listOperations };

const TWO_HOURS_SECONDS = 2 * 60 * 60;

export interface SignZoomVideoSdkApiTokenOptions {
  /** Your Video SDK API key (the `iss` claim). */
  apiKey: string;
  /** Your Video SDK API secret, the HS256 key. */
  apiSecret: string;
  /**
   * Lifetime of the token.
   * @default 7200 (2 h, like Zoom's own SDK)
   */
  expiresInSeconds?: number;
  /** Issue time, seconds since the epoch. @default now */
  issuedAt?: number;
}

/**
 * Signs a Zoom Video SDK REST API token (HS256; claims `iss`, `iat`, `exp`), sent as `Bearer`.
 * Not the session-join JWT, which the REST API refuses.
 * @see https://developers.zoom.us/docs/video-sdk/api-request/
 */
export async function signZoomVideoSdkApiToken(options: SignZoomVideoSdkApiTokenOptions): Promise<string> {
  const iat = options.issuedAt ?? Math.floor(Date.now() / 1000);
  return signHs256(
    { iss: options.apiKey, iat, exp: iat + (options.expiresInSeconds ?? TWO_HOURS_SECONDS) },
    options.apiSecret,
  );
}

/**
 * Zoom wants a session id that begins with `/` or `+`, or holds `//`, URL-encoded twice in the
 * path; every other path parameter is encoded once.
 * @see https://developers.zoom.us/docs/api/using-zoom-apis/#meeting-id-and-uuid
 */
export function encodeZoomPathParam(value: string): string {
  const once = encodeURIComponent(value);
  return value.startsWith('/') || value.startsWith('+') || value.includes('//')
    ? encodeURIComponent(once)
    : once;
}

function zoomPathSerializer(pathname: string, pathParams: Record<string, unknown>): string {
  return pathname.replace(/\{([^{}]+)\}/g, (whole, name: string) => {
    const value = pathParams[name];
    return value === undefined || value === null ? whole : encodeZoomPathParam(String(value));
  });
}

/**
 * Where {@link createClient} reads credentials from when none are passed: the key + secret pair
 * (`[option, environment variable]` each), else a ready token.
 */
export const credentialEnv = providerFacts.credentialEnv;

/** Options of {@link createClient}. Credentials default to `ZOOM_VIDEOSDK_API_KEY` + `ZOOM_VIDEOSDK_API_SECRET`, or `ZOOM_VIDEOSDK_TOKEN`. */
export interface ClientOptions extends CommonClientOptions {
  /**
   * Your Video SDK API key; with `apiSecret`, the client signs (and re-signs before expiry) its own token.
   * @default process.env.ZOOM_VIDEOSDK_API_KEY
   * @see https://developers.zoom.us/docs/video-sdk/get-credentials/
   */
  apiKey?: string;
  /**
   * Your Video SDK API secret, used only to sign tokens locally.
   * @default process.env.ZOOM_VIDEOSDK_API_SECRET
   */
  apiSecret?: string;
  /**
   * A ready token (JWT or OAuth access token), sent as `Bearer` and never refreshed.
   * @default process.env.ZOOM_VIDEOSDK_TOKEN
   */
  token?: string;
}

/** The Zoom Video SDK client: openapi-fetch over the spec's `paths`, with `paginate` and `pages`. */
export type ZoomVideoSdkClient = ApiClient<paths, typeof listOperations>;

/**
 * Creates a typed client of the Zoom Video SDK sessions API. Non-2xx answers throw `ApiError`
 * (`code` is Zoom's error code, `requestId` its `x-zm-trackingid`).
 * @see https://developers.zoom.us/docs/api/rest/reference/video-sdk/methods/
 */
export function createClient(options: ClientOptions = {}): ZoomVideoSdkClient {
  return createProviderClient<paths, typeof listOperations, 'apiKey' | 'apiSecret'>(
    {
      // this provider's facts, from its spec's `info.x-rtc-provider`
      provider: providerFacts.id,
      title: providerFacts.name,
      requestIdHeaders: providerFacts.requestIdHeaders,
      errorBody: providerFacts.errorBody,
      rateLimitHeaders: providerFacts.rateLimitHeaders,
      ...credentialEnv,
      sign: signZoomVideoSdkApiToken,
      tokenLifetimeSeconds: TWO_HOURS_SECONDS,
      authorization: (token) => `Bearer ${token}`,
      listOperations,
      defaultBaseUrl,
      defaultUserAgent,
      pathSerializer: zoomPathSerializer,
    },
    options,
  );
}
