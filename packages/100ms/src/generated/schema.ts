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
         * @description Lists sessions, newest first. Pass `active=true` for live sessions only, `active=false` for
         *     ended ones; set it explicitly, since what an unfiltered list returns is disputed (below).
         *
         *     Paging is by cursor: pass the response's `last` as `start` to get the next page. The walk
         *     is over when a page holds fewer than `limit` items or `last` is empty. When nothing
         *     matches, `data` is `null`, not an empty array.
         *
         *     **Docs vs. server:** the reference table gives `active` a default of `true` (live sessions
         *     only), but the published example of an unfiltered request returns only ended sessions
         *     (`active: false`), and the official Node SDK sends no `active` unless asked and is described
         *     as returning all sessions when unfiltered. The spec therefore asserts no default. The reference table calls `peers` an array,
         *     but every recorded response carries a map keyed by peer id. Its description of `before` says
         *     "less than or equal to after" — a typo for `before`.
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
    "/active-rooms/{room_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The room's id.
                 * @example 631a0f990e6ffae22efa610c
                 */
                room_id: components["parameters"]["RoomId"];
            };
            cookie?: never;
        };
        /**
         * Retrieve an active room
         * @description Returns a room with its live session: the session's id, when it started and the ids of the
         *     peers connected now. Use it to check whether a room is live; read the peers themselves with
         *     List peers or Retrieve a peer.
         *
         *     **Docs vs. server:** times here carry nanoseconds (`2022-10-04T12:10:28.939011796Z`), unlike
         *     the sessions operations' milliseconds. A room with no live session is not documented; expect
         *     a 404.
         */
        get: operations["getActiveRoom"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/active-rooms/{room_id}/peers": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The room's id.
                 * @example 631a0f990e6ffae22efa610c
                 */
                room_id: components["parameters"]["RoomId"];
            };
            cookie?: never;
        };
        /**
         * List peers
         * @description Lists the peers connected to a room now, as a map keyed by peer id, optionally only those with
         *     a given `user_id` or `role`.
         *
         *     Not paged: the whole map comes in one response (the page documents no paging parameter, and
         *     the official SDK reads it in one call), so there is no `x-rtc-pagination`.
         *
         *     **Docs vs. server:** the page says an unmatched filter gives "an empty peers list"; the schema
         *     also accepts `peers: null`, the way the same servers answer an empty sessions list.
         */
        get: operations["listActiveRoomPeers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/active-rooms/{room_id}/peers/{peer_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The room's id.
                 * @example 631a0f990e6ffae22efa610c
                 */
                room_id: components["parameters"]["RoomId"];
                /**
                 * @description The peer's id (a UUID), as listed by the room's session or by List peers.
                 * @example 2e8fc83e-6aef-4ca8-9124-bedc253f3529
                 */
                peer_id: components["parameters"]["PeerId"];
            };
            cookie?: never;
        };
        /**
         * Retrieve a peer
         * @description Returns one connected peer with the media tracks it publishes (muted or not, camera or
         *     screen). Only peers connected now: a peer who left is read from its session (Retrieve a
         *     session).
         *
         *     **Docs vs. server:** here the published `metadata` is a JSON object; List peers shows an
         *     empty string and Update a peer a JSON string. All three are accepted (see `PeerMetadata`).
         */
        get: operations["getActiveRoomPeer"];
        put?: never;
        /**
         * Update a peer
         * @description Changes a connected peer's name, role or metadata, and returns the peer as updated.
         *
         *     Changes state: a client must not retry this request once it may have reached the server.
         */
        post: operations["updateActiveRoomPeer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/active-rooms/{room_id}/send-message": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The room's id.
                 * @example 631a0f990e6ffae22efa610c
                 */
                room_id: components["parameters"]["RoomId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a message
         * @description Sends a message to one connected peer, to every peer of a role, or to everyone in the room —
         *     a chat line, a reaction or an app event (`type`).
         *
         *     Not idempotent: a client must not retry this request once it may have reached the server (a
         *     retry would deliver the message twice).
         */
        post: operations["sendActiveRoomMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/active-rooms/{room_id}/remove-peers": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The room's id.
                 * @example 631a0f990e6ffae22efa610c
                 */
                room_id: components["parameters"]["RoomId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remove peers
         * @description Disconnects one peer (`peer_id`) or every peer of a role (`role`) from the room; one of
         *     the two is required (with both, `peer_id` wins). The answer means the removal was
         *     submitted, not done.
         *
         *     Changes state: a client must not retry this request once it may have reached the server.
         */
        post: operations["removeActiveRoomPeers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/active-rooms/{room_id}/end-room": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The room's id.
                 * @example 631a0f990e6ffae22efa610c
                 */
                room_id: components["parameters"]["RoomId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End an active room
         * @description Ends the room's live session, disconnecting every peer; with `lock: true` it also disables
         *     the room so that nobody can join it again until it is enabled. The answer means the end has
         *     begun ("session is ending"), not that the session has ended.
         *
         *     Not idempotent: a client must not retry this request once it may have reached the server.
         */
        post: operations["endActiveRoom"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    "beam.failure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * beam.failure
         * @description Beam's RTMP streaming and/or browser recording failed (bad RTMP URL, the web app did not load, wrong storage credentials, other errors).
         *
         *     100ms does not sign deliveries: authenticate them with the secret header you configure (see the Webhooks tag).
         */
        post: operations["beam.failure"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "beam.recording.success": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * beam.recording.success
         * @description Beam recorded the session's room in a browser and uploaded the video.
         *
         *     100ms does not sign deliveries: authenticate them with the secret header you configure (see the Webhooks tag).
         */
        post: operations["beam.recording.success"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "beam.started.success": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * beam.started.success
         * @description Beam started streaming over RTMP and/or recording the room in a browser.
         *
         *     100ms does not sign deliveries: authenticate them with the secret header you configure (see the Webhooks tag).
         */
        post: operations["beam.started.success"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "beam.stopped.success": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * beam.stopped.success
         * @description Beam stopped streaming over RTMP and/or recording the room.
         *
         *     100ms does not sign deliveries: authenticate them with the secret header you configure (see the Webhooks tag).
         */
        post: operations["beam.stopped.success"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "hls.failure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * hls.failure
         * @description HLS streaming and/or HLS recording of the room failed (an invalid meeting URL, other errors).
         *
         *     100ms does not sign deliveries: authenticate them with the secret header you configure (see the Webhooks tag).
         */
        post: operations["hls.failure"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "hls.recording.success": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * hls.recording.success
         * @description The session's HLS recording was made and uploaded.
         *
         *     100ms does not sign deliveries: authenticate them with the secret header you configure (see the Webhooks tag).
         */
        post: operations["hls.recording.success"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "hls.started.success": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * hls.started.success
         * @description HLS streaming of the room started.
         *
         *     100ms does not sign deliveries: authenticate them with the secret header you configure (see the Webhooks tag).
         */
        post: operations["hls.started.success"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "hls.stopped.success": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * hls.stopped.success
         * @description HLS streaming of the room stopped.
         *
         *     100ms does not sign deliveries: authenticate them with the secret header you configure (see the Webhooks tag).
         */
        post: operations["hls.stopped.success"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "peer.join.failure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * peer.join.failure
         * @description A peer could not join (server overload, network loss, a role that is not allowed, a duplicate peer id).
         *
         *     100ms does not sign deliveries: authenticate them with the secret header you configure (see the Webhooks tag).
         */
        post: operations["peer.join.failure"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "peer.join.success": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * peer.join.success
         * @description A peer joined the room.
         *
         *     100ms does not sign deliveries: authenticate them with the secret header you configure (see the Webhooks tag).
         */
        post: operations["peer.join.success"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "peer.leave.failure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * peer.leave.failure
         * @description A peer's leave failed (it left twice, never joined, or was already removed).
         *
         *     100ms does not sign deliveries: authenticate them with the secret header you configure (see the Webhooks tag).
         */
        post: operations["peer.leave.failure"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "peer.leave.success": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * peer.leave.success
         * @description A peer left the room (see `reason` for why).
         *
         *     100ms does not sign deliveries: authenticate them with the secret header you configure (see the Webhooks tag).
         */
        post: operations["peer.leave.success"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "recording.failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * recording.failed
         * @description The session's composed (SFU) recording could not be made or uploaded.
         *
         *     100ms does not sign deliveries: authenticate them with the secret header you configure (see the Webhooks tag).
         */
        post: operations["recording.failed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "recording.success": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * recording.success
         * @description The session's composed (SFU) recording was made and uploaded.
         *
         *     100ms does not sign deliveries: authenticate them with the secret header you configure (see the Webhooks tag).
         */
        post: operations["recording.success"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "role.change.failure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * role.change.failure
         * @description A peer's role change failed (e.g. `role limit reached`).
         *
         *     100ms does not sign deliveries: authenticate them with the secret header you configure (see the Webhooks tag).
         */
        post: operations["role.change.failure"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "role.change.success": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * role.change.success
         * @description A peer's role changed.
         *
         *     100ms does not sign deliveries: authenticate them with the secret header you configure (see the Webhooks tag).
         */
        post: operations["role.change.success"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "room.end.failure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * room.end.failure
         * @description Ending the room failed (e.g. `session not found`).
         *
         *     100ms does not sign deliveries: authenticate them with the secret header you configure (see the Webhooks tag).
         */
        post: operations["room.end.failure"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "room.end.success": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * room.end.success
         * @description The room was ended (by a peer or through the API), which closes its session.
         *
         *     100ms does not sign deliveries: authenticate them with the secret header you configure (see the Webhooks tag).
         */
        post: operations["room.end.success"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "session.close.success": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * session.close.success
         * @description A session closed: the last peer left, or the room was ended.
         *
         *     100ms does not sign deliveries: authenticate them with the secret header you configure (see the Webhooks tag).
         */
        post: operations["session.close.success"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "session.open.success": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * session.open.success
         * @description A session opened: the first peer joined the room.
         *
         *     100ms does not sign deliveries: authenticate them with the secret header you configure (see the Webhooks tag).
         */
        post: operations["session.open.success"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "transcription.failure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * transcription.failure
         * @description A transcription job failed. (100ms documents no error field for it.)
         *
         *     100ms does not sign deliveries: authenticate them with the secret header you configure (see the Webhooks tag).
         */
        post: operations["transcription.failure"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "transcription.started.success": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * transcription.started.success
         * @description A transcription job started on a finished recording.
         *
         *     100ms does not sign deliveries: authenticate them with the secret header you configure (see the Webhooks tag).
         */
        post: operations["transcription.started.success"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "transcription.success": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * transcription.success
         * @description A transcription job finished and its assets (transcripts, summary) were uploaded.
         *
         *     100ms does not sign deliveries: authenticate them with the secret header you configure (see the Webhooks tag).
         */
        post: operations["transcription.success"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /**
         * Format: date-time
         * @description An RFC 3339 date-time in UTC. The fraction of a second varies: the sessions operations send one
         *     to three digits (recorded values include `2022-09-06T11:17:03.65Z`), the active-room operations
         *     nine (`2022-10-04T12:10:28.939011796Z`, Go's nanosecond format). Read it with a parser that
         *     takes any number of fraction digits (JavaScript's `Date.parse` keeps milliseconds).
         */
        DateTime: string;
        /**
         * @description One peer of a session (one join of one user).
         *
         *     **Docs vs. server:** the current reference page and the recorded responses give each peer
         *     `id`, `session_id` and `user_id`, but the Legacy API (v1) Session page — which documents the
         *     same `GET /v2/sessions` — shows sessions of February 2022 whose peers carry only `name`, `role`,
         *     `joined_at` and `left_at` (see the `legacy` example of List sessions). Older sessions keep that
         *     shape, so only `name`, `role` and `joined_at` are required: a peer's id is always its key in
         *     the session's `peers` map, and its session is the enclosing one.
         */
        Peer: {
            /** @description The peer's id (a UUID); also its key in the session's `peers` map (absent from peers of older sessions). */
            id?: string;
            /** @description The session the peer joined (absent from peers of older sessions). */
            session_id?: string;
            /** @description The display name the peer joined with. */
            name: string;
            /** @description The role the peer joined with, as defined in the room's template (e.g. `host`, `guest`, `backstage`). */
            role: string;
            /** @description The user id the app gave when issuing the peer's auth token (may be empty, or absent from older sessions). */
            user_id?: string;
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
            /**
             * @description Only on older sessions (the Legacy API (v1) Session page's example): an id of your 100ms
             *     account's user. Not in the current reference.
             */
            user_id?: string;
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
        /**
         * @description The 100ms error body of a 4xx answer from the API. Rate-limit and server-side answers use
         *     `EdgeError`, which requires nothing.
         */
        Error: {
            /** @description The HTTP status, repeated. */
            code: number;
            message: string;
            details?: string[];
        };
        /**
         * @description The body of a rate-limit (429) or server-side (5xx) answer. Such answers can come from the
         *     100ms API itself (`{ "code": 500, "message": …, "details": […] }`) or from a proxy or load
         *     balancer in front of it, whose bodies are not the API's. Deliberately, nothing is required and
         *     any JSON is accepted: what a client needs from these answers is the status (and `Retry-After`),
         *     and a contract check must not fail a run because an edge answered in its own words.
         */
        EdgeError: {
            /** @description The HTTP status, repeated (when the API itself answered). */
            code?: number;
            message?: string;
            details?: string[];
        };
        /**
         * @description A room with its live session. The official SDK's type is the same; the session lists only its
         *     peers' ids — read the peers with List peers.
         */
        ActiveRoom: {
            /** @description The room's id. */
            id: string;
            /** @description The room's name (alias), as given when it was created. */
            name: string;
            /** @description Your 100ms account (workspace) id. */
            customer_id: string;
            /** @description The room's live session. */
            session: {
                /** @description The session's id, as Retrieve a session takes it. */
                id: string;
                created_at: components["schemas"]["DateTime"];
                /** @description The ids of the peers connected now. */
                peers: string[];
            };
        };
        /**
         * @description The peer's custom metadata, set by the app (client SDK or Update a peer).
         *
         *     **Docs vs. server:** the published examples disagree on its type: an empty string for a peer
         *     with none (List peers), a JSON **string** (Update a peer: `"{\"isHandRaised\":false}"`, what
         *     the official SDK's `metadata: string` describes) and a JSON **object** (Retrieve a peer:
         *     `{ "is_hand_raised": true }`). The schema accepts all three; parse a string with `JSON.parse`
         *     when it is not empty.
         * @example
         * @example {"isHandRaised":false,"isBRBOn":true}
         */
        PeerMetadata: string | {
            [key: string]: unknown;
        };
        /**
         * @description A peer connected to an active room. Unlike the peers of a session, it carries `metadata` and
         *     no `session_id` or `left_at` (a peer who left is no longer here).
         */
        ActivePeer: {
            /** @description The peer's id (a UUID); also its key in the `peers` map. */
            id: string;
            /** @description The display name the peer joined with. */
            name: string;
            /** @description The peer's current role, as defined in the room's template. */
            role: string;
            /** @description The user id the app gave when issuing the peer's auth token (may be empty). */
            user_id: string;
            joined_at: components["schemas"]["DateTime"];
            metadata: components["schemas"]["PeerMetadata"];
        };
        /** @description The peers connected to an active room. */
        ActivePeerList: {
            /**
             * @description The connected peers that match the filters, **keyed by peer id**. When none matches, the
             *     page promises an empty list; the schema also accepts `null`, which is how the sessions list
             *     answers "nothing" (`data: null`) from the same servers.
             */
            peers: {
                [key: string]: components["schemas"]["ActivePeer"];
            } | null;
        };
        /** @description One media track a connected peer publishes. */
        PeerTrack: {
            /** @description The track's id (a UUID); also its key in the peer's `tracks` map. */
            id: string;
            /** @description The stream the track belongs to (a peer's camera and microphone share one). */
            stream_id: string;
            /** @description Whether the track is muted. */
            mute: boolean;
            /**
             * @description The kind of media, `audio` or `video` (an open set; the official SDK types it as a string).
             * @example audio
             */
            type: string;
            /**
             * @description Where the media comes from, e.g. `regular` (camera, microphone) or `screen` (an open set).
             * @example regular
             */
            source: string;
            started_at: components["schemas"]["DateTime"];
            /** @description A free-text description of the track (empty in the published examples). */
            description?: string;
        };
        /** @description A connected peer with the media tracks it publishes. */
        ActivePeerWithTracks: components["schemas"]["ActivePeer"] & {
            /**
             * @description The peer's tracks, **keyed by track id**. Not required: the official SDK types it as
             *     always there, but a peer that publishes nothing has no track to list, and no example
             *     shows what it then sends.
             */
            tracks?: {
                [key: string]: components["schemas"]["PeerTrack"];
            };
        };
        /**
         * @description What to change on a connected peer; fields left out keep their value.
         *
         *     **Docs vs. server:** the reference table types `metadata` as `object`, but its own example, its
         *     description ("a stringified JSON") and the official SDK (`metadata?: string`) send a string:
         *     the schema takes a string. Reviewed for issue 20 and kept: no source shows the server taking
         *     an object, and the peer's metadata comes back as a string (`ActivePeer.metadata`); a caller
         *     with an object sends `JSON.stringify(object)`.
         */
        UpdatePeerRequest: {
            /** @description The peer's new display name. */
            name?: string;
            /** @description The peer's new role (one of the room template's roles), e.g. to move it backstage. */
            role?: string;
            /** @description The peer's new metadata, usually stringified JSON. */
            metadata?: string;
        };
        /**
         * @description A message to one peer (`peer_id`), to every peer of a role (`role`), or — with neither — to
         *     every connected peer. With both, `peer_id` wins.
         *
         *     **Docs vs. server:** the official Node SDK's type names the peer `peerId` and sends it as is;
         *     the reference page (its table and its example) sends `peer_id`, which this schema follows.
         */
        SendMessageRequest: {
            /** @description The message (or, for `type` other than `chat`, its payload). */
            message: string;
            /** @description Only this connected peer receives the message (the published example sends `""` for "none"). */
            peer_id?: string;
            /** @description Only the connected peers of this role receive it (the published example sends `""` for "none"). */
            role?: string;
            /**
             * @description The kind of message, e.g. `chat`, `emoji` or your own (`custom_event`).
             * @example chat
             */
            type?: string;
        };
        /**
         * @description A confirmation. It says the request was accepted, not that it has taken effect: removing peers
         *     and ending a room happen asynchronously ("peer remove request submitted", "session is ending").
         */
        MessageResponse: {
            message: string;
        };
        /**
         * @description Whom to disconnect: one peer (`peer_id`) or every peer of a role (`role`). One of the two is
         *     required; with both, `peer_id` wins.
         */
        RemovePeersRequest: {
            /** @description The connected peer to remove. */
            peer_id?: string;
            /** @description Remove every connected peer with this role. */
            role?: string;
            /** @description A message passed to the other connected peers. */
            reason?: string;
        };
        /** @description How to end the room's live session. */
        EndRoomRequest: {
            /** @description Why the room is ending, passed to the peers. */
            reason?: string;
            /**
             * @description `true` also disables the room, so nobody can join it again until it is enabled (Enable or
             *     disable a room, or the dashboard); `false` ends the current session only.
             * @default false
             */
            lock: boolean;
        };
        /**
         * @description What every 100ms webhook event carries around its `data`. Each event adds its `type` (a
         *     constant) and the keys of its `data`.
         */
        WebhookEnvelope: {
            /** @description The version of the event's layout (`2.0`; the SFU recording events say `1.0`). */
            version: string;
            /** @description The event's id, unique per event (a UUID). */
            id: string;
            /** @description The 100ms account (customer) the event belongs to. */
            account_id: string;
            /** @description The app the event comes from; not every event carries it. */
            app_id?: string;
            /** @description The template of the room, when the event is about a room. */
            template_id?: string;
            /**
             * Format: date-time
             * @description When the event happened, in UTC (whole seconds in every published example).
             */
            timestamp: string;
            /** @description The event name. */
            type: string;
            /** @description The event's data; its keys depend on `type` (each event describes them). */
            data: unknown;
        };
        /**
         * beam.failure
         * @description Beam's RTMP streaming and/or browser recording failed (bad RTMP URL, the web app did not load, wrong storage credentials, other errors).
         */
        BeamFailureEvent: {
            /**
             * @description The event name; tells the events apart.
             * @constant
             */
            type: "beam.failure";
            data: {
                /** @description The Beam (browser recording / streaming) instance. */
                beam_id: string;
                /** @description The Beam job. */
                job_id?: string;
                /** @description Whether Beam also records (not only streams over RTMP). */
                recording_enabled?: boolean;
                /** @description The room, as the REST API names it (`room_id`). */
                room_id: string;
                /** @description The peer (one join of one user) that started it — the key of the session's `peers` map. */
                peer_id?: string;
                /** @description The session — the `id` of `GET /sessions/{session_id}`. */
                session_id: string;
                /** @description The id of this webhook message. */
                metadata_id?: string;
                /** @description The room's template. */
                template_id?: string;
                /**
                 * Format: date-time
                 * @description When this webhook message was created.
                 */
                metadata_timestamp?: string;
                /**
                 * @deprecated
                 * @description Deprecated by 100ms: use `error_type`.
                 */
                error_code?: number;
                /** @description What went wrong, in words. */
                error_message?: string;
                /** @description What kind of failure. 100ms documents the values in `x-rtc-known-values`; the field is an open string so that a kind added later does not reject the delivery (`rtc-contract --strict` reports one). */
                error_type?: string;
                /**
                 * @deprecated
                 * @description Beam's state, e.g. `Started`, `Stopped`, `HLSStarted`, `HLSStopped`.
                 */
                state_name?: string;
                /**
                 * Format: date-time
                 * @deprecated
                 * @description When Beam's state changed.
                 */
                state_timestamp?: string;
                /** @description How long it ran, in seconds. */
                duration?: number;
                /** @description The maximum width streamed or recorded, in pixels. */
                max_width?: number;
                /** @description The maximum height streamed or recorded, in pixels. */
                max_height?: number;
                /** @description The meeting URL Beam opened. */
                meeting_url?: string;
                /** @description The RTMP destinations given when Beam started. */
                rtmp?: {
                    /** @description The RTMP URL. */
                    url?: string;
                }[];
                /**
                 * Format: date-time
                 * @description When the session started.
                 */
                session_started_at?: string;
            };
        } & WithRequired<components["schemas"]["WebhookEnvelope"], "type" | "data">;
        /**
         * beam.recording.success
         * @description Beam recorded the session's room in a browser and uploaded the video.
         */
        BeamRecordingSuccessEvent: {
            /**
             * @description The event name; tells the events apart.
             * @constant
             */
            type: "beam.recording.success";
            data: {
                /** @description The Beam (browser recording / streaming) instance. */
                beam_id: string;
                /** @description The room, as the REST API names it (`room_id`). */
                room_id: string;
                /** @description The peer (one join of one user) — the key of the session's `peers` map. */
                peer_id?: string;
                /** @description The id of this webhook message. */
                metadata_id?: string;
                /**
                 * Format: date-time
                 * @description When this webhook message was created.
                 */
                metadata_timestamp?: string;
                /** @description The session — the `id` of `GET /sessions/{session_id}`. */
                session_id: string;
                /** @description The room's template. */
                template_id?: string;
                /**
                 * Format: date-time
                 * @description When the recording was created.
                 */
                created_at?: string;
                /** @description How long it lasted, in seconds. */
                duration?: number;
                /**
                 * @deprecated
                 * @description Deprecated: use `recording_path` / `recording_presigned_url`.
                 */
                location?: string;
                /**
                 * Format: date-time
                 * @description When it started.
                 */
                started_at?: string;
                /**
                 * Format: date-time
                 * @description When it stopped.
                 */
                stopped_at?: string;
                /** @description The maximum width recorded, in pixels. */
                max_width?: number;
                /** @description The maximum height recorded, in pixels. */
                max_height?: number;
                /** @description Where the recording was uploaded (an `s3://…` style URI). */
                recording_path?: string;
                /** @description A presigned HTTPS URL to download the recording (valid for a limited time: treat it as a credential). */
                recording_presigned_url?: string;
                /** @description Where the chat recording was uploaded. */
                chat_recording_path?: string;
                /** @description A presigned HTTPS URL to download the chat recording. */
                chat_recording_presigned_url?: string;
                /** @description The meeting URL Beam opened. */
                meeting_url?: string;
                /** @description The RTMP destinations given when Beam started. */
                rtmp?: {
                    /** @description The RTMP URL. */
                    url?: string;
                }[];
                /**
                 * Format: date-time
                 * @description When the session started.
                 */
                session_started_at?: string;
                /** @description The size of the recording in bytes. */
                size?: number;
            };
        } & WithRequired<components["schemas"]["WebhookEnvelope"], "type" | "data">;
        /**
         * beam.started.success
         * @description Beam started streaming over RTMP and/or recording the room in a browser.
         */
        BeamStartedSuccessEvent: {
            /**
             * @description The event name; tells the events apart.
             * @constant
             */
            type: "beam.started.success";
            data: {
                /** @description The Beam (browser recording / streaming) instance. */
                beam_id: string;
                /** @description The Beam job. */
                job_id?: string;
                /** @description Whether Beam also records (not only streams over RTMP). */
                recording_enabled?: boolean;
                /** @description The room, as the REST API names it (`room_id`). */
                room_id: string;
                /** @description The peer (one join of one user) that started it — the key of the session's `peers` map. */
                peer_id?: string;
                /** @description The session — the `id` of `GET /sessions/{session_id}`. */
                session_id: string;
                /** @description The id of this webhook message. */
                metadata_id?: string;
                /** @description The room's template. */
                template_id?: string;
                /**
                 * Format: date-time
                 * @description When this webhook message was created.
                 */
                metadata_timestamp?: string;
                /** @description How long Beam took to start, in seconds. */
                start_delay?: number;
                /** @description Beam's state, e.g. `Started`, `Stopped`, `HLSStarted`, `HLSStopped`. */
                state_name?: string;
                /**
                 * Format: date-time
                 * @description When Beam's state changed.
                 */
                state_timestamp?: string;
                /** @description The maximum width streamed or recorded, in pixels. */
                max_width?: number;
                /** @description The maximum height streamed or recorded, in pixels. */
                max_height?: number;
                /** @description The meeting URL Beam opened. */
                meeting_url?: string;
                /** @description The RTMP destinations given when Beam started. */
                rtmp?: {
                    /** @description The RTMP URL. */
                    url?: string;
                }[];
                /**
                 * Format: date-time
                 * @description When the session started.
                 */
                session_started_at?: string;
            };
        } & WithRequired<components["schemas"]["WebhookEnvelope"], "type" | "data">;
        /**
         * beam.stopped.success
         * @description Beam stopped streaming over RTMP and/or recording the room.
         */
        BeamStoppedSuccessEvent: {
            /**
             * @description The event name; tells the events apart.
             * @constant
             */
            type: "beam.stopped.success";
            data: {
                /** @description The Beam (browser recording / streaming) instance. */
                beam_id: string;
                /** @description The Beam job. */
                job_id?: string;
                /** @description Whether Beam also records (not only streams over RTMP). */
                recording_enabled?: boolean;
                /** @description The room, as the REST API names it (`room_id`). */
                room_id: string;
                /** @description The peer (one join of one user) that started it — the key of the session's `peers` map. */
                peer_id?: string;
                /** @description The session — the `id` of `GET /sessions/{session_id}`. */
                session_id: string;
                /** @description The id of this webhook message. */
                metadata_id?: string;
                /** @description The room's template. */
                template_id?: string;
                /**
                 * Format: date-time
                 * @description When this webhook message was created.
                 */
                metadata_timestamp?: string;
                /** @description Beam's state, e.g. `Started`, `Stopped`, `HLSStarted`, `HLSStopped`. */
                state_name?: string;
                /**
                 * Format: date-time
                 * @description When Beam's state changed.
                 */
                state_timestamp?: string;
                /** @description How long it ran, in seconds. */
                duration?: number;
                /** @description The maximum width streamed or recorded, in pixels. */
                max_width?: number;
                /** @description The maximum height streamed or recorded, in pixels. */
                max_height?: number;
                /** @description The meeting URL Beam opened. */
                meeting_url?: string;
                /** @description The RTMP destinations given when Beam started. */
                rtmp?: {
                    /** @description The RTMP URL. */
                    url?: string;
                }[];
                /**
                 * Format: date-time
                 * @description When the session started.
                 */
                session_started_at?: string;
                /** @description Why it stopped: `client request`, `max duration reached`, `room ended`, `last peer left` or `failure: <error_type>` (100ms's list; a free string, since the last one embeds an error type). */
                reason?: string;
            };
        } & WithRequired<components["schemas"]["WebhookEnvelope"], "type" | "data">;
        /**
         * hls.failure
         * @description HLS streaming and/or HLS recording of the room failed (an invalid meeting URL, other errors).
         */
        HlsFailureEvent: {
            /**
             * @description The event name; tells the events apart.
             * @constant
             */
            type: "hls.failure";
            data: {
                /** @description The Beam (browser recording / streaming) instance. */
                beam_id: string;
                /** @description The Beam job. */
                job_id?: string;
                /** @description Whether the HLS recording is also written as one MP4 file per layer. */
                recording_single_file_per_layer_enabled?: boolean;
                /** @description Whether the HLS recording is written as a video-on-demand playlist (a ZIP of the m3u8 chunks). */
                recording_vod_playlist_enabled?: boolean;
                /** @description The room, as the REST API names it (`room_id`). */
                room_id: string;
                /** @description The peer (one join of one user) that started it — the key of the session's `peers` map. */
                peer_id?: string;
                /** @description The session — the `id` of `GET /sessions/{session_id}`. */
                session_id: string;
                /** @description The room's template. */
                template_id?: string;
                /** @description The maximum width streamed or recorded, in pixels. */
                max_width?: number;
                /** @description The maximum height streamed or recorded, in pixels. */
                max_height?: number;
                /** @description The meeting URL Beam opened. */
                meeting_url?: string;
                /**
                 * @deprecated
                 * @description Deprecated by 100ms: use `error_type`.
                 */
                error_code?: number;
                /** @description What went wrong, in words. */
                error_message?: string;
                /** @description What kind of failure. 100ms documents the values in `x-rtc-known-values`; the field is an open string so that a kind added later does not reject the delivery (`rtc-contract --strict` reports one). */
                error_type?: string;
                /** @description The id of this webhook message. */
                metadata_id?: string;
                /**
                 * Format: date-time
                 * @description When this webhook message was created.
                 */
                metadata_timestamp?: string;
                /**
                 * @deprecated
                 * @description Beam's state, e.g. `Started`, `Stopped`, `HLSStarted`, `HLSStopped`.
                 */
                state_name?: string;
                /**
                 * Format: date-time
                 * @deprecated
                 * @description When Beam's state changed.
                 */
                state_timestamp?: string;
                /** @description How long it ran, in seconds. */
                duration?: number;
                /**
                 * Format: date-time
                 * @description When the session started.
                 */
                session_started_at?: string;
            };
        } & WithRequired<components["schemas"]["WebhookEnvelope"], "type" | "data">;
        /**
         * hls.recording.success
         * @description The session's HLS recording was made and uploaded.
         */
        HlsRecordingSuccessEvent: {
            /**
             * @description The event name; tells the events apart.
             * @constant
             */
            type: "hls.recording.success";
            data: {
                /** @description The Beam (browser recording / streaming) instance. */
                beam_id: string;
                /** @description The room, as the REST API names it (`room_id`). */
                room_id: string;
                /** @description The id of this webhook message. */
                metadata_id?: string;
                /**
                 * Format: date-time
                 * @description When this webhook message was created.
                 */
                metadata_timestamp?: string;
                /** @description How long it lasted, in seconds. */
                duration?: number;
                /** @description The session — the `id` of `GET /sessions/{session_id}`. */
                session_id: string;
                /** @description The room's template. */
                template_id?: string;
                /** @description Where the HLS VOD playlist (a zip) was uploaded. */
                hls_vod_recording_path?: string;
                /** @description A presigned HTTPS URL to download the HLS VOD playlist. */
                hls_vod_recording_presigned_url?: string;
                /** @description Where the chat recording was uploaded. */
                chat_recording_path?: string;
                /** @description A presigned HTTPS URL to download the chat recording. */
                chat_recording_presigned_url?: string;
                /** @description The size of the HLS VOD recording in bytes. */
                hls_vod_recording_size?: number;
                /** @description The maximum width recorded, in pixels. */
                max_width?: number;
                /** @description The maximum height recorded, in pixels. */
                max_height?: number;
                /** @description The meeting URL Beam opened. */
                meeting_url?: string;
                /**
                 * Format: date-time
                 * @description When the recording was created.
                 */
                recording_created_at?: string;
                /**
                 * Format: date-time
                 * @description When it started.
                 */
                started_at?: string;
                /**
                 * Format: date-time
                 * @description When it stopped.
                 */
                stopped_at?: string;
                /** @description One MP4 per HLS layer; layer `"0"` is the best quality. */
                recording_single_files?: {
                    /** @description The recording asset. */
                    asset_id?: string;
                    /** @description The HLS layer, as a string (`"0"`, `"1"`…). */
                    layer?: string;
                    /** @description Where the file was uploaded. */
                    recording_path?: string;
                    /** @description A presigned HTTPS URL to download the file. */
                    recording_presigned_url?: string;
                    /** @description The file size in bytes. */
                    size?: number;
                    /** @description Width in pixels. */
                    width?: number;
                    /** @description Height in pixels. */
                    height?: number;
                }[];
                /**
                 * @deprecated
                 * @description Deprecated: use `hls_vod_recording_presigned_url`.
                 */
                recording_hls_vod_playlist_location?: string;
                /** @description Thumbnails taken from the recording. */
                recording_thumbnails?: {
                    /** @description Width in pixels. */
                    width?: number;
                    /** @description Height in pixels. */
                    height?: number;
                    /** @description Where in the recording, in seconds. */
                    offset?: number;
                    /** @description Where the thumbnail was uploaded. */
                    location?: string;
                    /** @description A presigned HTTPS URL to download it. */
                    url?: string;
                }[];
                /**
                 * Format: date-time
                 * @description When the session started.
                 */
                session_started_at?: string;
            };
        } & WithRequired<components["schemas"]["WebhookEnvelope"], "type" | "data">;
        /**
         * hls.started.success
         * @description HLS streaming of the room started.
         */
        HlsStartedSuccessEvent: {
            /**
             * @description The event name; tells the events apart.
             * @constant
             */
            type: "hls.started.success";
            data: {
                /** @description The Beam (browser recording / streaming) instance. */
                beam_id: string;
                /** @description The Beam job. */
                job_id?: string;
                /** @description Whether the HLS recording is also written as one MP4 file per layer. */
                recording_single_file_per_layer_enabled?: boolean;
                /** @description Whether the HLS recording is written as a video-on-demand playlist (a ZIP of the m3u8 chunks). */
                recording_vod_playlist_enabled?: boolean;
                /** @description The room, as the REST API names it (`room_id`). */
                room_id: string;
                /** @description The peer (one join of one user) that started it — the key of the session's `peers` map. */
                peer_id?: string;
                /** @description The session — the `id` of `GET /sessions/{session_id}`. */
                session_id: string;
                /** @description The room's template. */
                template_id?: string;
                /** @description The meeting URL Beam opened. */
                meeting_url?: string;
                /** @description The id of this webhook message. */
                metadata_id?: string;
                /**
                 * Format: date-time
                 * @description When this webhook message was created.
                 */
                metadata_timestamp?: string;
                /** @description How long Beam took to start, in seconds. */
                start_delay?: number;
                /** @description Beam's state, e.g. `Started`, `Stopped`, `HLSStarted`, `HLSStopped`. */
                state_name?: string;
                /**
                 * Format: date-time
                 * @description When Beam's state changed.
                 */
                state_timestamp?: string;
                /** @description The maximum width streamed or recorded, in pixels. */
                max_width?: number;
                /** @description The maximum height streamed or recorded, in pixels. */
                max_height?: number;
                /** @description The HLS stream's URL (an `.m3u8` playlist). */
                url?: string;
                /**
                 * Format: date-time
                 * @description When it started.
                 */
                started_at?: string;
                /**
                 * Format: date-time
                 * @description When the session started.
                 */
                session_started_at?: string;
            };
        } & WithRequired<components["schemas"]["WebhookEnvelope"], "type" | "data">;
        /**
         * hls.stopped.success
         * @description HLS streaming of the room stopped.
         */
        HlsStoppedSuccessEvent: {
            /**
             * @description The event name; tells the events apart.
             * @constant
             */
            type: "hls.stopped.success";
            data: {
                /** @description The Beam (browser recording / streaming) instance. */
                beam_id: string;
                /** @description The Beam job. */
                job_id?: string;
                /** @description Whether the HLS recording is also written as one MP4 file per layer. */
                recording_single_file_per_layer_enabled?: boolean;
                /** @description Whether the HLS recording is written as a video-on-demand playlist (a ZIP of the m3u8 chunks). */
                recording_vod_playlist_enabled?: boolean;
                /** @description The room, as the REST API names it (`room_id`). */
                room_id: string;
                /** @description The peer (one join of one user) that started it — the key of the session's `peers` map. */
                peer_id?: string;
                /** @description The session — the `id` of `GET /sessions/{session_id}`. */
                session_id: string;
                /** @description The room's template. */
                template_id?: string;
                /** @description The maximum width streamed or recorded, in pixels. */
                max_width?: number;
                /** @description The maximum height streamed or recorded, in pixels. */
                max_height?: number;
                /** @description The meeting URL Beam opened. */
                meeting_url?: string;
                /** @description The id of this webhook message. */
                metadata_id?: string;
                /**
                 * Format: date-time
                 * @description When this webhook message was created.
                 */
                metadata_timestamp?: string;
                /** @description Beam's state, e.g. `Started`, `Stopped`, `HLSStarted`, `HLSStopped`. */
                state_name?: string;
                /**
                 * Format: date-time
                 * @description When Beam's state changed.
                 */
                state_timestamp?: string;
                /** @description The HLS stream's URL (an `.m3u8` playlist). */
                url?: string;
                /** @description How long it ran, in seconds. */
                duration?: number;
                /**
                 * Format: date-time
                 * @description When it started.
                 */
                started_at?: string;
                /**
                 * Format: date-time
                 * @description When it stopped.
                 */
                stopped_at?: string;
                /**
                 * Format: date-time
                 * @description When the session started.
                 */
                session_started_at?: string;
                /** @description Why it stopped: `client request`, `max duration reached`, `room ended`, `last peer left` or `failure: <error_type>` (100ms's list; a free string, since the last one embeds an error type). */
                reason?: string;
            };
        } & WithRequired<components["schemas"]["WebhookEnvelope"], "type" | "data">;
        /**
         * peer.join.failure
         * @description A peer could not join (server overload, network loss, a role that is not allowed, a duplicate peer id).
         */
        PeerJoinFailureEvent: {
            /**
             * @description The event name; tells the events apart.
             * @constant
             */
            type: "peer.join.failure";
            data: {
                /** @description The room, as the REST API names it (`room_id`). */
                room_id: string;
                /** @description The room name given when the room was created. */
                room_name?: string;
                /** @description The peer (one join of one user) — the key of the session's `peers` map. */
                peer_id: string;
                /** @description The user id your app gave the peer when it joined. */
                user_id?: string;
                /** @description The room's template. */
                template_id?: string;
                /** @description The peer's display name. */
                user_name?: string;
                /** @description The metadata your app attached to the peer, as a string (often JSON, e.g. `{"isHandRaised":true}`); empty when none. */
                user_data?: string;
                /** @description The peer's role (one of the template's roles, e.g. `host`). */
                role?: string;
                /**
                 * Format: date-time
                 * @description When the peer joined. Go's zero time (`0001-01-01T00:00:00Z`) when it never did.
                 */
                joined_at?: string;
                /** @description Why it failed, in 100ms's words (e.g. `role not allowed`, `Peer not joined`). */
                error_message: string;
            };
        } & WithRequired<components["schemas"]["WebhookEnvelope"], "type" | "data">;
        /**
         * peer.join.success
         * @description A peer joined the room.
         */
        PeerJoinSuccessEvent: {
            /**
             * @description The event name; tells the events apart.
             * @constant
             */
            type: "peer.join.success";
            data: {
                /** @description The room, as the REST API names it (`room_id`). */
                room_id: string;
                /** @description The room name given when the room was created. */
                room_name?: string;
                /** @description The session — the `id` of `GET /sessions/{session_id}`. */
                session_id: string;
                /** @description The peer (one join of one user) — the key of the session's `peers` map. */
                peer_id: string;
                /** @description The user id your app gave the peer when it joined. */
                user_id?: string;
                /** @description The room's template. */
                template_id?: string;
                /** @description The peer's display name. */
                user_name?: string;
                /** @description The metadata your app attached to the peer, as a string (often JSON, e.g. `{"isHandRaised":true}`); empty when none. */
                user_data?: string;
                /** @description The peer's role (one of the template's roles, e.g. `host`). */
                role: string;
                /**
                 * Format: date-time
                 * @description When the peer joined. Go's zero time (`0001-01-01T00:00:00Z`) when it never did.
                 */
                joined_at: string;
                /**
                 * Format: date-time
                 * @description When the session started.
                 */
                session_started_at?: string;
            };
        } & WithRequired<components["schemas"]["WebhookEnvelope"], "type" | "data">;
        /**
         * peer.leave.failure
         * @description A peer's leave failed (it left twice, never joined, or was already removed).
         */
        PeerLeaveFailureEvent: {
            /**
             * @description The event name; tells the events apart.
             * @constant
             */
            type: "peer.leave.failure";
            data: {
                /** @description The room, as the REST API names it (`room_id`). */
                room_id: string;
                /** @description The room name given when the room was created. */
                room_name?: string;
                /** @description The peer (one join of one user) — the key of the session's `peers` map. */
                peer_id: string;
                /** @description The user id your app gave the peer when it joined. */
                user_id?: string;
                /** @description The room's template. */
                template_id?: string;
                /** @description The peer's display name. */
                user_name?: string;
                /** @description The metadata your app attached to the peer, as a string (often JSON, e.g. `{"isHandRaised":true}`); empty when none. */
                user_data?: string;
                /** @description The peer's role (one of the template's roles, e.g. `host`). */
                role?: string;
                /**
                 * Format: date-time
                 * @description When the peer left. Go's zero time (`0001-01-01T00:00:00Z`) when it never left.
                 */
                left_at?: string;
                /** @description How long it lasted, in seconds. */
                duration?: number;
                /** @description Why it failed, in 100ms's words (e.g. `role not allowed`, `Peer not joined`). */
                error_message: string;
                /**
                 * Format: date-time
                 * @description When the peer joined. Go's zero time (`0001-01-01T00:00:00Z`) when it never did.
                 */
                joined_at?: string;
            };
        } & WithRequired<components["schemas"]["WebhookEnvelope"], "type" | "data">;
        /**
         * peer.leave.success
         * @description A peer left the room (see `reason` for why).
         */
        PeerLeaveSuccessEvent: {
            /**
             * @description The event name; tells the events apart.
             * @constant
             */
            type: "peer.leave.success";
            data: {
                /** @description The room, as the REST API names it (`room_id`). */
                room_id: string;
                /** @description The room name given when the room was created. */
                room_name?: string;
                /** @description The session — the `id` of `GET /sessions/{session_id}`. */
                session_id: string;
                /** @description The peer (one join of one user) — the key of the session's `peers` map. */
                peer_id: string;
                /** @description The user id your app gave the peer when it joined. */
                user_id?: string;
                /** @description The room's template. */
                template_id?: string;
                /** @description The peer's display name. */
                user_name?: string;
                /** @description The metadata your app attached to the peer, as a string (often JSON, e.g. `{"isHandRaised":true}`); empty when none. */
                user_data?: string;
                /** @description The peer's role (one of the template's roles, e.g. `host`). */
                role?: string;
                /**
                 * Format: date-time
                 * @description When the peer left. Go's zero time (`0001-01-01T00:00:00Z`) when it never left.
                 */
                left_at: string;
                /** @description How long it lasted, in seconds. */
                duration?: number;
                /** @description Why it ended, in 100ms's words: for a peer leaving one of `client request`, `peer kicked`, `websocket closed`, `ice connection state closed`, `server removed peer`; for a room, the reason given with the end-room call. */
                reason?: string;
                /** @description The message given when the peer was removed, if any. */
                message?: string;
                /**
                 * Format: date-time
                 * @description When the peer joined. Go's zero time (`0001-01-01T00:00:00Z`) when it never did.
                 */
                joined_at?: string;
                /**
                 * Format: date-time
                 * @description When the session started.
                 */
                session_started_at?: string;
            };
        } & WithRequired<components["schemas"]["WebhookEnvelope"], "type" | "data">;
        /**
         * recording.failed
         * @description The session's composed (SFU) recording could not be made or uploaded.
         */
        RecordingFailedEvent: {
            /**
             * @description The event name; tells the events apart.
             * @constant
             */
            type: "recording.failed";
            data: {
                /** @description The room, as the REST API names it (`room_id`). */
                room_id: string;
                /** @description The room name given when the room was created. */
                room_name?: string;
                /** @description The session — the `id` of `GET /sessions/{session_id}`. */
                session_id: string;
                /** @description The room's template. */
                template_id?: string;
                /** @description The error message (e.g. `INTERNAL_ERROR`). */
                error?: string;
                /** @description The kind of failure (e.g. `INPUT_ERROR`, `CLOUD_ACCESS_ERROR`, `CONFIG_ERROR`). */
                error_type?: string;
                /**
                 * Format: date-time
                 * @description When the session started.
                 */
                session_started_at?: string;
                /**
                 * Format: date-time
                 * @description When the session ended.
                 */
                session_stopped_at?: string;
            };
        } & WithRequired<components["schemas"]["WebhookEnvelope"], "type" | "data">;
        /**
         * recording.success
         * @description The session's composed (SFU) recording was made and uploaded.
         */
        RecordingSuccessEvent: {
            /**
             * @description The event name; tells the events apart.
             * @constant
             */
            type: "recording.success";
            data: {
                /** @description The room, as the REST API names it (`room_id`). */
                room_id: string;
                /** @description The room name given when the room was created. */
                room_name?: string;
                /** @description The session — the `id` of `GET /sessions/{session_id}`. */
                session_id: string;
                /** @description The room's template. */
                template_id?: string;
                /**
                 * @deprecated
                 * @description Deprecated: use `recording_path` / `recording_presigned_url`.
                 */
                location?: string;
                /**
                 * @deprecated
                 * @description Deprecated: use `recording_presigned_url`.
                 */
                URL?: string;
                /** @description How long it lasted, in seconds. */
                duration?: number;
                /** @description Where the recording was uploaded (an `s3://…` style URI). */
                recording_path?: string;
                /** @description A presigned HTTPS URL to download the recording (valid for a limited time: treat it as a credential). */
                recording_presigned_url?: string;
                /** @description Where the chat recording was uploaded. */
                chat_recording_path?: string;
                /** @description A presigned HTTPS URL to download the chat recording. */
                chat_recording_presigned_url?: string;
                /** @description The size of the recording in bytes. */
                size?: number;
                /**
                 * Format: date-time
                 * @description When the session started.
                 */
                session_started_at?: string;
                /**
                 * Format: date-time
                 * @description When the session ended.
                 */
                session_stopped_at?: string;
            };
        } & WithRequired<components["schemas"]["WebhookEnvelope"], "type" | "data">;
        /**
         * role.change.failure
         * @description A peer's role change failed (e.g. `role limit reached`).
         */
        RoleChangeFailureEvent: {
            /**
             * @description The event name; tells the events apart.
             * @constant
             */
            type: "role.change.failure";
            data: {
                /** @description The room, as the REST API names it (`room_id`). */
                room_id: string;
                /** @description The room name given when the room was created. */
                room_name?: string;
                /** @description The session — the `id` of `GET /sessions/{session_id}`. */
                session_id?: string;
                /** @description The room's template. */
                template_id?: string;
                /** @description The peer (one join of one user) — the key of the session's `peers` map. */
                peer_id: string;
                /** @description The user id your app gave the peer when it joined. */
                user_id?: string;
                /** @description The peer's display name. */
                user_name?: string;
                /** @description The metadata your app attached to the peer, as a string (often JSON, e.g. `{"isHandRaised":true}`); empty when none. */
                user_data?: string;
                /** @description The peer's role (one of the template's roles, e.g. `host`). */
                role?: string;
                /**
                 * Format: date-time
                 * @description When the peer joined. Go's zero time (`0001-01-01T00:00:00Z`) when it never did.
                 */
                joined_at?: string;
                /**
                 * Format: date-time
                 * @description When the session started.
                 */
                session_started_at?: string;
                /** @description Why it failed, in 100ms's words (e.g. `role not allowed`, `Peer not joined`). */
                error_message: string;
                /** @description The peer who asked for the change; absent when the change came through the API. */
                role_change_requested_by?: string;
            };
        } & WithRequired<components["schemas"]["WebhookEnvelope"], "type" | "data">;
        /**
         * role.change.success
         * @description A peer's role changed.
         */
        RoleChangeSuccessEvent: {
            /**
             * @description The event name; tells the events apart.
             * @constant
             */
            type: "role.change.success";
            data: {
                /** @description The room, as the REST API names it (`room_id`). */
                room_id: string;
                /** @description The room name given when the room was created. */
                room_name?: string;
                /** @description The session — the `id` of `GET /sessions/{session_id}`. */
                session_id: string;
                /** @description The room's template. */
                template_id?: string;
                /** @description The peer (one join of one user) — the key of the session's `peers` map. */
                peer_id: string;
                /** @description The user id your app gave the peer when it joined. */
                user_id?: string;
                /** @description The peer's display name. */
                user_name?: string;
                /** @description The metadata your app attached to the peer, as a string (often JSON, e.g. `{"isHandRaised":true}`); empty when none. */
                user_data?: string;
                /** @description The peer's role before the change. */
                previous_role?: string;
                /** @description The peer's role (one of the template's roles, e.g. `host`). */
                role: string;
                /**
                 * Format: date-time
                 * @description When the peer joined. Go's zero time (`0001-01-01T00:00:00Z`) when it never did.
                 */
                joined_at?: string;
                /**
                 * Format: date-time
                 * @description When the session started.
                 */
                session_started_at?: string;
                /**
                 * Format: date-time
                 * @description When the role changed.
                 */
                role_changed_at?: string;
                /** @description The peer who asked for the change; absent when the change came through the API. */
                role_change_requested_by?: string;
            };
        } & WithRequired<components["schemas"]["WebhookEnvelope"], "type" | "data">;
        /**
         * room.end.failure
         * @description Ending the room failed (e.g. `session not found`).
         */
        RoomEndFailureEvent: {
            /**
             * @description The event name; tells the events apart.
             * @constant
             */
            type: "room.end.failure";
            data: {
                /** @description The room, as the REST API names it (`room_id`). */
                room_id: string;
                /** @description The room name given when the room was created. */
                room_name?: string;
                /** @description The session — the `id` of `GET /sessions/{session_id}`. */
                session_id?: string;
                /** @description The peer (one join of one user) — the key of the session's `peers` map. */
                peer_id?: string;
                /** @description The user id your app gave the peer when it joined. */
                user_id?: string;
                /** @description The room's template. */
                template_id?: string;
                /** @description The peer's display name. */
                user_name?: string;
                /** @description The peer's role (one of the template's roles, e.g. `host`). */
                role?: string;
                /** @description Whether the room was locked (disabled) as it ended. */
                lock_room?: boolean;
                /** @description Why it ended, in 100ms's words: for a peer leaving one of `client request`, `peer kicked`, `websocket closed`, `ice connection state closed`, `server removed peer`; for a room, the reason given with the end-room call. */
                reason?: string;
                /** @description Where the end of the room was requested (e.g. `peer`, `api`). */
                source?: string;
                /**
                 * Format: date-time
                 * @description When the session started.
                 */
                session_started_at?: string;
                /** @description Why it failed, in 100ms's words (e.g. `role not allowed`, `Peer not joined`). */
                error_message: string;
                /** @description The failure's code (e.g. `404`). */
                error_code?: number;
            };
        } & WithRequired<components["schemas"]["WebhookEnvelope"], "type" | "data">;
        /**
         * room.end.success
         * @description The room was ended (by a peer or through the API), which closes its session.
         */
        RoomEndSuccessEvent: {
            /**
             * @description The event name; tells the events apart.
             * @constant
             */
            type: "room.end.success";
            data: {
                /** @description The room, as the REST API names it (`room_id`). */
                room_id: string;
                /** @description The room name given when the room was created. */
                room_name?: string;
                /** @description The session — the `id` of `GET /sessions/{session_id}`. */
                session_id: string;
                /** @description The peer (one join of one user) — the key of the session's `peers` map. */
                peer_id?: string;
                /** @description The user id your app gave the peer when it joined. */
                user_id?: string;
                /** @description The room's template. */
                template_id?: string;
                /** @description The peer's display name. */
                user_name?: string;
                /** @description The peer's role (one of the template's roles, e.g. `host`). */
                role?: string;
                /** @description Whether the room was locked (disabled) as it ended. */
                lock_room?: boolean;
                /** @description Why it ended, in 100ms's words: for a peer leaving one of `client request`, `peer kicked`, `websocket closed`, `ice connection state closed`, `server removed peer`; for a room, the reason given with the end-room call. */
                reason?: string;
                /** @description Where the end of the room was requested (e.g. `peer`, `api`). */
                source?: string;
                /**
                 * Format: date-time
                 * @description When the session started.
                 */
                session_started_at?: string;
            };
        } & WithRequired<components["schemas"]["WebhookEnvelope"], "type" | "data">;
        /**
         * session.close.success
         * @description A session closed: the last peer left, or the room was ended.
         */
        SessionCloseSuccessEvent: {
            /**
             * @description The event name; tells the events apart.
             * @constant
             */
            type: "session.close.success";
            data: {
                /** @description The room, as the REST API names it (`room_id`). */
                room_id: string;
                /** @description The room name given when the room was created. */
                room_name?: string;
                /** @description The session — the `id` of `GET /sessions/{session_id}`. */
                session_id: string;
                /** @description The room's template. */
                template_id?: string;
                /** @description How long the session lasted, in seconds. */
                session_duration?: number;
                /**
                 * Format: date-time
                 * @description When the session started.
                 */
                session_started_at: string;
                /**
                 * Format: date-time
                 * @description When the session ended.
                 */
                session_stopped_at: string;
            };
        } & WithRequired<components["schemas"]["WebhookEnvelope"], "type" | "data">;
        /**
         * session.open.success
         * @description A session opened: the first peer joined the room.
         */
        SessionOpenSuccessEvent: {
            /**
             * @description The event name; tells the events apart.
             * @constant
             */
            type: "session.open.success";
            data: {
                /** @description The room, as the REST API names it (`room_id`). */
                room_id: string;
                /** @description The room name given when the room was created. */
                room_name?: string;
                /** @description The session — the `id` of `GET /sessions/{session_id}`. */
                session_id: string;
                /** @description The room's template. */
                template_id?: string;
                /**
                 * Format: date-time
                 * @description When the session started.
                 */
                session_started_at: string;
            };
        } & WithRequired<components["schemas"]["WebhookEnvelope"], "type" | "data">;
        /**
         * transcription.failure
         * @description A transcription job failed. (100ms documents no error field for it.)
         */
        TranscriptionFailureEvent: {
            /**
             * @description The event name; tells the events apart.
             * @constant
             */
            type: "transcription.failure";
            data: {
                /** @description The 100ms account (customer), repeated from the envelope. */
                account_id?: string;
                /** @description The app, repeated from the envelope. */
                app_id?: string;
                /** @description The recording that was transcribed. (100ms's table calls it the id of "the joining user", a copy-paste slip: it is the recording's.) */
                recording_id?: string;
                /** @description The room, as the REST API names it (`room_id`). */
                room_id: string;
                /** @description The session — the `id` of `GET /sessions/{session_id}`. */
                session_id: string;
                /** @description The id of this webhook message. */
                metadata_id?: string;
                /** @description The transcription job. */
                transcription_id: string;
                /**
                 * Format: date-time
                 * @description When this webhook message was created.
                 */
                metadata_timestamp?: string;
                /** @description How long it ran, in seconds. */
                duration?: number;
                /** @description The generated summary (JSON) asset. */
                summary_json_asset_id?: string;
                /** @description The generated transcript (JSON) asset. */
                transcript_json_asset_id?: string;
                /** @description The generated transcript (SRT) asset. */
                transcript_srt_asset_id?: string;
                /** @description The generated transcript (TXT) asset. */
                transcript_txt_asset_id?: string;
            };
        } & WithRequired<components["schemas"]["WebhookEnvelope"], "type" | "data">;
        /**
         * transcription.started.success
         * @description A transcription job started on a finished recording.
         */
        TranscriptionStartedSuccessEvent: {
            /**
             * @description The event name; tells the events apart.
             * @constant
             */
            type: "transcription.started.success";
            data: {
                /** @description The 100ms account (customer), repeated from the envelope. */
                account_id?: string;
                /** @description The app, repeated from the envelope. */
                app_id?: string;
                /** @description The recording that was transcribed. (100ms's table calls it the id of "the joining user", a copy-paste slip: it is the recording's.) */
                recording_id?: string;
                /** @description The room, as the REST API names it (`room_id`). */
                room_id: string;
                /** @description The session — the `id` of `GET /sessions/{session_id}`. */
                session_id: string;
                /** @description The id of this webhook message. */
                metadata_id?: string;
                /** @description The transcription job. */
                transcription_id: string;
                /**
                 * Format: date-time
                 * @description When this webhook message was created.
                 */
                metadata_timestamp?: string;
                /** @description How long it ran, in seconds. */
                duration?: number;
                /** @description The generated summary (JSON) asset. */
                summary_json_asset_id?: string;
                /** @description The generated transcript (JSON) asset. */
                transcript_json_asset_id?: string;
                /** @description The generated transcript (SRT) asset. */
                transcript_srt_asset_id?: string;
                /** @description The generated transcript (TXT) asset. */
                transcript_txt_asset_id?: string;
            };
        } & WithRequired<components["schemas"]["WebhookEnvelope"], "type" | "data">;
        /**
         * transcription.success
         * @description A transcription job finished and its assets (transcripts, summary) were uploaded.
         */
        TranscriptionSuccessEvent: {
            /**
             * @description The event name; tells the events apart.
             * @constant
             */
            type: "transcription.success";
            data: {
                /** @description The 100ms account (customer), repeated from the envelope. */
                account_id?: string;
                /** @description The app, repeated from the envelope. */
                app_id?: string;
                /** @description The recording that was transcribed. (100ms's table calls it the id of "the joining user", a copy-paste slip: it is the recording's.) */
                recording_id?: string;
                /** @description The room, as the REST API names it (`room_id`). */
                room_id: string;
                /** @description The session — the `id` of `GET /sessions/{session_id}`. */
                session_id: string;
                /** @description The id of this webhook message. */
                metadata_id?: string;
                /** @description The transcription job. */
                transcription_id: string;
                /**
                 * Format: date-time
                 * @description When this webhook message was created.
                 */
                metadata_timestamp?: string;
                /** @description How long it ran, in seconds. */
                duration?: number;
                /** @description The generated summary (JSON) asset. */
                summary_json_asset_id?: string;
                /** @description The generated transcript (JSON) asset. */
                transcript_json_asset_id?: string;
                /** @description The generated transcript (SRT) asset. */
                transcript_srt_asset_id?: string;
                /** @description The generated transcript (TXT) asset. */
                transcript_txt_asset_id?: string;
                /** @description Where the summary (JSON) was uploaded (an `s3://…` style URI). */
                summary_json_path?: string;
                /** @description A presigned HTTPS URL to download the summary (JSON) (valid for a limited time: treat it as a credential). */
                summary_json_presigned_url?: string;
                /** @description Where the transcript (JSON) was uploaded (an `s3://…` style URI). */
                transcript_json_path?: string;
                /** @description A presigned HTTPS URL to download the transcript (JSON) (valid for a limited time: treat it as a credential). */
                transcript_json_presigned_url?: string;
                /** @description Where the transcript (SRT) was uploaded (an `s3://…` style URI). */
                transcript_srt_path?: string;
                /** @description A presigned HTTPS URL to download the transcript (SRT) (valid for a limited time: treat it as a credential). */
                transcript_srt_presigned_url?: string;
                /** @description Where the transcript (TXT) was uploaded (an `s3://…` style URI). */
                transcript_txt_path?: string;
                /** @description A presigned HTTPS URL to download the transcript (TXT) (valid for a limited time: treat it as a credential). */
                transcript_txt_presigned_url?: string;
            };
        } & WithRequired<components["schemas"]["WebhookEnvelope"], "type" | "data">;
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
        /**
         * @description Too many requests. 100ms publishes no rate limit for these operations, but its API answers 429
         *     with "rate limit exceeded, retry after 45 seconds" elsewhere; the body is not guaranteed to be
         *     the API's error body (see `EdgeError`). Wait before retrying.
         */
        TooManyRequests: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": 429,
                 *       "message": "rate limit exceeded, retry after 45 seconds"
                 *     }
                 */
                "application/json": components["schemas"]["EdgeError"];
            };
        };
        /**
         * @description A failure on the 100ms side (or of a proxy in front of it); safe to retry a read later. The body
         *     is not guaranteed to be the API's error body (see `EdgeError`).
         */
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
                "application/json": components["schemas"]["EdgeError"];
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
        /**
         * @description No such room, the room has no active session, or (for a peer) no such connected peer. A peer
         *     who has left is no longer in the active room: read it from the session instead. 100ms publishes
         *     no example of this answer; the example shows the API's error-body format.
         */
        ActiveRoomNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": 404,
                 *       "message": "Room not found",
                 *       "details": [
                 *         "room is not active"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description The request body is invalid, e.g. remove-peers with neither `peer_id` nor `role`. 100ms
         *     publishes no example of this answer; its body follows the API's error body.
         */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description The receiver accepted the delivery. Anything but 200 makes 100ms retry it three times: 1 s, then
         *     3 s, then 10 s later.
         */
        WebhookReceived: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /**
         * @description The receiver refused the delivery, e.g. because the secret header was missing or wrong. 100ms
         *     retries it as a failed delivery.
         */
        WebhookRejected: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
    };
    parameters: {
        /**
         * @description The room's id.
         * @example 631a0f990e6ffae22efa610c
         */
        RoomId: string;
        /**
         * @description The peer's id (a UUID), as listed by the room's session or by List peers.
         * @example 2e8fc83e-6aef-4ca8-9124-bedc253f3529
         */
        PeerId: string;
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
                 * @description Live sessions (`true`) or ended ones (`false`). The reference page says `true` is the
                 *     default; the servers' and the official SDK's behaviour say otherwise (see above), so no
                 *     default is asserted: set it.
                 */
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
            429: components["responses"]["TooManyRequests"];
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
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    getActiveRoom: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The room's id.
                 * @example 631a0f990e6ffae22efa610c
                 */
                room_id: components["parameters"]["RoomId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The room and its live session. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActiveRoom"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["ActiveRoomNotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    listActiveRoomPeers: {
        parameters: {
            query?: {
                /**
                 * @description Only the peers with this user id (the one given when issuing their auth token).
                 * @example student-3461
                 */
                user_id?: string;
                /**
                 * @description Only the peers with this role.
                 * @example student
                 */
                role?: string;
            };
            header?: never;
            path: {
                /**
                 * @description The room's id.
                 * @example 631a0f990e6ffae22efa610c
                 */
                room_id: components["parameters"]["RoomId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The connected peers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivePeerList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["ActiveRoomNotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    getActiveRoomPeer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The room's id.
                 * @example 631a0f990e6ffae22efa610c
                 */
                room_id: components["parameters"]["RoomId"];
                /**
                 * @description The peer's id (a UUID), as listed by the room's session or by List peers.
                 * @example 2e8fc83e-6aef-4ca8-9124-bedc253f3529
                 */
                peer_id: components["parameters"]["PeerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The peer and its tracks. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivePeerWithTracks"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["ActiveRoomNotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    updateActiveRoomPeer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The room's id.
                 * @example 631a0f990e6ffae22efa610c
                 */
                room_id: components["parameters"]["RoomId"];
                /**
                 * @description The peer's id (a UUID), as listed by the room's session or by List peers.
                 * @example 2e8fc83e-6aef-4ca8-9124-bedc253f3529
                 */
                peer_id: components["parameters"]["PeerId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePeerRequest"];
            };
        };
        responses: {
            /** @description The peer, as updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivePeerWithTracks"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["ActiveRoomNotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    sendActiveRoomMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The room's id.
                 * @example 631a0f990e6ffae22efa610c
                 */
                room_id: components["parameters"]["RoomId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SendMessageRequest"];
            };
        };
        responses: {
            /** @description The message was sent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["ActiveRoomNotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    removeActiveRoomPeers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The room's id.
                 * @example 631a0f990e6ffae22efa610c
                 */
                room_id: components["parameters"]["RoomId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RemovePeersRequest"];
            };
        };
        responses: {
            /** @description The removal was submitted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["ActiveRoomNotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    endActiveRoom: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The room's id.
                 * @example 631a0f990e6ffae22efa610c
                 */
                room_id: components["parameters"]["RoomId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["EndRoomRequest"];
            };
        };
        responses: {
            /** @description The end has begun. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["ActiveRoomNotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    "beam.failure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The `beam.failure` event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["BeamFailureEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookReceived"];
            "4XX": components["responses"]["WebhookRejected"];
        };
    };
    "beam.recording.success": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The `beam.recording.success` event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["BeamRecordingSuccessEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookReceived"];
            "4XX": components["responses"]["WebhookRejected"];
        };
    };
    "beam.started.success": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The `beam.started.success` event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["BeamStartedSuccessEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookReceived"];
            "4XX": components["responses"]["WebhookRejected"];
        };
    };
    "beam.stopped.success": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The `beam.stopped.success` event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["BeamStoppedSuccessEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookReceived"];
            "4XX": components["responses"]["WebhookRejected"];
        };
    };
    "hls.failure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The `hls.failure` event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["HlsFailureEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookReceived"];
            "4XX": components["responses"]["WebhookRejected"];
        };
    };
    "hls.recording.success": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The `hls.recording.success` event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["HlsRecordingSuccessEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookReceived"];
            "4XX": components["responses"]["WebhookRejected"];
        };
    };
    "hls.started.success": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The `hls.started.success` event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["HlsStartedSuccessEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookReceived"];
            "4XX": components["responses"]["WebhookRejected"];
        };
    };
    "hls.stopped.success": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The `hls.stopped.success` event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["HlsStoppedSuccessEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookReceived"];
            "4XX": components["responses"]["WebhookRejected"];
        };
    };
    "peer.join.failure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The `peer.join.failure` event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["PeerJoinFailureEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookReceived"];
            "4XX": components["responses"]["WebhookRejected"];
        };
    };
    "peer.join.success": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The `peer.join.success` event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["PeerJoinSuccessEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookReceived"];
            "4XX": components["responses"]["WebhookRejected"];
        };
    };
    "peer.leave.failure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The `peer.leave.failure` event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["PeerLeaveFailureEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookReceived"];
            "4XX": components["responses"]["WebhookRejected"];
        };
    };
    "peer.leave.success": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The `peer.leave.success` event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["PeerLeaveSuccessEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookReceived"];
            "4XX": components["responses"]["WebhookRejected"];
        };
    };
    "recording.failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The `recording.failed` event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordingFailedEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookReceived"];
            "4XX": components["responses"]["WebhookRejected"];
        };
    };
    "recording.success": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The `recording.success` event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordingSuccessEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookReceived"];
            "4XX": components["responses"]["WebhookRejected"];
        };
    };
    "role.change.failure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The `role.change.failure` event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RoleChangeFailureEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookReceived"];
            "4XX": components["responses"]["WebhookRejected"];
        };
    };
    "role.change.success": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The `role.change.success` event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RoleChangeSuccessEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookReceived"];
            "4XX": components["responses"]["WebhookRejected"];
        };
    };
    "room.end.failure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The `room.end.failure` event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RoomEndFailureEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookReceived"];
            "4XX": components["responses"]["WebhookRejected"];
        };
    };
    "room.end.success": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The `room.end.success` event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RoomEndSuccessEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookReceived"];
            "4XX": components["responses"]["WebhookRejected"];
        };
    };
    "session.close.success": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The `session.close.success` event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SessionCloseSuccessEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookReceived"];
            "4XX": components["responses"]["WebhookRejected"];
        };
    };
    "session.open.success": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The `session.open.success` event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SessionOpenSuccessEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookReceived"];
            "4XX": components["responses"]["WebhookRejected"];
        };
    };
    "transcription.failure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The `transcription.failure` event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["TranscriptionFailureEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookReceived"];
            "4XX": components["responses"]["WebhookRejected"];
        };
    };
    "transcription.started.success": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The `transcription.started.success` event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["TranscriptionStartedSuccessEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookReceived"];
            "4XX": components["responses"]["WebhookRejected"];
        };
    };
    "transcription.success": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The `transcription.success` event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["TranscriptionSuccessEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookReceived"];
            "4XX": components["responses"]["WebhookRejected"];
        };
    };
}
type WithRequired<T, K extends keyof T> = T & {
    [P in K]-?: T[P];
};
