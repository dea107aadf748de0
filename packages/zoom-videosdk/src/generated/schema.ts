/**
 * GENERATED FILE — DO NOT EDIT. TypeScript types of the spec, by openapi-typescript.
 * Source: @rtc-sessions/spec-zoom-videosdk/openapi.json (Zoom Video SDK sessions API 2).
 * Regenerate with `pnpm generate` in this package; `pnpm test` fails when this file is out of date.
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
export interface webhooks {
    "endpoint.url_validation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * endpoint.url_validation
         * @description Zoom's check that the endpoint is yours: sent when the endpoint URL is saved in the app and
         *     every 72 hours after. Answer within three seconds with 200 and a JSON body holding the
         *     `plainToken` and its `encryptedToken` (hex HMAC-SHA256 of `plainToken` keyed with the secret
         *     token); Zoom sends no events to an endpoint that has not answered it.
         *
         *     The challenge is signed like every other delivery (`x-zm-signature`).
         */
        post: operations["endpoint.url_validation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "session.alert": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * session.alert
         * @description Zoom detected quality issues in the session.
         *
         *     Signed like every Zoom delivery: see the `x-zm-signature` header.
         */
        post: operations["session.alert"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "session.ended": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * session.ended
         * @description The session ended (the last user left or it was ended through the API).
         *
         *     Signed like every Zoom delivery: see the `x-zm-signature` header.
         */
        post: operations["session.ended"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "session.live_streaming_started": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * session.live_streaming_started
         * @description Live streaming of the session started.
         *
         *     Signed like every Zoom delivery: see the `x-zm-signature` header.
         */
        post: operations["session.live_streaming_started"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "session.live_streaming_stopped": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * session.live_streaming_stopped
         * @description Live streaming of the session stopped.
         *
         *     Signed like every Zoom delivery: see the `x-zm-signature` header.
         */
        post: operations["session.live_streaming_stopped"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "session.recording_completed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * session.recording_completed
         * @description The cloud recording files of the session are ready to download.
         *
         *     Signed like every Zoom delivery: see the `x-zm-signature` header.
         */
        post: operations["session.recording_completed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "session.recording_deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * session.recording_deleted
         * @description The session's cloud recordings were deleted for good.
         *
         *     Signed like every Zoom delivery: see the `x-zm-signature` header.
         */
        post: operations["session.recording_deleted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "session.recording_paused": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * session.recording_paused
         * @description Cloud recording was paused.
         *
         *     Signed like every Zoom delivery: see the `x-zm-signature` header.
         */
        post: operations["session.recording_paused"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "session.recording_recovered": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * session.recording_recovered
         * @description The session's cloud recordings were restored from the trash.
         *
         *     Signed like every Zoom delivery: see the `x-zm-signature` header.
         */
        post: operations["session.recording_recovered"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "session.recording_resumed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * session.recording_resumed
         * @description Cloud recording was resumed.
         *
         *     Signed like every Zoom delivery: see the `x-zm-signature` header.
         */
        post: operations["session.recording_resumed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "session.recording_started": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * session.recording_started
         * @description Cloud recording of the session started.
         *
         *     Signed like every Zoom delivery: see the `x-zm-signature` header.
         */
        post: operations["session.recording_started"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "session.recording_stopped": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * session.recording_stopped
         * @description Cloud recording was stopped.
         *
         *     Signed like every Zoom delivery: see the `x-zm-signature` header.
         */
        post: operations["session.recording_stopped"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "session.recording_transcript_completed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * session.recording_transcript_completed
         * @description The audio transcript of the cloud recording is ready.
         *
         *     Signed like every Zoom delivery: see the `x-zm-signature` header.
         */
        post: operations["session.recording_transcript_completed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "session.recording_transcript_failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * session.recording_transcript_failed
         * @description The audio transcript of the cloud recording could not be made.
         *
         *     Signed like every Zoom delivery: see the `x-zm-signature` header.
         *
         *
         *     **Docs vs. server:** the example Zoom publishes for this event carries `event: session.recording_transcript_completed` (a copy of that event's example); a delivery of this event names itself, so the example here does.
         */
        post: operations["session.recording_transcript_failed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "session.recording_trashed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * session.recording_trashed
         * @description The session's cloud recordings were moved to the trash.
         *
         *     Signed like every Zoom delivery: see the `x-zm-signature` header.
         */
        post: operations["session.recording_trashed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "session.sharing_ended": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * session.sharing_ended
         * @description A user stopped sharing their screen.
         *
         *     Signed like every Zoom delivery: see the `x-zm-signature` header.
         */
        post: operations["session.sharing_ended"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "session.sharing_started": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * session.sharing_started
         * @description A user started sharing their screen.
         *
         *     Signed like every Zoom delivery: see the `x-zm-signature` header.
         */
        post: operations["session.sharing_started"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "session.started": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * session.started
         * @description The first user joined and the session started.
         *
         *     Signed like every Zoom delivery: see the `x-zm-signature` header.
         */
        post: operations["session.started"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "session.stream_ingestion_connected": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * session.stream_ingestion_connected
         * @description The ingested stream connected.
         *
         *     Signed like every Zoom delivery: see the `x-zm-signature` header.
         */
        post: operations["session.stream_ingestion_connected"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "session.stream_ingestion_disconnected": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * session.stream_ingestion_disconnected
         * @description The ingested stream disconnected.
         *
         *     Signed like every Zoom delivery: see the `x-zm-signature` header.
         */
        post: operations["session.stream_ingestion_disconnected"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "session.stream_ingestion_started": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * session.stream_ingestion_started
         * @description Stream ingestion into the session started.
         *
         *     Signed like every Zoom delivery: see the `x-zm-signature` header.
         */
        post: operations["session.stream_ingestion_started"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "session.stream_ingestion_stopped": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * session.stream_ingestion_stopped
         * @description Stream ingestion into the session stopped.
         *
         *     Signed like every Zoom delivery: see the `x-zm-signature` header.
         */
        post: operations["session.stream_ingestion_stopped"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "session.stream_ingestion_unbind": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * session.stream_ingestion_unbind
         * @description The ingestion stream was unbound from the session.
         *
         *     Signed like every Zoom delivery: see the `x-zm-signature` header.
         */
        post: operations["session.stream_ingestion_unbind"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "session.user_joined": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * session.user_joined
         * @description A user joined the session (sent again on every rejoin).
         *
         *     Signed like every Zoom delivery: see the `x-zm-signature` header.
         */
        post: operations["session.user_joined"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "session.user_left": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * session.user_left
         * @description A user left the session.
         *
         *     Signed like every Zoom delivery: see the `x-zm-signature` header.
         */
        post: operations["session.user_left"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "session.user_phone_callout_accepted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * session.user_phone_callout_accepted
         * @description The invitee accepted the phone call out.
         *
         *     Signed like every Zoom delivery: see the `x-zm-signature` header.
         */
        post: operations["session.user_phone_callout_accepted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "session.user_phone_callout_canceled": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * session.user_phone_callout_canceled
         * @description The phone call out was cancelled before it was answered.
         *
         *     Signed like every Zoom delivery: see the `x-zm-signature` header.
         */
        post: operations["session.user_phone_callout_canceled"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "session.user_phone_callout_missed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * session.user_phone_callout_missed
         * @description The invitee missed the phone call out.
         *
         *     Signed like every Zoom delivery: see the `x-zm-signature` header.
         */
        post: operations["session.user_phone_callout_missed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "session.user_phone_callout_rejected": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * session.user_phone_callout_rejected
         * @description The invitee rejected the phone call out.
         *
         *     Signed like every Zoom delivery: see the `x-zm-signature` header.
         */
        post: operations["session.user_phone_callout_rejected"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "session.user_phone_callout_ringing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * session.user_phone_callout_ringing
         * @description A phone call out to invite someone into the session is ringing.
         *
         *     Signed like every Zoom delivery: see the `x-zm-signature` header.
         */
        post: operations["session.user_phone_callout_ringing"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "session.user_room_system_callout_accepted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * session.user_room_system_callout_accepted
         * @description The room system accepted the call out.
         *
         *     Signed like every Zoom delivery: see the `x-zm-signature` header.
         */
        post: operations["session.user_room_system_callout_accepted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "session.user_room_system_callout_failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * session.user_room_system_callout_failed
         * @description The call out to the room system failed.
         *
         *     Signed like every Zoom delivery: see the `x-zm-signature` header.
         */
        post: operations["session.user_room_system_callout_failed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "session.user_room_system_callout_missed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * session.user_room_system_callout_missed
         * @description The room system missed the call out.
         *
         *     Signed like every Zoom delivery: see the `x-zm-signature` header.
         */
        post: operations["session.user_room_system_callout_missed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "session.user_room_system_callout_rejected": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * session.user_room_system_callout_rejected
         * @description The room system rejected the call out.
         *
         *     Signed like every Zoom delivery: see the `x-zm-signature` header.
         */
        post: operations["session.user_room_system_callout_rejected"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "session.user_room_system_callout_ringing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * session.user_room_system_callout_ringing
         * @description A call out to a room system (H.323/SIP) is ringing.
         *
         *     Signed like every Zoom delivery: see the `x-zm-signature` header.
         */
        post: operations["session.user_room_system_callout_ringing"];
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
        /**
         * endpoint.url_validation
         * @description The challenge Zoom sends when an event notification endpoint URL is saved, and again every 72
         *     hours: the endpoint proves it holds the secret token by answering with the HMAC of
         *     `payload.plainToken`.
         */
        EndpointUrlValidationEvent: {
            /**
             * @description The event name; tells the events apart.
             * @constant
             */
            event: "endpoint.url_validation";
            /**
             * Format: int64
             * @description When the challenge was sent, in milliseconds since the Unix epoch.
             */
            event_ts: number;
            payload: {
                /** @description The random string to hash and echo back. */
                plainToken: string;
            };
        };
        /** @description The answer to an `endpoint.url_validation` challenge. */
        UrlValidationAnswer: {
            /** @description The challenge's `payload.plainToken`, unchanged. */
            plainToken: string;
            /** @description The lower-case hex HMAC-SHA256 of `plainToken`, keyed with the app's secret token. */
            encryptedToken: string;
        };
        /**
         * session.alert
         * @description Zoom detected quality issues in the session.
         */
        SessionAlertEvent: {
            /**
             * @description The event name; tells the events apart.
             * @constant
             */
            event: "session.alert";
            /**
             * Format: int64
             * @description When the event happened, in milliseconds since the Unix epoch.
             */
            event_ts: number;
            payload: {
                /** @description The Video SDK account the event belongs to. */
                account_id: string;
                object: {
                    /** @description The session's id. Zoom marks it deprecated in some events; use `session_id`. */
                    id: string;
                    /** @description The id of this run of the session: every new run of a session gets a new one. */
                    session_id: string;
                    /** @description The session's name (its topic). */
                    session_name: string;
                    /** @description The custom session key your app gave the session, if any. */
                    session_key?: string;
                    /** @description The quality issues Zoom detected (e.g. `Unstable audio quality`). **Docs vs. server:** the schema Zoom publishes says an array of strings, its example sends one string (`"Unstable audio quality"`); both are accepted. */
                    issues: string[] | string;
                };
            };
        };
        /**
         * session.ended
         * @description The session ended (the last user left or it was ended through the API).
         */
        SessionEndedEvent: {
            /**
             * @description The event name; tells the events apart.
             * @constant
             */
            event: "session.ended";
            /**
             * Format: int64
             * @description When the event happened, in milliseconds since the Unix epoch.
             */
            event_ts: number;
            payload: {
                /** @description The Video SDK account the event belongs to. */
                account_id: string;
                object: {
                    /**
                     * @deprecated
                     * @description The session's id. Zoom marks it deprecated in some events; use `session_id`.
                     */
                    id: string;
                    /** @description The id of this run of the session: every new run of a session gets a new one. */
                    session_id: string;
                    /** @description The session's name (its topic). */
                    session_name: string;
                    /** @description The custom session key your app gave the session, if any. */
                    session_key?: string;
                    /**
                     * Format: date-time
                     * @description When the session started.
                     */
                    start_time: string;
                    /**
                     * Format: date-time
                     * @description When the session ended.
                     */
                    end_time: string;
                };
            };
        };
        /** @description The live stream an event is about. */
        LiveStreaming: {
            /** @enum {string} */
            service: "Facebook" | "Workplace_by_Facebook" | "YouTube" | "Custom_Live_Streaming_Service";
            custom_live_streaming_settings: {
                stream_url: string;
                /** @description The stream key of the RTMP destination (a credential: recorders redact it). */
                stream_key: string;
                page_url: string;
                resolution?: string;
            };
            /**
             * Format: date-time
             * @description When it happened.
             */
            date_time: string;
        };
        /**
         * session.live_streaming_started
         * @description Live streaming of the session started.
         */
        SessionLiveStreamingStartedEvent: {
            /**
             * @description The event name; tells the events apart.
             * @constant
             */
            event: "session.live_streaming_started";
            /**
             * Format: int64
             * @description When the event happened, in milliseconds since the Unix epoch.
             */
            event_ts: number;
            payload: {
                /** @description The Video SDK account the event belongs to. */
                account_id: string;
                object: {
                    /**
                     * @deprecated
                     * @description The session's id. Zoom marks it deprecated in some events; use `session_id`.
                     */
                    id: string;
                    /** @description The id of this run of the session: every new run of a session gets a new one. */
                    session_id: string;
                    /** @description The session's name (its topic). */
                    session_name: string;
                    /** @description The custom session key your app gave the session, if any. */
                    session_key?: string;
                    /**
                     * Format: date-time
                     * @description When the session started.
                     */
                    start_time: string;
                    live_streaming: components["schemas"]["LiveStreaming"];
                };
            };
        };
        /**
         * session.live_streaming_stopped
         * @description Live streaming of the session stopped.
         */
        SessionLiveStreamingStoppedEvent: {
            /**
             * @description The event name; tells the events apart.
             * @constant
             */
            event: "session.live_streaming_stopped";
            /**
             * Format: int64
             * @description When the event happened, in milliseconds since the Unix epoch.
             */
            event_ts: number;
            payload: {
                /** @description The Video SDK account the event belongs to. */
                account_id: string;
                object: {
                    /**
                     * @deprecated
                     * @description The session's id. Zoom marks it deprecated in some events; use `session_id`.
                     */
                    id: string;
                    /** @description The id of this run of the session: every new run of a session gets a new one. */
                    session_id: string;
                    /** @description The session's name (its topic). */
                    session_name: string;
                    /** @description The custom session key your app gave the session, if any. */
                    session_key?: string;
                    /**
                     * Format: date-time
                     * @description When the session started.
                     */
                    start_time: string;
                    live_streaming: components["schemas"]["LiveStreaming"];
                };
            };
        };
        /** @description One file of a cloud recording. */
        RecordingFile: {
            id?: string;
            /** @description When this part of the recording started. */
            recording_start?: string;
            /** @description When this part of the recording ended (empty while it runs). */
            recording_end?: string;
            file_name?: string;
            file_path?: string;
            /** @enum {string} */
            file_type?: "MP4" | "M4A" | "CHAT" | "TRANSCRIPT" | "CSV" | "CC" | "TB" | "CHAT_MESSAGE" | "TIMELINE";
            /** @description The file size in bytes. */
            file_size?: number;
            /** @enum {string} */
            file_extension?: "MP4" | "M4A" | "TXT" | "VTT" | "CSV" | "JSON" | "JPG";
            /** @description Where to download the file (needs an access token; see Zoom's recording docs). */
            download_url?: string;
            /** @enum {string} */
            status?: "completed";
            /** @enum {string} */
            recording_type?: "shared_screen_with_speaker_view(CC)" | "shared_screen_with_speaker_view" | "shared_screen_with_gallery_view" | "gallery_view" | "shared_screen" | "audio_only" | "audio_transcript" | "chat_file" | "active_speaker" | "host_video" | "audio_only_each_participant" | "cc_transcript" | "closed_caption" | "poll" | "timeline" | "thumbnail" | "chat_message";
        };
        /** @description One participant's own audio file of a cloud recording. */
        ParticipantAudioFile: {
            id?: string;
            /** @description When this part of the recording started. */
            recording_start?: string;
            /** @description When this part of the recording ended (empty while it runs). */
            recording_end?: string;
            file_name?: string;
            file_path?: string;
            /** @enum {string} */
            file_type?: "MP4" | "M4A" | "CHAT" | "TRANSCRIPT" | "CSV" | "CC" | "TB" | "CHAT_MESSAGE";
            /** @description The file size in bytes. */
            file_size?: number;
            /** @enum {string} */
            file_extension?: "MP4" | "M4A" | "TXT" | "VTT" | "CSV" | "JSON" | "JPG";
            /** @description Where to download the file (needs an access token; see Zoom's recording docs). */
            download_url?: string;
            /** @enum {string} */
            status?: "completed";
            /** @enum {string} */
            recording_type?: "shared_screen_with_speaker_view(CC)" | "shared_screen_with_speaker_view" | "shared_screen_with_gallery_view" | "gallery_view" | "shared_screen" | "audio_only" | "audio_transcript" | "chat_file" | "active_speaker" | "host_video" | "audio_only_each_participant" | "cc_transcript" | "closed_caption" | "poll" | "timeline" | "thumbnail" | "chat_message";
            user_id?: string;
            /** @description The user key your app gave the user, if any. */
            user_key?: string;
        };
        /** @description One participant's own video file of a cloud recording. */
        ParticipantVideoFile: {
            id?: string;
            /** @description When this part of the recording started. */
            recording_start?: string;
            /** @description When this part of the recording ended (empty while it runs). */
            recording_end?: string;
            file_name?: string;
            file_path?: string;
            /** @enum {string} */
            file_type?: "MP4";
            /** @description The file size in bytes. */
            file_size?: number;
            /** @enum {string} */
            file_extension?: "MP4";
            /** @description Where to download the file (needs an access token; see Zoom's recording docs). */
            download_url?: string;
            /** @enum {string} */
            status?: "completed";
            /** @enum {string} */
            recording_type?: "individual_user" | "individual_shared_screen";
            user_id?: string;
            /** @description The user key your app gave the user, if any. */
            user_key?: string;
        };
        /**
         * session.recording_completed
         * @description The cloud recording files of the session are ready to download.
         */
        SessionRecordingCompletedEvent: {
            /**
             * @description The event name; tells the events apart.
             * @constant
             */
            event: "session.recording_completed";
            /**
             * Format: int64
             * @description When the event happened, in milliseconds since the Unix epoch.
             */
            event_ts: number;
            /** @description A token that lets you download the recording files for 24 hours, as a Bearer token or an `access_token` query parameter (a credential: recorders redact it). */
            download_token: string;
            payload: {
                /** @description The Video SDK account the event belongs to. */
                account_id: string;
                object: {
                    /** @description The id of this run of the session: every new run of a session gets a new one. **Docs vs. server:** the schema Zoom publishes says string, its example of this event sends a number (`1234567890`); both are accepted, so compare it as a string. */
                    session_id: string | number;
                    /** @description The session's name (its topic). */
                    session_name: string;
                    /** @description The custom session key your app gave the session, if any. */
                    session_key: string;
                    /**
                     * Format: date-time
                     * @description When the session started.
                     */
                    start_time: string;
                    /** @description The account's time zone (an IANA name such as `America/Los_Angeles`). */
                    timezone: string;
                    recording_files: components["schemas"]["RecordingFile"][];
                    participant_audio_files?: components["schemas"]["ParticipantAudioFile"][];
                    participant_video_files?: components["schemas"]["ParticipantVideoFile"][];
                };
            };
        };
        /**
         * session.recording_deleted
         * @description The session's cloud recordings were deleted for good.
         */
        SessionRecordingDeletedEvent: {
            /**
             * @description The event name; tells the events apart.
             * @constant
             */
            event: "session.recording_deleted";
            /**
             * Format: int64
             * @description When the event happened, in milliseconds since the Unix epoch.
             */
            event_ts: number;
            payload: {
                /** @description The Video SDK account the event belongs to. */
                account_id: string;
                /**
                 * Format: email
                 * @description The email address of whoever performed the action.
                 */
                operator: string;
                /** @description The Zoom user id of whoever performed the action. */
                operator_id: string;
                object: {
                    /** @description The id of this run of the session: every new run of a session gets a new one. **Docs vs. server:** the schema Zoom publishes says string, its example of this event sends a number (`1234567890`); both are accepted, so compare it as a string. */
                    session_id: string | number;
                    /** @description The session's name (its topic). */
                    session_name: string;
                    /** @description The custom session key your app gave the session, if any. */
                    session_key: string;
                    /**
                     * Format: date-time
                     * @description When the session started.
                     */
                    start_time: string;
                    /** @description The account's time zone (an IANA name such as `America/Los_Angeles`). */
                    timezone: string;
                };
            };
        };
        /** @description The start and end of the recording part an event is about. */
        RecordingFileTimes: {
            /** @description When this part of the recording started. */
            recording_start?: string;
            /** @description When this part of the recording ended (empty while it runs). */
            recording_end?: string;
        };
        /**
         * session.recording_paused
         * @description Cloud recording was paused.
         */
        SessionRecordingPausedEvent: {
            /**
             * @description The event name; tells the events apart.
             * @constant
             */
            event: "session.recording_paused";
            /**
             * Format: int64
             * @description When the event happened, in milliseconds since the Unix epoch.
             */
            event_ts: number;
            payload: {
                /** @description The Video SDK account the event belongs to. */
                account_id: string;
                object: {
                    /** @description The id of this run of the session: every new run of a session gets a new one. **Docs vs. server:** the schema Zoom publishes says string, its example of this event sends a number (`1234567890`); both are accepted, so compare it as a string. */
                    session_id: string | number;
                    /** @description The session's name (its topic). */
                    session_name: string;
                    /** @description The custom session key your app gave the session, if any. */
                    session_key: string;
                    /**
                     * Format: date-time
                     * @description When the session started.
                     */
                    start_time: string;
                    /** @description The account's time zone (an IANA name such as `America/Los_Angeles`). */
                    timezone: string;
                    recording_file: components["schemas"]["RecordingFileTimes"];
                };
            };
        };
        /**
         * session.recording_recovered
         * @description The session's cloud recordings were restored from the trash.
         */
        SessionRecordingRecoveredEvent: {
            /**
             * @description The event name; tells the events apart.
             * @constant
             */
            event: "session.recording_recovered";
            /**
             * Format: int64
             * @description When the event happened, in milliseconds since the Unix epoch.
             */
            event_ts: number;
            payload: {
                /** @description The Video SDK account the event belongs to. */
                account_id: string;
                /**
                 * Format: email
                 * @description The email address of whoever performed the action.
                 */
                operator: string;
                /** @description The Zoom user id of whoever performed the action. */
                operator_id: string;
                object: {
                    /** @description The id of this run of the session: every new run of a session gets a new one. **Docs vs. server:** the schema Zoom publishes says string, its example of this event sends a number (`1234567890`); both are accepted, so compare it as a string. */
                    session_id: string | number;
                    /** @description The session's name (its topic). */
                    session_name: string;
                    /** @description The custom session key your app gave the session, if any. */
                    session_key: string;
                    /**
                     * Format: date-time
                     * @description When the session started.
                     */
                    start_time: string;
                    /** @description The account's time zone (an IANA name such as `America/Los_Angeles`). */
                    timezone: string;
                };
            };
        };
        /**
         * session.recording_resumed
         * @description Cloud recording was resumed.
         */
        SessionRecordingResumedEvent: {
            /**
             * @description The event name; tells the events apart.
             * @constant
             */
            event: "session.recording_resumed";
            /**
             * Format: int64
             * @description When the event happened, in milliseconds since the Unix epoch.
             */
            event_ts: number;
            payload: {
                /** @description The Video SDK account the event belongs to. */
                account_id: string;
                object: {
                    /** @description The id of this run of the session: every new run of a session gets a new one. **Docs vs. server:** the schema Zoom publishes says string, its example of this event sends a number (`1234567890`); both are accepted, so compare it as a string. */
                    session_id: string | number;
                    /** @description The session's name (its topic). */
                    session_name: string;
                    /** @description The custom session key your app gave the session, if any. */
                    session_key: string;
                    /**
                     * Format: date-time
                     * @description When the session started.
                     */
                    start_time: string;
                    /** @description The account's time zone (an IANA name such as `America/Los_Angeles`). */
                    timezone: string;
                    recording_file: components["schemas"]["RecordingFileTimes"];
                };
            };
        };
        /**
         * session.recording_started
         * @description Cloud recording of the session started.
         */
        SessionRecordingStartedEvent: {
            /**
             * @description The event name; tells the events apart.
             * @constant
             */
            event: "session.recording_started";
            /**
             * Format: int64
             * @description When the event happened, in milliseconds since the Unix epoch.
             */
            event_ts: number;
            payload: {
                /** @description The Video SDK account the event belongs to. */
                account_id: string;
                object: {
                    /** @description The id of this run of the session: every new run of a session gets a new one. **Docs vs. server:** the schema Zoom publishes says string, its example of this event sends a number (`1234567890`); both are accepted, so compare it as a string. */
                    session_id: string | number;
                    /** @description The session's name (its topic). */
                    session_name: string;
                    /** @description The custom session key your app gave the session, if any. */
                    session_key: string;
                    /**
                     * Format: date-time
                     * @description When the session started.
                     */
                    start_time: string;
                    /** @description The account's time zone (an IANA name such as `America/Los_Angeles`). */
                    timezone: string;
                    recording_file: components["schemas"]["RecordingFileTimes"];
                };
            };
        };
        /**
         * session.recording_stopped
         * @description Cloud recording was stopped.
         */
        SessionRecordingStoppedEvent: {
            /**
             * @description The event name; tells the events apart.
             * @constant
             */
            event: "session.recording_stopped";
            /**
             * Format: int64
             * @description When the event happened, in milliseconds since the Unix epoch.
             */
            event_ts: number;
            payload: {
                /** @description The Video SDK account the event belongs to. */
                account_id: string;
                object: {
                    /** @description The id of this run of the session: every new run of a session gets a new one. **Docs vs. server:** the schema Zoom publishes says string, its example of this event sends a number (`1234567890`); both are accepted, so compare it as a string. */
                    session_id: string | number;
                    /** @description The session's name (its topic). */
                    session_name: string;
                    /** @description The custom session key your app gave the session, if any. */
                    session_key: string;
                    /**
                     * Format: date-time
                     * @description When the session started.
                     */
                    start_time: string;
                    /** @description The account's time zone (an IANA name such as `America/Los_Angeles`). */
                    timezone: string;
                    recording_file: components["schemas"]["RecordingFileTimes"];
                };
            };
        };
        /**
         * session.recording_transcript_completed
         * @description The audio transcript of the cloud recording is ready.
         */
        SessionRecordingTranscriptCompletedEvent: {
            /**
             * @description The event name; tells the events apart.
             * @constant
             */
            event: "session.recording_transcript_completed";
            /**
             * Format: int64
             * @description When the event happened, in milliseconds since the Unix epoch.
             */
            event_ts: number;
            /** @description A token that lets you download the recording files for 24 hours, as a Bearer token or an `access_token` query parameter (a credential: recorders redact it). */
            download_token: string;
            payload: {
                /** @description The Video SDK account the event belongs to. */
                account_id: string;
                object: {
                    /** @description The id of this run of the session: every new run of a session gets a new one. **Docs vs. server:** the schema Zoom publishes says string, its example of this event sends a number (`1234567890`); both are accepted, so compare it as a string. */
                    session_id: string | number;
                    /** @description The session's name (its topic). */
                    session_name: string;
                    /** @description The custom session key your app gave the session, if any. */
                    session_key: string;
                    /**
                     * Format: date-time
                     * @description When the session started.
                     */
                    start_time: string;
                    /** @description The account's time zone (an IANA name such as `America/Los_Angeles`). */
                    timezone: string;
                    recording_files: components["schemas"]["RecordingFile"][];
                };
            };
        };
        /**
         * session.recording_transcript_failed
         * @description The audio transcript of the cloud recording could not be made.
         */
        SessionRecordingTranscriptFailedEvent: {
            /**
             * @description The event name; tells the events apart.
             * @constant
             */
            event: "session.recording_transcript_failed";
            /**
             * Format: int64
             * @description When the event happened, in milliseconds since the Unix epoch.
             */
            event_ts: number;
            payload: {
                /** @description The Video SDK account the event belongs to. */
                account_id: string;
                object: {
                    /** @description The id of this run of the session: every new run of a session gets a new one. **Docs vs. server:** the schema Zoom publishes says string, its example of this event sends a number (`1234567890`); both are accepted, so compare it as a string. */
                    session_id: string | number;
                    /** @description The session's name (its topic). */
                    session_name: string;
                    /** @description The custom session key your app gave the session, if any. */
                    session_key: string;
                    /**
                     * Format: date-time
                     * @description When the session started.
                     */
                    start_time: string;
                    /** @description The account's time zone (an IANA name such as `America/Los_Angeles`). */
                    timezone: string;
                };
            };
        };
        /**
         * session.recording_trashed
         * @description The session's cloud recordings were moved to the trash.
         */
        SessionRecordingTrashedEvent: {
            /**
             * @description The event name; tells the events apart.
             * @constant
             */
            event: "session.recording_trashed";
            /**
             * Format: int64
             * @description When the event happened, in milliseconds since the Unix epoch.
             */
            event_ts: number;
            payload: {
                /** @description The Video SDK account the event belongs to. */
                account_id: string;
                /**
                 * Format: email
                 * @description The email address of whoever performed the action.
                 */
                operator: string;
                /** @description The Zoom user id of whoever performed the action. */
                operator_id: string;
                object: {
                    /** @description The id of this run of the session: every new run of a session gets a new one. **Docs vs. server:** the schema Zoom publishes says string, its example of this event sends a number (`1234567890`); both are accepted, so compare it as a string. */
                    session_id: string | number;
                    /** @description The session's name (its topic). */
                    session_name: string;
                    /** @description The custom session key your app gave the session, if any. */
                    session_key: string;
                    /**
                     * Format: date-time
                     * @description When the session started.
                     */
                    start_time: string;
                    /** @description The account's time zone (an IANA name such as `America/Los_Angeles`). */
                    timezone: string;
                };
            };
        };
        /** @description The user who shares, and what. */
        SharingUser: {
            /** @description The user's id within this session, assigned when they join. */
            id: string;
            /** @description The user's display name. */
            name: string;
            /** @description The user key your app gave the user, if any. */
            user_key?: string;
            sharing_details: {
                /** @enum {string} */
                content: "application" | "whiteboard" | "desktop" | "unknown";
                /**
                 * Format: date-time
                 * @description When it happened.
                 */
                date_time: string;
            };
        };
        /**
         * session.sharing_ended
         * @description A user stopped sharing their screen.
         */
        SessionSharingEndedEvent: {
            /**
             * @description The event name; tells the events apart.
             * @constant
             */
            event: "session.sharing_ended";
            /**
             * Format: int64
             * @description When the event happened, in milliseconds since the Unix epoch.
             */
            event_ts: number;
            payload: {
                /** @description The Video SDK account the event belongs to. */
                account_id: string;
                object: {
                    /**
                     * @deprecated
                     * @description The session's id. Zoom marks it deprecated in some events; use `session_id`.
                     */
                    id: string;
                    /** @description The id of this run of the session: every new run of a session gets a new one. */
                    session_id: string;
                    /** @description The session's name (its topic). */
                    session_name: string;
                    /** @description The custom session key your app gave the session, if any. */
                    session_key?: string;
                    user: components["schemas"]["SharingUser"];
                };
            };
        };
        /**
         * session.sharing_started
         * @description A user started sharing their screen.
         */
        SessionSharingStartedEvent: {
            /**
             * @description The event name; tells the events apart.
             * @constant
             */
            event: "session.sharing_started";
            /**
             * Format: int64
             * @description When the event happened, in milliseconds since the Unix epoch.
             */
            event_ts: number;
            payload: {
                /** @description The Video SDK account the event belongs to. */
                account_id: string;
                object: {
                    /** @description The session's id. Zoom marks it deprecated in some events; use `session_id`. */
                    id: string;
                    /** @description The id of this run of the session: every new run of a session gets a new one. */
                    session_id: string;
                    /** @description The session's name (its topic). */
                    session_name: string;
                    /** @description The custom session key your app gave the session, if any. */
                    session_key?: string;
                    user: components["schemas"]["SharingUser"];
                };
            };
        };
        /**
         * session.started
         * @description The first user joined and the session started.
         */
        SessionStartedEvent: {
            /**
             * @description The event name; tells the events apart.
             * @constant
             */
            event: "session.started";
            /**
             * Format: int64
             * @description When the event happened, in milliseconds since the Unix epoch.
             */
            event_ts: number;
            payload: {
                /** @description The Video SDK account the event belongs to. */
                account_id: string;
                object: {
                    /**
                     * @deprecated
                     * @description The session's id. Zoom marks it deprecated in some events; use `session_id`.
                     */
                    id: string;
                    /** @description The id of this run of the session: every new run of a session gets a new one. */
                    session_id: string;
                    /** @description The session's name (its topic). */
                    session_name: string;
                    /** @description The custom session key your app gave the session, if any. */
                    session_key?: string;
                    /**
                     * Format: date-time
                     * @description When the session started.
                     */
                    start_time: string;
                };
            };
        };
        /** @description The ingestion stream an event is about. */
        StreamIngestion: {
            stream_id: string;
            stream_name: string;
            stream_description?: string;
            /** @description The stream key of the RTMP destination (a credential: recorders redact it). */
            stream_key: string;
            stream_url: string;
            backup_stream_url: string;
        };
        /**
         * session.stream_ingestion_connected
         * @description The ingested stream connected.
         */
        SessionStreamIngestionConnectedEvent: {
            /**
             * @description The event name; tells the events apart.
             * @constant
             */
            event: "session.stream_ingestion_connected";
            /**
             * Format: int64
             * @description When the event happened, in milliseconds since the Unix epoch.
             */
            event_ts: number;
            payload: {
                /** @description The Video SDK account the event belongs to. */
                account_id: string;
                object: {
                    /** @description The id of this run of the session: every new run of a session gets a new one. */
                    session_id: string;
                    /** @description The session's name (its topic). */
                    session_name: string;
                    /** @description The custom session key your app gave the session, if any. */
                    session_key?: string;
                    stream_ingestion: components["schemas"]["StreamIngestion"];
                };
            };
        };
        /**
         * session.stream_ingestion_disconnected
         * @description The ingested stream disconnected.
         */
        SessionStreamIngestionDisconnectedEvent: {
            /**
             * @description The event name; tells the events apart.
             * @constant
             */
            event: "session.stream_ingestion_disconnected";
            /**
             * Format: int64
             * @description When the event happened, in milliseconds since the Unix epoch.
             */
            event_ts: number;
            payload: {
                /** @description The Video SDK account the event belongs to. */
                account_id: string;
                object: {
                    /** @description The id of this run of the session: every new run of a session gets a new one. */
                    session_id: string;
                    /** @description The session's name (its topic). */
                    session_name: string;
                    /** @description The custom session key your app gave the session, if any. */
                    session_key?: string;
                    stream_ingestion: components["schemas"]["StreamIngestion"];
                };
            };
        };
        /**
         * session.stream_ingestion_started
         * @description Stream ingestion into the session started.
         */
        SessionStreamIngestionStartedEvent: {
            /**
             * @description The event name; tells the events apart.
             * @constant
             */
            event: "session.stream_ingestion_started";
            /**
             * Format: int64
             * @description When the event happened, in milliseconds since the Unix epoch.
             */
            event_ts: number;
            payload: {
                /** @description The Video SDK account the event belongs to. */
                account_id: string;
                object: {
                    /** @description The id of this run of the session: every new run of a session gets a new one. */
                    session_id: string;
                    /** @description The session's name (its topic). */
                    session_name: string;
                    /** @description The custom session key your app gave the session, if any. */
                    session_key?: string;
                    stream_ingestion: components["schemas"]["StreamIngestion"];
                };
            };
        };
        /**
         * session.stream_ingestion_stopped
         * @description Stream ingestion into the session stopped.
         */
        SessionStreamIngestionStoppedEvent: {
            /**
             * @description The event name; tells the events apart.
             * @constant
             */
            event: "session.stream_ingestion_stopped";
            /**
             * Format: int64
             * @description When the event happened, in milliseconds since the Unix epoch.
             */
            event_ts: number;
            payload: {
                /** @description The Video SDK account the event belongs to. */
                account_id: string;
                object: {
                    /** @description The id of this run of the session: every new run of a session gets a new one. */
                    session_id: string;
                    /** @description The session's name (its topic). */
                    session_name: string;
                    /** @description The custom session key your app gave the session, if any. */
                    session_key?: string;
                    stream_ingestion: components["schemas"]["StreamIngestion"];
                };
            };
        };
        /**
         * session.stream_ingestion_unbind
         * @description The ingestion stream was unbound from the session.
         */
        SessionStreamIngestionUnbindEvent: {
            /**
             * @description The event name; tells the events apart.
             * @constant
             */
            event: "session.stream_ingestion_unbind";
            /**
             * Format: int64
             * @description When the event happened, in milliseconds since the Unix epoch.
             */
            event_ts: number;
            payload: {
                /** @description The Video SDK account the event belongs to. */
                account_id: string;
                object: {
                    /** @description The id of this run of the session: every new run of a session gets a new one. */
                    session_id: string;
                    /** @description The session's name (its topic). */
                    session_name: string;
                    /** @description The custom session key your app gave the session, if any. */
                    session_key?: string;
                    stream_ingestion: components["schemas"]["StreamIngestion"];
                };
            };
        };
        /**
         * session.user_joined
         * @description A user joined the session (sent again on every rejoin).
         */
        SessionUserJoinedEvent: {
            /**
             * @description The event name; tells the events apart.
             * @constant
             */
            event: "session.user_joined";
            /**
             * Format: int64
             * @description When the event happened, in milliseconds since the Unix epoch.
             */
            event_ts: number;
            payload: {
                /** @description The Video SDK account the event belongs to. */
                account_id: string;
                object: {
                    /** @description The session's id. Zoom marks it deprecated in some events; use `session_id`. */
                    id: string;
                    /** @description The id of this run of the session: every new run of a session gets a new one. */
                    session_id: string;
                    /** @description The session's name (its topic). */
                    session_name: string;
                    /** @description The custom session key your app gave the session, if any. */
                    session_key?: string;
                    user: {
                        /** @description The user's id within this session, assigned when they join. */
                        id: string;
                        /** @description The user's display name. */
                        name: string;
                        /**
                         * Format: date-time
                         * @description When the user joined.
                         */
                        join_time: string;
                        /** @description The user key your app gave the user, if any. */
                        user_key?: string;
                        /** @description The telephone number called, or that dialled in. */
                        phone_number?: string;
                        /** @description The participant's id for as long as the session runs. */
                        participant_uuid: string;
                    };
                };
            };
        };
        /**
         * session.user_left
         * @description A user left the session.
         */
        SessionUserLeftEvent: {
            /**
             * @description The event name; tells the events apart.
             * @constant
             */
            event: "session.user_left";
            /**
             * Format: int64
             * @description When the event happened, in milliseconds since the Unix epoch.
             */
            event_ts: number;
            payload: {
                /** @description The Video SDK account the event belongs to. */
                account_id: string;
                object: {
                    /** @description The session's id. Zoom marks it deprecated in some events; use `session_id`. */
                    id: string;
                    /** @description The id of this run of the session: every new run of a session gets a new one. */
                    session_id: string;
                    /** @description The session's name (its topic). */
                    session_name: string;
                    /** @description The custom session key your app gave the session, if any. */
                    session_key?: string;
                    user: {
                        /** @description The user's id within this session, assigned when they join. */
                        id: string;
                        /** @description The user's display name. */
                        name: string;
                        /**
                         * Format: date-time
                         * @description When the user left.
                         */
                        leave_time: string;
                        /** @description Why the user left, as Zoom words it (free text, e.g. `left the session`). */
                        leave_reason?: string;
                        /** @description The user key your app gave the user, if any. */
                        user_key?: string;
                        /** @description The telephone number called, or that dialled in. */
                        phone_number?: string;
                        /** @description The participant's id for as long as the session runs. */
                        participant_uuid: string;
                    };
                };
            };
        };
        /** @description Who was called by phone. */
        PhoneCalloutParticipant: {
            /** @description The name of whoever was called. */
            invitee_name: string;
            /**
             * Format: int64
             * @description The telephone number called, or that dialled in.
             */
            phone_number: number;
            /** Format: int64 */
            from_number: number;
        };
        /**
         * session.user_phone_callout_accepted
         * @description The invitee accepted the phone call out.
         */
        SessionUserPhoneCalloutAcceptedEvent: {
            /**
             * @description The event name; tells the events apart.
             * @constant
             */
            event: "session.user_phone_callout_accepted";
            /**
             * Format: int64
             * @description When the event happened, in milliseconds since the Unix epoch.
             */
            event_ts: number;
            payload: {
                /** @description The Video SDK account the event belongs to. */
                account_id: string;
                object: {
                    /**
                     * Format: int64
                     * @deprecated
                     * @description The session's id. Zoom marks it deprecated in some events; use `session_id`.
                     */
                    id?: number;
                    /** @deprecated */
                    uuid?: string;
                    /** @description The id of this run of the session: every new run of a session gets a new one. */
                    session_id: string;
                    /** @description The session's name (its topic). */
                    session_name: string;
                    /** @description The custom session key your app gave the session, if any. */
                    session_key: string;
                    /** @description The user key your app gave the user, if any. */
                    user_key: string;
                    /** @description The Zoom user id of the host. */
                    host_id: string;
                    participant: components["schemas"]["PhoneCalloutParticipant"];
                };
            };
        };
        /**
         * session.user_phone_callout_canceled
         * @description The phone call out was cancelled before it was answered.
         */
        SessionUserPhoneCalloutCanceledEvent: {
            /**
             * @description The event name; tells the events apart.
             * @constant
             */
            event: "session.user_phone_callout_canceled";
            /**
             * Format: int64
             * @description When the event happened, in milliseconds since the Unix epoch.
             */
            event_ts: number;
            payload: {
                /** @description The Video SDK account the event belongs to. */
                account_id: string;
                object: {
                    /** @description The id of this run of the session: every new run of a session gets a new one. */
                    session_id: string;
                    /** @description The session's name (its topic). */
                    session_name: string;
                    /** @description The custom session key your app gave the session, if any. */
                    session_key: string;
                    /** @description The user key your app gave the user, if any. */
                    user_key: string;
                    participant: components["schemas"]["PhoneCalloutParticipant"];
                };
            };
        };
        /**
         * session.user_phone_callout_missed
         * @description The invitee missed the phone call out.
         */
        SessionUserPhoneCalloutMissedEvent: {
            /**
             * @description The event name; tells the events apart.
             * @constant
             */
            event: "session.user_phone_callout_missed";
            /**
             * Format: int64
             * @description When the event happened, in milliseconds since the Unix epoch.
             */
            event_ts: number;
            payload: {
                /** @description The Video SDK account the event belongs to. */
                account_id: string;
                object: {
                    /**
                     * Format: int64
                     * @deprecated
                     * @description The session's id. Zoom marks it deprecated in some events; use `session_id`.
                     */
                    id?: number;
                    /** @deprecated */
                    uuid?: string;
                    /** @description The id of this run of the session: every new run of a session gets a new one. */
                    session_id: string;
                    /** @description The session's name (its topic). */
                    session_name: string;
                    /** @description The custom session key your app gave the session, if any. */
                    session_key: string;
                    /** @description The user key your app gave the user, if any. */
                    user_key: string;
                    /** @description The Zoom user id of the host. */
                    host_id: string;
                    participant: components["schemas"]["PhoneCalloutParticipant"];
                };
            };
        };
        /**
         * session.user_phone_callout_rejected
         * @description The invitee rejected the phone call out.
         */
        SessionUserPhoneCalloutRejectedEvent: {
            /**
             * @description The event name; tells the events apart.
             * @constant
             */
            event: "session.user_phone_callout_rejected";
            /**
             * Format: int64
             * @description When the event happened, in milliseconds since the Unix epoch.
             */
            event_ts: number;
            payload: {
                /** @description The Video SDK account the event belongs to. */
                account_id: string;
                object: {
                    /**
                     * Format: int64
                     * @deprecated
                     * @description The session's id. Zoom marks it deprecated in some events; use `session_id`.
                     */
                    id?: number;
                    /** @deprecated */
                    uuid?: string;
                    /** @description The id of this run of the session: every new run of a session gets a new one. */
                    session_id: string;
                    /** @description The session's name (its topic). */
                    session_name: string;
                    /** @description The custom session key your app gave the session, if any. */
                    session_key: string;
                    /** @description The user key your app gave the user, if any. */
                    user_key: string;
                    /** @description The Zoom user id of the host. */
                    host_id: string;
                    participant: components["schemas"]["PhoneCalloutParticipant"];
                };
            };
        };
        /**
         * session.user_phone_callout_ringing
         * @description A phone call out to invite someone into the session is ringing.
         */
        SessionUserPhoneCalloutRingingEvent: {
            /**
             * @description The event name; tells the events apart.
             * @constant
             */
            event: "session.user_phone_callout_ringing";
            /**
             * Format: int64
             * @description When the event happened, in milliseconds since the Unix epoch.
             */
            event_ts: number;
            payload: {
                /** @description The Video SDK account the event belongs to. */
                account_id: string;
                object: {
                    /**
                     * Format: int64
                     * @deprecated
                     * @description The session's id. Zoom marks it deprecated in some events; use `session_id`.
                     */
                    id?: number;
                    /** @deprecated */
                    uuid?: string;
                    /** @description The id of this run of the session: every new run of a session gets a new one. */
                    session_id: string;
                    /** @description The session's name (its topic). */
                    session_name: string;
                    /** @description The custom session key your app gave the session, if any. */
                    session_key: string;
                    /** @description The user key your app gave the user, if any. */
                    user_key: string;
                    /** @description The Zoom user id of the host. */
                    host_id: string;
                    participant: components["schemas"]["PhoneCalloutParticipant"];
                };
            };
        };
        /** @description The room system that was called. */
        RoomSystemCalloutParticipant: {
            call_type: string;
            device_ip: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * session.user_room_system_callout_accepted
         * @description The room system accepted the call out.
         */
        SessionUserRoomSystemCalloutAcceptedEvent: {
            /**
             * @description The event name; tells the events apart.
             * @constant
             */
            event: "session.user_room_system_callout_accepted";
            /**
             * Format: int64
             * @description When the event happened, in milliseconds since the Unix epoch.
             */
            event_ts: number;
            payload: {
                /** @description The Video SDK account the event belongs to. */
                account_id: string;
                object: {
                    /**
                     * Format: int64
                     * @deprecated
                     * @description The session's id. Zoom marks it deprecated in some events; use `session_id`.
                     */
                    id?: number;
                    /** @deprecated */
                    uuid?: string;
                    /** @description The id of this run of the session: every new run of a session gets a new one. */
                    session_id: string;
                    /** @description The session's name (its topic). */
                    session_name: string;
                    /** @description The Zoom user id of the host. */
                    host_id: string;
                    /** @description The id of the invitation. */
                    message_id: string;
                    /** @description The name of whoever sent the invitation. */
                    inviter_name: string;
                    participant: components["schemas"]["RoomSystemCalloutParticipant"];
                };
            };
        };
        /**
         * session.user_room_system_callout_failed
         * @description The call out to the room system failed.
         */
        SessionUserRoomSystemCalloutFailedEvent: {
            /**
             * @description The event name; tells the events apart.
             * @constant
             */
            event: "session.user_room_system_callout_failed";
            /**
             * Format: int64
             * @description When the event happened, in milliseconds since the Unix epoch.
             */
            event_ts: number;
            payload: {
                /** @description The Video SDK account the event belongs to. */
                account_id: string;
                object: {
                    /**
                     * Format: int64
                     * @deprecated
                     * @description The session's id. Zoom marks it deprecated in some events; use `session_id`.
                     */
                    id?: number;
                    /** @deprecated */
                    uuid?: string;
                    /** @description The id of this run of the session: every new run of a session gets a new one. */
                    session_id: string;
                    /** @description The session's name (its topic). */
                    session_name: string;
                    /** @description The Zoom user id of the host. */
                    host_id: string;
                    /** @description The id of the invitation. */
                    message_id: string;
                    /** @description The name of whoever sent the invitation. */
                    inviter_name: string;
                    /**
                     * @description Why the call out failed, as a Zoom reason code.
                     * @enum {integer}
                     */
                    reason_type: 0 | 1 | 2 | 3 | 4 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14;
                    participant: components["schemas"]["RoomSystemCalloutParticipant"];
                };
            };
        };
        /**
         * session.user_room_system_callout_missed
         * @description The room system missed the call out.
         */
        SessionUserRoomSystemCalloutMissedEvent: {
            /**
             * @description The event name; tells the events apart.
             * @constant
             */
            event: "session.user_room_system_callout_missed";
            /**
             * Format: int64
             * @description When the event happened, in milliseconds since the Unix epoch.
             */
            event_ts: number;
            payload: {
                /** @description The Video SDK account the event belongs to. */
                account_id: string;
                object: {
                    /**
                     * Format: int64
                     * @deprecated
                     * @description The session's id. Zoom marks it deprecated in some events; use `session_id`.
                     */
                    id?: number;
                    /** @deprecated */
                    uuid?: string;
                    /** @description The id of this run of the session: every new run of a session gets a new one. */
                    session_id: string;
                    /** @description The session's name (its topic). */
                    session_name: string;
                    /** @description The Zoom user id of the host. */
                    host_id: string;
                    /** @description The id of the invitation. */
                    message_id: string;
                    /** @description The name of whoever sent the invitation. */
                    inviter_name: string;
                    participant: components["schemas"]["RoomSystemCalloutParticipant"];
                };
            };
        };
        /**
         * session.user_room_system_callout_rejected
         * @description The room system rejected the call out.
         */
        SessionUserRoomSystemCalloutRejectedEvent: {
            /**
             * @description The event name; tells the events apart.
             * @constant
             */
            event: "session.user_room_system_callout_rejected";
            /**
             * Format: int64
             * @description When the event happened, in milliseconds since the Unix epoch.
             */
            event_ts: number;
            payload: {
                /** @description The Video SDK account the event belongs to. */
                account_id: string;
                object: {
                    /**
                     * Format: int64
                     * @deprecated
                     * @description The session's id. Zoom marks it deprecated in some events; use `session_id`.
                     */
                    id?: number;
                    /** @deprecated */
                    uuid?: string;
                    /** @description The id of this run of the session: every new run of a session gets a new one. */
                    session_id: string;
                    /** @description The session's name (its topic). */
                    session_name: string;
                    /** @description The Zoom user id of the host. */
                    host_id: string;
                    /** @description The id of the invitation. */
                    message_id: string;
                    /** @description The name of whoever sent the invitation. */
                    inviter_name: string;
                    participant: components["schemas"]["RoomSystemCalloutParticipant"];
                };
            };
        };
        /**
         * session.user_room_system_callout_ringing
         * @description A call out to a room system (H.323/SIP) is ringing.
         */
        SessionUserRoomSystemCalloutRingingEvent: {
            /**
             * @description The event name; tells the events apart.
             * @constant
             */
            event: "session.user_room_system_callout_ringing";
            /**
             * Format: int64
             * @description When the event happened, in milliseconds since the Unix epoch.
             */
            event_ts: number;
            payload: {
                /** @description The Video SDK account the event belongs to. */
                account_id: string;
                object: {
                    /**
                     * Format: int64
                     * @deprecated
                     * @description The session's id. Zoom marks it deprecated in some events; use `session_id`.
                     */
                    id?: number;
                    /** @deprecated */
                    uuid?: string;
                    /** @description The id of this run of the session: every new run of a session gets a new one. */
                    session_id: string;
                    /** @description The session's name (its topic). */
                    session_name: string;
                    /** @description The Zoom user id of the host. */
                    host_id: string;
                    /** @description The id of the invitation. */
                    message_id: string;
                    /** @description The name of whoever sent the invitation. */
                    inviter_name: string;
                    participant: components["schemas"]["RoomSystemCalloutParticipant"];
                };
            };
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
        /**
         * @description The receiver refused the delivery, e.g. because its signature or timestamp did not verify.
         *     Zoom treats it as a failed delivery and retries it.
         */
        WebhookRejected: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /**
         * @description The receiver accepted the delivery. Answer with 200 or 204 within three seconds; Zoom retries a
         *     delivery that is not acknowledged in time.
         */
        WebhookReceived: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
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
        /**
         * @description The delivery's signature: `v0=` followed by the lower-case hex HMAC-SHA256 of the string
         *     `v0:{x-zm-request-timestamp}:{raw request body}`, keyed with your app's **secret token**
         *     (Marketplace app → Features → Access). Compute it over the body bytes exactly as received,
         *     before any JSON parsing, compare in constant time, and reject old timestamps (five minutes is
         *     the usual tolerance) so that a captured delivery cannot be replayed.
         *
         *     The signature is not a secret (it is only good for this body and timestamp); the secret
         *     token is, and never appears in a delivery.
         * @example v0=9b5ab1e8ad6fb4b4a2b2cf6f38a3b43d52e4d0a0e6c8f8e3a1c1b0f5d4e3c2b1
         */
        WebhookSignature: string;
        /**
         * @description When Zoom sent the delivery, in seconds since the Unix epoch; part of the signed string (see
         *     `x-zm-signature`). Unlike `event_ts` in the body, this is in seconds.
         * @example 1658940994
         */
        WebhookRequestTimestamp: number;
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
    "endpoint.url_validation": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's signature: `v0=` followed by the lower-case hex HMAC-SHA256 of the string
                 *     `v0:{x-zm-request-timestamp}:{raw request body}`, keyed with your app's **secret token**
                 *     (Marketplace app → Features → Access). Compute it over the body bytes exactly as received,
                 *     before any JSON parsing, compare in constant time, and reject old timestamps (five minutes is
                 *     the usual tolerance) so that a captured delivery cannot be replayed.
                 *
                 *     The signature is not a secret (it is only good for this body and timestamp); the secret
                 *     token is, and never appears in a delivery.
                 * @example v0=9b5ab1e8ad6fb4b4a2b2cf6f38a3b43d52e4d0a0e6c8f8e3a1c1b0f5d4e3c2b1
                 */
                "x-zm-signature": components["parameters"]["WebhookSignature"];
                /**
                 * @description When Zoom sent the delivery, in seconds since the Unix epoch; part of the signed string (see
                 *     `x-zm-signature`). Unlike `event_ts` in the body, this is in seconds.
                 * @example 1658940994
                 */
                "x-zm-request-timestamp": components["parameters"]["WebhookRequestTimestamp"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The `endpoint.url_validation` challenge. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["EndpointUrlValidationEvent"];
            };
        };
        responses: {
            /** @description The answer to the challenge. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UrlValidationAnswer"];
                };
            };
            "4XX": components["responses"]["WebhookRejected"];
        };
    };
    "session.alert": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's signature: `v0=` followed by the lower-case hex HMAC-SHA256 of the string
                 *     `v0:{x-zm-request-timestamp}:{raw request body}`, keyed with your app's **secret token**
                 *     (Marketplace app → Features → Access). Compute it over the body bytes exactly as received,
                 *     before any JSON parsing, compare in constant time, and reject old timestamps (five minutes is
                 *     the usual tolerance) so that a captured delivery cannot be replayed.
                 *
                 *     The signature is not a secret (it is only good for this body and timestamp); the secret
                 *     token is, and never appears in a delivery.
                 * @example v0=9b5ab1e8ad6fb4b4a2b2cf6f38a3b43d52e4d0a0e6c8f8e3a1c1b0f5d4e3c2b1
                 */
                "x-zm-signature": components["parameters"]["WebhookSignature"];
                /**
                 * @description When Zoom sent the delivery, in seconds since the Unix epoch; part of the signed string (see
                 *     `x-zm-signature`). Unlike `event_ts` in the body, this is in seconds.
                 * @example 1658940994
                 */
                "x-zm-request-timestamp": components["parameters"]["WebhookRequestTimestamp"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The `session.alert` event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SessionAlertEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookReceived"];
            "4XX": components["responses"]["WebhookRejected"];
        };
    };
    "session.ended": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's signature: `v0=` followed by the lower-case hex HMAC-SHA256 of the string
                 *     `v0:{x-zm-request-timestamp}:{raw request body}`, keyed with your app's **secret token**
                 *     (Marketplace app → Features → Access). Compute it over the body bytes exactly as received,
                 *     before any JSON parsing, compare in constant time, and reject old timestamps (five minutes is
                 *     the usual tolerance) so that a captured delivery cannot be replayed.
                 *
                 *     The signature is not a secret (it is only good for this body and timestamp); the secret
                 *     token is, and never appears in a delivery.
                 * @example v0=9b5ab1e8ad6fb4b4a2b2cf6f38a3b43d52e4d0a0e6c8f8e3a1c1b0f5d4e3c2b1
                 */
                "x-zm-signature": components["parameters"]["WebhookSignature"];
                /**
                 * @description When Zoom sent the delivery, in seconds since the Unix epoch; part of the signed string (see
                 *     `x-zm-signature`). Unlike `event_ts` in the body, this is in seconds.
                 * @example 1658940994
                 */
                "x-zm-request-timestamp": components["parameters"]["WebhookRequestTimestamp"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The `session.ended` event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SessionEndedEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookReceived"];
            "4XX": components["responses"]["WebhookRejected"];
        };
    };
    "session.live_streaming_started": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's signature: `v0=` followed by the lower-case hex HMAC-SHA256 of the string
                 *     `v0:{x-zm-request-timestamp}:{raw request body}`, keyed with your app's **secret token**
                 *     (Marketplace app → Features → Access). Compute it over the body bytes exactly as received,
                 *     before any JSON parsing, compare in constant time, and reject old timestamps (five minutes is
                 *     the usual tolerance) so that a captured delivery cannot be replayed.
                 *
                 *     The signature is not a secret (it is only good for this body and timestamp); the secret
                 *     token is, and never appears in a delivery.
                 * @example v0=9b5ab1e8ad6fb4b4a2b2cf6f38a3b43d52e4d0a0e6c8f8e3a1c1b0f5d4e3c2b1
                 */
                "x-zm-signature": components["parameters"]["WebhookSignature"];
                /**
                 * @description When Zoom sent the delivery, in seconds since the Unix epoch; part of the signed string (see
                 *     `x-zm-signature`). Unlike `event_ts` in the body, this is in seconds.
                 * @example 1658940994
                 */
                "x-zm-request-timestamp": components["parameters"]["WebhookRequestTimestamp"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The `session.live_streaming_started` event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SessionLiveStreamingStartedEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookReceived"];
            "4XX": components["responses"]["WebhookRejected"];
        };
    };
    "session.live_streaming_stopped": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's signature: `v0=` followed by the lower-case hex HMAC-SHA256 of the string
                 *     `v0:{x-zm-request-timestamp}:{raw request body}`, keyed with your app's **secret token**
                 *     (Marketplace app → Features → Access). Compute it over the body bytes exactly as received,
                 *     before any JSON parsing, compare in constant time, and reject old timestamps (five minutes is
                 *     the usual tolerance) so that a captured delivery cannot be replayed.
                 *
                 *     The signature is not a secret (it is only good for this body and timestamp); the secret
                 *     token is, and never appears in a delivery.
                 * @example v0=9b5ab1e8ad6fb4b4a2b2cf6f38a3b43d52e4d0a0e6c8f8e3a1c1b0f5d4e3c2b1
                 */
                "x-zm-signature": components["parameters"]["WebhookSignature"];
                /**
                 * @description When Zoom sent the delivery, in seconds since the Unix epoch; part of the signed string (see
                 *     `x-zm-signature`). Unlike `event_ts` in the body, this is in seconds.
                 * @example 1658940994
                 */
                "x-zm-request-timestamp": components["parameters"]["WebhookRequestTimestamp"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The `session.live_streaming_stopped` event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SessionLiveStreamingStoppedEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookReceived"];
            "4XX": components["responses"]["WebhookRejected"];
        };
    };
    "session.recording_completed": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's signature: `v0=` followed by the lower-case hex HMAC-SHA256 of the string
                 *     `v0:{x-zm-request-timestamp}:{raw request body}`, keyed with your app's **secret token**
                 *     (Marketplace app → Features → Access). Compute it over the body bytes exactly as received,
                 *     before any JSON parsing, compare in constant time, and reject old timestamps (five minutes is
                 *     the usual tolerance) so that a captured delivery cannot be replayed.
                 *
                 *     The signature is not a secret (it is only good for this body and timestamp); the secret
                 *     token is, and never appears in a delivery.
                 * @example v0=9b5ab1e8ad6fb4b4a2b2cf6f38a3b43d52e4d0a0e6c8f8e3a1c1b0f5d4e3c2b1
                 */
                "x-zm-signature": components["parameters"]["WebhookSignature"];
                /**
                 * @description When Zoom sent the delivery, in seconds since the Unix epoch; part of the signed string (see
                 *     `x-zm-signature`). Unlike `event_ts` in the body, this is in seconds.
                 * @example 1658940994
                 */
                "x-zm-request-timestamp": components["parameters"]["WebhookRequestTimestamp"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The `session.recording_completed` event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SessionRecordingCompletedEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookReceived"];
            "4XX": components["responses"]["WebhookRejected"];
        };
    };
    "session.recording_deleted": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's signature: `v0=` followed by the lower-case hex HMAC-SHA256 of the string
                 *     `v0:{x-zm-request-timestamp}:{raw request body}`, keyed with your app's **secret token**
                 *     (Marketplace app → Features → Access). Compute it over the body bytes exactly as received,
                 *     before any JSON parsing, compare in constant time, and reject old timestamps (five minutes is
                 *     the usual tolerance) so that a captured delivery cannot be replayed.
                 *
                 *     The signature is not a secret (it is only good for this body and timestamp); the secret
                 *     token is, and never appears in a delivery.
                 * @example v0=9b5ab1e8ad6fb4b4a2b2cf6f38a3b43d52e4d0a0e6c8f8e3a1c1b0f5d4e3c2b1
                 */
                "x-zm-signature": components["parameters"]["WebhookSignature"];
                /**
                 * @description When Zoom sent the delivery, in seconds since the Unix epoch; part of the signed string (see
                 *     `x-zm-signature`). Unlike `event_ts` in the body, this is in seconds.
                 * @example 1658940994
                 */
                "x-zm-request-timestamp": components["parameters"]["WebhookRequestTimestamp"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The `session.recording_deleted` event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SessionRecordingDeletedEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookReceived"];
            "4XX": components["responses"]["WebhookRejected"];
        };
    };
    "session.recording_paused": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's signature: `v0=` followed by the lower-case hex HMAC-SHA256 of the string
                 *     `v0:{x-zm-request-timestamp}:{raw request body}`, keyed with your app's **secret token**
                 *     (Marketplace app → Features → Access). Compute it over the body bytes exactly as received,
                 *     before any JSON parsing, compare in constant time, and reject old timestamps (five minutes is
                 *     the usual tolerance) so that a captured delivery cannot be replayed.
                 *
                 *     The signature is not a secret (it is only good for this body and timestamp); the secret
                 *     token is, and never appears in a delivery.
                 * @example v0=9b5ab1e8ad6fb4b4a2b2cf6f38a3b43d52e4d0a0e6c8f8e3a1c1b0f5d4e3c2b1
                 */
                "x-zm-signature": components["parameters"]["WebhookSignature"];
                /**
                 * @description When Zoom sent the delivery, in seconds since the Unix epoch; part of the signed string (see
                 *     `x-zm-signature`). Unlike `event_ts` in the body, this is in seconds.
                 * @example 1658940994
                 */
                "x-zm-request-timestamp": components["parameters"]["WebhookRequestTimestamp"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The `session.recording_paused` event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SessionRecordingPausedEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookReceived"];
            "4XX": components["responses"]["WebhookRejected"];
        };
    };
    "session.recording_recovered": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's signature: `v0=` followed by the lower-case hex HMAC-SHA256 of the string
                 *     `v0:{x-zm-request-timestamp}:{raw request body}`, keyed with your app's **secret token**
                 *     (Marketplace app → Features → Access). Compute it over the body bytes exactly as received,
                 *     before any JSON parsing, compare in constant time, and reject old timestamps (five minutes is
                 *     the usual tolerance) so that a captured delivery cannot be replayed.
                 *
                 *     The signature is not a secret (it is only good for this body and timestamp); the secret
                 *     token is, and never appears in a delivery.
                 * @example v0=9b5ab1e8ad6fb4b4a2b2cf6f38a3b43d52e4d0a0e6c8f8e3a1c1b0f5d4e3c2b1
                 */
                "x-zm-signature": components["parameters"]["WebhookSignature"];
                /**
                 * @description When Zoom sent the delivery, in seconds since the Unix epoch; part of the signed string (see
                 *     `x-zm-signature`). Unlike `event_ts` in the body, this is in seconds.
                 * @example 1658940994
                 */
                "x-zm-request-timestamp": components["parameters"]["WebhookRequestTimestamp"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The `session.recording_recovered` event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SessionRecordingRecoveredEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookReceived"];
            "4XX": components["responses"]["WebhookRejected"];
        };
    };
    "session.recording_resumed": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's signature: `v0=` followed by the lower-case hex HMAC-SHA256 of the string
                 *     `v0:{x-zm-request-timestamp}:{raw request body}`, keyed with your app's **secret token**
                 *     (Marketplace app → Features → Access). Compute it over the body bytes exactly as received,
                 *     before any JSON parsing, compare in constant time, and reject old timestamps (five minutes is
                 *     the usual tolerance) so that a captured delivery cannot be replayed.
                 *
                 *     The signature is not a secret (it is only good for this body and timestamp); the secret
                 *     token is, and never appears in a delivery.
                 * @example v0=9b5ab1e8ad6fb4b4a2b2cf6f38a3b43d52e4d0a0e6c8f8e3a1c1b0f5d4e3c2b1
                 */
                "x-zm-signature": components["parameters"]["WebhookSignature"];
                /**
                 * @description When Zoom sent the delivery, in seconds since the Unix epoch; part of the signed string (see
                 *     `x-zm-signature`). Unlike `event_ts` in the body, this is in seconds.
                 * @example 1658940994
                 */
                "x-zm-request-timestamp": components["parameters"]["WebhookRequestTimestamp"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The `session.recording_resumed` event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SessionRecordingResumedEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookReceived"];
            "4XX": components["responses"]["WebhookRejected"];
        };
    };
    "session.recording_started": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's signature: `v0=` followed by the lower-case hex HMAC-SHA256 of the string
                 *     `v0:{x-zm-request-timestamp}:{raw request body}`, keyed with your app's **secret token**
                 *     (Marketplace app → Features → Access). Compute it over the body bytes exactly as received,
                 *     before any JSON parsing, compare in constant time, and reject old timestamps (five minutes is
                 *     the usual tolerance) so that a captured delivery cannot be replayed.
                 *
                 *     The signature is not a secret (it is only good for this body and timestamp); the secret
                 *     token is, and never appears in a delivery.
                 * @example v0=9b5ab1e8ad6fb4b4a2b2cf6f38a3b43d52e4d0a0e6c8f8e3a1c1b0f5d4e3c2b1
                 */
                "x-zm-signature": components["parameters"]["WebhookSignature"];
                /**
                 * @description When Zoom sent the delivery, in seconds since the Unix epoch; part of the signed string (see
                 *     `x-zm-signature`). Unlike `event_ts` in the body, this is in seconds.
                 * @example 1658940994
                 */
                "x-zm-request-timestamp": components["parameters"]["WebhookRequestTimestamp"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The `session.recording_started` event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SessionRecordingStartedEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookReceived"];
            "4XX": components["responses"]["WebhookRejected"];
        };
    };
    "session.recording_stopped": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's signature: `v0=` followed by the lower-case hex HMAC-SHA256 of the string
                 *     `v0:{x-zm-request-timestamp}:{raw request body}`, keyed with your app's **secret token**
                 *     (Marketplace app → Features → Access). Compute it over the body bytes exactly as received,
                 *     before any JSON parsing, compare in constant time, and reject old timestamps (five minutes is
                 *     the usual tolerance) so that a captured delivery cannot be replayed.
                 *
                 *     The signature is not a secret (it is only good for this body and timestamp); the secret
                 *     token is, and never appears in a delivery.
                 * @example v0=9b5ab1e8ad6fb4b4a2b2cf6f38a3b43d52e4d0a0e6c8f8e3a1c1b0f5d4e3c2b1
                 */
                "x-zm-signature": components["parameters"]["WebhookSignature"];
                /**
                 * @description When Zoom sent the delivery, in seconds since the Unix epoch; part of the signed string (see
                 *     `x-zm-signature`). Unlike `event_ts` in the body, this is in seconds.
                 * @example 1658940994
                 */
                "x-zm-request-timestamp": components["parameters"]["WebhookRequestTimestamp"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The `session.recording_stopped` event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SessionRecordingStoppedEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookReceived"];
            "4XX": components["responses"]["WebhookRejected"];
        };
    };
    "session.recording_transcript_completed": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's signature: `v0=` followed by the lower-case hex HMAC-SHA256 of the string
                 *     `v0:{x-zm-request-timestamp}:{raw request body}`, keyed with your app's **secret token**
                 *     (Marketplace app → Features → Access). Compute it over the body bytes exactly as received,
                 *     before any JSON parsing, compare in constant time, and reject old timestamps (five minutes is
                 *     the usual tolerance) so that a captured delivery cannot be replayed.
                 *
                 *     The signature is not a secret (it is only good for this body and timestamp); the secret
                 *     token is, and never appears in a delivery.
                 * @example v0=9b5ab1e8ad6fb4b4a2b2cf6f38a3b43d52e4d0a0e6c8f8e3a1c1b0f5d4e3c2b1
                 */
                "x-zm-signature": components["parameters"]["WebhookSignature"];
                /**
                 * @description When Zoom sent the delivery, in seconds since the Unix epoch; part of the signed string (see
                 *     `x-zm-signature`). Unlike `event_ts` in the body, this is in seconds.
                 * @example 1658940994
                 */
                "x-zm-request-timestamp": components["parameters"]["WebhookRequestTimestamp"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The `session.recording_transcript_completed` event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SessionRecordingTranscriptCompletedEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookReceived"];
            "4XX": components["responses"]["WebhookRejected"];
        };
    };
    "session.recording_transcript_failed": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's signature: `v0=` followed by the lower-case hex HMAC-SHA256 of the string
                 *     `v0:{x-zm-request-timestamp}:{raw request body}`, keyed with your app's **secret token**
                 *     (Marketplace app → Features → Access). Compute it over the body bytes exactly as received,
                 *     before any JSON parsing, compare in constant time, and reject old timestamps (five minutes is
                 *     the usual tolerance) so that a captured delivery cannot be replayed.
                 *
                 *     The signature is not a secret (it is only good for this body and timestamp); the secret
                 *     token is, and never appears in a delivery.
                 * @example v0=9b5ab1e8ad6fb4b4a2b2cf6f38a3b43d52e4d0a0e6c8f8e3a1c1b0f5d4e3c2b1
                 */
                "x-zm-signature": components["parameters"]["WebhookSignature"];
                /**
                 * @description When Zoom sent the delivery, in seconds since the Unix epoch; part of the signed string (see
                 *     `x-zm-signature`). Unlike `event_ts` in the body, this is in seconds.
                 * @example 1658940994
                 */
                "x-zm-request-timestamp": components["parameters"]["WebhookRequestTimestamp"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The `session.recording_transcript_failed` event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SessionRecordingTranscriptFailedEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookReceived"];
            "4XX": components["responses"]["WebhookRejected"];
        };
    };
    "session.recording_trashed": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's signature: `v0=` followed by the lower-case hex HMAC-SHA256 of the string
                 *     `v0:{x-zm-request-timestamp}:{raw request body}`, keyed with your app's **secret token**
                 *     (Marketplace app → Features → Access). Compute it over the body bytes exactly as received,
                 *     before any JSON parsing, compare in constant time, and reject old timestamps (five minutes is
                 *     the usual tolerance) so that a captured delivery cannot be replayed.
                 *
                 *     The signature is not a secret (it is only good for this body and timestamp); the secret
                 *     token is, and never appears in a delivery.
                 * @example v0=9b5ab1e8ad6fb4b4a2b2cf6f38a3b43d52e4d0a0e6c8f8e3a1c1b0f5d4e3c2b1
                 */
                "x-zm-signature": components["parameters"]["WebhookSignature"];
                /**
                 * @description When Zoom sent the delivery, in seconds since the Unix epoch; part of the signed string (see
                 *     `x-zm-signature`). Unlike `event_ts` in the body, this is in seconds.
                 * @example 1658940994
                 */
                "x-zm-request-timestamp": components["parameters"]["WebhookRequestTimestamp"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The `session.recording_trashed` event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SessionRecordingTrashedEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookReceived"];
            "4XX": components["responses"]["WebhookRejected"];
        };
    };
    "session.sharing_ended": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's signature: `v0=` followed by the lower-case hex HMAC-SHA256 of the string
                 *     `v0:{x-zm-request-timestamp}:{raw request body}`, keyed with your app's **secret token**
                 *     (Marketplace app → Features → Access). Compute it over the body bytes exactly as received,
                 *     before any JSON parsing, compare in constant time, and reject old timestamps (five minutes is
                 *     the usual tolerance) so that a captured delivery cannot be replayed.
                 *
                 *     The signature is not a secret (it is only good for this body and timestamp); the secret
                 *     token is, and never appears in a delivery.
                 * @example v0=9b5ab1e8ad6fb4b4a2b2cf6f38a3b43d52e4d0a0e6c8f8e3a1c1b0f5d4e3c2b1
                 */
                "x-zm-signature": components["parameters"]["WebhookSignature"];
                /**
                 * @description When Zoom sent the delivery, in seconds since the Unix epoch; part of the signed string (see
                 *     `x-zm-signature`). Unlike `event_ts` in the body, this is in seconds.
                 * @example 1658940994
                 */
                "x-zm-request-timestamp": components["parameters"]["WebhookRequestTimestamp"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The `session.sharing_ended` event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SessionSharingEndedEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookReceived"];
            "4XX": components["responses"]["WebhookRejected"];
        };
    };
    "session.sharing_started": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's signature: `v0=` followed by the lower-case hex HMAC-SHA256 of the string
                 *     `v0:{x-zm-request-timestamp}:{raw request body}`, keyed with your app's **secret token**
                 *     (Marketplace app → Features → Access). Compute it over the body bytes exactly as received,
                 *     before any JSON parsing, compare in constant time, and reject old timestamps (five minutes is
                 *     the usual tolerance) so that a captured delivery cannot be replayed.
                 *
                 *     The signature is not a secret (it is only good for this body and timestamp); the secret
                 *     token is, and never appears in a delivery.
                 * @example v0=9b5ab1e8ad6fb4b4a2b2cf6f38a3b43d52e4d0a0e6c8f8e3a1c1b0f5d4e3c2b1
                 */
                "x-zm-signature": components["parameters"]["WebhookSignature"];
                /**
                 * @description When Zoom sent the delivery, in seconds since the Unix epoch; part of the signed string (see
                 *     `x-zm-signature`). Unlike `event_ts` in the body, this is in seconds.
                 * @example 1658940994
                 */
                "x-zm-request-timestamp": components["parameters"]["WebhookRequestTimestamp"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The `session.sharing_started` event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SessionSharingStartedEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookReceived"];
            "4XX": components["responses"]["WebhookRejected"];
        };
    };
    "session.started": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's signature: `v0=` followed by the lower-case hex HMAC-SHA256 of the string
                 *     `v0:{x-zm-request-timestamp}:{raw request body}`, keyed with your app's **secret token**
                 *     (Marketplace app → Features → Access). Compute it over the body bytes exactly as received,
                 *     before any JSON parsing, compare in constant time, and reject old timestamps (five minutes is
                 *     the usual tolerance) so that a captured delivery cannot be replayed.
                 *
                 *     The signature is not a secret (it is only good for this body and timestamp); the secret
                 *     token is, and never appears in a delivery.
                 * @example v0=9b5ab1e8ad6fb4b4a2b2cf6f38a3b43d52e4d0a0e6c8f8e3a1c1b0f5d4e3c2b1
                 */
                "x-zm-signature": components["parameters"]["WebhookSignature"];
                /**
                 * @description When Zoom sent the delivery, in seconds since the Unix epoch; part of the signed string (see
                 *     `x-zm-signature`). Unlike `event_ts` in the body, this is in seconds.
                 * @example 1658940994
                 */
                "x-zm-request-timestamp": components["parameters"]["WebhookRequestTimestamp"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The `session.started` event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SessionStartedEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookReceived"];
            "4XX": components["responses"]["WebhookRejected"];
        };
    };
    "session.stream_ingestion_connected": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's signature: `v0=` followed by the lower-case hex HMAC-SHA256 of the string
                 *     `v0:{x-zm-request-timestamp}:{raw request body}`, keyed with your app's **secret token**
                 *     (Marketplace app → Features → Access). Compute it over the body bytes exactly as received,
                 *     before any JSON parsing, compare in constant time, and reject old timestamps (five minutes is
                 *     the usual tolerance) so that a captured delivery cannot be replayed.
                 *
                 *     The signature is not a secret (it is only good for this body and timestamp); the secret
                 *     token is, and never appears in a delivery.
                 * @example v0=9b5ab1e8ad6fb4b4a2b2cf6f38a3b43d52e4d0a0e6c8f8e3a1c1b0f5d4e3c2b1
                 */
                "x-zm-signature": components["parameters"]["WebhookSignature"];
                /**
                 * @description When Zoom sent the delivery, in seconds since the Unix epoch; part of the signed string (see
                 *     `x-zm-signature`). Unlike `event_ts` in the body, this is in seconds.
                 * @example 1658940994
                 */
                "x-zm-request-timestamp": components["parameters"]["WebhookRequestTimestamp"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The `session.stream_ingestion_connected` event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SessionStreamIngestionConnectedEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookReceived"];
            "4XX": components["responses"]["WebhookRejected"];
        };
    };
    "session.stream_ingestion_disconnected": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's signature: `v0=` followed by the lower-case hex HMAC-SHA256 of the string
                 *     `v0:{x-zm-request-timestamp}:{raw request body}`, keyed with your app's **secret token**
                 *     (Marketplace app → Features → Access). Compute it over the body bytes exactly as received,
                 *     before any JSON parsing, compare in constant time, and reject old timestamps (five minutes is
                 *     the usual tolerance) so that a captured delivery cannot be replayed.
                 *
                 *     The signature is not a secret (it is only good for this body and timestamp); the secret
                 *     token is, and never appears in a delivery.
                 * @example v0=9b5ab1e8ad6fb4b4a2b2cf6f38a3b43d52e4d0a0e6c8f8e3a1c1b0f5d4e3c2b1
                 */
                "x-zm-signature": components["parameters"]["WebhookSignature"];
                /**
                 * @description When Zoom sent the delivery, in seconds since the Unix epoch; part of the signed string (see
                 *     `x-zm-signature`). Unlike `event_ts` in the body, this is in seconds.
                 * @example 1658940994
                 */
                "x-zm-request-timestamp": components["parameters"]["WebhookRequestTimestamp"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The `session.stream_ingestion_disconnected` event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SessionStreamIngestionDisconnectedEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookReceived"];
            "4XX": components["responses"]["WebhookRejected"];
        };
    };
    "session.stream_ingestion_started": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's signature: `v0=` followed by the lower-case hex HMAC-SHA256 of the string
                 *     `v0:{x-zm-request-timestamp}:{raw request body}`, keyed with your app's **secret token**
                 *     (Marketplace app → Features → Access). Compute it over the body bytes exactly as received,
                 *     before any JSON parsing, compare in constant time, and reject old timestamps (five minutes is
                 *     the usual tolerance) so that a captured delivery cannot be replayed.
                 *
                 *     The signature is not a secret (it is only good for this body and timestamp); the secret
                 *     token is, and never appears in a delivery.
                 * @example v0=9b5ab1e8ad6fb4b4a2b2cf6f38a3b43d52e4d0a0e6c8f8e3a1c1b0f5d4e3c2b1
                 */
                "x-zm-signature": components["parameters"]["WebhookSignature"];
                /**
                 * @description When Zoom sent the delivery, in seconds since the Unix epoch; part of the signed string (see
                 *     `x-zm-signature`). Unlike `event_ts` in the body, this is in seconds.
                 * @example 1658940994
                 */
                "x-zm-request-timestamp": components["parameters"]["WebhookRequestTimestamp"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The `session.stream_ingestion_started` event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SessionStreamIngestionStartedEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookReceived"];
            "4XX": components["responses"]["WebhookRejected"];
        };
    };
    "session.stream_ingestion_stopped": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's signature: `v0=` followed by the lower-case hex HMAC-SHA256 of the string
                 *     `v0:{x-zm-request-timestamp}:{raw request body}`, keyed with your app's **secret token**
                 *     (Marketplace app → Features → Access). Compute it over the body bytes exactly as received,
                 *     before any JSON parsing, compare in constant time, and reject old timestamps (five minutes is
                 *     the usual tolerance) so that a captured delivery cannot be replayed.
                 *
                 *     The signature is not a secret (it is only good for this body and timestamp); the secret
                 *     token is, and never appears in a delivery.
                 * @example v0=9b5ab1e8ad6fb4b4a2b2cf6f38a3b43d52e4d0a0e6c8f8e3a1c1b0f5d4e3c2b1
                 */
                "x-zm-signature": components["parameters"]["WebhookSignature"];
                /**
                 * @description When Zoom sent the delivery, in seconds since the Unix epoch; part of the signed string (see
                 *     `x-zm-signature`). Unlike `event_ts` in the body, this is in seconds.
                 * @example 1658940994
                 */
                "x-zm-request-timestamp": components["parameters"]["WebhookRequestTimestamp"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The `session.stream_ingestion_stopped` event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SessionStreamIngestionStoppedEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookReceived"];
            "4XX": components["responses"]["WebhookRejected"];
        };
    };
    "session.stream_ingestion_unbind": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's signature: `v0=` followed by the lower-case hex HMAC-SHA256 of the string
                 *     `v0:{x-zm-request-timestamp}:{raw request body}`, keyed with your app's **secret token**
                 *     (Marketplace app → Features → Access). Compute it over the body bytes exactly as received,
                 *     before any JSON parsing, compare in constant time, and reject old timestamps (five minutes is
                 *     the usual tolerance) so that a captured delivery cannot be replayed.
                 *
                 *     The signature is not a secret (it is only good for this body and timestamp); the secret
                 *     token is, and never appears in a delivery.
                 * @example v0=9b5ab1e8ad6fb4b4a2b2cf6f38a3b43d52e4d0a0e6c8f8e3a1c1b0f5d4e3c2b1
                 */
                "x-zm-signature": components["parameters"]["WebhookSignature"];
                /**
                 * @description When Zoom sent the delivery, in seconds since the Unix epoch; part of the signed string (see
                 *     `x-zm-signature`). Unlike `event_ts` in the body, this is in seconds.
                 * @example 1658940994
                 */
                "x-zm-request-timestamp": components["parameters"]["WebhookRequestTimestamp"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The `session.stream_ingestion_unbind` event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SessionStreamIngestionUnbindEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookReceived"];
            "4XX": components["responses"]["WebhookRejected"];
        };
    };
    "session.user_joined": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's signature: `v0=` followed by the lower-case hex HMAC-SHA256 of the string
                 *     `v0:{x-zm-request-timestamp}:{raw request body}`, keyed with your app's **secret token**
                 *     (Marketplace app → Features → Access). Compute it over the body bytes exactly as received,
                 *     before any JSON parsing, compare in constant time, and reject old timestamps (five minutes is
                 *     the usual tolerance) so that a captured delivery cannot be replayed.
                 *
                 *     The signature is not a secret (it is only good for this body and timestamp); the secret
                 *     token is, and never appears in a delivery.
                 * @example v0=9b5ab1e8ad6fb4b4a2b2cf6f38a3b43d52e4d0a0e6c8f8e3a1c1b0f5d4e3c2b1
                 */
                "x-zm-signature": components["parameters"]["WebhookSignature"];
                /**
                 * @description When Zoom sent the delivery, in seconds since the Unix epoch; part of the signed string (see
                 *     `x-zm-signature`). Unlike `event_ts` in the body, this is in seconds.
                 * @example 1658940994
                 */
                "x-zm-request-timestamp": components["parameters"]["WebhookRequestTimestamp"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The `session.user_joined` event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SessionUserJoinedEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookReceived"];
            "4XX": components["responses"]["WebhookRejected"];
        };
    };
    "session.user_left": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's signature: `v0=` followed by the lower-case hex HMAC-SHA256 of the string
                 *     `v0:{x-zm-request-timestamp}:{raw request body}`, keyed with your app's **secret token**
                 *     (Marketplace app → Features → Access). Compute it over the body bytes exactly as received,
                 *     before any JSON parsing, compare in constant time, and reject old timestamps (five minutes is
                 *     the usual tolerance) so that a captured delivery cannot be replayed.
                 *
                 *     The signature is not a secret (it is only good for this body and timestamp); the secret
                 *     token is, and never appears in a delivery.
                 * @example v0=9b5ab1e8ad6fb4b4a2b2cf6f38a3b43d52e4d0a0e6c8f8e3a1c1b0f5d4e3c2b1
                 */
                "x-zm-signature": components["parameters"]["WebhookSignature"];
                /**
                 * @description When Zoom sent the delivery, in seconds since the Unix epoch; part of the signed string (see
                 *     `x-zm-signature`). Unlike `event_ts` in the body, this is in seconds.
                 * @example 1658940994
                 */
                "x-zm-request-timestamp": components["parameters"]["WebhookRequestTimestamp"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The `session.user_left` event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SessionUserLeftEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookReceived"];
            "4XX": components["responses"]["WebhookRejected"];
        };
    };
    "session.user_phone_callout_accepted": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's signature: `v0=` followed by the lower-case hex HMAC-SHA256 of the string
                 *     `v0:{x-zm-request-timestamp}:{raw request body}`, keyed with your app's **secret token**
                 *     (Marketplace app → Features → Access). Compute it over the body bytes exactly as received,
                 *     before any JSON parsing, compare in constant time, and reject old timestamps (five minutes is
                 *     the usual tolerance) so that a captured delivery cannot be replayed.
                 *
                 *     The signature is not a secret (it is only good for this body and timestamp); the secret
                 *     token is, and never appears in a delivery.
                 * @example v0=9b5ab1e8ad6fb4b4a2b2cf6f38a3b43d52e4d0a0e6c8f8e3a1c1b0f5d4e3c2b1
                 */
                "x-zm-signature": components["parameters"]["WebhookSignature"];
                /**
                 * @description When Zoom sent the delivery, in seconds since the Unix epoch; part of the signed string (see
                 *     `x-zm-signature`). Unlike `event_ts` in the body, this is in seconds.
                 * @example 1658940994
                 */
                "x-zm-request-timestamp": components["parameters"]["WebhookRequestTimestamp"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The `session.user_phone_callout_accepted` event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SessionUserPhoneCalloutAcceptedEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookReceived"];
            "4XX": components["responses"]["WebhookRejected"];
        };
    };
    "session.user_phone_callout_canceled": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's signature: `v0=` followed by the lower-case hex HMAC-SHA256 of the string
                 *     `v0:{x-zm-request-timestamp}:{raw request body}`, keyed with your app's **secret token**
                 *     (Marketplace app → Features → Access). Compute it over the body bytes exactly as received,
                 *     before any JSON parsing, compare in constant time, and reject old timestamps (five minutes is
                 *     the usual tolerance) so that a captured delivery cannot be replayed.
                 *
                 *     The signature is not a secret (it is only good for this body and timestamp); the secret
                 *     token is, and never appears in a delivery.
                 * @example v0=9b5ab1e8ad6fb4b4a2b2cf6f38a3b43d52e4d0a0e6c8f8e3a1c1b0f5d4e3c2b1
                 */
                "x-zm-signature": components["parameters"]["WebhookSignature"];
                /**
                 * @description When Zoom sent the delivery, in seconds since the Unix epoch; part of the signed string (see
                 *     `x-zm-signature`). Unlike `event_ts` in the body, this is in seconds.
                 * @example 1658940994
                 */
                "x-zm-request-timestamp": components["parameters"]["WebhookRequestTimestamp"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The `session.user_phone_callout_canceled` event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SessionUserPhoneCalloutCanceledEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookReceived"];
            "4XX": components["responses"]["WebhookRejected"];
        };
    };
    "session.user_phone_callout_missed": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's signature: `v0=` followed by the lower-case hex HMAC-SHA256 of the string
                 *     `v0:{x-zm-request-timestamp}:{raw request body}`, keyed with your app's **secret token**
                 *     (Marketplace app → Features → Access). Compute it over the body bytes exactly as received,
                 *     before any JSON parsing, compare in constant time, and reject old timestamps (five minutes is
                 *     the usual tolerance) so that a captured delivery cannot be replayed.
                 *
                 *     The signature is not a secret (it is only good for this body and timestamp); the secret
                 *     token is, and never appears in a delivery.
                 * @example v0=9b5ab1e8ad6fb4b4a2b2cf6f38a3b43d52e4d0a0e6c8f8e3a1c1b0f5d4e3c2b1
                 */
                "x-zm-signature": components["parameters"]["WebhookSignature"];
                /**
                 * @description When Zoom sent the delivery, in seconds since the Unix epoch; part of the signed string (see
                 *     `x-zm-signature`). Unlike `event_ts` in the body, this is in seconds.
                 * @example 1658940994
                 */
                "x-zm-request-timestamp": components["parameters"]["WebhookRequestTimestamp"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The `session.user_phone_callout_missed` event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SessionUserPhoneCalloutMissedEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookReceived"];
            "4XX": components["responses"]["WebhookRejected"];
        };
    };
    "session.user_phone_callout_rejected": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's signature: `v0=` followed by the lower-case hex HMAC-SHA256 of the string
                 *     `v0:{x-zm-request-timestamp}:{raw request body}`, keyed with your app's **secret token**
                 *     (Marketplace app → Features → Access). Compute it over the body bytes exactly as received,
                 *     before any JSON parsing, compare in constant time, and reject old timestamps (five minutes is
                 *     the usual tolerance) so that a captured delivery cannot be replayed.
                 *
                 *     The signature is not a secret (it is only good for this body and timestamp); the secret
                 *     token is, and never appears in a delivery.
                 * @example v0=9b5ab1e8ad6fb4b4a2b2cf6f38a3b43d52e4d0a0e6c8f8e3a1c1b0f5d4e3c2b1
                 */
                "x-zm-signature": components["parameters"]["WebhookSignature"];
                /**
                 * @description When Zoom sent the delivery, in seconds since the Unix epoch; part of the signed string (see
                 *     `x-zm-signature`). Unlike `event_ts` in the body, this is in seconds.
                 * @example 1658940994
                 */
                "x-zm-request-timestamp": components["parameters"]["WebhookRequestTimestamp"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The `session.user_phone_callout_rejected` event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SessionUserPhoneCalloutRejectedEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookReceived"];
            "4XX": components["responses"]["WebhookRejected"];
        };
    };
    "session.user_phone_callout_ringing": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's signature: `v0=` followed by the lower-case hex HMAC-SHA256 of the string
                 *     `v0:{x-zm-request-timestamp}:{raw request body}`, keyed with your app's **secret token**
                 *     (Marketplace app → Features → Access). Compute it over the body bytes exactly as received,
                 *     before any JSON parsing, compare in constant time, and reject old timestamps (five minutes is
                 *     the usual tolerance) so that a captured delivery cannot be replayed.
                 *
                 *     The signature is not a secret (it is only good for this body and timestamp); the secret
                 *     token is, and never appears in a delivery.
                 * @example v0=9b5ab1e8ad6fb4b4a2b2cf6f38a3b43d52e4d0a0e6c8f8e3a1c1b0f5d4e3c2b1
                 */
                "x-zm-signature": components["parameters"]["WebhookSignature"];
                /**
                 * @description When Zoom sent the delivery, in seconds since the Unix epoch; part of the signed string (see
                 *     `x-zm-signature`). Unlike `event_ts` in the body, this is in seconds.
                 * @example 1658940994
                 */
                "x-zm-request-timestamp": components["parameters"]["WebhookRequestTimestamp"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The `session.user_phone_callout_ringing` event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SessionUserPhoneCalloutRingingEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookReceived"];
            "4XX": components["responses"]["WebhookRejected"];
        };
    };
    "session.user_room_system_callout_accepted": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's signature: `v0=` followed by the lower-case hex HMAC-SHA256 of the string
                 *     `v0:{x-zm-request-timestamp}:{raw request body}`, keyed with your app's **secret token**
                 *     (Marketplace app → Features → Access). Compute it over the body bytes exactly as received,
                 *     before any JSON parsing, compare in constant time, and reject old timestamps (five minutes is
                 *     the usual tolerance) so that a captured delivery cannot be replayed.
                 *
                 *     The signature is not a secret (it is only good for this body and timestamp); the secret
                 *     token is, and never appears in a delivery.
                 * @example v0=9b5ab1e8ad6fb4b4a2b2cf6f38a3b43d52e4d0a0e6c8f8e3a1c1b0f5d4e3c2b1
                 */
                "x-zm-signature": components["parameters"]["WebhookSignature"];
                /**
                 * @description When Zoom sent the delivery, in seconds since the Unix epoch; part of the signed string (see
                 *     `x-zm-signature`). Unlike `event_ts` in the body, this is in seconds.
                 * @example 1658940994
                 */
                "x-zm-request-timestamp": components["parameters"]["WebhookRequestTimestamp"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The `session.user_room_system_callout_accepted` event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SessionUserRoomSystemCalloutAcceptedEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookReceived"];
            "4XX": components["responses"]["WebhookRejected"];
        };
    };
    "session.user_room_system_callout_failed": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's signature: `v0=` followed by the lower-case hex HMAC-SHA256 of the string
                 *     `v0:{x-zm-request-timestamp}:{raw request body}`, keyed with your app's **secret token**
                 *     (Marketplace app → Features → Access). Compute it over the body bytes exactly as received,
                 *     before any JSON parsing, compare in constant time, and reject old timestamps (five minutes is
                 *     the usual tolerance) so that a captured delivery cannot be replayed.
                 *
                 *     The signature is not a secret (it is only good for this body and timestamp); the secret
                 *     token is, and never appears in a delivery.
                 * @example v0=9b5ab1e8ad6fb4b4a2b2cf6f38a3b43d52e4d0a0e6c8f8e3a1c1b0f5d4e3c2b1
                 */
                "x-zm-signature": components["parameters"]["WebhookSignature"];
                /**
                 * @description When Zoom sent the delivery, in seconds since the Unix epoch; part of the signed string (see
                 *     `x-zm-signature`). Unlike `event_ts` in the body, this is in seconds.
                 * @example 1658940994
                 */
                "x-zm-request-timestamp": components["parameters"]["WebhookRequestTimestamp"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The `session.user_room_system_callout_failed` event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SessionUserRoomSystemCalloutFailedEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookReceived"];
            "4XX": components["responses"]["WebhookRejected"];
        };
    };
    "session.user_room_system_callout_missed": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's signature: `v0=` followed by the lower-case hex HMAC-SHA256 of the string
                 *     `v0:{x-zm-request-timestamp}:{raw request body}`, keyed with your app's **secret token**
                 *     (Marketplace app → Features → Access). Compute it over the body bytes exactly as received,
                 *     before any JSON parsing, compare in constant time, and reject old timestamps (five minutes is
                 *     the usual tolerance) so that a captured delivery cannot be replayed.
                 *
                 *     The signature is not a secret (it is only good for this body and timestamp); the secret
                 *     token is, and never appears in a delivery.
                 * @example v0=9b5ab1e8ad6fb4b4a2b2cf6f38a3b43d52e4d0a0e6c8f8e3a1c1b0f5d4e3c2b1
                 */
                "x-zm-signature": components["parameters"]["WebhookSignature"];
                /**
                 * @description When Zoom sent the delivery, in seconds since the Unix epoch; part of the signed string (see
                 *     `x-zm-signature`). Unlike `event_ts` in the body, this is in seconds.
                 * @example 1658940994
                 */
                "x-zm-request-timestamp": components["parameters"]["WebhookRequestTimestamp"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The `session.user_room_system_callout_missed` event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SessionUserRoomSystemCalloutMissedEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookReceived"];
            "4XX": components["responses"]["WebhookRejected"];
        };
    };
    "session.user_room_system_callout_rejected": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's signature: `v0=` followed by the lower-case hex HMAC-SHA256 of the string
                 *     `v0:{x-zm-request-timestamp}:{raw request body}`, keyed with your app's **secret token**
                 *     (Marketplace app → Features → Access). Compute it over the body bytes exactly as received,
                 *     before any JSON parsing, compare in constant time, and reject old timestamps (five minutes is
                 *     the usual tolerance) so that a captured delivery cannot be replayed.
                 *
                 *     The signature is not a secret (it is only good for this body and timestamp); the secret
                 *     token is, and never appears in a delivery.
                 * @example v0=9b5ab1e8ad6fb4b4a2b2cf6f38a3b43d52e4d0a0e6c8f8e3a1c1b0f5d4e3c2b1
                 */
                "x-zm-signature": components["parameters"]["WebhookSignature"];
                /**
                 * @description When Zoom sent the delivery, in seconds since the Unix epoch; part of the signed string (see
                 *     `x-zm-signature`). Unlike `event_ts` in the body, this is in seconds.
                 * @example 1658940994
                 */
                "x-zm-request-timestamp": components["parameters"]["WebhookRequestTimestamp"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The `session.user_room_system_callout_rejected` event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SessionUserRoomSystemCalloutRejectedEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookReceived"];
            "4XX": components["responses"]["WebhookRejected"];
        };
    };
    "session.user_room_system_callout_ringing": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's signature: `v0=` followed by the lower-case hex HMAC-SHA256 of the string
                 *     `v0:{x-zm-request-timestamp}:{raw request body}`, keyed with your app's **secret token**
                 *     (Marketplace app → Features → Access). Compute it over the body bytes exactly as received,
                 *     before any JSON parsing, compare in constant time, and reject old timestamps (five minutes is
                 *     the usual tolerance) so that a captured delivery cannot be replayed.
                 *
                 *     The signature is not a secret (it is only good for this body and timestamp); the secret
                 *     token is, and never appears in a delivery.
                 * @example v0=9b5ab1e8ad6fb4b4a2b2cf6f38a3b43d52e4d0a0e6c8f8e3a1c1b0f5d4e3c2b1
                 */
                "x-zm-signature": components["parameters"]["WebhookSignature"];
                /**
                 * @description When Zoom sent the delivery, in seconds since the Unix epoch; part of the signed string (see
                 *     `x-zm-signature`). Unlike `event_ts` in the body, this is in seconds.
                 * @example 1658940994
                 */
                "x-zm-request-timestamp": components["parameters"]["WebhookRequestTimestamp"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The `session.user_room_system_callout_ringing` event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SessionUserRoomSystemCalloutRingingEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookReceived"];
            "4XX": components["responses"]["WebhookRejected"];
        };
    };
}
