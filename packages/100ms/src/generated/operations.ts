/**
 * GENERATED FILE — DO NOT EDIT. What the client and its runtime need from the spec.
 * Source: @rtc-sessions/spec-100ms/openapi.json (100ms sessions API v2).
 * Regenerate with `pnpm generate` (at the repository root, or in this package); the build and
 * `pnpm test` fail while this file is out of date.
 */
/** The spec's `servers[0].url`: the client's default `baseUrl`. */
export const defaultBaseUrl = "https://api.100ms.live/v2";

/**
 * The provider's facts from its spec (`info.x-rtc-provider`): its id and name, the response headers
 * that may carry a request id (best first), where an error body keeps the provider's code, message
 * and details (JSON pointers, tried in order), and the `[option, environment variable]` pairs of the
 * key + secret with the variable of a ready token.
 */
export const providerFacts = {
  "id": "100ms",
  "name": "100ms",
  "requestIdHeaders": [
    "x-request-id",
    "x-100ms-request-id"
  ],
  "errorBody": {
    "code": [
      "/code"
    ],
    "message": [
      "/message"
    ],
    "details": [
      "/details"
    ]
  },
  "rateLimitHeaders": {},
  "credentialEnv": {
    "keys": [
      [
        "accessKey",
        "HMS_ACCESS_KEY"
      ],
      [
        "secret",
        "HMS_SECRET"
      ]
    ],
    "tokenEnv": "HMS_MANAGEMENT_TOKEN"
  }
} as const;

/** Each list operation (GET) by path: its `x-rtc-pagination` and its paging parameters' limits. */
export const listOperations = {
  "/sessions": {
    "pagination": {
      "scheme": "cursor",
      "cursorParam": "start",
      "sizeParam": "limit",
      "items": "/data",
      "nextCursor": "/last",
      "endsOnShortPage": true
    },
    "params": {
      "limit": {
        "default": 10,
        "minimum": 10,
        "maximum": 100
      }
    }
  }
} as const;
