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
         *     optional here. The `userId`, `startDate`, `endDate`, `status` and `query` filters are listed
         *     by the newer server SDK reference, not by the REST page (the official Node SDK sends all but
         *     `userId`).
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
         *     `participants` array is the page.
         *
         *     **Docs vs. server:** what `pageInfo` counts is not published, and the published example does
         *     not settle it: `perPage: 2`, `lastPage: 5` and `total: 10` over a first page of **five**
         *     participants. The official Node server SDK pages participants with this `pageInfo` as if it
         *     counted them (it asks for the next page while `currentPage < lastPage` and the page was not
         *     empty); the clients here do the same, so a walk ends at `lastPage` or at an empty page, and may
         *     see a participant twice if the server ignores `perPage`.
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
         * @description Ends a session, removing every participant. Name the room in `roomId` (its room id or its
         *     custom room id) to end its ongoing session, or the session in `sessionId`; both together end
         *     that session of that room.
         *
         *     **Docs vs. server:** the reference page's table marks `roomId` required, while its text says
         *     "either roomId or sessionId"; the body takes either, as Remove a participant does.
         *
         *     **Docs vs. server:** the official Node server SDK (0.1.1) also takes `meetingId` as an alias
         *     of `roomId`, but resolves it itself and sends `roomId`; its `force` option goes over the wire
         *     as `vsdkForceKill`, and `ignoreClosed` as is. Those two are in the body schema, marked as SDK
         *     options the REST page does not list. A body with only `customRoomId` (accepted here before) is
         *     not what any source sends: the custom id goes in `roomId`. The SDK also defaults a missing
         *     `status` of the response and reads `meetingId`/`userMeetingId` when `roomId`/`customRoomId`
         *     are absent; no v2 example lacks them, so the schema keeps requiring `roomId` and `status`.
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
    "/sessions/participants/remove": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remove a participant
         * @description Removes (kicks) a participant from a live session. Name the participant by `participantId`
         *     and the session by `roomId` (its ongoing session) or `sessionId`.
         *
         *     **Docs vs. server:** the reference table marks `roomId` required, but its own description ("by
         *     passing roomId or sessionId and participantId") and the official Node server SDK (which
         *     requires `roomId` or `sessionId`) take either: the schema requires one of the two. The
         *     published response is the session object as it was when the request arrived (the participant
         *     still listed); the official Node SDK types the answer as a string ("a confirmation message").
         *     The published response wins: the schema is the session object, and a string answer would be
         *     reported as a contract break — evidence either way is welcome in a recording.
         *
         *     Changes state: a client must not retry this request once it may have reached the server.
         */
        post: operations["removeParticipant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sessions/{sessionId}/stats": {
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
         * Fetch session quality stats
         * @description Returns the media quality of a whole session (packet loss, round-trip time, jitter, bitrates
         *     and a quality score per interval), aggregated over its participants.
         *
         *     **Docs vs. server:** the reference page publishes an example and no field list, units or
         *     scale; the official Node server SDK types the body as an untyped record ("loosely-typed QoS
         *     statistics"). The schema follows the published example: the ids and `stats` are required, each
         *     sample's `time` is, its figures are not. The room id comes back as `meetingId`, not `roomId`.
         */
        get: operations["getSessionQualityStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sessions/{sessionId}/participant/{participantId}/stats": {
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
                /**
                 * @description The participant's id within the session (`participantId` of a participant object, e.g. as
                 *     listed by the participants operations), not its `_id`.
                 * @example fj9jxhtw
                 */
                participantId: components["parameters"]["ParticipantId"];
            };
            cookie?: never;
        };
        /**
         * Fetch participant quality stats
         * @description Returns the media quality one participant had in a session, interval by interval, with the
         *     video resolutions they used, their client and where they connected from.
         *
         *     Note the singular `participant` in the path (the participants lists are under `participants`).
         *
         *     **Docs vs. server:** the reference page publishes an example and no field list; the official
         *     Node server SDK types the body as an untyped record. The schema follows the published example:
         *     the ids and `stats` are required, the descriptive objects are not. Location and network fields
         *     that could not be determined read `"unknown"`; the room id comes back as `meetingId`.
         */
        get: operations["getParticipantQualityStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/rsa-public-key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the webhook public key
         * @description Returns the RSA public key whose private half signs every webhook delivery (`videosdk-signature`). The endpoint is public: it takes no token. Fetch it once and cache it; fetch it again when a signature stops verifying, in case VideoSDK rotated the key.
         *
         *     The example is **not** VideoSDK's key: it is the public half of rtc-sessions' TEST ONLY key pair (`TEST_WEBHOOK_PUBLIC_KEY` in `packages/videosdk/src/webhook-test-keypair.ts`), so that `pnpm mock` serves a key whose private half `rtc-contract trigger` signs with, and a handler pointed at the mock verifies end to end.
         */
        get: operations["getWebhookPublicKey"];
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
    "hls-playable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * hls-playable
         * @description The HLS stream became playable: `downstreamUrl` can now be embedded in a player.
         *
         *     Signed with VideoSDK's RSA key: see the `videosdk-signature` header.
         *
         *     The published example is written as a JavaScript object (with trailing commas); the example here is the same payload as JSON.
         */
        post: operations["hls-playable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "hls-started": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * hls-started
         * @description HLS encoding of the session started.
         *
         *     Signed with VideoSDK's RSA key: see the `videosdk-signature` header.
         *
         *     The published example is written as a JavaScript object (with trailing commas); the example here is the same payload as JSON.
         */
        post: operations["hls-started"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "hls-stopped": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * hls-stopped
         * @description HLS streaming of the session stopped.
         *
         *     Signed with VideoSDK's RSA key: see the `videosdk-signature` header.
         *
         *     The published example is written as a JavaScript object (with trailing commas); the example here is the same payload as JSON.
         */
        post: operations["hls-stopped"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "livestream-started": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * livestream-started
         * @description RTMP live streaming of the session started.
         *
         *     Signed with VideoSDK's RSA key: see the `videosdk-signature` header.
         *
         *     The published example is written as a JavaScript object (with trailing commas); the example here is the same payload as JSON.
         */
        post: operations["livestream-started"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "livestream-stopped": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * livestream-stopped
         * @description RTMP live streaming of the session stopped.
         *
         *     Signed with VideoSDK's RSA key: see the `videosdk-signature` header.
         *
         *     The published example is written as a JavaScript object (with trailing commas); the example here is the same payload as JSON.
         */
        post: operations["livestream-stopped"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "participant-joined": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * participant-joined
         * @description A participant joined the room.
         *
         *     Signed with VideoSDK's RSA key: see the `videosdk-signature` header.
         *
         *     The published example is written as a JavaScript object (with trailing commas); the example here is the same payload as JSON.
         */
        post: operations["participant-joined"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "participant-left": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * participant-left
         * @description A participant left the room.
         *
         *     Signed with VideoSDK's RSA key: see the `videosdk-signature` header.
         *
         *     The published example is written as a JavaScript object (with trailing commas); the example here is the same payload as JSON.
         */
        post: operations["participant-left"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "recording-started": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * recording-started
         * @description Recording of the session started.
         *
         *     Signed with VideoSDK's RSA key: see the `videosdk-signature` header.
         *
         *     The published example is written as a JavaScript object (with trailing commas); the example here is the same payload as JSON.
         */
        post: operations["recording-started"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "recording-starting": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * recording-starting
         * @description Recording of the session is starting: the recording process was initiated, and `recording-started` follows once it runs.
         *
         *     Signed with VideoSDK's RSA key: see the `videosdk-signature` header.
         *
         *     **Docs vs. server:** the v2 API reference's Webhooks List predates this event; VideoSDK's
         *     recording guides ("Webhooks and Events", Android, iOS and Flutter SDKs) document it with the
         *     example below, written as a JavaScript object (trailing commas); here it is the same payload as
         *     JSON. The same pages list `recording-failed`, but no source available to this project shows its
         *     payload in full, so it is not described yet (it is delivered as an unknown event).
         */
        post: operations["recording-starting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "recording-stopped": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * recording-stopped
         * @description Recording of the session stopped; the file is named in the payload.
         *
         *     Signed with VideoSDK's RSA key: see the `videosdk-signature` header.
         *
         *     The published example is written as a JavaScript object (with trailing commas); the example here is the same payload as JSON.
         */
        post: operations["recording-stopped"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "recording-stopping": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * recording-stopping
         * @description Recording of the session is stopping: the end of the recording was requested, and `recording-stopped` (with the file) follows once it is done.
         *
         *     Signed with VideoSDK's RSA key: see the `videosdk-signature` header.
         *
         *     **Docs vs. server:** the v2 API reference's Webhooks List predates this event; VideoSDK's
         *     recording guides ("Webhooks and Events", Android, iOS and Flutter SDKs) document it with the
         *     example below, written as a JavaScript object (trailing commas); here it is the same payload as
         *     JSON. The same pages list `recording-failed`, but no source available to this project shows its
         *     payload in full, so it is not described yet (it is delivered as an unknown event).
         */
        post: operations["recording-stopping"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "session-ended": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * session-ended
         * @description The session ended: every participant left and the session closed.
         *
         *     Signed with VideoSDK's RSA key: see the `videosdk-signature` header.
         *
         *
         *     **Docs vs. server:** the published example ends at `2022-07-05T15:60:35.047+00:00`, a time that does not exist (minute 60, a typo for 16:00:35); a server formats real instants, so `end` is a date-time and the example here carries 16:00:35.
         *
         *     The published example is written as a JavaScript object (with trailing commas); the example here is the same payload as JSON.
         */
        post: operations["session-ended"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "session-started": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * session-started
         * @description A new session of the room started (its first participant joined).
         *
         *     Signed with VideoSDK's RSA key: see the `videosdk-signature` header.
         *
         *     The published example is written as a JavaScript object (with trailing commas); the example here is the same payload as JSON.
         */
        post: operations["session-started"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
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
        /**
         * @description Whether the session is still running: `ongoing` or `ended` today.
         *
         *     Deliberately an **open** string: `status` rides on every session, so a closed enum would reject
         *     whole responses the day VideoSDK adds a state (the official SDKs keep it open for that reason:
         *     the Rust SDK's `SessionStatus` is "an open string newtype"). The known values are listed in
         *     `x-rtc-known-values`; `rtc-contract --strict` reports any other value, like an undocumented field.
         * @example ended
         */
        SessionStatus: string;
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
        /**
         * @description Which session to end: the room (`roomId`, its room id **or** its custom room id — the reference
         *     page: "Your roomId or customRoomId") or the session (`sessionId`), at least one of the two.
         *
         *     **Docs vs. server:** the reference page's table marks `roomId` required, but its description
         *     says to "end session by passing either roomId or sessionId as body parameters". The same
         *     contradiction on Remove a participant is resolved the same way (`anyOf`), so a caller holding
         *     only a session id (from a `session-started` webhook, say) is not refused locally. (`roomId` was
         *     required until issue 20.)
         */
        EndSessionRequest: {
            /** @description The room whose session to end — its `roomId` or its `customRoomId`. */
            roomId?: string;
            /**
             * @description The session to end: with `roomId`, one session of that room; alone, that session. With
             *     `roomId` only, the room's ongoing session is ended.
             */
            sessionId?: string;
            /**
             * @description Tolerate a session that has already ended instead of failing (official Node server SDK
             *     option of the same name, sent as is; not on the REST page).
             */
            ignoreClosed?: boolean;
            /**
             * @description Force-kill the session (what the official Node server SDK sends for its `force` option;
             *     not on the REST page).
             */
            vsdkForceKill?: boolean;
        };
        /**
         * @description Whom to remove, and from which session: `participantId`, plus the room (`roomId`, its room id
         *     or custom room id) or the session (`sessionId`) — at least one of the two.
         */
        RemoveParticipantRequest: {
            /** @description The participant to remove (its `participantId`). */
            participantId: string;
            /** @description The room whose ongoing session the participant is in. */
            roomId?: string;
            /** @description The session the participant is in. */
            sessionId?: string;
        };
        /**
         * @description VideoSDK's quality score of the interval per media kind (undocumented scale; the published
         *     examples carry values between 3 and 4.5, like a 1–5 mean opinion score).
         */
        QualityScore: {
            audio?: number;
            video?: number;
        };
        /**
         * @description The media quality of one interval of the session, ending at `time`. VideoSDK documents neither
         *     the fields nor their units; the names and the published values suggest packet counts, round-trip
         *     times and jitter in milliseconds, and bitrates in bits per second. Only `time` is required: a
         *     participant who sends no video, say, has no reason to carry video figures.
         *
         *     **Docs vs. server:** round-trip times, jitter and bitrates cannot be negative (`minimum: 0`).
         *     The four `*PacketLost` figures have no minimum: VideoSDK does not say how it computes them, and
         *     the WebRTC statistics they most likely come from (`packetsLost` of RTCP receiver reports and of
         *     `getStats()`) are signed and go negative when duplicates arrive (RFC 3550 §6.4.1). A `minimum: 0`
         *     there (until issue 20) would have rejected a whole stats response for one such interval.
         */
        QualityStatsSample: {
            time: components["schemas"]["DateTime"];
            /** @description Audio packets lost on the receiving side. No minimum (see the description above). */
            recvAudioPacketLost?: number;
            /** @description Video packets lost on the receiving side. No minimum (see the description above). */
            recvVideoPacketLost?: number;
            /** @description Audio packets lost on the sending side. No minimum (see the description above). */
            sendAudioPacketLost?: number;
            /** @description Video packets lost on the sending side. No minimum (see the description above). */
            sendVideoPacketLost?: number;
            /** @description Mean audio round-trip time. */
            averageAudioRtt?: number;
            /** @description Mean video round-trip time. */
            averageVideoRtt?: number;
            /** @description Mean audio jitter. */
            averageAudioJitter?: number;
            /** @description Mean video jitter. */
            averageVideoJitter?: number;
            averageSendAudioBitrate?: number;
            averageSendVideoBitrate?: number;
            averageRecvAudioBitrate?: number;
            averageRecvVideoBitrate?: number;
            qualityScore?: components["schemas"]["QualityScore"];
        };
        /**
         * @description The media quality of a whole session, interval by interval. `meetingId` is the room id (the
         *     v1 name of `roomId`, kept by this operation).
         */
        SessionQualityStats: {
            sessionId: components["schemas"]["Id"];
            /** @description The room the session ran in (its `roomId`). */
            meetingId: string;
            /** @description One sample per interval, oldest first; empty when nobody sent media. */
            stats: components["schemas"]["QualityStatsSample"][];
        };
        /**
         * @description The media quality one participant had in a session, with the client they used and where they
         *     connected from. Fields the server could not determine carry the string `"unknown"` (as in the
         *     published example), not `null`.
         */
        ParticipantQualityStats: {
            sessionId: components["schemas"]["Id"];
            /** @description The room the session ran in (its `roomId`). */
            meetingId: string;
            participantId: string;
            /** @description The display name the participant joined with. */
            participantName?: string;
            /** @description The participant's browser or device. */
            deviceInfo?: {
                /** @description e.g. `Chrome`. */
                deviceName?: string;
                deviceVersion?: string;
            };
            /** @description The VideoSDK client the participant used. */
            sdkInfo?: {
                /** @description e.g. `prebuilt`, `js`, `react`. */
                sdkName?: string;
                sdkVersion?: string;
            };
            /** @description Where the participant connected from, as located by IP address. */
            location?: {
                country?: string;
                city?: string;
                region?: string;
            };
            /** @description The participant's network, as located by IP address. */
            network?: {
                /** @description The autonomous system number, or `unknown`. */
                asn?: string;
                /** @description The network's operator, or `unknown`. */
                org?: string;
            };
            /** @description One sample per interval, oldest first. */
            stats: components["schemas"]["QualityStatsSample"][];
            /**
             * @description Which video resolutions the participant used, per interval: each key is a resolution height
             *     in pixels (`180` … `2160`) and its value that resolution's share of the interval (the
             *     published example has `360: 1` and the others `0`; the unit is not documented).
             */
            resolutionUsage?: ({
                time: components["schemas"]["DateTime"];
            } & {
                [key: string]: number;
            })[];
        };
        /** @description The RSA public key that verifies VideoSDK's webhook signatures. */
        WebhookPublicKey: {
            /**
             * @description The key as PEM text, newlines included, ready for `crypto.createPublicKey` or
             *     `crypto.verify('RSA-SHA256', …)`: PKCS#1 (`-----BEGIN RSA PUBLIC KEY-----`) or SPKI
             *     (`-----BEGIN PUBLIC KEY-----`). Node's `createPublicKey` reads both; so does this package's
             *     `verifyWebhook`.
             *
             *     **Docs vs. server:** VideoSDK does not publish the key's format. Its Python sample loads it
             *     with `rsa.PublicKey.load_pkcs1` (PKCS#1), its Java sample with `X509EncodedKeySpec` (SPKI),
             *     so both headers are accepted (PKCS#1 only until issue 20). Line breaks may arrive as real
             *     newlines or as `\n` escapes, which the verifier turns back into newlines.
             */
            publicKey: string;
        };
        /**
         * hls-playable
         * @description The HLS stream became playable: `downstreamUrl` can now be embedded in a player.
         */
        HlsPlayableEvent: {
            /**
             * @description The event name; tells the events apart.
             * @constant
             */
            webhookType: "hls-playable";
            data: {
                /** @description The room (meeting) id the session ran in, e.g. `jvsg-8rjn-j304` — the `roomId` of the REST API. */
                meetingId: string;
                /** @description The session id — the `id` of the REST API's sessions (`GET /sessions/{sessionId}`). */
                sessionId: string;
                /**
                 * Format: uri
                 * @description The HLS playlist (`.m3u8`) viewers play.
                 */
                downstreamUrl?: string;
            };
        };
        /**
         * hls-started
         * @description HLS encoding of the session started.
         */
        HlsStartedEvent: {
            /**
             * @description The event name; tells the events apart.
             * @constant
             */
            webhookType: "hls-started";
            data: {
                /** @description The room (meeting) id the session ran in, e.g. `jvsg-8rjn-j304` — the `roomId` of the REST API. */
                meetingId: string;
                /** @description The session id — the `id` of the REST API's sessions (`GET /sessions/{sessionId}`). */
                sessionId: string;
                /**
                 * Format: uri
                 * @description The HLS playlist (`.m3u8`) viewers play.
                 */
                downstreamUrl?: string;
            };
        };
        /**
         * hls-stopped
         * @description HLS streaming of the session stopped.
         */
        HlsStoppedEvent: {
            /**
             * @description The event name; tells the events apart.
             * @constant
             */
            webhookType: "hls-stopped";
            data: {
                /** @description The room (meeting) id the session ran in, e.g. `jvsg-8rjn-j304` — the `roomId` of the REST API. */
                meetingId: string;
                /** @description The session id — the `id` of the REST API's sessions (`GET /sessions/{sessionId}`). */
                sessionId: string;
            };
        };
        /**
         * livestream-started
         * @description RTMP live streaming of the session started.
         */
        LivestreamStartedEvent: {
            /**
             * @description The event name; tells the events apart.
             * @constant
             */
            webhookType: "livestream-started";
            data: {
                /** @description The room (meeting) id the session ran in, e.g. `jvsg-8rjn-j304` — the `roomId` of the REST API. */
                meetingId: string;
                /** @description The session id — the `id` of the REST API's sessions (`GET /sessions/{sessionId}`). */
                sessionId: string;
            };
        };
        /**
         * livestream-stopped
         * @description RTMP live streaming of the session stopped.
         */
        LivestreamStoppedEvent: {
            /**
             * @description The event name; tells the events apart.
             * @constant
             */
            webhookType: "livestream-stopped";
            data: {
                /** @description The room (meeting) id the session ran in, e.g. `jvsg-8rjn-j304` — the `roomId` of the REST API. */
                meetingId: string;
                /** @description The session id — the `id` of the REST API's sessions (`GET /sessions/{sessionId}`). */
                sessionId: string;
            };
        };
        /**
         * participant-joined
         * @description A participant joined the room.
         */
        ParticipantJoinedEvent: {
            /**
             * @description The event name; tells the events apart.
             * @constant
             */
            webhookType: "participant-joined";
            data: {
                /** @description The room (meeting) id the session ran in, e.g. `jvsg-8rjn-j304` — the `roomId` of the REST API. */
                meetingId: string;
                /** @description The session id — the `id` of the REST API's sessions (`GET /sessions/{sessionId}`). */
                sessionId: string;
                /** @description The participant's id in the room. */
                participantId: string;
                /** @description The participant's display name. */
                participantName?: string;
            };
        };
        /**
         * participant-left
         * @description A participant left the room.
         */
        ParticipantLeftEvent: {
            /**
             * @description The event name; tells the events apart.
             * @constant
             */
            webhookType: "participant-left";
            data: {
                /** @description The room (meeting) id the session ran in, e.g. `jvsg-8rjn-j304` — the `roomId` of the REST API. */
                meetingId: string;
                /** @description The session id — the `id` of the REST API's sessions (`GET /sessions/{sessionId}`). */
                sessionId: string;
                /** @description The participant's id in the room. */
                participantId: string;
                /** @description The participant's display name. */
                participantName?: string;
            };
        };
        /**
         * recording-started
         * @description Recording of the session started.
         */
        RecordingStartedEvent: {
            /**
             * @description The event name; tells the events apart.
             * @constant
             */
            webhookType: "recording-started";
            data: {
                /** @description The room (meeting) id the session ran in, e.g. `jvsg-8rjn-j304` — the `roomId` of the REST API. */
                meetingId: string;
                /** @description The session id — the `id` of the REST API's sessions (`GET /sessions/{sessionId}`). */
                sessionId: string;
            };
        };
        /**
         * recording-starting
         * @description Recording of the session is starting: the recording process was initiated, and `recording-started` follows once it runs.
         */
        RecordingStartingEvent: {
            /**
             * @description The event name; tells the events apart.
             * @constant
             */
            webhookType: "recording-starting";
            data: {
                /** @description The room (meeting) id the session ran in, e.g. `jvsg-8rjn-j304` — the `roomId` of the REST API. */
                meetingId: string;
                /** @description The session id — the `id` of the REST API's sessions (`GET /sessions/{sessionId}`). */
                sessionId: string;
            };
        };
        /**
         * recording-stopped
         * @description Recording of the session stopped; the file is named in the payload.
         */
        RecordingStoppedEvent: {
            /**
             * @description The event name; tells the events apart.
             * @constant
             */
            webhookType: "recording-stopped";
            data: {
                /** @description The room (meeting) id the session ran in, e.g. `jvsg-8rjn-j304` — the `roomId` of the REST API. */
                meetingId: string;
                /** @description The session id — the `id` of the REST API's sessions (`GET /sessions/{sessionId}`). */
                sessionId: string;
                /** @description The recording file's path on VideoSDK's storage (`/encoded/videos/<id>.mp4`). */
                filePath?: string;
                /**
                 * Format: uri
                 * @description Where to download the recording.
                 */
                fileUrl?: string;
            };
        };
        /**
         * recording-stopping
         * @description Recording of the session is stopping: the end of the recording was requested, and `recording-stopped` (with the file) follows once it is done.
         */
        RecordingStoppingEvent: {
            /**
             * @description The event name; tells the events apart.
             * @constant
             */
            webhookType: "recording-stopping";
            data: {
                /** @description The room (meeting) id the session ran in, e.g. `jvsg-8rjn-j304` — the `roomId` of the REST API. */
                meetingId: string;
                /** @description The session id — the `id` of the REST API's sessions (`GET /sessions/{sessionId}`). */
                sessionId: string;
            };
        };
        /**
         * session-ended
         * @description The session ended: every participant left and the session closed.
         */
        SessionEndedEvent: {
            /**
             * @description The event name; tells the events apart.
             * @constant
             */
            webhookType: "session-ended";
            data: {
                /** @description The room (meeting) id the session ran in, e.g. `jvsg-8rjn-j304` — the `roomId` of the REST API. */
                meetingId: string;
                /** @description The session id — the `id` of the REST API's sessions (`GET /sessions/{sessionId}`). */
                sessionId: string;
                /**
                 * Format: date-time
                 * @description When the session started (RFC 3339, e.g. `2022-07-05T15:55:35.047+00:00`).
                 */
                start: string;
                /**
                 * Format: date-time
                 * @description When the session ended.
                 */
                end: string;
            };
        };
        /**
         * session-started
         * @description A new session of the room started (its first participant joined).
         */
        SessionStartedEvent: {
            /**
             * @description The event name; tells the events apart.
             * @constant
             */
            webhookType: "session-started";
            data: {
                /** @description The room (meeting) id the session ran in, e.g. `jvsg-8rjn-j304` — the `roomId` of the REST API. */
                meetingId: string;
                /** @description The session id — the `id` of the REST API's sessions (`GET /sessions/{sessionId}`). */
                sessionId: string;
                /**
                 * Format: date-time
                 * @description When the session started (RFC 3339, e.g. `2022-07-05T15:55:35.047+00:00`).
                 */
                start: string;
            };
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
        /** @description The receiver accepted the delivery; answer with a 2xx status promptly. */
        WebhookReceived: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description The receiver refused the delivery, e.g. because its `videosdk-signature` did not verify. */
        WebhookRejected: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
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
        /**
         * @description Only the sessions of the room whose `roomId` or `customRoomId` is exactly this value (official
         *     Node server SDK, `sessions.list({ query })`; not on the REST page).
         * @example daily-standup
         */
        QueryFilter: string;
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
        /**
         * @description The participant's id within the session (`participantId` of a participant object, e.g. as
         *     listed by the participants operations), not its `_id`.
         * @example fj9jxhtw
         */
        ParticipantId: string;
        /**
         * @description The delivery's signature: base64 of an RSA-SHA256 (PKCS#1 v1.5) signature of the request
         *     body, made with VideoSDK's private key. Verify it with the public key that
         *     `GET /v2/public/rsa-public-key` serves (`getWebhookPublicKey`).
         *
         *     VideoSDK's page says the signature covers "the request body"; its own sample code verifies
         *     `JSON.stringify(req.body)`, the compact re-serialization of the parsed body — the same bytes
         *     as the raw body only if VideoSDK sends compact JSON, which that sample relies on. A receiver
         *     should verify the raw body it received and, when that fails or its framework only hands over
         *     the parsed object, the compact serialization of that object.
         *
         *     The signature is not a secret: it only vouches for this body.
         * @example kX8vE1n0Zb9cZ0p6aQ3Y0rJm9bq3lQ==
         */
        WebhookSignature: string;
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
                status?: "ongoing" | "ended";
                /**
                 * @description Only the sessions of the room whose `roomId` or `customRoomId` is exactly this value (official
                 *     Node server SDK, `sessions.list({ query })`; not on the REST page).
                 * @example daily-standup
                 */
                query?: components["parameters"]["QueryFilter"];
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
            404: components["responses"]["NotFound"];
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
    removeParticipant: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RemoveParticipantRequest"];
            };
        };
        responses: {
            /** @description The participant is being removed. */
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
    getSessionQualityStats: {
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
            /** @description The session's quality, interval by interval. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionQualityStats"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["FetchError"];
        };
    };
    getParticipantQualityStats: {
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
                /**
                 * @description The participant's id within the session (`participantId` of a participant object, e.g. as
                 *     listed by the participants operations), not its `_id`.
                 * @example fj9jxhtw
                 */
                participantId: components["parameters"]["ParticipantId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The participant's quality, interval by interval. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParticipantQualityStats"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["FetchError"];
        };
    };
    getWebhookPublicKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The public key. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookPublicKey"];
                };
            };
            /**
             * @description Not documented: the endpoint takes no input or token, so no client error is expected.
             *     Should one come, its body is VideoSDK's usual error object.
             */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "hls-playable": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's signature: base64 of an RSA-SHA256 (PKCS#1 v1.5) signature of the request
                 *     body, made with VideoSDK's private key. Verify it with the public key that
                 *     `GET /v2/public/rsa-public-key` serves (`getWebhookPublicKey`).
                 *
                 *     VideoSDK's page says the signature covers "the request body"; its own sample code verifies
                 *     `JSON.stringify(req.body)`, the compact re-serialization of the parsed body — the same bytes
                 *     as the raw body only if VideoSDK sends compact JSON, which that sample relies on. A receiver
                 *     should verify the raw body it received and, when that fails or its framework only hands over
                 *     the parsed object, the compact serialization of that object.
                 *
                 *     The signature is not a secret: it only vouches for this body.
                 * @example kX8vE1n0Zb9cZ0p6aQ3Y0rJm9bq3lQ==
                 */
                "videosdk-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The `hls-playable` event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["HlsPlayableEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookReceived"];
            "4XX": components["responses"]["WebhookRejected"];
        };
    };
    "hls-started": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's signature: base64 of an RSA-SHA256 (PKCS#1 v1.5) signature of the request
                 *     body, made with VideoSDK's private key. Verify it with the public key that
                 *     `GET /v2/public/rsa-public-key` serves (`getWebhookPublicKey`).
                 *
                 *     VideoSDK's page says the signature covers "the request body"; its own sample code verifies
                 *     `JSON.stringify(req.body)`, the compact re-serialization of the parsed body — the same bytes
                 *     as the raw body only if VideoSDK sends compact JSON, which that sample relies on. A receiver
                 *     should verify the raw body it received and, when that fails or its framework only hands over
                 *     the parsed object, the compact serialization of that object.
                 *
                 *     The signature is not a secret: it only vouches for this body.
                 * @example kX8vE1n0Zb9cZ0p6aQ3Y0rJm9bq3lQ==
                 */
                "videosdk-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The `hls-started` event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["HlsStartedEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookReceived"];
            "4XX": components["responses"]["WebhookRejected"];
        };
    };
    "hls-stopped": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's signature: base64 of an RSA-SHA256 (PKCS#1 v1.5) signature of the request
                 *     body, made with VideoSDK's private key. Verify it with the public key that
                 *     `GET /v2/public/rsa-public-key` serves (`getWebhookPublicKey`).
                 *
                 *     VideoSDK's page says the signature covers "the request body"; its own sample code verifies
                 *     `JSON.stringify(req.body)`, the compact re-serialization of the parsed body — the same bytes
                 *     as the raw body only if VideoSDK sends compact JSON, which that sample relies on. A receiver
                 *     should verify the raw body it received and, when that fails or its framework only hands over
                 *     the parsed object, the compact serialization of that object.
                 *
                 *     The signature is not a secret: it only vouches for this body.
                 * @example kX8vE1n0Zb9cZ0p6aQ3Y0rJm9bq3lQ==
                 */
                "videosdk-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The `hls-stopped` event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["HlsStoppedEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookReceived"];
            "4XX": components["responses"]["WebhookRejected"];
        };
    };
    "livestream-started": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's signature: base64 of an RSA-SHA256 (PKCS#1 v1.5) signature of the request
                 *     body, made with VideoSDK's private key. Verify it with the public key that
                 *     `GET /v2/public/rsa-public-key` serves (`getWebhookPublicKey`).
                 *
                 *     VideoSDK's page says the signature covers "the request body"; its own sample code verifies
                 *     `JSON.stringify(req.body)`, the compact re-serialization of the parsed body — the same bytes
                 *     as the raw body only if VideoSDK sends compact JSON, which that sample relies on. A receiver
                 *     should verify the raw body it received and, when that fails or its framework only hands over
                 *     the parsed object, the compact serialization of that object.
                 *
                 *     The signature is not a secret: it only vouches for this body.
                 * @example kX8vE1n0Zb9cZ0p6aQ3Y0rJm9bq3lQ==
                 */
                "videosdk-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The `livestream-started` event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["LivestreamStartedEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookReceived"];
            "4XX": components["responses"]["WebhookRejected"];
        };
    };
    "livestream-stopped": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's signature: base64 of an RSA-SHA256 (PKCS#1 v1.5) signature of the request
                 *     body, made with VideoSDK's private key. Verify it with the public key that
                 *     `GET /v2/public/rsa-public-key` serves (`getWebhookPublicKey`).
                 *
                 *     VideoSDK's page says the signature covers "the request body"; its own sample code verifies
                 *     `JSON.stringify(req.body)`, the compact re-serialization of the parsed body — the same bytes
                 *     as the raw body only if VideoSDK sends compact JSON, which that sample relies on. A receiver
                 *     should verify the raw body it received and, when that fails or its framework only hands over
                 *     the parsed object, the compact serialization of that object.
                 *
                 *     The signature is not a secret: it only vouches for this body.
                 * @example kX8vE1n0Zb9cZ0p6aQ3Y0rJm9bq3lQ==
                 */
                "videosdk-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The `livestream-stopped` event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["LivestreamStoppedEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookReceived"];
            "4XX": components["responses"]["WebhookRejected"];
        };
    };
    "participant-joined": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's signature: base64 of an RSA-SHA256 (PKCS#1 v1.5) signature of the request
                 *     body, made with VideoSDK's private key. Verify it with the public key that
                 *     `GET /v2/public/rsa-public-key` serves (`getWebhookPublicKey`).
                 *
                 *     VideoSDK's page says the signature covers "the request body"; its own sample code verifies
                 *     `JSON.stringify(req.body)`, the compact re-serialization of the parsed body — the same bytes
                 *     as the raw body only if VideoSDK sends compact JSON, which that sample relies on. A receiver
                 *     should verify the raw body it received and, when that fails or its framework only hands over
                 *     the parsed object, the compact serialization of that object.
                 *
                 *     The signature is not a secret: it only vouches for this body.
                 * @example kX8vE1n0Zb9cZ0p6aQ3Y0rJm9bq3lQ==
                 */
                "videosdk-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The `participant-joined` event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ParticipantJoinedEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookReceived"];
            "4XX": components["responses"]["WebhookRejected"];
        };
    };
    "participant-left": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's signature: base64 of an RSA-SHA256 (PKCS#1 v1.5) signature of the request
                 *     body, made with VideoSDK's private key. Verify it with the public key that
                 *     `GET /v2/public/rsa-public-key` serves (`getWebhookPublicKey`).
                 *
                 *     VideoSDK's page says the signature covers "the request body"; its own sample code verifies
                 *     `JSON.stringify(req.body)`, the compact re-serialization of the parsed body — the same bytes
                 *     as the raw body only if VideoSDK sends compact JSON, which that sample relies on. A receiver
                 *     should verify the raw body it received and, when that fails or its framework only hands over
                 *     the parsed object, the compact serialization of that object.
                 *
                 *     The signature is not a secret: it only vouches for this body.
                 * @example kX8vE1n0Zb9cZ0p6aQ3Y0rJm9bq3lQ==
                 */
                "videosdk-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The `participant-left` event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ParticipantLeftEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookReceived"];
            "4XX": components["responses"]["WebhookRejected"];
        };
    };
    "recording-started": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's signature: base64 of an RSA-SHA256 (PKCS#1 v1.5) signature of the request
                 *     body, made with VideoSDK's private key. Verify it with the public key that
                 *     `GET /v2/public/rsa-public-key` serves (`getWebhookPublicKey`).
                 *
                 *     VideoSDK's page says the signature covers "the request body"; its own sample code verifies
                 *     `JSON.stringify(req.body)`, the compact re-serialization of the parsed body — the same bytes
                 *     as the raw body only if VideoSDK sends compact JSON, which that sample relies on. A receiver
                 *     should verify the raw body it received and, when that fails or its framework only hands over
                 *     the parsed object, the compact serialization of that object.
                 *
                 *     The signature is not a secret: it only vouches for this body.
                 * @example kX8vE1n0Zb9cZ0p6aQ3Y0rJm9bq3lQ==
                 */
                "videosdk-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The `recording-started` event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordingStartedEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookReceived"];
            "4XX": components["responses"]["WebhookRejected"];
        };
    };
    "recording-starting": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's signature: base64 of an RSA-SHA256 (PKCS#1 v1.5) signature of the request
                 *     body, made with VideoSDK's private key. Verify it with the public key that
                 *     `GET /v2/public/rsa-public-key` serves (`getWebhookPublicKey`).
                 *
                 *     VideoSDK's page says the signature covers "the request body"; its own sample code verifies
                 *     `JSON.stringify(req.body)`, the compact re-serialization of the parsed body — the same bytes
                 *     as the raw body only if VideoSDK sends compact JSON, which that sample relies on. A receiver
                 *     should verify the raw body it received and, when that fails or its framework only hands over
                 *     the parsed object, the compact serialization of that object.
                 *
                 *     The signature is not a secret: it only vouches for this body.
                 * @example kX8vE1n0Zb9cZ0p6aQ3Y0rJm9bq3lQ==
                 */
                "videosdk-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The `recording-starting` event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordingStartingEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookReceived"];
            "4XX": components["responses"]["WebhookRejected"];
        };
    };
    "recording-stopped": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's signature: base64 of an RSA-SHA256 (PKCS#1 v1.5) signature of the request
                 *     body, made with VideoSDK's private key. Verify it with the public key that
                 *     `GET /v2/public/rsa-public-key` serves (`getWebhookPublicKey`).
                 *
                 *     VideoSDK's page says the signature covers "the request body"; its own sample code verifies
                 *     `JSON.stringify(req.body)`, the compact re-serialization of the parsed body — the same bytes
                 *     as the raw body only if VideoSDK sends compact JSON, which that sample relies on. A receiver
                 *     should verify the raw body it received and, when that fails or its framework only hands over
                 *     the parsed object, the compact serialization of that object.
                 *
                 *     The signature is not a secret: it only vouches for this body.
                 * @example kX8vE1n0Zb9cZ0p6aQ3Y0rJm9bq3lQ==
                 */
                "videosdk-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The `recording-stopped` event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordingStoppedEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookReceived"];
            "4XX": components["responses"]["WebhookRejected"];
        };
    };
    "recording-stopping": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's signature: base64 of an RSA-SHA256 (PKCS#1 v1.5) signature of the request
                 *     body, made with VideoSDK's private key. Verify it with the public key that
                 *     `GET /v2/public/rsa-public-key` serves (`getWebhookPublicKey`).
                 *
                 *     VideoSDK's page says the signature covers "the request body"; its own sample code verifies
                 *     `JSON.stringify(req.body)`, the compact re-serialization of the parsed body — the same bytes
                 *     as the raw body only if VideoSDK sends compact JSON, which that sample relies on. A receiver
                 *     should verify the raw body it received and, when that fails or its framework only hands over
                 *     the parsed object, the compact serialization of that object.
                 *
                 *     The signature is not a secret: it only vouches for this body.
                 * @example kX8vE1n0Zb9cZ0p6aQ3Y0rJm9bq3lQ==
                 */
                "videosdk-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The `recording-stopping` event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordingStoppingEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookReceived"];
            "4XX": components["responses"]["WebhookRejected"];
        };
    };
    "session-ended": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's signature: base64 of an RSA-SHA256 (PKCS#1 v1.5) signature of the request
                 *     body, made with VideoSDK's private key. Verify it with the public key that
                 *     `GET /v2/public/rsa-public-key` serves (`getWebhookPublicKey`).
                 *
                 *     VideoSDK's page says the signature covers "the request body"; its own sample code verifies
                 *     `JSON.stringify(req.body)`, the compact re-serialization of the parsed body — the same bytes
                 *     as the raw body only if VideoSDK sends compact JSON, which that sample relies on. A receiver
                 *     should verify the raw body it received and, when that fails or its framework only hands over
                 *     the parsed object, the compact serialization of that object.
                 *
                 *     The signature is not a secret: it only vouches for this body.
                 * @example kX8vE1n0Zb9cZ0p6aQ3Y0rJm9bq3lQ==
                 */
                "videosdk-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The `session-ended` event. */
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
    "session-started": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's signature: base64 of an RSA-SHA256 (PKCS#1 v1.5) signature of the request
                 *     body, made with VideoSDK's private key. Verify it with the public key that
                 *     `GET /v2/public/rsa-public-key` serves (`getWebhookPublicKey`).
                 *
                 *     VideoSDK's page says the signature covers "the request body"; its own sample code verifies
                 *     `JSON.stringify(req.body)`, the compact re-serialization of the parsed body — the same bytes
                 *     as the raw body only if VideoSDK sends compact JSON, which that sample relies on. A receiver
                 *     should verify the raw body it received and, when that fails or its framework only hands over
                 *     the parsed object, the compact serialization of that object.
                 *
                 *     The signature is not a secret: it only vouches for this body.
                 * @example kX8vE1n0Zb9cZ0p6aQ3Y0rJm9bq3lQ==
                 */
                "videosdk-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The `session-started` event. */
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
}
