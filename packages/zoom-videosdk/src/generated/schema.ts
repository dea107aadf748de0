/**
 * GENERATED FILE — DO NOT EDIT. TypeScript types of the spec, by openapi-typescript.
 * Source: @rtc-sessions/spec-zoom-videosdk/openapi.json (Zoom Video SDK sessions API 2).
 * Regenerate with `pnpm generate` (at the repository root, or in this package); the build and
 * `pnpm test` fail while this file is out of date.
 */
export interface paths {
    "/videosdk/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List sessions
         * @description Lists the live or past sessions of a date range, with whether audio, video, screen
         *     sharing and recording were used. `from` and `to` must be at most one month apart and
         *     within the last six months.
         *
         *     Paging is by token: pass the response's `next_page_token` to get the next page. A token
         *     expires 15 minutes after it was issued; an empty or absent token means there are no more
         *     pages.
         *
         *     **Docs vs. server:** `duration` is documented as `hh:mm:ss`, but the recorded responses
         *     carry `"30:00"` and `"04:38"`; it is a free-form string here. `end_time` is absent for
         *     live sessions.
         */
        get: operations["listSessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/videosdk/sessions/{sessionId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The session's id (`id` of a session object), e.g. `sfk/aOFJSJSYhGwk1hnxgw==`. An id that
                 *     begins with `/` or `+`, or contains `//`, must be URL-encoded **twice** in the path
                 *     (`%252F…`); other ids once.
                 * @example sfk/aOFJSJSYhGwk1hnxgw==
                 */
                sessionId: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        /**
         * Get session details
         * @description Returns one session: the list fields plus `session_number`, `passcode`, `created_at` and,
         *     for scheduled sessions only, `settings`.
         */
        get: operations["getSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/videosdk/sessions/{sessionId}/users": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The session's id (`id` of a session object), e.g. `sfk/aOFJSJSYhGwk1hnxgw==`. An id that
                 *     begins with `/` or `+`, or contains `//`, must be URL-encoded **twice** in the path
                 *     (`%252F…`); other ids once.
                 * @example sfk/aOFJSJSYhGwk1hnxgw==
                 */
                sessionId: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        /**
         * List session users
         * @description Lists the users of a session with their device, network and quality details. A user who
         *     rejoins appears once per join. `leave_time` is absent for users still in the session.
         *     Answers 404 (code 3001) when the session id is invalid or, for `type=past`, the session
         *     has not ended.
         *
         *     Paging is by token, as for List sessions (tokens expire after 15 minutes).
         */
        get: operations["listSessionUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * Format: date-time
         * @description An RFC 3339 date-time in UTC, e.g. `2021-12-07T05:42:28Z`.
         */
        DateTime: string;
        /**
         * @description Zoom's rating of a media stream's quality.
         * @enum {string}
         */
        QualityRating: "good" | "fair" | "poor" | "bad";
        /**
         * @description A session as List sessions returns it. Zoom's own OpenAPI marks no field required; the
         *     fields required here are sent for every session in every recorded response.
         */
        SessionSummary: {
            /** @description The session's id, base64-like (`sfk/aOFJSJSYhGwk1hnxgw==`); see the path parameter for how to encode it. */
            id: string;
            /** @description The session's name (the topic given when it was created). */
            session_name: string;
            start_time: components["schemas"]["DateTime"];
            /** @description When the session ended; absent for live sessions. */
            end_time?: components["schemas"]["DateTime"];
            /**
             * @description How long the session lasted. **Docs vs. server:** documented as `hh:mm:ss`, but recorded
             *     values are `"30:00"` and `"04:38"`, so this is a free-form string; do not parse it,
             *     compute the duration from `start_time` and `end_time`.
             * @example 30:00
             * @example 04:38
             * @example 01:02:03
             */
            duration: string;
            /** @description How many users joined (a rejoin counts again). */
            user_count: number;
            /** @description Whether any user joined by computer audio. */
            has_voip?: boolean;
            has_video?: boolean;
            has_screen_share?: boolean;
            has_recording?: boolean;
            /** @description Whether any user dialled in by telephone. */
            has_pstn?: boolean;
            has_session_summary?: boolean;
            /** @description The session key given when the session was created, if any. */
            session_key?: string;
            audio_quality?: components["schemas"]["QualityRating"];
            video_quality?: components["schemas"]["QualityRating"];
            screen_share_quality?: components["schemas"]["QualityRating"];
        };
        /** @description One page of sessions. */
        SessionList: {
            /**
             * Format: date
             * @description The first day of the range.
             */
            from: string;
            /**
             * Format: date
             * @description The last day of the range.
             */
            to: string;
            /**
             * @description The page size in force. **Docs vs. server:** it need not equal the requested
             *     `page_size` (the recording says 50 for a request of 30).
             */
            page_size: number;
            /** @description The token of the next page; empty or absent on the last page. */
            next_page_token?: string;
            sessions: components["schemas"]["SessionSummary"][];
        };
        /** @description Zoom's error body. `code` is Zoom's own error code, not the HTTP status. */
        Error: {
            /** @description Zoom's error code, e.g. `124` (invalid access token), `200` (no Video SDK account), `3001` (session does not exist). */
            code: number;
            message: string;
            /** @description Per-field details of a validation error. */
            errors?: {
                field?: string;
                message?: string;
            }[];
        };
        /** @description A session as Get session details returns it. */
        SessionDetails: components["schemas"]["SessionSummary"] & {
            /**
             * Format: int64
             * @description The session's number.
             */
            session_number?: number;
            /** @description The session's passcode, when it has one. */
            passcode?: string;
            created_at?: components["schemas"]["DateTime"];
            /** @description The session's settings; only for scheduled sessions (`type=scheduled`). */
            settings?: Record<string, never>;
        };
        /**
         * @description One join of a user to a session (a user who rejoins appears once per join). Zoom's own
         *     OpenAPI marks no field required; the fields required here are sent for every user.
         */
        SessionUser: {
            /** @description The user's id in the session. */
            id: string;
            /** @description The user's display name. */
            name: string;
            /** @description The user's device, e.g. `Mac`, `Windows`, `iOS`. */
            device?: string;
            /** @description The user's IP address. **Personal data** — redact it before storing a response. */
            ip_address?: string;
            /** @description Where the user connected from, e.g. `San Jose (US)`. */
            location?: string;
            /** @description e.g. `Wired`, `Wifi`, `Cellular`, `Others`. */
            network_type?: string;
            microphone?: string;
            speaker?: string;
            camera?: string;
            /** @description The Zoom data centre that hosted the user. */
            data_center?: string;
            /** @description e.g. `UDP`, `TCP`, `SSL`. */
            connection_type?: string;
            join_time: components["schemas"]["DateTime"];
            /** @description When the user left; absent while the user is in the session. */
            leave_time?: components["schemas"]["DateTime"];
            /** @description The user key the app gave when the user joined. */
            user_key?: string;
            participant_uuid?: string;
            /** @description The client the user joined with, e.g. `Windows`, `Web`, `iOS`. */
            client?: string;
            os?: string;
            os_version?: string;
            browser_name?: string;
            browser_version?: string;
            audio_quality?: components["schemas"]["QualityRating"];
            video_quality?: components["schemas"]["QualityRating"];
            screen_share_quality?: components["schemas"]["QualityRating"];
            /** @description Telephone calls of the user (PSTN), if any. */
            audio_call?: {
                call_number?: string;
                call_type?: string;
                zoom_number?: string;
            }[];
        };
        /** @description One page of a session's users. */
        SessionUserList: {
            page_size?: number;
            /** @description The token of the next page; empty or absent on the last page. */
            next_page_token?: string;
            users: components["schemas"]["SessionUser"][];
        };
    };
    responses: {
        /** @description A parameter is invalid, or the account has no Video SDK plan (code 200). */
        BadRequest: {
            headers: {
                "x-zm-trackingid": components["headers"]["TrackingId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": 200,
                 *       "message": "Only available for Video SDK account."
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The token is missing, malformed or expired (code 124). */
        Unauthorized: {
            headers: {
                "x-zm-trackingid": components["headers"]["TrackingId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": 124,
                 *       "message": "Invalid access token."
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The token is valid but may not do this. */
        Forbidden: {
            headers: {
                "x-zm-trackingid": components["headers"]["TrackingId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": 104,
                 *       "message": "Invalid access token, does not contain scopes."
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description The account's rate limit for this operation's label is spent. Wait as `Retry-After` says
         *     (seconds, an HTTP date or an ISO timestamp) — or back off on your own when it is absent.
         */
        TooManyRequests: {
            headers: {
                "x-zm-trackingid": components["headers"]["TrackingId"];
                "Retry-After": components["headers"]["RetryAfter"];
                "X-RateLimit-Category": components["headers"]["RateLimitCategory"];
                "X-RateLimit-Type": components["headers"]["RateLimitType"];
                "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": 429,
                 *       "message": "You have reached the maximum daily rate limit for this API. Refer to the response header for details on when you can make another request."
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No such session, or (for past data) it has not ended (code 3001). */
        SessionNotFound: {
            headers: {
                "x-zm-trackingid": components["headers"]["TrackingId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": 3001,
                 *       "message": "Session does not exist."
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /** @description How many records a page holds. */
        PageSize: number;
        /**
         * @description The `next_page_token` of the previous page, to get the next one. Tokens expire 15 minutes
         *     after they were issued.
         */
        NextPageToken: string;
        /**
         * @description The session's id (`id` of a session object), e.g. `sfk/aOFJSJSYhGwk1hnxgw==`. An id that
         *     begins with `/` or `+`, or contains `//`, must be URL-encoded **twice** in the path
         *     (`%252F…`); other ids once.
         * @example sfk/aOFJSJSYhGwk1hnxgw==
         */
        SessionId: string;
    };
    requestBodies: never;
    headers: {
        /**
         * @description Zoom's id for the request; quote it when you contact Zoom support.
         * @example v=2.0;clid=us06;rid=WEB_0ab3f0d5a7c4e2f1b9d8
         */
        TrackingId: string;
        /**
         * @description When to try again: a number of seconds, an HTTP date or, for the daily limit of Heavy and
         *     Resource-intensive operations, an ISO 8601 timestamp (`2024-01-02T00:00:00Z`). Some real
         *     429 responses have been reported without it.
         * @example 2024-01-02T00:00:00Z
         */
        RetryAfter: string;
        /**
         * @description The rate-limit label of the operation that was limited.
         * @example Heavy
         */
        RateLimitCategory: string;
        /**
         * @description Which limit was hit, e.g. `QPS` (per second) or `Daily-limit`.
         * @example QPS
         */
        RateLimitType: string;
        /**
         * @description The limit in force for this label (for daily limits).
         * @example 60000
         */
        RateLimitLimit: number;
        /**
         * @description How many calls are left under the limit (for daily limits).
         * @example 0
         */
        RateLimitRemaining: number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listSessions: {
        parameters: {
            query: {
                /** @description Live or past sessions. */
                type?: "past" | "live";
                /**
                 * @description The first day of the range, `yyyy-mm-dd`.
                 * @example 2021-12-01
                 */
                from: string;
                /**
                 * @description The last day of the range, `yyyy-mm-dd`, at most one month after `from`.
                 * @example 2021-12-31
                 */
                to: string;
                /** @description How many records a page holds. */
                page_size?: components["parameters"]["PageSize"];
                /**
                 * @description The `next_page_token` of the previous page, to get the next one. Tokens expire 15 minutes
                 *     after they were issued.
                 */
                next_page_token?: components["parameters"]["NextPageToken"];
                /** @description Only sessions created with this session key. */
                session_key?: string;
                /** @description Only sessions with this name. */
                session_name?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of sessions. */
            200: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getSession: {
        parameters: {
            query?: {
                /** @description Whether the session is live, past or scheduled. */
                type?: "past" | "live" | "scheduled";
            };
            header?: never;
            path: {
                /**
                 * @description The session's id (`id` of a session object), e.g. `sfk/aOFJSJSYhGwk1hnxgw==`. An id that
                 *     begins with `/` or `+`, or contains `//`, must be URL-encoded **twice** in the path
                 *     (`%252F…`); other ids once.
                 * @example sfk/aOFJSJSYhGwk1hnxgw==
                 */
                sessionId: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session. */
            200: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionDetails"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["SessionNotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listSessionUsers: {
        parameters: {
            query?: {
                /** @description Users of a live or of a past session. */
                type?: "past" | "live";
                /** @description How many records a page holds. */
                page_size?: components["parameters"]["PageSize"];
                /**
                 * @description The `next_page_token` of the previous page, to get the next one. Tokens expire 15 minutes
                 *     after they were issued.
                 */
                next_page_token?: components["parameters"]["NextPageToken"];
            };
            header?: never;
            path: {
                /**
                 * @description The session's id (`id` of a session object), e.g. `sfk/aOFJSJSYhGwk1hnxgw==`. An id that
                 *     begins with `/` or `+`, or contains `//`, must be URL-encoded **twice** in the path
                 *     (`%252F…`); other ids once.
                 * @example sfk/aOFJSJSYhGwk1hnxgw==
                 */
                sessionId: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the session's users. */
            200: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionUserList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["SessionNotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
}
