/**
 * Zoom Video SDK onto the sessions model, typed against `@rtc-sessions/zoom-videosdk`'s generated types.
 *
 * - Sessions: `GET /videosdk/sessions`, by cursor, for a `type` (`past` or `live`) and a date range
 *   `from`/`to` of at most one month. A longer range is split into month windows walked
 *   concurrently; without `live`, the past windows come first, then the live ones.
 * - Filters: `from`/`to` → the dates (`yyyy-mm-dd`, UTC) that contain them, on the server; the
 *   exact instants on the client (`exactSessions`); `room` → `session_name` (Zoom has no room
 *   object: clients join a session by its topic); `live` → `type`. `to` defaults to now, `from` to
 *   one month before `to` (Zoom lists no wider range by default).
 * - Participants: `GET /videosdk/sessions/{id}/users`, which lists a user once per join. Joins are
 *   grouped into one participant by `user_key` (the app's `user_identity`), else by the user `id`;
 *   users without a key whose id changes on rejoin stay separate — Zoom gives nothing to join them by.
 * - Ids: kept as Zoom sends them (`sfk/aOFJ…==`); the client encodes them, twice where Zoom wants it.
 */
import { cursorGuard, statusOf } from '@rtc-sessions/runtime/internal';
import {
  type components,
  createClient,
  credentialEnv,
  listOperations,
  type ZoomVideoSdkClient,
} from '@rtc-sessions/zoom-videosdk';
import {
  type ClientSetup,
  type CredentialsFrom,
  clientOptions,
  getOptions,
  type ProviderAdapter,
  windowedWalk,
} from '../../adapter.js';
import { ProviderDataError } from '../../errors.js';
import { connectedSeconds, groupBy, sortJoins } from '../../intervals.js';
import type { Participant, ResolvedQuery, Session } from '../../model.js';
import {
  addDays,
  addMonthsClamped,
  parseOptionalTime,
  parseProviderTime,
  required,
  utcDate,
} from '../../time.js';

type RawSession = components['schemas']['SessionSummary'];
type RawSessionDetails = components['schemas']['SessionDetails'];
type RawUser = components['schemas']['SessionUser'];
type ListType = 'past' | 'live';

/** The fields that carry the next page's cursor, from the spec's `x-rtc-pagination`. */
const sessionsCursor = listOperations['/videosdk/sessions'].pagination.nextCursor;
const usersCursor = listOperations['/videosdk/sessions/{sessionId}/users'].pagination.nextCursor;
/** How long a `next_page_token` lives, from the spec's `x-rtc-pagination` (less a margin for the request). */
const TOKEN_LIFETIME_MS =
  ((listOperations['/videosdk/sessions'].pagination.cursorLifetimeSeconds ?? Infinity) - 30) * 1000;

/** What Zoom records carry: a session name, a join count (not distinct users), user keys, no roles. */
export interface ZoomVideoSdkTraits {
  id: 'zoom-videosdk';
  sessionName: string;
  /** Not in the session record: `user_count` counts a rejoin again. */
  participantCount: undefined;
  /** `user_count`. */
  joinCount: number;
  /** `user_key`, when the app set one. */
  userId: string | undefined;
  role: undefined;
  rawSession: RawSession | RawSessionDetails;
  /** The user records of this participant, one per join. */
  rawParticipant: RawUser[];
}

export type ZoomSession = Session<ZoomVideoSdkTraits>;
export type ZoomParticipant = Participant<ZoomVideoSdkTraits>;

/**
 * A session record as the model's `Session`. Whether it is live is not in the record: it is the
 * `type` it was listed or fetched with.
 */
export function toSession(raw: RawSession | RawSessionDetails, live: boolean): ZoomSession {
  const where = `zoom-videosdk session ${raw.id}`;
  return {
    provider: 'zoom-videosdk',
    id: raw.id,
    roomId: raw.session_name,
    name: raw.session_name,
    start: parseProviderTime(required(raw.start_time, `${where} start_time`), `${where} start_time`),
    end: parseOptionalTime(raw.end_time, `${where} end_time`),
    live,
    participantCount: undefined,
    joinCount: required(raw.user_count, `${where} user_count`),
    raw,
  };
}

/**
 * A user record's id. Zoom may leave `id` out (telephone and room-system users; the spec made it
 * optional in issue 20): then the join's `participant_uuid`, else its join time, which no other
 * join of the session shares with it.
 */
function userIdOf(user: RawUser): string {
  return user.id ?? user.participant_uuid ?? `join:${user.join_time}`;
}

/** The joins of one user (records sharing `user_key`, else `id`) as the model's `Participant`. */
export function toParticipant(sessionId: string, users: RawUser[]): ZoomParticipant {
  const first = users[0];
  if (!first) throw new ProviderDataError('zoom-videosdk participant without a user record');
  const joins = sortJoins(
    users.map((user) => ({
      start: parseProviderTime(user.join_time, `zoom-videosdk user ${user.id} join_time`),
      end: parseOptionalTime(user.leave_time, `zoom-videosdk user ${user.id} leave_time`),
    })),
  );
  const latest = users.reduce((a, b) => (Date.parse(b.join_time) >= Date.parse(a.join_time) ? b : a));
  return {
    provider: 'zoom-videosdk',
    sessionId,
    id: userIdOf(first),
    userId: first.user_key || undefined,
    // Zoom may leave `name` out (see userIdOf); the model's name is a string
    name: latest.name ?? '',
    role: undefined,
    joins,
    connectedSeconds: connectedSeconds(joins),
    raw: users,
  };
}

interface Window {
  type: ListType;
  from: string;
  to: string;
}

/**
 * The `from`/`to` windows covering the query's days, each at most one calendar month (Zoom's
 * limit for List sessions): `[d, d + 1 month − 1 day]`, the last one cut at `to`.
 */
export function monthWindows(fromDate: string, toDate: string): Array<{ from: string; to: string }> {
  const windows: Array<{ from: string; to: string }> = [];
  for (let start = fromDate; start <= toDate; ) {
    const monthEnd = addDays(addMonthsClamped(start, 1), -1);
    const end = monthEnd < toDate ? monthEnd : toDate;
    windows.push({ from: start, to: end });
    start = addDays(end, 1);
  }
  return windows;
}

function windowsFor(query: ResolvedQuery, now: number): Window[] {
  const to = query.to ?? now;
  const toDate = utcDate(to);
  const fromDate = query.from !== undefined ? utcDate(query.from) : addMonthsClamped(toDate, -1);
  const types: ListType[] = query.live === undefined ? ['past', 'live'] : [query.live ? 'live' : 'past'];
  return types.flatMap((type) => monthWindows(fromDate, toDate).map((w) => ({ type, ...w })));
}

export const adapter: ProviderAdapter<
  ZoomVideoSdkTraits,
  ZoomVideoSdkClient,
  CredentialsFrom<typeof credentialEnv>
> = {
  id: 'zoom-videosdk',
  credentialEnv,

  createClient: (setup: ClientSetup) => createClient(clientOptions(setup)),

  async *listSessions(client, context, query, from) {
    const { limiter, signal, pageSize } = context;
    const now = (context.now ?? Date.now)();
    const windows = windowsFor(query, now);
    // The real clock, for token ages (`context.now` may be pinned to the export's start).
    const clock = Date.now;
    const walk = windowedWalk({
      windows,
      from,
      concurrency: limiter.concurrency,
      budget: context.budget,
      async *walkWindow(window) {
        const fetchPage = (token: string | undefined) =>
          limiter.run(
            () =>
              client.GET('/videosdk/sessions', {
                params: {
                  query: {
                    type: window.type,
                    from: window.from,
                    to: window.to,
                    ...(pageSize !== undefined && { page_size: pageSize }),
                    ...(query.room !== undefined && { session_name: query.room }),
                    ...(token && { next_page_token: token }),
                  },
                },
                signal,
              }),
            getOptions(context, '/videosdk/sessions'),
          );
        // A window waiting its turn (its pages held until the windows before it are written) can
        // outlive its token: then it is walked again from its first page, skipping what it yielded.
        let yielded = 0;
        let token: string | undefined;
        let issuedAt = clock();
        let skip = 0;
        let follow = cursorGuard('/videosdk/sessions', sessionsCursor);
        do {
          if (context.budget && !context.budget.take()) return;
          if (token && clock() - issuedAt >= TOKEN_LIFETIME_MS) {
            skip = yielded;
            token = undefined;
            follow = cursorGuard('/videosdk/sessions', sessionsCursor); // the walk starts over
          }
          const sentAt = clock();
          const { data } = await fetchPage(token);
          issuedAt = sentAt;
          const page = data.sessions.slice(skip).map((raw) => ({ raw, live: window.type === 'live' }));
          skip = Math.max(0, skip - data.sessions.length);
          yielded += page.length;
          yield page;
          token = data.sessions.length > 0 && data.next_page_token ? follow(data.next_page_token) : undefined;
        } while (token);
      },
    });
    for await (const batch of walk) {
      yield { ...batch, items: batch.items.map(({ raw, live }) => toSession(raw, live)) };
    }
  },

  /** Asks for the past session first, then, if Zoom has no ended session by that id, the live one. */
  async getSession(client, context, id) {
    const { limiter, signal } = context;
    const get = (type: ListType) =>
      limiter.run(
        () =>
          client.GET('/videosdk/sessions/{sessionId}', {
            params: { path: { sessionId: id }, query: { type } },
            signal,
          }),
        getOptions(context, '/videosdk/sessions/{sessionId}'),
      );
    try {
      return toSession((await get('past')).data, false);
    } catch (error) {
      if (statusOf(error) !== 404) throw error;
      return toSession((await get('live')).data, true);
    }
  },

  async *listParticipants(client, context, session) {
    const { limiter, signal, pageSize } = context;
    const users: RawUser[] = [];
    let token: string | undefined;
    const follow = cursorGuard('/videosdk/sessions/{sessionId}/users', usersCursor);
    do {
      const { data } = await limiter.run(
        () =>
          client.GET('/videosdk/sessions/{sessionId}/users', {
            params: {
              path: { sessionId: session.id },
              query: {
                type: session.live ? 'live' : 'past',
                ...(pageSize !== undefined && { page_size: pageSize }),
                ...(token && { next_page_token: token }),
              },
            },
            signal,
          }),
        getOptions(context, '/videosdk/sessions/{sessionId}/users'),
      );
      users.push(...data.users);
      token = data.users.length > 0 && data.next_page_token ? follow(data.next_page_token) : undefined;
    } while (token);
    // A rejoin can be on any page: group only once every page is in.
    const groups = groupBy(users, (user) =>
      user.user_key ? `key:${user.user_key}` : `id:${userIdOf(user)}`,
    );
    for (const group of groups) yield toParticipant(session.id, group);
  },
};
