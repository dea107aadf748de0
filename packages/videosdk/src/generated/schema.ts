/**
 * GENERATED FILE — DO NOT EDIT. TypeScript types of the spec, by openapi-typescript.
 * Source: @rtc-sessions/spec-videosdk/openapi.json (VideoSDK.live sessions API v2).
 * Regenerate with `pnpm generate` (at the repository root, or in this package); the build and
 * `pnpm test` fail while this file is out of date.
 */
export interface paths {
    "/sessions/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch sessions
         * @description Lists sessions, newest first, one page at a time. Filter by `roomId` or `customRoomId`
         *     to get the sessions of one room; with neither, the sessions of all your rooms come back.
         *
         *     **Docs vs. server:** the reference page marks `roomId` as required, but its own text (and
         *     the server) return every room's sessions when it is left out, so both room filters are
         *     optional here. The `userId`, `startDate`, `endDate` and `status` filters are listed by the
         *     newer server SDK reference, not by the REST page.
         *
         *     Paging is by page number: read `pageInfo.lastPage` to know when to stop.
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
    "/sessions/{sessionId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The session's id (`id` or `_id` of a session object). A plain string: recorded ids are not
                 *     always 24 hexadecimal characters (`64bb3619669942e088479mm0`).
                 * @example 621497578bea0d0404c35c4c
                 */
                sessionId: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        /**
         * Fetch a session
         * @description Returns one session as a bare object (no `pageInfo` envelope). Besides the fields of the
         *     list items it carries `userId`, `customRoomId`, `activeDuration` and `chatLink`.
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
    "/sessions/{sessionId}/participants": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The session's id (`id` or `_id` of a session object). A plain string: recorded ids are not
                 *     always 24 hexadecimal characters (`64bb3619669942e088479mm0`).
                 * @example 621497578bea0d0404c35c4c
                 */
                sessionId: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        /**
         * Fetch the participants of a session
         * @description Lists everyone who took part in a session, with a `timelog` entry per stay. Unlike the
         *     other list operations, `data` is **one object** (the session's ids and links) whose
         *     `participants` array is the page; `pageInfo` counts participants.
         */
        get: operations["listSessionParticipants"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sessions/{sessionId}/participants/active": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The session's id (`id` or `_id` of a session object). A plain string: recorded ids are not
                 *     always 24 hexadecimal characters (`64bb3619669942e088479mm0`).
                 * @example 621497578bea0d0404c35c4c
                 */
                sessionId: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        /**
         * Fetch active participants
         * @description Lists the participants currently in an ongoing session.
         *
         *     **Docs vs. server:** the page describes a list of participants, but the recorded response
         *     is a page of whole **sessions** (`data: Session[]`), each item being the ongoing session
         *     (`status: "ongoing"`, `end: null`) whose `participants` are the active ones. Those items
         *     carry `_id` instead of `id` and undocumented fields: `apiKey` (your API key — redact it
         *     before storing a response), `region` and `hlsLog`; their participants carry `events`,
         *     `deviceInfo`, `changeModeHistory`, `mode`, `initTime` and `geoLocation`. The recorded
         *     `links.get_session` lacks the session id.
         *
         *     Answers 404 "No active participants found" when nobody is in the session.
         */
        get: operations["listActiveParticipants"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sessions/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End a session
         * @description Ends the ongoing session of a room, removing every participant. Name the room by
         *     `roomId` (or, as the server SDK allows, by `customRoomId`); add `sessionId` to end one
         *     particular session.
         *
         *     **Docs vs. server:** the response is the session object as it was when the request
         *     arrived — the published example still shows `status: "ongoing"` and `end: null`. Fetch the
         *     session again to see its final state.
         *
         *     Not idempotent: a client must not retry this request once it may have reached the server.
         */
        post: operations["endSession"];
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
         * @description Whether the session is still running.
         * @enum {string}
         */
        SessionStatus: "ongoing" | "ended";
        /** @description Where this page stands in the whole result. */
        PageInfo: {
            /** @description The page returned, counting from 1. */
            currentPage: number;
            /** @description The page size in force. */
            perPage: number;
            /** @description The number of the last page; the walk is over when `currentPage >= lastPage`. */
            lastPage: number;
            /** @description How many items there are on all pages together. */
            total: number;
        };
        /**
         * @description An opaque id. Recorded ids look like MongoDB ObjectIds but are not always 24 hexadecimal
         *     characters (`64bb3619669942e088479mm0`, `64be362brtuyjk2e088479431`): treat them as plain strings.
         */
        Id: string;
        /**
         * Format: date-time
         * @description An RFC 3339 date-time in UTC with millisecond precision, e.g. `2022-02-22T07:57:11.505Z`.
         */
        DateTime: string;
        /** @description One stay of a participant in the session, from joining to leaving. */
        TimelogEntry: {
            start: components["schemas"]["DateTime"];
            /**
             * Format: date-time
             * @description When the participant left; `null` while they are still in the session. Recorded entries
             *     can end after the session's own `end`.
             */
            end: string | null;
        };
        /**
         * @description The participant's media events by kind (undocumented). The recorded responses carry only
         *     empty arrays, so the items' shape is not known yet.
         */
        ParticipantEvents: {
            mic?: unknown[];
            webcam?: unknown[];
            screenShare?: unknown[];
            screenShareAudio?: unknown[];
        };
        /** @description The participant's client (undocumented). */
        DeviceInfo: {
            /** @description Which VideoSDK client, e.g. `prebuilt`, `js`, `react`. */
            sdkType?: string;
            sdkVersion?: string;
            /** @description e.g. `desktop`, `mobile`. */
            platform?: string;
            browserUserAgent?: {
                browser?: {
                    name?: string;
                    version?: string;
                };
                os?: {
                    name?: string;
                    version?: string;
                };
                platform?: {
                    type?: string;
                };
            };
        };
        /**
         * @description The participant's mode, e.g. `CONFERENCE` or `VIEWER`. VideoSDK adds modes over time
         *     (`SEND_AND_RECV`, `SIGNALLING_ONLY`, `RECV_ONLY`), so the set is left open.
         * @example CONFERENCE
         */
        ParticipantMode: string;
        /**
         * @description A participant of a session. List operations carry `participantId`, `name` and `timelog`;
         *     the active-participants operation adds the richer fields below (not in the reference pages,
         *     seen in recorded responses).
         */
        Participant: {
            /** @description The participant's id within the room (chosen by the client SDK or by you). */
            participantId: string;
            /** @description The display name the participant joined with. */
            name: string;
            /** @description One entry per stay; a participant who rejoins has several. */
            timelog: components["schemas"]["TimelogEntry"][];
            _id?: components["schemas"]["Id"];
            events?: components["schemas"]["ParticipantEvents"];
            /** @description How long the client SDK took to initialise, in seconds (undocumented). */
            initTime?: number;
            deviceInfo?: components["schemas"]["DeviceInfo"];
            /** @description Each change of the participant's mode, oldest first (undocumented). */
            changeModeHistory?: {
                mode: components["schemas"]["ParticipantMode"];
                timelog: components["schemas"]["DateTime"];
                _id?: components["schemas"]["Id"];
            }[];
            mode?: components["schemas"]["ParticipantMode"];
            /** @description Where the participant connected from, as located by IP address (undocumented). */
            geoLocation?: {
                city?: string;
                region?: string;
                country?: string;
            };
        };
        /**
         * @description Links to related resources. **Docs vs. server:** recorded `get_session` links can lack the
         *     session id (`https://api.videosdk.live/v2/sessions/`); do not build on them.
         */
        SessionLinks: {
            /** Format: uri */
            get_room?: string;
            /** Format: uri */
            get_session?: string;
            /** Format: uri */
            get_all_participants?: string;
        };
        /**
         * @description A session of a room. The server sends its id as `id` or, in the active-participants
         *     operation, as `_id`; one of the two is always there. Unknown extra fields may appear (the
         *     server SDK's type allows them).
         */
        Session: {
            id?: components["schemas"]["Id"];
            _id?: components["schemas"]["Id"];
            /** @description The room the session ran in. */
            roomId: string;
            /** @description The room's custom id, when it was created with one. */
            customRoomId?: string;
            start: components["schemas"]["DateTime"];
            /**
             * Format: date-time
             * @description When the session ended; `null` while it is ongoing.
             */
            end: string | null;
            status: components["schemas"]["SessionStatus"];
            participants: components["schemas"]["Participant"][];
            /** @description The media region that hosted the session, e.g. `in002`. */
            region?: string;
            links: components["schemas"]["SessionLinks"];
            /**
             * @description **Undocumented, sensitive.** Your API key, leaked by the active-participants operation.
             *     Redact it before a response is logged or stored.
             */
            apiKey?: string;
            /** @description HLS streams of the session (undocumented; only empty arrays recorded so far). */
            hlsLog?: unknown[];
        };
        /** @description One page of sessions. */
        SessionPage: {
            pageInfo: components["schemas"]["PageInfo"];
            data: components["schemas"]["Session"][];
        };
        /**
         * @description VideoSDK does not publish its error body. Recorded and SDK-observed bodies carry a
         *     human-readable `message` and, sometimes, a machine-readable `code` (e.g. `invalid_token`,
         *     `resource_not_found`); both are optional here so that no real error body is rejected.
         */
        Error: {
            message?: string;
            code?: string | number;
            statusCode?: number;
            error?: string;
        };
        /** @description A session as the fetch-one operation returns it, with extra fields. */
        SessionDetails: components["schemas"]["Session"] & {
            /** @description The user id of the room's owner, as set when the room was created. */
            userId?: string;
            /** @description For how long at least one participant was present, in seconds. */
            activeDuration?: number;
            /**
             * Format: uri
             * @description Where the session's chat transcript can be downloaded.
             */
            chatLink?: string;
        };
        /** @description One page of a session's participants, wrapped in the session's ids and links. */
        ParticipantPage: {
            pageInfo: components["schemas"]["PageInfo"];
            data: {
                id: components["schemas"]["Id"];
                roomId: string;
                customRoomId?: string;
                participants: components["schemas"]["Participant"][];
                links?: components["schemas"]["SessionLinks"];
            };
        };
        /** @description Which session to end. Name the room by `roomId` or `customRoomId`. */
        EndSessionRequest: {
            /** @description The room whose session to end (required by the reference page). */
            roomId?: string;
            /** @description The room's custom id, accepted by the server SDK in place of `roomId`. */
            customRoomId?: string;
            /** @description One session of the room to end; without it, the room's ongoing session. */
            sessionId?: string;
        };
    };
    responses: {
        /** @description The request's parameters are invalid (`invalid_params`). */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "message": "\"perPage\" must be a number",
                 *       "code": "invalid_params"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The token is missing, malformed or expired (`invalid_token`). */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "message": "Invalid token.",
                 *       "code": "invalid_token"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The token is valid but may not do this, e.g. it lacks `roles: ["crawler"]` (`unauthorized_token`). */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "message": "Your role must be a CRAWLER in token payload to use V2 API",
                 *       "code": "unauthorized_token"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The server could not read or end the session (`fetch_error`). */
        FetchError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "message": "Failed to get session details",
                 *       "code": "fetch_error"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The request body is not a valid object (`invalid_object`). */
        InvalidObject: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "message": "\"roomId\" is required",
                 *       "code": "invalid_object"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No such session, or no active participants in it (`resource_not_found`). */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "message": "Session not found",
                 *       "code": "resource_not_found"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /**
         * @description Only the sessions of this room. The reference page marks it required, but the server
         *     returns the sessions of all rooms without it.
         * @example abc-xyzw-lmno
         */
        RoomIdFilter: string;
        /**
         * @description Only the sessions of the room created with this custom room id.
         * @example daily-standup
         */
        CustomRoomIdFilter: string;
        /** @description The page to return, counting from 1. */
        Page: number;
        /** @description How many items a page holds. VideoSDK publishes no maximum. */
        PerPage: number;
        /**
         * @description The session's id (`id` or `_id` of a session object). A plain string: recorded ids are not
         *     always 24 hexadecimal characters (`64bb3619669942e088479mm0`).
         * @example 621497578bea0d0404c35c4c
         */
        SessionId: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listSessions: {
        parameters: {
            query?: {
                /**
                 * @description Only the sessions of this room. The reference page marks it required, but the server
                 *     returns the sessions of all rooms without it.
                 * @example abc-xyzw-lmno
                 */
                roomId?: components["parameters"]["RoomIdFilter"];
                /**
                 * @description Only the sessions of the room created with this custom room id.
                 * @example daily-standup
                 */
                customRoomId?: components["parameters"]["CustomRoomIdFilter"];
                /** @description Only sessions in which this user id took part (server SDK reference). */
                userId?: string;
                /**
                 * @description Only sessions that started at or after this instant, in milliseconds since the epoch (server SDK reference).
                 * @example 1690186089215
                 */
                startDate?: number;
                /**
                 * @description Only sessions that started at or before this instant, in milliseconds since the epoch (server SDK reference).
                 * @example 1690272489215
                 */
                endDate?: number;
                /** @description Only ongoing or only ended sessions (server SDK reference). */
                status?: components["schemas"]["SessionStatus"];
                /** @description The page to return, counting from 1. */
                page?: components["parameters"]["Page"];
                /** @description How many items a page holds. VideoSDK publishes no maximum. */
                perPage?: components["parameters"]["PerPage"];
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
                    "application/json": components["schemas"]["SessionPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            406: components["responses"]["FetchError"];
            422: components["responses"]["InvalidObject"];
        };
    };
    getSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The session's id (`id` or `_id` of a session object). A plain string: recorded ids are not
                 *     always 24 hexadecimal characters (`64bb3619669942e088479mm0`).
                 * @example 621497578bea0d0404c35c4c
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
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionDetails"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["FetchError"];
        };
    };
    listSessionParticipants: {
        parameters: {
            query?: {
                /** @description The page to return, counting from 1. */
                page?: components["parameters"]["Page"];
                /** @description How many items a page holds. VideoSDK publishes no maximum. */
                perPage?: components["parameters"]["PerPage"];
            };
            header?: never;
            path: {
                /**
                 * @description The session's id (`id` or `_id` of a session object). A plain string: recorded ids are not
                 *     always 24 hexadecimal characters (`64bb3619669942e088479mm0`).
                 * @example 621497578bea0d0404c35c4c
                 */
                sessionId: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the session's participants. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParticipantPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["FetchError"];
        };
    };
    listActiveParticipants: {
        parameters: {
            query?: {
                /** @description The page to return, counting from 1. */
                page?: components["parameters"]["Page"];
                /** @description How many items a page holds. VideoSDK publishes no maximum. */
                perPage?: components["parameters"]["PerPage"];
            };
            header?: never;
            path: {
                /**
                 * @description The session's id (`id` or `_id` of a session object). A plain string: recorded ids are not
                 *     always 24 hexadecimal characters (`64bb3619669942e088479mm0`).
                 * @example 621497578bea0d0404c35c4c
                 */
                sessionId: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the ongoing session with its active participants. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["FetchError"];
        };
    };
    endSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EndSessionRequest"];
            };
        };
        responses: {
            /** @description The session, as it was when the end was requested. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["FetchError"];
            422: components["responses"]["InvalidObject"];
        };
    };
}
