/**
 * 100ms onto the sessions model, typed against `@rtc-sessions/100ms`'s generated types.
 *
 * - Sessions: `GET /sessions`, newest first, by cursor (`start` = the previous page's `last`).
 *   100ms lists only live sessions unless told otherwise (`active` defaults to true), so without
 *   `live` the live sessions are walked first, then the ended ones.
 * - Filters: `room` → `room_id`, `from`/`to` → `after`/`before` (inclusive, on the session's
 *   start), `live` → `active`, on the server; every one checked again on the client
 *   (`exactSessions`), since a server (or a mock) that ignores one must not widen the result. With `from` given (`to` defaulting to now) the
 *   range is split into windows walked concurrently, newest window first (the provider's own order).
 * - End: 100ms has none in the record; an ended session's `updated_at` is its end.
 * - Participants: the session's `peers` (one peer per join), grouped into one participant by
 *   `user_id`, else by peer id — the key of the `peers` map, which peers of older sessions lack
 *   in their own record. A live session is fetched again for its current peers: its record holds
 *   every join, those who left included, where the active room's peers
 *   (`GET /active-rooms/{room_id}/peers`) hold only who is connected now, without join history.
 */
import {
  type components,
  createClient,
  credentialEnv,
  type HmsClient,
  listOperations,
} from '@rtc-sessions/100ms';
import { cursorGuard } from '@rtc-sessions/runtime/internal';
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
import { parseOptionalTime, parseProviderTime } from '../../time.js';

type RawSession = components['schemas']['Session'];
type RawPeer = components['schemas']['Peer'];

/** What 100ms records carry: no session name, a user id and a role per peer. */
export interface HmsTraits {
  id: '100ms';
  sessionName: undefined;
  /** Distinct participants among the session's peers (grouped as for `listParticipants`). */
  participantCount: number;
  /** The session's peers: one per join. */
  joinCount: number;
  /** `user_id`, when the app gave one (100ms sends `""` otherwise). */
  userId: string | undefined;
  /** The role of the participant's latest join. */
  role: string;
  rawSession: RawSession;
  /** The peers of this participant, one per join. */
  rawParticipant: RawPeer[];
}

export type HmsSession = Session<HmsTraits>;
export type HmsParticipant = Participant<HmsTraits>;

/** A peer with its id: the key in the session's `peers` map (read from there, not from the record). */
interface KeyedPeer {
  peerId: string;
  peer: RawPeer;
}

const groupKey = ({ peerId, peer }: KeyedPeer) => (peer.user_id ? `user:${peer.user_id}` : `peer:${peerId}`);

/** The session's peers, oldest join first. */
function peersOf(raw: RawSession): KeyedPeer[] {
  return Object.entries(raw.peers)
    .map(([peerId, peer]) => ({ peerId, peer }))
    .sort((a, b) => Date.parse(a.peer.joined_at) - Date.parse(b.peer.joined_at));
}

export function toSession(raw: RawSession): HmsSession {
  const where = `100ms session ${raw.id}`;
  const peers = peersOf(raw);
  return {
    provider: '100ms',
    id: raw.id,
    roomId: raw.room_id,
    name: undefined,
    start: parseProviderTime(raw.created_at, `${where} created_at`),
    end: raw.active ? null : parseProviderTime(raw.updated_at, `${where} updated_at`),
    live: raw.active,
    participantCount: new Set(peers.map(groupKey)).size,
    joinCount: peers.length,
    raw,
  };
}

/** The peers of one participant (oldest first) as the model's `Participant`. */
export function toParticipant(sessionId: string, peers: KeyedPeer[]): HmsParticipant {
  const joins = sortJoins(
    peers.map(({ peerId, peer }) => ({
      start: parseProviderTime(peer.joined_at, `100ms peer ${peerId} joined_at`),
      end: parseOptionalTime(peer.left_at, `100ms peer ${peerId} left_at`),
    })),
  );
  const first = peers[0];
  const latest = peers[peers.length - 1];
  if (!first || !latest) throw new ProviderDataError('100ms participant without a peer');
  return {
    provider: '100ms',
    sessionId,
    id: first.peerId,
    userId: first.peer.user_id || undefined,
    name: latest.peer.name,
    role: latest.peer.role,
    joins,
    connectedSeconds: connectedSeconds(joins),
    raw: peers.map(({ peer }) => peer),
  };
}

interface Window {
  active: boolean;
  after: number | undefined;
  before: number | undefined;
}

/**
 * Splits `[from, to]` into `parts` windows, newest first, sharing no millisecond (`after` and
 * `before` are both inclusive). An open-ended range is one window.
 */
export function timeWindows(
  from: number | undefined,
  to: number | undefined,
  parts: number,
): Array<{ after: number | undefined; before: number | undefined }> {
  if (from === undefined || to === undefined || parts <= 1 || to - from < parts) {
    return [{ after: from, before: to }];
  }
  const span = Math.ceil((to - from + 1) / parts);
  const windows: Array<{ after: number; before: number }> = [];
  for (let before = to; before >= from; before -= span) {
    windows.push({ after: Math.max(from, before - span + 1), before });
  }
  return windows;
}

function windowsFor(query: ResolvedQuery, concurrency: number, now: number): Window[] {
  const states = query.live === undefined ? [true, false] : [query.live];
  // A range open towards now ends now, so that it can be split too (and a resumed export sees the same end).
  const to = query.to ?? (query.from !== undefined ? now : undefined);
  // Twice as many windows as requests in flight, so that a window that runs long is not alone.
  return states.flatMap((active) =>
    timeWindows(query.from, to, concurrency * 2).map((w) => ({ active, ...w })),
  );
}

const sessionsPaging = listOperations['/sessions'].pagination;

export const adapter: ProviderAdapter<HmsTraits, HmsClient, CredentialsFrom<typeof credentialEnv>> = {
  id: '100ms',
  credentialEnv,

  createClient: (setup: ClientSetup) => createClient(clientOptions(setup)),

  async *listSessions(client, context, query, from) {
    const { limiter, signal, pageSize } = context;
    const walk = windowedWalk({
      windows: windowsFor(query, limiter.concurrency, (context.now ?? Date.now)()),
      from,
      concurrency: limiter.concurrency,
      budget: context.budget,
      async *walkWindow(window) {
        let start: string | undefined;
        const follow = cursorGuard('/sessions', sessionsPaging.nextCursor);
        for (;;) {
          if (context.budget && !context.budget.take()) return;
          const { data } = await limiter.run(
            () =>
              client.GET('/sessions', {
                params: {
                  query: {
                    active: window.active,
                    ...(query.room !== undefined && { room_id: query.room }),
                    ...(window.after !== undefined && { after: new Date(window.after).toISOString() }),
                    ...(window.before !== undefined && { before: new Date(window.before).toISOString() }),
                    ...(pageSize !== undefined && { limit: pageSize }),
                    ...(start && { start }),
                  },
                },
                signal,
              }),
            getOptions(context, '/sessions'),
          );
          const sessions = data.data ?? [];
          yield sessions;
          const short = sessionsPaging.endsOnShortPage && sessions.length < data.limit;
          if (sessions.length === 0 || short || !data.last) return;
          start = follow(data.last);
        }
      },
    });
    for await (const batch of walk) yield { ...batch, items: batch.items.map(toSession) };
  },

  async getSession(client, context, id) {
    const { limiter, signal } = context;
    const { data } = await limiter.run(
      () => client.GET('/sessions/{session_id}', { params: { path: { session_id: id } }, signal }),
      getOptions(context, '/sessions/{session_id}'),
    );
    return toSession(data);
  },

  async *listParticipants(client, context, session) {
    const raw = session.live ? (await adapter.getSession(client, context, session.id)).raw : session.raw;
    const groups = groupBy(peersOf(raw), groupKey);
    for (const group of groups) yield toParticipant(session.id, group);
  },
};
