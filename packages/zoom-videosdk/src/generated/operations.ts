/**
 * GENERATED FILE — DO NOT EDIT. What the client and its runtime need from the spec.
 * Source: @rtc-sessions/spec-zoom-videosdk/openapi.json (Zoom Video SDK sessions API 2).
 * Regenerate with `pnpm generate` (at the repository root, or in this package); the build and
 * `pnpm test` fail while this file is out of date.
 */
/** The spec's `servers[0].url`: the client's default `baseUrl`. */
export const defaultBaseUrl = "https://api.zoom.us/v2";

/**
 * The provider's facts from its spec (`info.x-rtc-provider`): its id and name, the response headers
 * that may carry a request id (best first), where an error body keeps the provider's code, message
 * and details (JSON pointers, tried in order), and the `[option, environment variable]` pairs of the
 * key + secret with the variable of a ready token.
 */
export const providerFacts = {
  "id": "zoom-videosdk",
  "name": "Zoom Video SDK",
  "requestIdHeaders": [
    "x-zm-trackingid",
    "x-request-id"
  ],
  "errorBody": {
    "code": [
      "/code"
    ],
    "message": [
      "/message"
    ],
    "details": [
      "/errors"
    ]
  },
  "rateLimitHeaders": {
    "limit": "x-ratelimit-limit",
    "remaining": "x-ratelimit-remaining",
    "category": "x-ratelimit-category",
    "type": "x-ratelimit-type"
  },
  "credentialEnv": {
    "keys": [
      [
        "apiKey",
        "ZOOM_VIDEOSDK_API_KEY"
      ],
      [
        "apiSecret",
        "ZOOM_VIDEOSDK_API_SECRET"
      ]
    ],
    "tokenEnv": "ZOOM_VIDEOSDK_TOKEN"
  }
} as const;

const sharedPageSize2 = {
  "default": 30,
  "minimum": 1,
  "maximum": 300
} as const;
const sharedParams1 = {
  "page_size": sharedPageSize2
} as const;
const sharedPagination4 = {
  "scheme": "cursor",
  "cursorParam": "next_page_token",
  "sizeParam": "page_size",
  "items": "/users",
  "nextCursor": "/next_page_token",
  "cursorLifetimeSeconds": 900
} as const;
const sharedVideosdkSessionsSessionIdUsers3 = {
  "pagination": sharedPagination4,
  "params": sharedParams1
} as const;

/** Each list operation (GET) by path: its `x-rtc-pagination` and its paging parameters' limits. */
export const listOperations = {
  "/videosdk/sessions": {
    "pagination": {
      "scheme": "cursor",
      "cursorParam": "next_page_token",
      "sizeParam": "page_size",
      "items": "/sessions",
      "nextCursor": "/next_page_token",
      "cursorLifetimeSeconds": 900
    },
    "params": sharedParams1
  },
  "/videosdk/sessions/{sessionId}/users": sharedVideosdkSessionsSessionIdUsers3,
  "/videosdk/sessions/{sessionId}/users/qos": {
    "pagination": sharedPagination4,
    "params": {
      "page_size": {
        "default": 1,
        "minimum": 1,
        "maximum": 10
      }
    }
  },
  "/videosdk/sessions/{sessionId}/users/sharing": sharedVideosdkSessionsSessionIdUsers3,
  "/videosdk/stream_ingestions": {
    "pagination": {
      "scheme": "cursor",
      "cursorParam": "next_page_token",
      "sizeParam": "page_size",
      "items": "/stream_ingestions",
      "nextCursor": "/next_page_token",
      "cursorLifetimeSeconds": 900
    },
    "params": sharedParams1
  }
} as const;
