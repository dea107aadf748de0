/**
 * GENERATED FILE — DO NOT EDIT. What the client and its runtime need from the spec.
 * Source: @rtc-sessions/spec-videosdk/openapi.json (VideoSDK.live sessions API v2).
 * Regenerate with `pnpm generate` (at the repository root, or in this package); the build and
 * `pnpm test` fail while this file is out of date.
 */
/** The spec's `servers[0].url`: the client's default `baseUrl`. */
export const defaultBaseUrl = "https://api.videosdk.live/v2";

/**
 * The provider's facts from its spec (`info.x-rtc-provider`): its id and name, the response headers
 * that may carry a request id (best first), where an error body keeps the provider's code, message
 * and details (JSON pointers, tried in order), and the `[option, environment variable]` pairs of the
 * key + secret with the variable of a ready token.
 */
export const providerFacts = {
  "id": "videosdk",
  "name": "VideoSDK.live",
  "requestIdHeaders": [
    "x-request-id",
    "x-amzn-requestid",
    "cf-ray"
  ],
  "errorBody": {
    "code": [
      "/code"
    ],
    "message": [
      "/message",
      "/error"
    ],
    "details": []
  },
  "rateLimitHeaders": {},
  "credentialEnv": {
    "keys": [
      [
        "apiKey",
        "VIDEOSDK_API_KEY"
      ],
      [
        "secret",
        "VIDEOSDK_SECRET"
      ]
    ],
    "tokenEnv": "VIDEOSDK_TOKEN"
  }
} as const;

const sharedPagination2 = {
  "scheme": "page-number",
  "pageParam": "page",
  "sizeParam": "perPage",
  "items": "/data",
  "lastPage": "/pageInfo/lastPage"
} as const;
const sharedPage4 = {
  "default": 1,
  "minimum": 1
} as const;
const sharedPerPage5 = {
  "default": 20,
  "minimum": 1
} as const;
const sharedParams3 = {
  "page": sharedPage4,
  "perPage": sharedPerPage5
} as const;
const sharedSessions1 = {
  "pagination": sharedPagination2,
  "params": sharedParams3
} as const;

/** Each list operation (GET) by path: its `x-rtc-pagination` and its paging parameters' limits. */
export const listOperations = {
  "/sessions/": sharedSessions1,
  "/sessions/{sessionId}/participants": {
    "pagination": {
      "scheme": "page-number",
      "pageParam": "page",
      "sizeParam": "perPage",
      "items": "/data/participants",
      "lastPage": "/pageInfo/lastPage"
    },
    "params": sharedParams3
  },
  "/sessions/{sessionId}/participants/active": sharedSessions1
} as const;
