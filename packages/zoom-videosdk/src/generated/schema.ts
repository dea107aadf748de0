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
        /**
         * Create a session
         * @description Creates a session ahead of time, to learn its dial-in (PSTN) numbers, passcode or SIP
         *     details before anyone joins. Creating is optional: Zoom starts a session when its first
         *     user joins with its name. The answer is the scheduled session; Get session details shows
         *     it with `type=scheduled` until it starts. Sessions appear in List sessions only once they
         *     are live or past.
         *
         *     Not retried by the client once the request may have reached Zoom: a repeat could create a
         *     second session or fail with code 3000.
         */
        post: operations["createSession"];
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
         * @description Returns one session. Ask for the kind of session it is: `live` (the default) while it
         *     runs, `past` once it has ended, `scheduled` for one made by Create a session that nobody
         *     has joined yet. A live or past session comes with the List sessions fields (usage flags,
         *     quality ratings, `duration`, `user_count`) plus `session_number`, `passcode` and
         *     `created_at`; a scheduled one has not started, so it has no `start_time`, `duration` or
         *     `user_count`, but it has `settings` (recording, dial-in numbers). The schema says what is
         *     guaranteed for each kind.
         *
         *     **Docs vs. server:** Zoom's OpenAPI gives one flat shape for all three kinds with nothing
         *     required; its Create a session response, which is the scheduled shape, lacks `start_time`,
         *     `duration` and `user_count`, so a check of a scheduled session may not require them.
         */
        get: operations["getSession"];
        put?: never;
        post?: never;
        /**
         * Delete a session
         * @description Deletes a session that has not started (one made by Create a session). A session that has
         *     started cannot be deleted (400, code 3000): end a live one with Update session status.
         *
         *     Not retried by the client once the request may have reached Zoom.
         */
        delete: operations["deleteSession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/videosdk/sessions/{sessionId}/status": {
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
        get?: never;
        /**
         * Update session status (end a session)
         * @description Changes a live session's status; `{"action": "end"}` ends it for everyone in it, the only
         *     action Zoom documents.
         *
         *     Not retried by the client once the request may have reached Zoom.
         */
        put: operations["updateSessionStatus"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/videosdk/sessions/{sessionId}/events": {
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
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Use in-session events controls
         * @description Acts in a live session: controls its cloud recording (start, stop, pause, resume), invites
         *     a user by telephone or room system, binds or unbinds an RTMP stream ingestion and starts or
         *     stops feeding it in, blocks or unblocks a user's audio, video or sharing, or removes a user.
         *     The request body's `method` says which, `params` what it needs (see the schema).
         *
         *     Only for live sessions. Recording controls need cloud recording enabled; invitations need
         *     the matching add-on plan; the moderation methods (`*.block`, `*.unblock`, `user.remove`)
         *     are enabled by Zoom on request.
         *
         *     Zoom answers 202: the action was accepted and happens asynchronously (the webhooks report
         *     it). Not retried by the client once the request may have reached Zoom.
         */
        patch: operations["controlSessionEvents"];
        trace?: never;
    };
    "/videosdk/sessions/{sessionId}/sip_dialing": {
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
        get?: never;
        put?: never;
        /**
         * Get a session SIP URI with passcode
         * @description Generates a SIP URI for a live session, which a room system dials to join it (needs a
         *     Cloud Room Connector subscription). The URI holds the session's id and a participant
         *     identifier code and, if given, a passcode; it is valid for `expire_in` seconds (2 hours
         *     by default), after which a new one must be generated.
         *
         *     A POST that makes a new URI each time: not retried by the client once the request may have
         *     reached Zoom.
         */
        post: operations["createSessionSipUri"];
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
         *     has not ended, 400 (code 12702) for a session more than a year old.
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
    "/videosdk/sessions/{sessionId}/users/qos": {
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
         * List session users' QoS
         * @description Lists the users of a live or past session with the quality of service each had: bitrate,
         *     latency, jitter and packet loss of the audio, video and screen share they sent and
         *     received, sampled over time, with their Wi-Fi signal and CPU use. A user who rejoins
         *     appears once per join.
         *
         *     Pages are small (`page_size` at most 10, by default 1) and paged by token as for List
         *     sessions (tokens expire after 15 minutes). Answers 404 (code 3001) when the session id is
         *     invalid or, for `type=past`, the session has not ended; 400 (code 12702) for a session more
         *     than a year old.
         *
         *     **Docs vs. server:** Zoom's description of this operation (and of List session users)
         *     speaks of a monthly range set with `from` and `to` query parameters, but it lists no such
         *     parameters and the session id already selects the data: the spec has none.
         */
        get: operations["listSessionUsersQos"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/videosdk/sessions/{sessionId}/users/{userId}/qos": {
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
                /**
                 * @description The user's id in the session (`id` of a user of List session users).
                 * @example 16778240
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        /**
         * Get a session user's QoS
         * @description Returns one user of a session with the quality of service they had (the same record as an
         *     item of List session users' QoS): live data while the session runs, past data once it has
         *     ended. Zoom returns no samples for a user who sends and receives nothing at the time of the
         *     request.
         */
        get: operations["getSessionUserQos"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/videosdk/sessions/{sessionId}/users/sharing": {
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
         * List session users' sharing and recording
         * @description Lists the users of a live or past session with what each shared (screen, window,
         *     whiteboard, camera…) or recorded, and when. Paging is by token, as for List sessions
         *     (tokens expire after 15 minutes). Answers 404 (code 3001) when the session id is invalid
         *     or, for `type=past`, the session has not ended; 400 (code 12702) for a session more than a
         *     year old.
         */
        get: operations["listSessionUsersSharing"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/videosdk/sessions/{sessionId}/livestream": {
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
         * Get session live stream details
         * @description Returns where a session's live stream goes: the streaming server's URL and key, the page
         *     where viewers watch it, and its resolution. The stream key is a secret of the streaming
         *     service.
         */
        get: operations["getSessionLiveStream"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a session live stream
         * @description Sets where a session's live stream goes (server URL, stream key, viewing page,
         *     resolution). Start and stop the stream with Update session livestream status.
         *
         *     Not retried by the client once the request may have reached Zoom.
         */
        patch: operations["updateSessionLiveStream"];
        trace?: never;
    };
    "/videosdk/sessions/{sessionId}/livestream/status": {
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
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update session livestream status
         * @description Starts or stops a live session's live stream (to the target set with Update a session live
         *     stream), or changes its layout and captions while it runs (`mode`).
         *
         *     Not retried by the client once the request may have reached Zoom.
         */
        patch: operations["updateSessionLiveStreamStatus"];
        trace?: never;
    };
    "/videosdk/sessions/{sessionId}/stream_ingestions": {
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
         * List session stream ingestions
         * @description Lists the stream ingestions bound to a live session, with whether the streaming software is
         *     connected and whether its stream is pushed into the session. The answer is a bare array,
         *     not paged.
         */
        get: operations["listSessionStreamIngestions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/videosdk/stream_ingestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List stream ingestions
         * @description Lists the account's stream ingestions (at most 20 exist), with their RTMP URLs and keys.
         *     Paging is by token, as for List sessions (tokens expire after 15 minutes).
         */
        get: operations["listStreamIngestions"];
        put?: never;
        /**
         * Create a stream ingestion
         * @description Creates a stream ingestion: an RTMP URL and key that third-party streaming software pushes
         *     to and that a live session can take in once bound to it (Use in-session events controls,
         *     `stream_ingestion.bind`). An account has at most 20 (400, code 34016, beyond).
         *
         *     Not retried by the client once the request may have reached Zoom.
         */
        post: operations["createStreamIngestion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/videosdk/stream_ingestions/{streamId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The stream ingestion's id (`stream_id`), e.g. `sfk/aOFJSJSYhGwk1hnxgw==`; encoded like a
                 *     session id.
                 * @example sfk/aOFJSJSYhGwk1hnxgw==
                 */
                streamId: components["parameters"]["StreamId"];
            };
            cookie?: never;
        };
        /**
         * Get a stream ingestion
         * @description Returns one of the account's stream ingestions, with its RTMP URLs and key.
         */
        get: operations["getStreamIngestion"];
        put?: never;
        post?: never;
        /**
         * Delete a stream ingestion
         * @description Deletes a stream ingestion that no session uses (400, code 34015, while one does: unbind it
         *     first).
         *
         *     Not retried by the client once the request may have reached Zoom.
         */
        delete: operations["deleteStreamIngestion"];
        options?: never;
        head?: never;
        /**
         * Update a stream ingestion
         * @description Renames a stream ingestion or changes its description; its URLs and key stay.
         *
         *     Not retried by the client once the request may have reached Zoom.
         */
        patch: operations["updateStreamIngestion"];
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
         * @description The fields Zoom reports for a session that has started, shared by List sessions and Get
         *     session details (which say which of them are always sent).
         */
        SessionMetrics: {
            /** @description The session's id, base64-like (`sfk/aOFJSJSYhGwk1hnxgw==`); see the path parameter for how to encode it. */
            id?: string;
            /** @description The session's name (the topic given when it was created). */
            session_name?: string;
            /** @description When the session started. */
            start_time?: components["schemas"]["DateTime"];
            /** @description When the session ended; absent for live sessions. */
            end_time?: components["schemas"]["DateTime"];
            /**
             * @description How long the session lasted (so far, for a live one). **Docs vs. server:** documented as `hh:mm:ss`, but recorded
             *     values are `"30:00"` and `"04:38"`, so this is a free-form string; do not parse it,
             *     compute the duration from `start_time` and `end_time`.
             * @example 30:00
             * @example 04:38
             * @example 01:02:03
             */
            duration?: string;
            /** @description How many users joined (a rejoin counts again). */
            user_count?: number;
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
        /**
         * @description A session as List sessions returns it. Zoom's own OpenAPI marks no field required; the
         *     fields required here are sent for every session in every recorded response, including the
         *     published one, which answers a `type=live` request: live sessions too carry `duration` and
         *     `user_count`. `end_time` is absent for live sessions.
         */
        SessionSummary: WithRequired<components["schemas"]["SessionMetrics"], "id" | "session_name" | "start_time" | "duration" | "user_count">;
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
        /**
         * @description Whether the session is recorded automatically: `cloud` (to Zoom's cloud) or `none`. Zoom's
         *     default is `none`.
         * @default none
         * @enum {string}
         */
        AutoRecording: "cloud" | "none";
        /**
         * @description A session to create ahead of time, to learn its dial-in (PSTN) or SIP details before anyone
         *     joins. Creating is optional: Zoom starts a Video SDK session when its first user joins.
         */
        CreateSessionRequest: {
            /**
             * @description The session's name; users who join with this name (the `tpc` of their join token) join
             *     this session. Zoom answers 400 (code 3000) when a session of that name exists.
             */
            session_name: string;
            /** @description The session's password (letters and digits), the `sessionPassword` users join with. */
            session_password?: string;
            /** @description The session's settings. */
            settings?: {
                auto_recording?: components["schemas"]["AutoRecording"];
            };
        };
        /** @description One dial-in telephone number of a session. */
        DialInNumber: {
            /** @description The country's code, e.g. `US`. */
            country?: string;
            /** @description The country's name (Zoom's own example gives the code here too). */
            country_name?: string;
            /** @description The number to dial, in international format with spaces, e.g. `+1 1000200200`. */
            number?: string;
            /**
             * @description `toll`, `tollfree` or `premium`.
             * @enum {string}
             */
            type?: "toll" | "tollfree" | "premium";
        };
        /**
         * @description A session's settings, as Get session details returns them for `type=scheduled` and Create a
         *     session returns them. Live and past session details carry none.
         */
        SessionSettings: {
            auto_recording?: components["schemas"]["AutoRecording"];
            /** @description The countries (ISO 3166 alpha-2 codes) whose dial-in numbers the session offers. */
            global_dial_in_countries?: string[];
            /** @description The telephone numbers users can dial in by (PSTN). */
            global_dial_in_numbers?: components["schemas"]["DialInNumber"][];
        };
        /**
         * @description The session Create a session made: a scheduled session. **Docs vs. server:** Zoom's OpenAPI
         *     marks only `session_name` required; `session_id`, `session_number` and `created_at` are
         *     required here as well because every created session has them (the id is what every other
         *     operation takes). `passcode` and `settings` are in Zoom's example; `session_password` only
         *     when one was given. Note the id is `session_id` here but `id` in Get session details.
         *     Reviewed for issue 20 and kept: the evidence is Zoom's example only, but a 201 without the id
         *     could not be used at all, and a session number and creation time are assigned by the same act
         *     that assigns the id; no plausible created session lacks them.
         */
        CreatedSession: {
            /** @description The new session's id (the `sessionId` of the other operations). */
            session_id: string;
            /**
             * Format: int64
             * @description The session's number (a 64-bit integer), the id to dial in with.
             */
            session_number: number;
            /** @description The session's name. */
            session_name: string;
            /** @description The password given in the request, if any. */
            session_password?: string;
            /** @description The numeric code Zoom generated for joining by telephone (PSTN) or from a room system (H.323/SIP). */
            passcode?: string;
            /** @description When the session was created. */
            created_at: components["schemas"]["DateTime"];
            settings?: components["schemas"]["SessionSettings"];
        };
        /**
         * @description A session as Get session details returns it. What is sent depends on the `type` asked for:
         *
         *     | `type` | always sent | may also be sent |
         *     | --- | --- | --- |
         *     | `live`, `past` (a session that has started) | `id`, `session_name`, `start_time`, `duration`, `user_count` | `end_time` (past sessions only), the `has_*` flags, `session_key`, the quality ratings, `session_number`, `passcode`, `created_at` |
         *     | `scheduled` (made by Create a session, not started) | `id`, `session_name`, `settings` | `session_number`, `passcode`, `created_at`, `session_key` |
         *
         *     A scheduled session has no `start_time`, `duration` or `user_count` (Zoom's Create a session
         *     response, which is the scheduled shape, carries none of them), and only scheduled sessions
         *     carry `settings`. So the schema requires `id` and `session_name` of every session, and
         *     either `start_time`, `duration` and `user_count` (a started session: sent by every recorded
         *     live and past response) or `settings` (a scheduled one). Zoom's own OpenAPI marks no field
         *     required.
         */
        SessionDetails: {
            /**
             * Format: int64
             * @description The session's number (a 64-bit integer), the id to dial in with.
             */
            session_number?: number;
            /**
             * @description The numeric code Zoom generated for joining by telephone (PSTN) or from a room system
             *     (H.323/SIP), when the session has one. **Docs vs. server:** Zoom's OpenAPI gives it
             *     `minimum: 8`, a number keyword that does nothing on a string, and an example of 6
             *     digits: no length is asserted here.
             */
            passcode?: string;
            /** @description When the session was created. */
            created_at?: components["schemas"]["DateTime"];
            settings?: components["schemas"]["SessionSettings"];
        } & WithRequired<components["schemas"]["SessionMetrics"], "id" | "session_name">;
        /** @description The new status of a session. `end` is the only action Zoom documents. */
        SessionStatusUpdate: {
            /**
             * @description `end`: end the session for everyone in it.
             * @enum {string}
             */
            action: "end";
        };
        /**
         * @description A step of a telephone call-out; on unless turned off.
         * @default true
         */
        CalloutConfirmation: boolean;
        /**
         * @description One in-session action. `method` says what to do and `params` carries what that method needs:
         *
         *     | `method` | `params` |
         *     | --- | --- |
         *     | `recording.start`, `recording.stop`, `recording.pause`, `recording.resume` (cloud recording only) | — |
         *     | `user.invite.callout` (telephone; needs an Audio Conferencing plan) | `invitee_name`, `phone_number`, `invite_options` |
         *     | `user.invite.room_system_callout` (H.323/SIP; needs a Conference Room Connector plan) | `call_type`, `device_ip`, `h323_headers` or `sip_headers` |
         *     | `stream_ingestion.bind`, `.unbind`, `.send`, `.stop` (RTMP ingestion) | `stream_ingestion_stream_id` |
         *     | `audio.block`/`.unblock`, `video.block`/`.unblock`, `share.block`/`.unblock`, `user.remove` (moderation; Zoom enables them on request) | `participant_uuid` |
         *
         *     Zoom's page says which field a method needs ("use this field if you pass …") but not that the
         *     call fails without it, so the pairing is documented here, not enforced.
         */
        SessionEventsControl: {
            /**
             * @description What to do: start, stop, pause or resume the cloud recording; invite a user by telephone
             *     or room system; bind, unbind, send or stop an ingested RTMP stream; block or unblock a
             *     user's audio, video or sharing (they cannot turn it back on themselves); remove a user.
             * @enum {string}
             */
            method: "recording.start" | "recording.stop" | "recording.pause" | "recording.resume" | "user.invite.callout" | "user.invite.room_system_callout" | "stream_ingestion.bind" | "stream_ingestion.unbind" | "stream_ingestion.send" | "stream_ingestion.stop" | "audio.block" | "audio.unblock" | "video.block" | "video.unblock" | "share.block" | "share.unblock" | "user.remove";
            /** @description What the method needs (see the table). */
            params?: {
                /** @description The name the invited user has in the session (`user.invite.callout`). */
                invitee_name?: string;
                /**
                 * @description The number to call, with country and area code (`user.invite.callout`); an extension
                 *     follows a hyphen (`6032331333-156`).
                 */
                phone_number?: string;
                /**
                 * @description How the called user is connected (`user.invite.callout`): `require_greeting`, whether
                 *     a greeting plays first, and `require_pressing_one`, whether they must press 1.
                 */
                invite_options?: {
                    require_greeting?: components["schemas"]["CalloutConfirmation"];
                    require_pressing_one?: components["schemas"]["CalloutConfirmation"];
                };
                /**
                 * @description `h323` or `sip` (`user.invite.room_system_callout`).
                 * @enum {string}
                 */
                call_type?: "h323" | "sip";
                /** @description The room system's IP address (`user.invite.room_system_callout`). */
                device_ip?: string;
                /** @description Caller and callee names of an H.323 call-out (`call_type` `h323`). */
                h323_headers?: {
                    /** @description The caller's name in the H.323 header. */
                    from_display_name?: string;
                    /** @description The room system's name in the session. */
                    to_display_name?: string;
                };
                /** @description Headers of a SIP call-out (`call_type` `sip`). */
                sip_headers?: {
                    /** @description The caller's name in the SIP `From` header. */
                    from_display_name?: string;
                    /** @description The room system's name in the session. */
                    to_display_name?: string;
                    /** @description The caller's URI in the SIP `From` header, starting `sip:` or `sips:`. */
                    from_uri?: string;
                    /**
                     * @description Up to 10 custom headers, named `X-…` as SIP wants. **Docs vs. server:** Zoom's
                     *     OpenAPI writes the limit as `maximum: 10`, a number keyword that does nothing on an
                     *     array; its text offers "1..10 custom headers", the range of what can be added, and
                     *     `maxItems: 10` checks its upper end. An empty list adds none, the same as leaving
                     *     the field out, so it is not refused locally (`minItems: 1` until issue 20). Each
                     *     header keeps `key` and `value` required: a SIP header is a name and a value.
                     */
                    additional_headers?: {
                        /** @description The header's name, e.g. `X-Header1`. */
                        key: string;
                        /** @description The header's value. */
                        value: string;
                    }[];
                };
                /**
                 * @description The user to act on (moderation methods and `user.remove`): the `participant_uuid` of
                 *     List session users, valid for that session only.
                 */
                participant_uuid?: string;
                /** @description The stream ingestion to bind, unbind, send or stop (`stream_ingestion.*`). */
                stream_ingestion_stream_id?: string;
            };
        };
        /** @description Options of the SIP URI to generate. */
        SipDialingRequest: {
            /** @description A passcode to embed in the URI; Zoom does not check it. */
            passcode?: string;
        };
        /**
         * @description A SIP URI a room system (with a Cloud Room Connector subscription) dials to join a live
         *     session. Zoom's own OpenAPI marks no field required; `sip_dialing` and `expire_in` are
         *     required here, being what the operation is for. Reviewed for issue 20 and kept: a 201 without
         *     the URI or its lifetime would be no answer to the request (evidence: Zoom's example only).
         */
        SipDialing: {
            /** @description The encoded SIP URI, e.g. `9678722567.xxxx....30qonrvgy@zoomcrc.com`. */
            sip_dialing: string;
            /** @description The participant identifier code embedded in the URI. */
            participant_identifier_code?: string;
            /**
             * Format: int64
             * @description Seconds until the URI expires (7200, 2 hours, by default); call again for a new one.
             */
            expire_in: number;
        };
        /**
         * @description One join of a user to a session (a user who rejoins appears once per join). Only `join_time` is
         *     required: every join has one.
         *
         *     **Docs vs. server:** Zoom's OpenAPI marks no field required and its official SDK types make
         *     `id` and `name` optional. Every published example has them, but no source shows the record of
         *     a user who joined by telephone (`device: Phone`) or from a room system (`H.323/SIP`), the likely
         *     cases for a missing id or name, and one missing field would reject a whole page. So `id` and
         *     `name` are optional (they were required until issue 20).
         */
        SessionUser: {
            /** @description The user's id in the session. */
            id?: string;
            /** @description The user's display name. */
            name?: string;
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
         * @description Quality of one audio stream (or the audio part of a stream) over a sampling interval. Zoom
         *     sends every figure as text with its unit (`"23 kbps"`, `"126 ms"`, `"0.3%"`), so these are
         *     strings; the unit's case varies (`kbps`, `Kbps`).
         */
        QosMetrics: {
            /** @description Bits per second, e.g. `23 kbps`. */
            bitrate?: string;
            /** @description Time a packet takes end to end, e.g. `126 ms`. */
            latency?: string;
            /** @description Variation of the packets' delay, e.g. `6 ms`. */
            jitter?: string;
            /** @description Average share of packets lost, e.g. `0.3%`. */
            avg_loss?: string;
            /** @description Largest share of packets lost, e.g. `1.9%`. */
            max_loss?: string;
        };
        /** @description Quality of one video or screen-share stream over a sampling interval. */
        VideoQosMetrics: {
            /** @description Width and height in pixels, written `1280*720`. */
            resolution?: string;
            /** @description Frames per second, e.g. `12 fps` (Zoom sends at most 30). */
            frame_rate?: string;
        } & components["schemas"]["QosMetrics"];
        /**
         * @description One sample of a user's quality of service. `input` is what the user received, `output` what
         *     the user sent; `as_*` is screen sharing; the `*_from_rwg` / `*_to_rwg` pairs are reported for
         *     users who joined with the web client (sent to / received from Zoom's web gateway). A stream
         *     the user did not use is absent.
         */
        QosSample: {
            /** @description When the sample was taken. */
            date_time?: components["schemas"]["DateTime"];
            audio_input?: components["schemas"]["QosMetrics"];
            audio_output?: components["schemas"]["QosMetrics"];
            video_input?: components["schemas"]["VideoQosMetrics"];
            video_output?: components["schemas"]["VideoQosMetrics"];
            as_input?: components["schemas"]["VideoQosMetrics"];
            as_output?: components["schemas"]["VideoQosMetrics"];
            audio_device_from_rwg?: components["schemas"]["QosMetrics"];
            audio_device_to_rwg?: components["schemas"]["QosMetrics"];
            video_device_from_rwg?: components["schemas"]["VideoQosMetrics"];
            video_device_to_rwg?: components["schemas"]["VideoQosMetrics"];
            as_device_from_rwg?: components["schemas"]["VideoQosMetrics"];
            as_device_to_rwg?: components["schemas"]["VideoQosMetrics"];
            /** @description Received signal strength of the user's wireless network, for users on Wi-Fi. */
            wifi_rssi?: {
                /** @description Strongest signal, in `rssi_unit`. */
                max_rssi?: number;
                /** @description Average signal, in `rssi_unit`. */
                avg_rssi?: number;
                /** @description Weakest signal, in `rssi_unit`. */
                min_rssi?: number;
                /** @description The unit, e.g. `dBm`. */
                rssi_unit?: string;
            };
            /** @description CPU use on the user's device, as percentages written `"12%"`. */
            cpu_usage?: {
                /** @description Lowest CPU use by the Zoom client. */
                zoom_min_cpu_usage?: string;
                /** @description Average CPU use by the Zoom client. */
                zoom_avg_cpu_usage?: string;
                /** @description Highest CPU use by the Zoom client. */
                zoom_max_cpu_usage?: string;
                /** @description Highest CPU use of the whole system. */
                system_max_cpu_usage?: string;
            };
        };
        /**
         * @description One user of a session (one join) with the quality of service they had. Only `join_time` is
         *     required, as for the users of List session users (the same user records).
         *
         *     **Docs vs. server:** Zoom's OpenAPI marks no field required and its official SDK types make
         *     `id` and `name` optional; telephone (`Phone`) and room-system (`H.323/SIP`) users are the likely
         *     records without them, and no source shows one. So `id` and `name` are optional (required until
         *     issue 20). `user_qos` is not required either: Zoom says it returns no QoS
         *     data for a user who sends and receives nothing at the time of the request, without saying
         *     whether the field is then empty or absent.
         */
        SessionUserQos: {
            /** @description The user's id in the session (the `userId` of Get a session user's QoS). */
            id?: string;
            /** @description The user's display name. */
            name?: string;
            /** @description How the user joined, e.g. `Phone` (PSTN), `H.323/SIP`, `Windows`, `Mac`, `iOS`, `Android`. */
            device?: string;
            /** @description The client software and its version, e.g. `Web Meeting SDK 2.18`. */
            client?: string;
            os?: string;
            os_version?: string;
            browser_name?: string;
            browser_version?: string;
            /** @description The user's IP address. **Personal data** — redact it before storing a response. */
            ip_address?: string;
            /** @description Where the user connected from, e.g. `San Jose (US)`. */
            location?: string;
            /** @description e.g. `Wired`, `Wifi`, `PPP`, `Cellular`, `Others` (not detectable, as on web browsers). */
            network_type?: string;
            microphone?: string;
            speaker?: string;
            camera?: string;
            /** @description The Zoom data centre that hosted the user, e.g. `SC`. */
            data_center?: string;
            /** @description e.g. `UDP`, `TCP`, `SSL`, `P2P`. */
            connection_type?: string;
            join_time: components["schemas"]["DateTime"];
            /** @description When the user left; absent while the user is in the session. */
            leave_time?: components["schemas"]["DateTime"];
            /** @description The samples of the user's quality of service, oldest first. */
            user_qos?: components["schemas"]["QosSample"][];
        };
        /** @description One page of a session's users with their quality of service. */
        SessionUserQosList: {
            /** @description The page size in force (at most 10 here). */
            page_size?: number;
            /** @description The token of the next page; empty or absent on the last page. */
            next_page_token?: string;
            users: components["schemas"]["SessionUserQos"][];
        };
        /**
         * @description One user of a session and what they shared or recorded. No field is required. `details` is
         *     in every published example but not required: nothing says whether a user who shared nothing
         *     is listed with an empty array, without the field, or not at all.
         *
         *     **Docs vs. server:** Zoom's OpenAPI marks no field required and its SDK types make `id` and
         *     `name` optional. They were required here until issue 20, "as for every user record"; the user
         *     records of List session users lost that requirement for telephone and room-system users, so
         *     these did too. A period keeps `content` and `start_time` required (a period of sharing is a
         *     kind and a start; every example has both), and `start_time` keeps `format: date-time`, which
         *     Zoom's document omits but every Zoom timestamp of this API and its example follow.
         */
        SessionUserSharing: {
            /** @description The user's id in the session. */
            id?: string;
            /** @description The user's display name. */
            name?: string;
            /** @description Each period of sharing or recording, in order. */
            details?: {
                /**
                 * @description What was shared or recorded: `local_recording`, `cloud_recording`, `desktop` (the
                 *     whole screen), `application` (one window), `whiteboard`, `airplay`, `camera` (a
                 *     second camera) or `video_sdk` (shared by the Video SDK).
                 * @enum {string}
                 */
                content: "local_recording" | "cloud_recording" | "desktop" | "application" | "whiteboard" | "airplay" | "camera" | "video_sdk";
                /** @description When it began. */
                start_time: components["schemas"]["DateTime"];
                /** @description When it ended. */
                end_time?: components["schemas"]["DateTime"];
            }[];
        };
        /**
         * @description One page of a session's users with their sharing and recording details. **Docs vs. server:**
         *     the response's `page_size` is documented with default 1 and maximum 10 (as for the QoS
         *     lists) while the request's `page_size` allows up to 300: the spec bounds it by the request's.
         */
        SessionUserSharingList: {
            /** @description The page size in force. */
            page_size?: number;
            /** @description The token of the next page; empty or absent on the last page. */
            next_page_token?: string;
            users: components["schemas"]["SessionUserSharing"][];
        };
        /**
         * @description Where a session's live stream goes (an RTMP target such as a streaming service). No field is
         *     required. `stream_key` is a credential of the streaming service: treat it as a secret.
         *
         *     **Docs vs. server:** Zoom's OpenAPI marks no field required, and its official SDK types
         *     (`stream_url?`, `stream_key?`, `page_url?`) make all three optional. The three are what Update a
         *     session live stream requires, so a configured stream has them, but the GET is valid on a session
         *     whose live stream was never configured and nothing documents whether Zoom then answers with
         *     empty strings, `{}` or an error. Until a recording shows it, an unconfigured stream may come back
         *     without them. (This spec required all three until issue 20.)
         */
        LiveStream: {
            /**
             * @description The streaming server's URL (RTMP). **Docs vs. server:** Zoom documents a format `url`,
             *     which is no JSON Schema format; the spec checks URLs in requests only.
             */
            stream_url?: string;
            /** @description The stream key of the streaming service. **A secret.** */
            stream_key?: string;
            /** @description The page where anyone can watch the live stream. */
            page_url?: string;
            /** @description The stream's resolution, e.g. `720p` or `1080p`. */
            resolution?: string;
        };
        /** @description A session's new live-stream target. The three URLs and the key are all required. */
        LiveStreamUpdate: {
            /**
             * Format: uri
             * @description The streaming server's URL (RTMP), e.g. `rtmp://a.rtmp.youtube.com/live2`.
             */
            stream_url: string;
            /** @description The stream key of the streaming service. **A secret.** */
            stream_key: string;
            /**
             * Format: uri
             * @description The page where anyone can watch the live stream.
             */
            page_url: string;
            /**
             * @description The resolution; required by Zoom to stream in `1080p`.
             * @enum {string}
             */
            resolution?: "720p" | "1080p";
        };
        /**
         * @description Gallery view or speaker view (Zoom's default).
         * @default speaker_view
         * @enum {string}
         */
        LiveStreamLayout: "gallery_view" | "speaker_view";
        /**
         * @description Captions burnt into the picture (Zoom's default), embedded in the stream, or `off`.
         * @default burnt-in
         * @enum {string}
         */
        LiveStreamCaptions: "burnt-in" | "embedded" | "off";
        /**
         * @description Start or stop a session's live stream, or change how it looks while it runs. Which
         *     `settings` apply depends on `action`: `active_speaker_name` and `display_name` on `start`;
         *     `layout` and `close_caption` on `start` and `mode`.
         */
        LiveStreamStatusUpdate: {
            /**
             * @description `start` the live stream, `stop` it, or change its view (`mode`) while it runs.
             * @enum {string}
             */
            action: "start" | "stop" | "mode";
            /** @description How the live stream looks. */
            settings?: {
                /** @description Whether to show the active speaker's name (on `start`). */
                active_speaker_name?: boolean;
                /** @description The live stream's display name (on `start`). */
                display_name?: string;
                layout?: components["schemas"]["LiveStreamLayout"];
                close_caption?: components["schemas"]["LiveStreamCaptions"];
            };
        };
        /**
         * @description A stream ingestion bound to a live session, with the state of its RTMP connection. Zoom's
         *     own OpenAPI marks no field required; all three are required here (they are the whole
         *     record). Reviewed for issue 20 and kept: a binding without the stream's id or its two states
         *     says nothing (evidence: Zoom's example only).
         */
        SessionStreamIngestion: {
            /** @description The stream ingestion's id. */
            stream_id: string;
            /**
             * @description `1` when the streaming software is connected, `0` when it is not.
             * @enum {integer}
             */
            rtmp_connection_status: 0 | 1;
            /**
             * @description `1` when the stream is pushed into the session, `0` when it is not.
             * @enum {integer}
             */
            rtmp_stream_push_status: 0 | 1;
        };
        /**
         * @description A stream ingestion: an RTMP endpoint (URL and key) that third-party streaming software
         *     pushes to, and that a live session can take in once bound to it (Use in-session events
         *     controls, `stream_ingestion.bind`). Zoom's own OpenAPI marks no field required;
         *     `stream_id`, `stream_name`, `stream_key` and `stream_url` are required here: an ingestion
         *     without any of them could not be used. `stream_key` is a credential: treat it as a secret.
         *     Reviewed for issue 20 and kept (evidence: Zoom's examples only): Zoom generates the id, key
         *     and URL when it creates the ingestion and the name is required to create one, so every
         *     ingestion has all four.
         */
        StreamIngestion: {
            /** @description The stream ingestion's id, base64-like (`sfk/aOFJSJSYhGwk1hnxgw==`). */
            stream_id: string;
            /** @description Its name. */
            stream_name: string;
            /** @description Its description, if one was given. */
            stream_description?: string;
            /** @description The key the streaming software sends. **A secret.** */
            stream_key: string;
            /** @description The RTMP URL to push to, e.g. `rtmp://a.rtmp.zoomevent.com/live1`. */
            stream_url: string;
            /** @description A second RTMP URL to push to when the first fails. */
            backup_stream_url?: string;
        };
        /** @description One page of the account's stream ingestions. */
        StreamIngestionList: {
            /** @description The page size in force. */
            page_size?: number;
            /** @description The token of the next page; empty or absent on the last page. */
            next_page_token?: string;
            stream_ingestions: components["schemas"]["StreamIngestion"][];
        };
        /** @description A stream ingestion to create (an account has at most 20). */
        StreamIngestionCreate: {
            /** @description Its name. */
            stream_name: string;
            /** @description Its description. */
            stream_description?: string;
        };
        /** @description The fields of a stream ingestion to change; the others are kept. */
        StreamIngestionUpdate: {
            /** @description Its new name. */
            stream_name?: string;
            /** @description Its new description. */
            stream_description?: string;
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
            /**
             * @description The file's kind. **Docs vs. server:** Zoom's document closes this as an enum, but Zoom adds
             *     values over time (new recording kinds, for one), and one new value would reject a whole signed delivery. So it is
             *     an open string; the values Zoom documents are listed in `x-rtc-known-values`, and
             *     `rtc-contract --strict` reports any other (it was a closed enum until issue 20).
             */
            file_type?: string;
            /** @description The file size in bytes. */
            file_size?: number;
            /**
             * @description The file's extension, upper case. **Docs vs. server:** Zoom's document closes this as an
             *     enum, but Zoom adds values over time (new recording kinds, for one), and one new value would reject a whole signed
             *     delivery. So it is an open string; the values Zoom documents are listed in
             *     `x-rtc-known-values`, and `rtc-contract --strict` reports any other (it was a closed enum
             *     until issue 20).
             */
            file_extension?: string;
            /** @description Where to download the file (needs an access token; see Zoom's recording docs). */
            download_url?: string;
            /**
             * @description The file's state. **Docs vs. server:** Zoom's document closes this as an enum, but Zoom adds
             *     values over time (new recording kinds, for one), and one new value would reject a whole signed delivery. So it is
             *     an open string; the values Zoom documents are listed in `x-rtc-known-values`, and
             *     `rtc-contract --strict` reports any other (it was a closed enum until issue 20).
             */
            status?: string;
            /**
             * @description What the file records. **Docs vs. server:** Zoom's document closes this as an enum, but Zoom
             *     adds recording kinds over time, and one new value would reject a whole signed delivery. So
             *     it is an open string; the values Zoom documents are listed in `x-rtc-known-values`, and
             *     `rtc-contract --strict` reports any other (it was a closed enum until issue 20).
             */
            recording_type?: string;
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
            /**
             * @description The file's kind. **Docs vs. server:** Zoom's document closes this as an enum, but Zoom adds
             *     values over time (new recording kinds, for one), and one new value would reject a whole signed delivery. So it is
             *     an open string; the values Zoom documents are listed in `x-rtc-known-values`, and
             *     `rtc-contract --strict` reports any other (it was a closed enum until issue 20).
             */
            file_type?: string;
            /** @description The file size in bytes. */
            file_size?: number;
            /**
             * @description The file's extension, upper case. **Docs vs. server:** Zoom's document closes this as an
             *     enum, but Zoom adds values over time (new recording kinds, for one), and one new value would reject a whole signed
             *     delivery. So it is an open string; the values Zoom documents are listed in
             *     `x-rtc-known-values`, and `rtc-contract --strict` reports any other (it was a closed enum
             *     until issue 20).
             */
            file_extension?: string;
            /** @description Where to download the file (needs an access token; see Zoom's recording docs). */
            download_url?: string;
            /**
             * @description The file's state. **Docs vs. server:** Zoom's document closes this as an enum, but Zoom adds
             *     values over time (new recording kinds, for one), and one new value would reject a whole signed delivery. So it is
             *     an open string; the values Zoom documents are listed in `x-rtc-known-values`, and
             *     `rtc-contract --strict` reports any other (it was a closed enum until issue 20).
             */
            status?: string;
            /**
             * @description What the file records. **Docs vs. server:** Zoom's document closes this as an enum, but Zoom
             *     adds recording kinds over time, and one new value would reject a whole signed delivery. So
             *     it is an open string; the values Zoom documents are listed in `x-rtc-known-values`, and
             *     `rtc-contract --strict` reports any other (it was a closed enum until issue 20).
             */
            recording_type?: string;
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
            /**
             * @description The file's kind. **Docs vs. server:** Zoom's document closes this as an enum, but Zoom adds
             *     values over time (new recording kinds, for one), and one new value would reject a whole signed delivery. So it is
             *     an open string; the values Zoom documents are listed in `x-rtc-known-values`, and
             *     `rtc-contract --strict` reports any other (it was a closed enum until issue 20).
             */
            file_type?: string;
            /** @description The file size in bytes. */
            file_size?: number;
            /**
             * @description The file's extension, upper case. **Docs vs. server:** Zoom's document closes this as an
             *     enum, but Zoom adds values over time (new recording kinds, for one), and one new value would reject a whole signed
             *     delivery. So it is an open string; the values Zoom documents are listed in
             *     `x-rtc-known-values`, and `rtc-contract --strict` reports any other (it was a closed enum
             *     until issue 20).
             */
            file_extension?: string;
            /** @description Where to download the file (needs an access token; see Zoom's recording docs). */
            download_url?: string;
            /**
             * @description The file's state. **Docs vs. server:** Zoom's document closes this as an enum, but Zoom adds
             *     values over time (new recording kinds, for one), and one new value would reject a whole signed delivery. So it is
             *     an open string; the values Zoom documents are listed in `x-rtc-known-values`, and
             *     `rtc-contract --strict` reports any other (it was a closed enum until issue 20).
             */
            status?: string;
            /**
             * @description What the file records. **Docs vs. server:** Zoom's document closes this as an enum, but Zoom
             *     adds recording kinds over time, and one new value would reject a whole signed delivery. So
             *     it is an open string; the values Zoom documents are listed in `x-rtc-known-values`, and
             *     `rtc-contract --strict` reports any other (it was a closed enum until issue 20).
             */
            recording_type?: string;
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
                    /**
                     * @description The custom session key your app gave the session, if any. **Docs vs. server:**
                     *     optional here although Zoom's webhook document requires it in the recording and
                     *     phone-callout events: the session key is an optional input of the Video SDK join,
                     *     and the same document does not require it in `session.started`, `session.ended` or
                     *     `session.user_joined`. A session joined without one would otherwise fail
                     *     validation (required until issue 20).
                     */
                    session_key?: string;
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
                    /**
                     * @description The custom session key your app gave the session, if any. **Docs vs. server:**
                     *     optional here although Zoom's webhook document requires it in the recording and
                     *     phone-callout events: the session key is an optional input of the Video SDK join,
                     *     and the same document does not require it in `session.started`, `session.ended` or
                     *     `session.user_joined`. A session joined without one would otherwise fail
                     *     validation (required until issue 20).
                     */
                    session_key?: string;
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
                    /**
                     * @description The custom session key your app gave the session, if any. **Docs vs. server:**
                     *     optional here although Zoom's webhook document requires it in the recording and
                     *     phone-callout events: the session key is an optional input of the Video SDK join,
                     *     and the same document does not require it in `session.started`, `session.ended` or
                     *     `session.user_joined`. A session joined without one would otherwise fail
                     *     validation (required until issue 20).
                     */
                    session_key?: string;
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
                    /**
                     * @description The custom session key your app gave the session, if any. **Docs vs. server:**
                     *     optional here although Zoom's webhook document requires it in the recording and
                     *     phone-callout events: the session key is an optional input of the Video SDK join,
                     *     and the same document does not require it in `session.started`, `session.ended` or
                     *     `session.user_joined`. A session joined without one would otherwise fail
                     *     validation (required until issue 20).
                     */
                    session_key?: string;
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
                    /**
                     * @description The custom session key your app gave the session, if any. **Docs vs. server:**
                     *     optional here although Zoom's webhook document requires it in the recording and
                     *     phone-callout events: the session key is an optional input of the Video SDK join,
                     *     and the same document does not require it in `session.started`, `session.ended` or
                     *     `session.user_joined`. A session joined without one would otherwise fail
                     *     validation (required until issue 20).
                     */
                    session_key?: string;
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
                    /**
                     * @description The custom session key your app gave the session, if any. **Docs vs. server:**
                     *     optional here although Zoom's webhook document requires it in the recording and
                     *     phone-callout events: the session key is an optional input of the Video SDK join,
                     *     and the same document does not require it in `session.started`, `session.ended` or
                     *     `session.user_joined`. A session joined without one would otherwise fail
                     *     validation (required until issue 20).
                     */
                    session_key?: string;
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
                    /**
                     * @description The custom session key your app gave the session, if any. **Docs vs. server:**
                     *     optional here although Zoom's webhook document requires it in the recording and
                     *     phone-callout events: the session key is an optional input of the Video SDK join,
                     *     and the same document does not require it in `session.started`, `session.ended` or
                     *     `session.user_joined`. A session joined without one would otherwise fail
                     *     validation (required until issue 20).
                     */
                    session_key?: string;
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
                    /**
                     * @description The custom session key your app gave the session, if any. **Docs vs. server:**
                     *     optional here although Zoom's webhook document requires it in the recording and
                     *     phone-callout events: the session key is an optional input of the Video SDK join,
                     *     and the same document does not require it in `session.started`, `session.ended` or
                     *     `session.user_joined`. A session joined without one would otherwise fail
                     *     validation (required until issue 20).
                     */
                    session_key?: string;
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
                    /**
                     * @description The custom session key your app gave the session, if any. **Docs vs. server:**
                     *     optional here although Zoom's webhook document requires it in the recording and
                     *     phone-callout events: the session key is an optional input of the Video SDK join,
                     *     and the same document does not require it in `session.started`, `session.ended` or
                     *     `session.user_joined`. A session joined without one would otherwise fail
                     *     validation (required until issue 20).
                     */
                    session_key?: string;
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
                    /**
                     * @description The custom session key your app gave the session, if any. **Docs vs. server:**
                     *     optional here although Zoom's webhook document requires it in the recording and
                     *     phone-callout events: the session key is an optional input of the Video SDK join,
                     *     and the same document does not require it in `session.started`, `session.ended` or
                     *     `session.user_joined`. A session joined without one would otherwise fail
                     *     validation (required until issue 20).
                     */
                    session_key?: string;
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
        "StreamIngestion-2": {
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
                    stream_ingestion: components["schemas"]["StreamIngestion-2"];
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
                    stream_ingestion: components["schemas"]["StreamIngestion-2"];
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
                    stream_ingestion: components["schemas"]["StreamIngestion-2"];
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
                    stream_ingestion: components["schemas"]["StreamIngestion-2"];
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
                    stream_ingestion: components["schemas"]["StreamIngestion-2"];
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
             * @description The telephone number called, or that dialled in. Compare and store it as a string.
             *
             *     **Docs vs. server:** Zoom's webhook document types it `integer` (int64, example
             *     `15555550100`), but the same document types `session.user_joined`'s `phone_number` as a
             *     string (`"8615250064084"`), and the REST request that places the call takes a string that
             *     may carry an extension (`"6032331333-156"`), which no integer can hold. Both are accepted
             *     (it was an integer only until issue 20).
             */
            phone_number: number | string;
            /**
             * @description The number the call came from. **Docs vs. server:** an integer in Zoom's document; a string
             *     is accepted too, for the reasons given for `phone_number`.
             */
            from_number: number | string;
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
                    /**
                     * @description The custom session key your app gave the session, if any. **Docs vs. server:**
                     *     optional here although Zoom's webhook document requires it in the recording and
                     *     phone-callout events: the session key is an optional input of the Video SDK join,
                     *     and the same document does not require it in `session.started`, `session.ended` or
                     *     `session.user_joined`. A session joined without one would otherwise fail
                     *     validation (required until issue 20).
                     */
                    session_key?: string;
                    /**
                     * @description The user key your app gave the user, if any. **Docs vs. server:** optional here
                     *     although Zoom's document requires it in the phone-callout events: the user key is
                     *     an optional input of the Video SDK join (required until issue 20).
                     */
                    user_key?: string;
                    /**
                     * @description The Zoom user id of the host. **Docs vs. server:** optional here although Zoom's
                     *     document requires it in the call-out events: Zoom's own
                     *     `session.user_phone_callout_canceled` example has none (required until issue 20).
                     */
                    host_id?: string;
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
                    /**
                     * @description The custom session key your app gave the session, if any. **Docs vs. server:**
                     *     optional here although Zoom's webhook document requires it in the recording and
                     *     phone-callout events: the session key is an optional input of the Video SDK join,
                     *     and the same document does not require it in `session.started`, `session.ended` or
                     *     `session.user_joined`. A session joined without one would otherwise fail
                     *     validation (required until issue 20).
                     */
                    session_key?: string;
                    /**
                     * @description The user key your app gave the user, if any. **Docs vs. server:** optional here
                     *     although Zoom's document requires it in the phone-callout events: the user key is
                     *     an optional input of the Video SDK join (required until issue 20).
                     */
                    user_key?: string;
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
                    /**
                     * @description The custom session key your app gave the session, if any. **Docs vs. server:**
                     *     optional here although Zoom's webhook document requires it in the recording and
                     *     phone-callout events: the session key is an optional input of the Video SDK join,
                     *     and the same document does not require it in `session.started`, `session.ended` or
                     *     `session.user_joined`. A session joined without one would otherwise fail
                     *     validation (required until issue 20).
                     */
                    session_key?: string;
                    /**
                     * @description The user key your app gave the user, if any. **Docs vs. server:** optional here
                     *     although Zoom's document requires it in the phone-callout events: the user key is
                     *     an optional input of the Video SDK join (required until issue 20).
                     */
                    user_key?: string;
                    /**
                     * @description The Zoom user id of the host. **Docs vs. server:** optional here although Zoom's
                     *     document requires it in the call-out events: Zoom's own
                     *     `session.user_phone_callout_canceled` example has none (required until issue 20).
                     */
                    host_id?: string;
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
                    /**
                     * @description The custom session key your app gave the session, if any. **Docs vs. server:**
                     *     optional here although Zoom's webhook document requires it in the recording and
                     *     phone-callout events: the session key is an optional input of the Video SDK join,
                     *     and the same document does not require it in `session.started`, `session.ended` or
                     *     `session.user_joined`. A session joined without one would otherwise fail
                     *     validation (required until issue 20).
                     */
                    session_key?: string;
                    /**
                     * @description The user key your app gave the user, if any. **Docs vs. server:** optional here
                     *     although Zoom's document requires it in the phone-callout events: the user key is
                     *     an optional input of the Video SDK join (required until issue 20).
                     */
                    user_key?: string;
                    /**
                     * @description The Zoom user id of the host. **Docs vs. server:** optional here although Zoom's
                     *     document requires it in the call-out events: Zoom's own
                     *     `session.user_phone_callout_canceled` example has none (required until issue 20).
                     */
                    host_id?: string;
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
                    /**
                     * @description The custom session key your app gave the session, if any. **Docs vs. server:**
                     *     optional here although Zoom's webhook document requires it in the recording and
                     *     phone-callout events: the session key is an optional input of the Video SDK join,
                     *     and the same document does not require it in `session.started`, `session.ended` or
                     *     `session.user_joined`. A session joined without one would otherwise fail
                     *     validation (required until issue 20).
                     */
                    session_key?: string;
                    /**
                     * @description The user key your app gave the user, if any. **Docs vs. server:** optional here
                     *     although Zoom's document requires it in the phone-callout events: the user key is
                     *     an optional input of the Video SDK join (required until issue 20).
                     */
                    user_key?: string;
                    /**
                     * @description The Zoom user id of the host. **Docs vs. server:** optional here although Zoom's
                     *     document requires it in the call-out events: Zoom's own
                     *     `session.user_phone_callout_canceled` example has none (required until issue 20).
                     */
                    host_id?: string;
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
                    /**
                     * @description The Zoom user id of the host. **Docs vs. server:** optional here although Zoom's
                     *     document requires it in the call-out events: Zoom's own
                     *     `session.user_phone_callout_canceled` example has none (required until issue 20).
                     */
                    host_id?: string;
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
                    /**
                     * @description The Zoom user id of the host. **Docs vs. server:** optional here although Zoom's
                     *     document requires it in the call-out events: Zoom's own
                     *     `session.user_phone_callout_canceled` example has none (required until issue 20).
                     */
                    host_id?: string;
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
                    /**
                     * @description The Zoom user id of the host. **Docs vs. server:** optional here although Zoom's
                     *     document requires it in the call-out events: Zoom's own
                     *     `session.user_phone_callout_canceled` example has none (required until issue 20).
                     */
                    host_id?: string;
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
                    /**
                     * @description The Zoom user id of the host. **Docs vs. server:** optional here although Zoom's
                     *     document requires it in the call-out events: Zoom's own
                     *     `session.user_phone_callout_canceled` example has none (required until issue 20).
                     */
                    host_id?: string;
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
                    /**
                     * @description The Zoom user id of the host. **Docs vs. server:** optional here although Zoom's
                     *     document requires it in the call-out events: Zoom's own
                     *     `session.user_phone_callout_canceled` example has none (required until issue 20).
                     */
                    host_id?: string;
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
        /**
         * @description The token is missing, malformed or expired (code 124). Every operation can answer it (the
         *     same token check guards the whole API), though Zoom's reference lists it only for some.
         */
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
        /**
         * @description The token is valid but may not do this: an OAuth token without the operation's scopes
         *     (code 104). Every operation can answer it, though Zoom's reference lists it only for some.
         */
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
         * @description The account has no Video SDK plan (code 200), or the session id is invalid or unknown
         *     (code 300), or the body is invalid.
         */
        SessionBadRequest: {
            headers: {
                "x-zm-trackingid": components["headers"]["TrackingId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No such session (code 3001), or the user the token acts for does not exist (code 1001). */
        LiveSessionNotFound: {
            headers: {
                "x-zm-trackingid": components["headers"]["TrackingId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description The account has no Video SDK plan (code 200), or the session is more than a year old
         *     (code 12702), or a parameter is invalid.
         */
        UsersBadRequest: {
            headers: {
                "x-zm-trackingid": components["headers"]["TrackingId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No stream ingestion has this id (code 34001). */
        StreamIngestionNotFound: {
            headers: {
                "x-zm-trackingid": components["headers"]["TrackingId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": 34001,
                 *       "message": "Stream ingestion does not exist: sfk/aOFJSJSYhGwk1hnxgw==."
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
         * @description Data of a `live` session (the default) or of a `past` one. Past data exists only once the
         *     session has ended (before that, 404 code 3001) and for at most a year (after that, 400 code
         *     12702).
         */
        UsersType: "past" | "live";
        /** @description How many users a page holds; QoS pages are small (at most 10, by default 1). */
        QosPageSize: number;
        /**
         * @description The user's id in the session (`id` of a user of List session users).
         * @example 16778240
         */
        UserId: string;
        /**
         * @description The stream ingestion's id (`stream_id`), e.g. `sfk/aOFJSJSYhGwk1hnxgw==`; encoded like a
         *     session id.
         * @example sfk/aOFJSJSYhGwk1hnxgw==
         */
        StreamId: string;
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
    createSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSessionRequest"];
            };
        };
        responses: {
            /** @description The session was created (it is scheduled until its first user joins). */
            201: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedSession"];
                };
            };
            /**
             * @description A session of this name exists (code 3000), the account has no Video SDK plan (code
             *     200), or the body is invalid.
             */
            400: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
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
    deleteSession: {
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
        requestBody?: never;
        responses: {
            /** @description The session was deleted. No body. */
            204: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The session has started (code 3000), or the account has no Video SDK plan (code 200). */
            400: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["SessionNotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateSessionStatus: {
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
        requestBody: {
            content: {
                "application/json": components["schemas"]["SessionStatusUpdate"];
            };
        };
        responses: {
            /** @description The status was changed. No body. */
            204: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["SessionBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["LiveSessionNotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    controlSessionEvents: {
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
        requestBody: {
            content: {
                "application/json": components["schemas"]["SessionEventsControl"];
            };
        };
        responses: {
            /** @description The action was accepted. No body. */
            202: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description The action was refused: no permission, or this API is not enabled for the account
             *     (code 300), no Video SDK plan (code 200), or a stream-ingestion problem: the stream
             *     key is bound to another session (34005), binding, unbinding, sending or stopping failed
             *     (34007, 34008, 34009, 34010), no such stream ingestion (34000).
             */
            400: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description The session does not exist or is not live any more (code 3001). */
            404: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": 3001,
                     *       "message": "Session is not found or has expired."
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            429: components["responses"]["TooManyRequests"];
        };
    };
    createSessionSipUri: {
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
        requestBody?: {
            content: {
                "application/json": components["schemas"]["SipDialingRequest"];
            };
        };
        responses: {
            /** @description The SIP URI. */
            201: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SipDialing"];
                };
            };
            /** @description The URI could not be generated (code 2307). */
            400: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": 2307,
                     *       "message": "Failed to generate SIP URI."
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /**
             * @description The account has no Conference Room Connector plan (code 2311), or the token may not do
             *     this (code 104).
             */
            403: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": 2311,
                     *       "message": "No Permission, does not have Conference Room Connector plan."
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            404: components["responses"]["SessionNotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listSessionUsers: {
        parameters: {
            query?: {
                /**
                 * @description Data of a `live` session (the default) or of a `past` one. Past data exists only once the
                 *     session has ended (before that, 404 code 3001) and for at most a year (after that, 400 code
                 *     12702).
                 */
                type?: components["parameters"]["UsersType"];
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
            400: components["responses"]["UsersBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["SessionNotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listSessionUsersQos: {
        parameters: {
            query?: {
                /**
                 * @description Data of a `live` session (the default) or of a `past` one. Past data exists only once the
                 *     session has ended (before that, 404 code 3001) and for at most a year (after that, 400 code
                 *     12702).
                 */
                type?: components["parameters"]["UsersType"];
                /** @description How many users a page holds; QoS pages are small (at most 10, by default 1). */
                page_size?: components["parameters"]["QosPageSize"];
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
            /** @description One page of the session's users with their QoS. */
            200: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionUserQosList"];
                };
            };
            400: components["responses"]["UsersBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["SessionNotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getSessionUserQos: {
        parameters: {
            query?: {
                /**
                 * @description Data of a `live` session (the default) or of a `past` one. Past data exists only once the
                 *     session has ended (before that, 404 code 3001) and for at most a year (after that, 400 code
                 *     12702).
                 */
                type?: components["parameters"]["UsersType"];
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
                /**
                 * @description The user's id in the session (`id` of a user of List session users).
                 * @example 16778240
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user with their QoS. */
            200: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionUserQos"];
                };
            };
            400: components["responses"]["UsersBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["SessionNotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listSessionUsersSharing: {
        parameters: {
            query?: {
                /**
                 * @description Data of a `live` session (the default) or of a `past` one. Past data exists only once the
                 *     session has ended (before that, 404 code 3001) and for at most a year (after that, 400 code
                 *     12702).
                 */
                type?: components["parameters"]["UsersType"];
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
            /** @description One page of the session's users with their sharing and recording. */
            200: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionUserSharingList"];
                };
            };
            400: components["responses"]["UsersBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["SessionNotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getSessionLiveStream: {
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
        requestBody?: never;
        responses: {
            /** @description The session's live-stream target. */
            200: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LiveStream"];
                };
            };
            400: components["responses"]["SessionBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["LiveSessionNotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateSessionLiveStream: {
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
        requestBody: {
            content: {
                "application/json": components["schemas"]["LiveStreamUpdate"];
            };
        };
        responses: {
            /** @description The live stream was updated. No body. */
            204: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["SessionBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["LiveSessionNotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateSessionLiveStreamStatus: {
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
        requestBody: {
            content: {
                "application/json": components["schemas"]["LiveStreamStatusUpdate"];
            };
        };
        responses: {
            /** @description The live stream's status was changed. No body. */
            204: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description The account has no Video SDK plan (code 200), the session id is invalid (code 300), or
             *     the session has not started (code 4927).
             */
            400: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["SessionNotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listSessionStreamIngestions: {
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
        requestBody?: never;
        responses: {
            /** @description The session's stream ingestions (an empty array when none is bound). */
            200: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionStreamIngestion"][];
                };
            };
            400: components["responses"]["SessionBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["SessionNotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listStreamIngestions: {
        parameters: {
            query?: {
                /** @description How many records a page holds. */
                page_size?: components["parameters"]["PageSize"];
                /**
                 * @description The `next_page_token` of the previous page, to get the next one. Tokens expire 15 minutes
                 *     after they were issued.
                 */
                next_page_token?: components["parameters"]["NextPageToken"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the account's stream ingestions. */
            200: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StreamIngestionList"];
                };
            };
            /** @description The account has no Video SDK plan (code 200), or listing failed (code 34014). */
            400: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createStreamIngestion: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StreamIngestionCreate"];
            };
        };
        responses: {
            /** @description The stream ingestion was created. */
            201: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StreamIngestion"];
                };
            };
            /**
             * @description The account has 20 stream ingestions already (code 34016), has no Video SDK plan (code
             *     200), or creating failed (code 34011).
             */
            400: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getStreamIngestion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The stream ingestion's id (`stream_id`), e.g. `sfk/aOFJSJSYhGwk1hnxgw==`; encoded like a
                 *     session id.
                 * @example sfk/aOFJSJSYhGwk1hnxgw==
                 */
                streamId: components["parameters"]["StreamId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The stream ingestion. */
            200: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StreamIngestion"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["StreamIngestionNotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteStreamIngestion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The stream ingestion's id (`stream_id`), e.g. `sfk/aOFJSJSYhGwk1hnxgw==`; encoded like a
                 *     session id.
                 * @example sfk/aOFJSJSYhGwk1hnxgw==
                 */
                streamId: components["parameters"]["StreamId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The stream ingestion was deleted. No body. */
            204: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description A session uses the stream ingestion (code 34015), the account has no Video SDK plan
             *     (code 200), or deleting failed (code 34012).
             */
            400: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["StreamIngestionNotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateStreamIngestion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The stream ingestion's id (`stream_id`), e.g. `sfk/aOFJSJSYhGwk1hnxgw==`; encoded like a
                 *     session id.
                 * @example sfk/aOFJSJSYhGwk1hnxgw==
                 */
                streamId: components["parameters"]["StreamId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StreamIngestionUpdate"];
            };
        };
        responses: {
            /** @description The stream ingestion was updated. No body. */
            204: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The account has no Video SDK plan (code 200), or updating failed (code 34013). */
            400: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["StreamIngestionNotFound"];
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
type WithRequired<T, K extends keyof T> = T & {
    [P in K]-?: T[P];
};
