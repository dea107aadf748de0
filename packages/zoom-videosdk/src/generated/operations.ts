/**
 * GENERATED FILE — DO NOT EDIT. What the runtime needs from the spec.
 * Source: @rtc-sessions/spec-zoom-videosdk/openapi.json (Zoom Video SDK sessions API 2).
 * Regenerate with `pnpm generate` in this package; `pnpm test` fails when this file is out of date.
 */
/** The client's default `User-Agent`: its package name and version, from its package.json. */
export const userAgent = "@rtc-sessions/zoom-videosdk/0.0.0";

/** The spec's `servers[0].url`: the client's default `baseUrl`. */
export const defaultBaseUrl = "https://api.zoom.us/v2";

/** Each list operation (GET) by path: its `x-rtc-pagination` and its paging parameters' limits. */
export const listOperations = {
  "/videosdk/sessions": {
    "operationId": "listSessions",
    "pagination": {
      "scheme": "cursor",
      "cursorParam": "next_page_token",
      "sizeParam": "page_size",
      "items": "/sessions",
      "nextCursor": "/next_page_token",
      "cursorLifetimeSeconds": 900
    },
    "params": {
      "page_size": {
        "default": 30,
        "minimum": 1,
        "maximum": 300
      },
      "next_page_token": {}
    }
  },
  "/videosdk/sessions/{sessionId}/users": {
    "operationId": "listSessionUsers",
    "pagination": {
      "scheme": "cursor",
      "cursorParam": "next_page_token",
      "sizeParam": "page_size",
      "items": "/users",
      "nextCursor": "/next_page_token",
      "cursorLifetimeSeconds": 900
    },
    "params": {
      "page_size": {
        "default": 30,
        "minimum": 1,
        "maximum": 300
      },
      "next_page_token": {}
    }
  },
  "/videosdk/sessions/{sessionId}/users/qos": {
    "operationId": "listSessionUsersQos",
    "pagination": {
      "scheme": "cursor",
      "cursorParam": "next_page_token",
      "sizeParam": "page_size",
      "items": "/users",
      "nextCursor": "/next_page_token",
      "cursorLifetimeSeconds": 900
    },
    "params": {
      "page_size": {
        "default": 1,
        "minimum": 1,
        "maximum": 10
      },
      "next_page_token": {}
    }
  },
  "/videosdk/sessions/{sessionId}/users/sharing": {
    "operationId": "listSessionUsersSharing",
    "pagination": {
      "scheme": "cursor",
      "cursorParam": "next_page_token",
      "sizeParam": "page_size",
      "items": "/users",
      "nextCursor": "/next_page_token",
      "cursorLifetimeSeconds": 900
    },
    "params": {
      "page_size": {
        "default": 30,
        "minimum": 1,
        "maximum": 300
      },
      "next_page_token": {}
    }
  },
  "/videosdk/stream_ingestions": {
    "operationId": "listStreamIngestions",
    "pagination": {
      "scheme": "cursor",
      "cursorParam": "next_page_token",
      "sizeParam": "page_size",
      "items": "/stream_ingestions",
      "nextCursor": "/next_page_token",
      "cursorLifetimeSeconds": 900
    },
    "params": {
      "page_size": {
        "default": 30,
        "minimum": 1,
        "maximum": 300
      },
      "next_page_token": {}
    }
  }
} as const;
