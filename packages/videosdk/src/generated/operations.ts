/**
 * GENERATED FILE — DO NOT EDIT. What the runtime needs from the spec.
 * Source: @rtc-sessions/spec-videosdk/openapi.json (VideoSDK.live sessions API v2).
 * Regenerate with `pnpm generate` in this package; `pnpm test` fails when this file is out of date.
 */
/** The client's default `User-Agent`: its package name and version, from its package.json. */
export const userAgent = "@rtc-sessions/videosdk/0.0.0";

/** The spec's `servers[0].url`: the client's default `baseUrl`. */
export const defaultBaseUrl = "https://api.videosdk.live/v2";

/** Each list operation (GET) by path: its `x-rtc-pagination` and its paging parameters' limits. */
export const listOperations = {
  "/sessions/": {
    "operationId": "listSessions",
    "pagination": {
      "scheme": "page-number",
      "pageParam": "page",
      "sizeParam": "perPage",
      "items": "/data",
      "lastPage": "/pageInfo/lastPage"
    },
    "params": {
      "page": {
        "default": 1,
        "minimum": 1
      },
      "perPage": {
        "default": 20,
        "minimum": 1
      }
    }
  },
  "/sessions/{sessionId}/participants": {
    "operationId": "listSessionParticipants",
    "pagination": {
      "scheme": "page-number",
      "pageParam": "page",
      "sizeParam": "perPage",
      "items": "/data/participants",
      "lastPage": "/pageInfo/lastPage"
    },
    "params": {
      "page": {
        "default": 1,
        "minimum": 1
      },
      "perPage": {
        "default": 20,
        "minimum": 1
      }
    }
  },
  "/sessions/{sessionId}/participants/active": {
    "operationId": "listActiveParticipants",
    "pagination": {
      "scheme": "page-number",
      "pageParam": "page",
      "sizeParam": "perPage",
      "items": "/data",
      "lastPage": "/pageInfo/lastPage"
    },
    "params": {
      "page": {
        "default": 1,
        "minimum": 1
      },
      "perPage": {
        "default": 20,
        "minimum": 1
      }
    }
  }
} as const;
