/**
 * VideoSDK.live onto the sessions model, typed against `@rtc-sessions/videosdk`'s generated types.
 *
 * - Sessions: `GET /sessions/` (newest first, page numbers). `pageInfo.lastPage` is known after the
 *   first page, so the remaining pages are fetched concurrently.
 * - Filters: `room` → `roomId`, `from`/`to` → `startDate`/`endDate` (epoch ms), `live` → `status`,
 *   on the server. Those come from the server SDK reference, not the REST page, so the sessions
 *   client checks every filter again (`exactSessions`): a server that ignores one still yields
 *   only matching sessions.
 * - Participants: `GET /sessions/{id}/participants` for an ended session, the active participants
 *   (`/participants/active`) for an ongoing one; one participant per `participantId`, one join per
 *   `timelog` entry.
 */

import { statusOf } from '@rtc-sessions/runtime/internal';
import { type components, createClient, credentialEnv, type VideoSdkClient } from '@rtc-sessions/videosdk';
import {
  type ClientSetup,
  type CredentialsFrom,
  clientOptions,
  getOptions,
  type ProviderAdapter,
  pageNumberWalk,
} from '../../adapter.js';
import { ProviderDataError } from '../../errors.js';
import { connectedSeconds, sortJoins } from '../../intervals.js';
import type { Participant, Session } from '../../model.js';
import { parseOptionalTime, parseProviderTime } from '../../time.js';

type RawSession = components['schemas']['Session'];
type RawSessionDetails = components['schemas']['SessionDetails'];
type RawParticipant = components['schemas']['Participant'];

/** What VideoSDK records carry: no session name, no user id apart from `participantId`, no roles. */
export interface VideoSdkTraits {
  id: 'videosdk';
  sessionName: undefined;
  /** The length of the session's `participants`. */
  participantCount: number;
  /** The `timelog` entries of all its participants. */
  joinCount: number;
  userId: undefined;
  role: undefined;
  rawSession: RawSession | RawSessionDetails;
  rawParticipant: RawParticipant;
}

export type VideoSdkSession = Session<VideoSdkTraits>;
export type VideoSdkParticipant = Participant<VideoSdkTraits>;

/** A session record as the model's `Session`. */
export function toSession(raw: RawSession | RawSessionDetails): VideoSdkSession {
  const id = raw.id ?? raw._id;
  if (id === undefined) throw new ProviderDataError('videosdk session: neither `id` nor `_id` is present');
  return {
    provider: 'videosdk',
    id,
    roomId: raw.roomId,
    name: undefined,
    start: parseProviderTime(raw.start, `videosdk session ${id} start`),
    end: parseOptionalTime(raw.end, `videosdk session ${id} end`),
    live: raw.status === 'ongoing',
    participantCount: raw.participants.length,
    joinCount: raw.participants.reduce((sum, p) => sum + p.timelog.length, 0),
    raw,
  };
}

/** A participant record (one person, a `timelog` entry per stay) as the model's `Participant`. */
export function toParticipant(sessionId: string, raw: RawParticipant): VideoSdkParticipant {
  const where = `videosdk participant ${raw.participantId}`;
  const joins = sortJoins(
    raw.timelog.map((entry) => ({
      start: parseProviderTime(entry.start, `${where} timelog start`),
      end: parseOptionalTime(entry.end, `${where} timelog end`),
    })),
  );
  return {
    provider: 'videosdk',
    sessionId,
    id: raw.participantId,
    userId: undefined,
    name: raw.name,
    role: undefined,
    joins,
    connectedSeconds: connectedSeconds(joins),
    raw,
  };
}

export const adapter: ProviderAdapter<
  VideoSdkTraits,
  VideoSdkClient,
  CredentialsFrom<typeof credentialEnv>
> = {
  id: 'videosdk',
  credentialEnv,

  createClient: (setup: ClientSetup) => createClient(clientOptions(setup)),

  async *listSessions(client, context, query, from) {
    const { limiter, signal, pageSize } = context;
    const walk = pageNumberWalk({
      from,
      concurrency: limiter.concurrency,
      budget: context.budget,
      fetchPage: (page) =>
        limiter.run(
          async () => {
            const { data } = await client.GET('/sessions/', {
              params: {
                query: {
                  page,
                  ...(pageSize !== undefined && { perPage: pageSize }),
                  ...(query.room !== undefined && { roomId: query.room }),
                  ...(query.from !== undefined && { startDate: query.from }),
                  ...(query.to !== undefined && { endDate: query.to }),
                  ...(query.live !== undefined && { status: query.live ? 'ongoing' : 'ended' }),
                },
              },
              signal,
            });
            return data;
          },
          getOptions(context, '/sessions/'),
        ),
      lastPage: (body) => body.pageInfo.lastPage,
      items: (body) => body.data,
    });
    for await (const batch of walk) yield { ...batch, items: batch.items.map(toSession) };
  },

  async getSession(client, context, id) {
    const { limiter, signal } = context;
    const { data } = await limiter.run(
      () => client.GET('/sessions/{sessionId}', { params: { path: { sessionId: id } }, signal }),
      getOptions(context, '/sessions/{sessionId}'),
    );
    return toSession(data);
  },

  async *listParticipants(client, context, session) {
    const { limiter, signal, pageSize } = context;
    const sessionId = session.id;
    const paging = (page: number) => ({
      path: { sessionId },
      query: { page, ...(pageSize !== undefined && { perPage: pageSize }) },
    });
    if (session.live) {
      const walk = pageNumberWalk({
        from: { segment: 0, offset: 0 },
        concurrency: limiter.concurrency,
        fetchPage: (page) =>
          limiter.run(
            async () => {
              try {
                const { data } = await client.GET('/sessions/{sessionId}/participants/active', {
                  params: paging(page),
                  signal,
                });
                return data;
              } catch (error) {
                // "No active participants found": an ongoing session nobody is in right now. A 404
                // for an unknown session ("Session not found") is an error, and stays one.
                if (statusOf(error) === 404 && page === 1 && /no active participants/i.test(String(error))) {
                  return undefined;
                }
                throw error;
              }
            },
            getOptions(context, '/sessions/{sessionId}/participants/active'),
          ),
        lastPage: (body) => body?.pageInfo.lastPage ?? 0,
        // Each item is the ongoing session itself, its `participants` the active ones.
        items: (body) => (body?.data ?? []).flatMap((item) => item.participants),
      });
      for await (const batch of walk) for (const raw of batch.items) yield toParticipant(sessionId, raw);
      return;
    }
    const walk = pageNumberWalk({
      from: { segment: 0, offset: 0 },
      concurrency: limiter.concurrency,
      fetchPage: (page) =>
        limiter.run(
          async () => {
            const { data } = await client.GET('/sessions/{sessionId}/participants', {
              params: paging(page),
              signal,
            });
            return data;
          },
          getOptions(context, '/sessions/{sessionId}/participants'),
        ),
      lastPage: (body) => body.pageInfo.lastPage,
      items: (body) => body.data.participants,
    });
    for await (const batch of walk) for (const raw of batch.items) yield toParticipant(sessionId, raw);
  },
};
