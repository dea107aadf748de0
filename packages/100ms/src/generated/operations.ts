/**
 * GENERATED FILE — DO NOT EDIT. What the runtime needs from the spec.
 * Source: @rtc-sessions/spec-100ms/openapi.json (100ms sessions API v2).
 * Regenerate with `pnpm generate` in this package; `pnpm test` fails when this file is out of date.
 */
/** The client's default `User-Agent`: its package name and version, from its package.json. */
export const userAgent = "@rtc-sessions/100ms/0.0.0";

/** The spec's `servers[0].url`: the client's default `baseUrl`. */
export const defaultBaseUrl = "https://api.100ms.live/v2";

/** Each list operation (GET) by path: its `x-rtc-pagination` and its paging parameters' limits. */
export const listOperations = {
  "/sessions": {
    "operationId": "listSessions",
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
      },
      "start": {}
    }
  }
} as const;
