/**
 * GENERATED FILE — DO NOT EDIT. TypeScript types of the spec, by openapi-typescript.
 * Source: @rtc-sessions/spec-100ms/openapi.json (100ms sessions API v2).
 * Regenerate with `pnpm generate` in this package; `pnpm test` fails when this file is out of date.
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
export interface webhooks {
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
}
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
            /** @description The event's data; its keys depend on `type`. */
            data: Record<string, never>;
        };
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
}
type WithRequired<T, K extends keyof T> = T & {
    [P in K]-?: T[P];
};
