/**
 * The clients' `paginate` and `pages` walk every list operation of their provider against the
 * simulator (through Prism), and see every item exactly once.
 */
import { createClient as createHms, listOperations as hmsLists } from '@rtc-sessions/100ms';
import { createClient as createVideoSdk, listOperations as videoSdkLists } from '@rtc-sessions/videosdk';
import { createClient as createZoom, listOperations as zoomLists } from '@rtc-sessions/zoom-videosdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningSimulator, startSimulator } from '../src/index.js';
import { joinsOf, type Session } from '../src/sim/world.js';
import { day } from './helpers.js';

let sim: RunningSimulator;
const now = Date.now();
beforeAll(async () => {
  sim = await startSimulator({ seed: 23, world: { sessions: 75, now } });
});
afterAll(() => sim?.stop());

const sessions = (p: string) => sim.provider(p).context.world.sessions;
const token = 'simulator-test-token';
/** Walks with paginate, and with pages, and checks both saw the same ids. */
// biome-ignore lint/suspicious/noExplicitAny: one walker for three clients' typed paths and items
async function walk(client: any, path: string, init: object, idOf: (item: any) => string): Promise<string[]> {
  const ids: string[] = [];
  for await (const item of client.paginate(path, init)) ids.push(idOf(item));
  let pages = 0;
  for await (const _page of client.pages(path, init)) pages++;
  expect(pages).toBeGreaterThanOrEqual(1);
  return ids;
}

describe('every list operation, every item once', () => {
  it('covers every list operation of the three clients', () => {
    expect(Object.keys(videoSdkLists).sort()).toEqual([
      '/sessions/',
      '/sessions/{sessionId}/participants',
      '/sessions/{sessionId}/participants/active',
    ]);
    expect(Object.keys(zoomLists).sort()).toEqual([
      '/videosdk/sessions',
      '/videosdk/sessions/{sessionId}/users',
      '/videosdk/sessions/{sessionId}/users/qos',
      '/videosdk/sessions/{sessionId}/users/sharing',
      '/videosdk/stream_ingestions',
    ]);
    expect(Object.keys(hmsLists)).toEqual(['/sessions']);
  });

  it('VideoSDK.live', async () => {
    const client = createVideoSdk({ baseUrl: sim.baseUrl('videosdk'), token });
    const all = await walk(client, '/sessions/', { params: { query: { perPage: 7 } } }, (s) => s.id);
    expect(all).toHaveLength(75);
    expect(new Set(all).size).toBe(75);
    const big = sessions('videosdk').reduce((a, b) =>
      b.participants.length > a.participants.length ? b : a,
    );
    const people = await walk(
      client,
      '/sessions/{sessionId}/participants',
      { params: { path: { sessionId: big.id }, query: { perPage: 2 } } },
      (p) => p.participantId,
    );
    expect(people.sort()).toEqual(big.participants.map((p) => p.id).sort());
    const live = sessions('videosdk').find(
      (s) => s.state === 'live' && s.participants.some((p) => p.joins.some((j) => j.end === null)),
    ) as Session;
    const active = await walk(
      client,
      '/sessions/{sessionId}/participants/active',
      { params: { path: { sessionId: live.id }, query: { perPage: 1 } } },
      (s) => s.id ?? s._id,
    );
    expect(active).toEqual([live.id]);
  });

  it('Zoom Video SDK', async () => {
    const client = createZoom({ baseUrl: sim.baseUrl('zoom-videosdk'), token });
    const from = day(now - 30 * 864e5);
    const expected = sessions('zoom-videosdk').filter(
      (s) => s.state === 'ended' && s.start >= Date.parse(`${from}T00:00:00Z`),
    );
    const past = await walk(
      client,
      '/videosdk/sessions',
      { params: { query: { type: 'past', from, to: day(now), page_size: 4 } } },
      (s) => s.id,
    );
    expect(past.sort()).toEqual(expected.map((s) => s.id).sort());
    const ended = sessions('zoom-videosdk').find(
      (s) => s.state === 'ended' && s.features.screenShare && joinsOf(s).length >= 3,
    ) as Session;
    const joins = joinsOf(ended)
      .map(({ join }) => join.id)
      .sort();
    const query = { type: 'past' as const, page_size: 2 };
    for (const path of ['/videosdk/sessions/{sessionId}/users', '/videosdk/sessions/{sessionId}/users/qos']) {
      const q = path.endsWith('qos') ? { ...query, page_size: 1 } : query;
      expect(
        (
          await walk(client, path, { params: { path: { sessionId: ended.id }, query: q } }, (u) => u.id)
        ).sort(),
      ).toEqual(joins);
    }
    const sharing = await walk(
      client,
      '/videosdk/sessions/{sessionId}/users/sharing',
      { params: { path: { sessionId: ended.id }, query } },
      (u) => u.id,
    );
    expect(sharing.sort()).toEqual((ended.participants[0]?.joins ?? []).map((j) => j.id).sort());
    const streams = await walk(
      client,
      '/videosdk/stream_ingestions',
      { params: { query: { page_size: 1 } } },
      (s) => s.stream_id,
    );
    expect(new Set(streams).size).toBe(3);
  });

  it('100ms', async () => {
    const client = createHms({ baseUrl: sim.baseUrl('100ms'), token });
    const all = await walk(client, '/sessions', { params: { query: { limit: 10 } } }, (s) => s.id);
    expect(all).toHaveLength(75);
    expect(new Set(all).size).toBe(75);
    const active = await walk(
      client,
      '/sessions',
      { params: { query: { active: true, limit: 10 } } },
      (s) => s.id,
    );
    expect(active.sort()).toEqual(
      sessions('100ms')
        .filter((s) => s.state === 'live')
        .map((s) => s.id)
        .sort(),
    );
  });
});
