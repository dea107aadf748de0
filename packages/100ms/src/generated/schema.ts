/**
 * GENERATED FILE — DO NOT EDIT. TypeScript types of the spec, by openapi-typescript.
 * Source: @rtc-sessions/spec-100ms/openapi.json (100ms sessions API v2).
 * Regenerate with `pnpm generate` (at the repository root, or in this package); the build and
 * `pnpm test` fail while this file is out of date.
 */
export interface paths {
    "/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List sessions
         * @description Lists sessions, newest first. **Only live sessions by default** (`active` defaults to
         *     `true`); pass `active=false` for ended ones.
         *
         *     Paging is by cursor: pass the response's `last` as `start` to get the next page. The walk
         *     is over when a page holds fewer than `limit` items or `last` is empty. When nothing
         *     matches, `data` is `null`, not an empty array.
         *
         *     **Docs vs. server:** the reference table calls `peers` an array, but every recorded
         *     response carries a map keyed by peer id. Its description of `before` says "less than or
         *     equal to after" — a typo for `before`.
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
    "/sessions/{session_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The session's id.
                 * @example 631a0fa23e3d9fdb00832596
                 */
                session_id: string;
            };
            cookie?: never;
        };
        /**
         * Retrieve a session
         * @description Returns one session with all the peers who joined it.
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
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * Format: date-time
         * @description An RFC 3339 date-time in UTC. The fraction of a second has one to three digits: recorded
         *     values include `2022-09-06T11:17:03.65Z`.
         */
        DateTime: string;
        /** @description One peer of a session (one join of one user). */
        Peer: {
            /** @description The peer's id (a UUID); also its key in the session's `peers` map. */
            id: string;
            /** @description The session the peer joined. */
            session_id: string;
            /** @description The display name the peer joined with. */
            name: string;
            /** @description The role the peer joined with, as defined in the room's template (e.g. `host`, `guest`, `backstage`). */
            role: string;
            /** @description The user id the app gave when issuing the peer's auth token (may be empty). */
            user_id: string;
            joined_at: components["schemas"]["DateTime"];
            /** @description When the peer left; absent while the peer is still in the session. */
            left_at?: components["schemas"]["DateTime"];
            /**
             * @deprecated
             * @description Deprecated by 100ms; read `user_id` instead. Its type is not published.
             */
            user?: unknown;
        };
        /** @description A session of a room with every peer who joined it. */
        Session: {
            /** @description The session's id. */
            id: string;
            /** @description The room the session ran in. */
            room_id: string;
            /** @description Your 100ms account (workspace) id. */
            customer_id: string;
            /** @description The app the room belongs to (in the official SDK's type; not in the recorded responses). */
            app_id?: string;
            /** @description Whether the session is still running. */
            active: boolean;
            /**
             * @description The session's peers, **keyed by peer id**. **Docs vs. server:** the reference table calls
             *     this an array; every recorded response carries a map.
             */
            peers: {
                [key: string]: components["schemas"]["Peer"];
            };
            created_at: components["schemas"]["DateTime"];
            /** @description When the session last changed; once it has ended, its end. */
            updated_at: components["schemas"]["DateTime"];
        };
        /** @description One page of sessions, newest first. */
        SessionList: {
            /** @description The page size in force. */
            limit: number;
            /** @description The sessions of this page; `null` (not an empty array) when nothing matches. */
            data: components["schemas"]["Session"][] | null;
            /** @description The id of the page's last session, to pass as `start` for the next page; empty or absent when there is none. */
            last?: string;
        };
        /** @description The 100ms error body. */
        Error: {
            /** @description The HTTP status, repeated. */
            code: number;
            message: string;
            details?: string[];
        };
    };
    responses: {
        /** @description The management token is missing, malformed or expired. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": 401,
                 *       "message": "Token validation error",
                 *       "details": [
                 *         "not found"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The token is valid but may not do this (e.g. not a management token). */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": 403,
                 *       "message": "Forbidden",
                 *       "details": [
                 *         "token type is not management"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description A failure on the 100ms side; safe to retry a read later. */
        ServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": 500,
                 *       "message": "Internal server error",
                 *       "details": [
                 *         "unexpected error"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No such session. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": 404,
                 *       "message": "Session not found",
                 *       "details": [
                 *         "session not found"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listSessions: {
        parameters: {
            query?: {
                /** @description Live sessions (`true`, the default) or ended ones (`false`). */
                active?: boolean;
                /**
                 * @description Only the sessions of this room.
                 * @example 627cda81ab4f3b56a077dc33
                 */
                room_id?: string;
                /**
                 * @description Only sessions that started at or after this instant (`YYYY-MM-DDTHH:mm:ss.sssZ`).
                 * @example 2022-09-01T00:00:00.000Z
                 */
                after?: string;
                /**
                 * @description Only sessions that started at or before this instant (`YYYY-MM-DDTHH:mm:ss.sssZ`).
                 * @example 2022-09-30T23:59:59.999Z
                 */
                before?: string;
                /** @description How many sessions a page holds. */
                limit?: number;
                /**
                 * @description The `last` of the previous page, to get the next one.
                 * @example 63172c2d3e3d9fdb008322e1
                 */
                start?: string;
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
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["ServerError"];
        };
    };
    getSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The session's id.
                 * @example 631a0fa23e3d9fdb00832596
                 */
                session_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
        };
    };
}
