import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningSimulator, startSimulator } from '../src/index.js';
import type { Session } from '../src/sim/world.js';
import { call, day } from './helpers.js';

let sim: RunningSimulator;
let now = Date.now();
const clock = () => now;
beforeAll(async () => {
  sim = await startSimulator({ seed: 42, clock, world: { sessions: 90, now } });
});
afterAll(() => sim?.stop());

const base = (p: string) => sim.baseUrl(p);
const world = (p: string) => sim.provider(p).context.world;

describe('VideoSDK: page numbers with a true pageInfo, filters, get = list item, end session', () => {
  it('walks every session once, pageInfo telling the truth', async () => {
    const seen: string[] = [];
    for (let page = 1; page <= 20; page++) {
      const { status, body } = await call(base('videosdk'), `/sessions/?page=${page}&perPage=7`);
      expect(status).toBe(200);
      expect(body.pageInfo).toEqual({
        currentPage: page,
        perPage: 7,
        lastPage: Math.ceil(90 / 7),
        total: 90,
      });
      seen.push(...body.data.map((s: { id: string }) => s.id));
      if (page === body.pageInfo.lastPage) break;
    }
    expect(seen).toHaveLength(90);
    expect(new Set(seen).size).toBe(90);
  });

  it('filters by status and room; a get returns the list item', async () => {
    const ongoing = await call(base('videosdk'), '/sessions/?status=ongoing&perPage=100');
    expect(ongoing.body.data.length).toBeGreaterThan(0);
    expect(
      ongoing.body.data.every(
        (s: { status: string; end: unknown }) => s.status === 'ongoing' && s.end === null,
      ),
    ).toBe(true);
    const room = world('videosdk').rooms[0]?.id;
    const inRoom = await call(base('videosdk'), `/sessions/?roomId=${room}&perPage=100`);
    expect(inRoom.body.pageInfo.total).toBe(
      world('videosdk').sessions.filter((s) => s.roomId === room).length,
    );
    const item = inRoom.body.data[0];
    const got = await call(base('videosdk'), `/sessions/${item.id}`);
    for (const key of ['id', 'roomId', 'start', 'end', 'status', 'participants'])
      expect(got.body[key]).toEqual(item[key]);
  });

  it('ends a session: ended in the list and in the get, nobody left connected', async () => {
    const live = world('videosdk').sessions.find((s) => s.state === 'live') as Session;
    const ended = await call(base('videosdk'), '/sessions/end', {
      method: 'POST',
      body: { roomId: live.roomId },
    });
    expect(ended.status).toBe(200);
    const got = await call(base('videosdk'), `/sessions/${live.id}`);
    expect(got.body.status).toBe('ended');
    expect(
      got.body.participants
        .flatMap((p: { timelog: Array<{ end: unknown }> }) => p.timelog)
        .every((t: { end: unknown }) => t.end !== null),
    ).toBe(true);
    const list = await call(base('videosdk'), '/sessions/?status=ongoing&perPage=100');
    expect(list.body.data.map((s: { id: string }) => s.id)).not.toContain(live.id);
  });
});

describe('100ms: start/last paging, active filter, active rooms and their writes', () => {
  it('walks every session once by last/start, ending on a short page', async () => {
    const seen: string[] = [];
    let start = '';
    for (let i = 0; i < 20; i++) {
      const { body } = await call(base('100ms'), `/sessions?limit=10${start ? `&start=${start}` : ''}`);
      const items = body.data ?? [];
      seen.push(...items.map((s: { id: string }) => s.id));
      if (items.length < 10 || !body.last) break;
      start = body.last;
    }
    expect(seen).toHaveLength(90);
    expect(new Set(seen).size).toBe(90);
  });

  it('active=true lists only live sessions (issue 17: the mock returned an ended one)', async () => {
    const { body } = await call(base('100ms'), '/sessions?active=true&limit=100');
    expect(body.data.length).toBe(world('100ms').sessions.filter((s) => s.state === 'live').length);
    expect(body.data.every((s: { active: boolean }) => s.active)).toBe(true);
  });

  it('updates a peer, sends a message, removes a peer (they have left) and ends the room', async () => {
    const live = world('100ms').sessions.find(
      (s) =>
        s.state === 'live' && s.participants.filter((p) => p.joins.some((j) => j.end === null)).length >= 2,
    ) as Session;
    const room = await call(base('100ms'), `/active-rooms/${live.roomId}`);
    expect(room.body.session.id).toBe(live.id);
    const [first, second] = room.body.session.peers as [string, string];
    const updated = await call(base('100ms'), `/active-rooms/${live.roomId}/peers/${first}`, {
      method: 'POST',
      body: { name: 'Renamed', metadata: 'm' },
    });
    expect(updated.body.name).toBe('Renamed');
    expect((await call(base('100ms'), `/active-rooms/${live.roomId}/peers/${first}`)).body.name).toBe(
      'Renamed',
    );
    const sent = await call(base('100ms'), `/active-rooms/${live.roomId}/send-message`, {
      method: 'POST',
      body: { message: 'hi' },
    });
    expect(sent.status).toBe(200);
    expect(sim.provider('100ms').context.messages.at(-1)?.body).toEqual({ message: 'hi' });
    await call(base('100ms'), `/active-rooms/${live.roomId}/remove-peers`, {
      method: 'POST',
      body: { peer_id: second, reason: 'test' },
    });
    const peers = await call(base('100ms'), `/active-rooms/${live.roomId}/peers`);
    expect(Object.keys(peers.body.peers)).not.toContain(second);
    const session = await call(base('100ms'), `/sessions/${live.id}`);
    expect(session.body.peers[second].left_at).toBeDefined();
    await call(base('100ms'), `/active-rooms/${live.roomId}/end-room`, {
      method: 'POST',
      body: { reason: 'done', lock: false },
    });
    expect((await call(base('100ms'), `/sessions/${live.id}`)).body.active).toBe(false);
    expect((await call(base('100ms'), `/active-rooms/${live.roomId}`)).status).toBe(404);
  });
});

describe('Zoom: next_page_token that expires after 15 minutes, create, delete, remove a user', () => {
  const range = () => `from=${day(now - 30 * 864e5)}&to=${day(now)}`;

  it('walks past sessions once each, and a token older than its lifetime is refused', async () => {
    const seen: string[] = [];
    let token = '';
    for (let i = 0; i < 50; i++) {
      const { status, body } = await call(
        base('zoom-videosdk'),
        `/videosdk/sessions?type=past&${range()}&page_size=3${token ? `&next_page_token=${token}` : ''}`,
      );
      expect(status).toBe(200);
      seen.push(...body.sessions.map((s: { id: string }) => s.id));
      token = body.next_page_token;
      if (!token) break;
      expect(token).not.toBe(''); // a real, fresh token for each page
    }
    const expected = world('zoom-videosdk').sessions.filter(
      (s) => s.state === 'ended' && s.start >= Date.parse(`${day(now - 30 * 864e5)}T00:00:00Z`),
    );
    expect(new Set(seen)).toEqual(new Set(expected.map((s) => s.id)));
    // One range for both calls: a token is good only for the list it came from, and moving the
    // clock 15 minutes on can cross midnight (UTC), which would change `to` and so the list.
    const list = `/videosdk/sessions?type=past&${range()}&page_size=3`;
    const first = await call(base('zoom-videosdk'), list);
    now += 15 * 60_000; // the spec's cursorLifetimeSeconds: 900
    const stale = await call(base('zoom-videosdk'), `${list}&next_page_token=${first.body.next_page_token}`);
    expect(stale.status).toBe(400);
    expect(stale.body.message).toMatch(/expired/);
  });

  it('creates a session (scheduled), gets it, deletes it', async () => {
    const created = await call(base('zoom-videosdk'), '/videosdk/sessions', {
      method: 'POST',
      body: { session_name: 'Planning' },
    });
    expect(created.status).toBe(201);
    const id = created.body.session_id;
    const got = await call(base('zoom-videosdk'), `/videosdk/sessions/${id}?type=scheduled`);
    expect(got.body).toMatchObject({ id, session_name: 'Planning' });
    expect((await call(base('zoom-videosdk'), `/videosdk/sessions/${id}`, { method: 'DELETE' })).status).toBe(
      204,
    );
    expect((await call(base('zoom-videosdk'), `/videosdk/sessions/${id}?type=scheduled`)).status).toBe(404);
  });

  it('removes a user (their entry gets a leave_time) and ends the session', async () => {
    const live = world('zoom-videosdk').sessions.find(
      (s) => s.state === 'live' && s.participants.some((p) => p.joins.some((j) => j.end === null)),
    ) as Session;
    const users = await call(base('zoom-videosdk'), `/videosdk/sessions/${live.id}/users?page_size=300`);
    const connected = users.body.users.find((u: { leave_time?: string }) => u.leave_time === undefined);
    const removed = await call(base('zoom-videosdk'), `/videosdk/sessions/${live.id}/events`, {
      method: 'PATCH',
      body: { method: 'user.remove', params: { participant_uuid: connected.participant_uuid } },
    });
    expect(removed.status).toBe(202);
    const after = await call(base('zoom-videosdk'), `/videosdk/sessions/${live.id}/users?page_size=300`);
    expect(after.body.users.find((u: { id: string }) => u.id === connected.id).leave_time).toBeDefined();
    expect(
      (
        await call(base('zoom-videosdk'), `/videosdk/sessions/${live.id}/status`, {
          method: 'PUT',
          body: { action: 'end' },
        })
      ).status,
    ).toBe(204);
    expect(
      (await call(base('zoom-videosdk'), `/videosdk/sessions/${live.id}?type=past`)).body.end_time,
    ).toBeDefined();
  });
});

describe('a seeded world', () => {
  it('is the same for the same seed, and saves and loads', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sim-state-'));
    try {
      const a = await startSimulator({
        seed: 9,
        prism: false,
        world: { now: 1_700_000_000_000 },
        providers: ['100ms'],
      });
      const b = await startSimulator({
        seed: 9,
        prism: false,
        world: { now: 1_700_000_000_000 },
        providers: ['100ms'],
      });
      const c = await startSimulator({
        seed: 10,
        prism: false,
        world: { now: 1_700_000_000_000 },
        providers: ['100ms'],
      });
      expect(a.snapshot()).toEqual(b.snapshot());
      expect(a.snapshot()).not.toEqual(c.snapshot());
      const file = join(dir, 'state.json');
      a.save(file);
      const loaded = await startSimulator({ stateFile: file, prism: false, providers: ['100ms'] });
      expect(loaded.snapshot()).toEqual(a.snapshot());
      await Promise.all([a.stop(), b.stop(), c.stop(), loaded.stop()]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
