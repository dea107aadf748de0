/**
 * The normalized model shared by every provider.
 *
 * **Time:** every instant is a number of **milliseconds since the Unix epoch (UTC)**, parsed from
 * the provider's RFC 3339 strings (`2022-09-06T11:17:03.65Z` → `1662463023650`). The export writes
 * the same instants as ISO 8601 UTC strings with three fraction digits (`Date#toISOString`).
 *
 * **What a provider lacks** is `undefined` in its type, not a guess: each provider's adapter fixes
 * the generic {@link ProviderTraits} (e.g. Zoom sessions have a `name: string`, VideoSDK's have
 * `name: undefined`). Code written against the plain `Session` sees the union, `string | undefined`.
 *
 * **Lossless:** `raw` is the provider's own record, exactly as parsed from its response.
 */

/** Milliseconds since 1970-01-01T00:00:00Z. */
export type EpochMs = number;

/** What differs, at the type level, between providers' normalized records. */
export interface ProviderTraits {
  /** The provider id, e.g. the name of its folder under `src/providers/`. */
  id: string;
  /** Type of `Session.name`: `string` where the provider names sessions, else `undefined`. */
  sessionName: string | undefined;
  /** Type of `Session.participantCount`. */
  participantCount: number | undefined;
  /** Type of `Session.joinCount`. */
  joinCount: number | undefined;
  /** Type of `Participant.userId`. */
  userId: string | undefined;
  /** Type of `Participant.role`. */
  role: string | undefined;
  /** The provider's session record (`Session.raw`). */
  rawSession: unknown;
  /** The provider's record(s) of one participant (`Participant.raw`). */
  rawParticipant: unknown;
}

/** One stay of a participant: from joining to leaving, `end: null` while still connected. */
export interface Interval {
  start: EpochMs;
  end: EpochMs | null;
}

/** One session (a meeting that ran in a room), from any provider. */
export interface Session<T extends ProviderTraits = ProviderTraits> {
  provider: T['id'];
  /** The provider's session id, as the provider spells it (Zoom ids are not URL-encoded here). */
  id: string;
  /**
   * The room the session ran in. Zoom has no room object: a Video SDK session is joined by its
   * topic, so its `session_name` is the room there.
   */
  roomId: string;
  /** The session's own name, where the provider has one (Zoom). */
  name: T['sessionName'];
  start: EpochMs;
  /** When it ended; `null` while live. */
  end: EpochMs | null;
  live: boolean;
  /** Distinct participants, where the session record tells (VideoSDK, 100ms). */
  participantCount: T['participantCount'];
  /** Joins, a rejoin counting again, where the record tells (every provider so far). */
  joinCount: T['joinCount'];
  /** The provider's record, unchanged. */
  raw: T['rawSession'];
}

/** One participant of a session with every join, from any provider. */
export interface Participant<T extends ProviderTraits = ProviderTraits> {
  provider: T['id'];
  sessionId: string;
  /**
   * The participant's id. VideoSDK: `participantId`; Zoom: the `id` of the first join; 100ms: the
   * `id` of the first peer. Joins are grouped into one participant by `userId` where the provider
   * has one, else by this id (see each adapter).
   */
  id: string;
  /** The app's user id for the participant, where the provider carries one (Zoom `user_key`, 100ms `user_id`). */
  userId: T['userId'];
  /** Display name (of the latest join, when names differ between joins). */
  name: string;
  /** Role, where the provider has roles (100ms). */
  role: T['role'];
  /** Every join, oldest first. */
  joins: Interval[];
  /**
   * Seconds connected over the **closed** joins, overlaps counted once (ms precision). An open
   * join (`end: null`) adds nothing: the figure never depends on when it was read.
   */
  connectedSeconds: number;
  /** The provider's record(s) of this participant, unchanged. */
  raw: T['rawParticipant'];
}

/** Filters of `listSessions`; every one is optional. */
export interface SessionQuery {
  /** Only sessions that started at or after this instant (epoch ms, `Date` or an ISO string). */
  from?: EpochMs | Date | string;
  /** Only sessions that started at or before this instant. */
  to?: EpochMs | Date | string;
  /** Only the sessions of this room (see `Session.roomId`). */
  room?: string;
  /** `true`: only live sessions; `false`: only ended ones; absent: both. */
  live?: boolean;
  /** Stop after this many sessions (after filtering). @default unbounded */
  maxSessions?: number;
  /**
   * Fetch at most this many pages of the provider's session list (a bound on the walk's requests,
   * e.g. against a server whose pages never end). @default unbounded
   */
  maxPages?: number;
}

/** The filters with instants resolved to epoch ms. */
export interface ResolvedQuery {
  from: EpochMs | undefined;
  to: EpochMs | undefined;
  room: string | undefined;
  live: boolean | undefined;
  maxSessions?: number | undefined;
  maxPages?: number | undefined;
}
