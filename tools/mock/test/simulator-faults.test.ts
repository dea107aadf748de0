import { ConfigurationError } from '@rtc-sessions/runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFaults, type RunningSimulator, startSimulator } from '../src/index.js';
import type { Session } from '../src/sim/world.js';
import { call, day } from './helpers.js';

const started: RunningSimulator[] = [];
afterAll(() => Promise.all(started.map((s) => s.stop())));
async function start(options: Parameters<typeof startSimulator>[0]) {
  const sim = await startSimulator(options);
  started.push(sim);
  return sim;
}

describe('Prism stays the face', () => {
  let sim: RunningSimulator;
  beforeAll(async () => {
    sim = await start({ seed: 5, providers: ['100ms'] });
  });

  it('catches a simulator response that breaks the contract, loudly', async () => {
    const fine = await call(sim.baseUrl('100ms'), '/sessions?limit=10');
    expect(fine.status).toBe(200);
    // Break the simulator on purpose: a session id must be a string.
    const session = sim.provider('100ms').context.world.sessions[0] as Session;
    const id = session.id;
    (session as { id: unknown }).id = 123;
    try {
      const direct = await call(sim.provider('100ms').directUrl, '/sessions?limit=10');
      expect(direct.status).toBe(200);
      expect(direct.body.data[0].id).toBe(123);
      const proxied = await call(sim.baseUrl('100ms'), '/sessions?limit=10');
      expect(proxied.status).toBe(500);
      expect(proxied.body.type).toMatch(/VIOLATIONS/);
      expect(proxied.body.validation[0].location).toEqual(['response', 'body', 'data', '0', 'id']);
      // Prism logs the violation too (the log line can trail the response).
      await expect.poll(() => sim.provider('100ms').prismOutput(), { timeout: 5_000 }).toMatch(/VIOLATIONS/);
    } finally {
      session.id = id;
    }
  });

  it('rejects a request that breaks the contract before it reaches the simulator', async () => {
    const before = sim.provider('100ms').context.world.sessions.length;
    const bad = await call(sim.baseUrl('100ms'), '/sessions?limit=5000');
    expect(bad.status).toBeGreaterThanOrEqual(400);
    expect(sim.provider('100ms').context.world.sessions.length).toBe(before);
  });
});

describe('faults', () => {
  it('enforces x-rtc-rate-limit: 429 with the provider headers and Retry-After', async () => {
    const sim = await start({ seed: 1, providers: ['zoom-videosdk'], faults: { rateLimit: true } });
    const now = Date.now();
    const path = `/videosdk/sessions?type=past&from=${day(now - 20 * 864e5)}&to=${day(now)}`;
    // listSessions is Resource-intensive: "about 20 requests per minute" in x-rtc-rate-limits.
    const statuses: number[] = [];
    let limited: Awaited<ReturnType<typeof call>> | undefined;
    for (let i = 0; i < 21; i++) {
      const r = await call(sim.baseUrl('zoom-videosdk'), path);
      statuses.push(r.status);
      if (r.status === 429) limited = r;
    }
    expect(statuses.slice(0, 20).every((s) => s === 200)).toBe(true);
    expect(statuses[20]).toBe(429);
    expect(Number(limited?.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(limited?.headers.get('x-ratelimit-category')).toBe('Resource-intensive');
    expect(limited?.headers.get('x-ratelimit-limit')).toBe('20');
    // Another label has its own budget.
    const live = sim.provider('zoom-videosdk').context.world.sessions[0] as Session;
    expect(
      (await call(sim.baseUrl('zoom-videosdk'), `/videosdk/sessions/${live.id}/livestream`)).status,
    ).toBe(200);
  });

  it('answers a documented 5xx at the 5xx rate, adds latency, and pads a huge body', async () => {
    const sim = await start({ seed: 1, providers: ['100ms'], faults: { errorRate: 1, latencyMs: 150 } });
    const t = performance.now();
    const r = await call(sim.baseUrl('100ms'), '/sessions');
    expect(performance.now() - t).toBeGreaterThanOrEqual(140);
    expect(r.status).toBe(500);
    expect(r.body).toMatchObject({ code: 500 });
    // Prism parses an upstream JSON body and writes it again: the whitespace padding of the
    // huge-body fault reaches a caller of the simulator itself, not one behind Prism; and Prism
    // reads the whole upstream body before answering, so a slow body is a slow first byte.
    const huge = await start({
      seed: 1,
      providers: ['100ms'],
      faults: { hugeBodyBytes: 3_000_000, slowBodyMs: 300 },
    });
    const direct = await fetch(`${huge.provider('100ms').directUrl}/sessions`);
    const text = await direct.text();
    expect(text.length).toBeGreaterThanOrEqual(3_000_000);
    expect(JSON.parse(text).data.length).toBe(10);
    const t2 = performance.now();
    const proxied = await call(huge.baseUrl('100ms'), '/sessions');
    expect(performance.now() - t2).toBeGreaterThanOrEqual(250);
    expect(proxied.status).toBe(200);
    expect(proxied.body.data).toEqual(JSON.parse(text).data);
  });

  it('expires cursors and repeats them when asked', async () => {
    const sim = await start({
      seed: 1,
      providers: ['zoom-videosdk', '100ms'],
      faults: { expiredCursorRate: 1, repeatedCursorRate: 1 },
    });
    const now = Date.now();
    const path = `/videosdk/sessions?type=past&from=${day(now - 20 * 864e5)}&to=${day(now)}&page_size=2`;
    const first = await call(sim.baseUrl('zoom-videosdk'), path);
    expect(first.body.next_page_token).not.toBe('');
    const second = await call(
      sim.baseUrl('zoom-videosdk'),
      `${path}&next_page_token=${first.body.next_page_token}`,
    );
    expect(second.status).toBe(400);
    const page1 = await call(sim.baseUrl('100ms'), '/sessions?limit=10');
    const page2 = await call(sim.baseUrl('100ms'), `/sessions?limit=10&start=${page1.body.last}`);
    expect(page2.body.last).toBe(page1.body.last);
  });

  it('parses --faults and refuses a misspelt or out-of-range one', () => {
    expect(parseFaults('rate-limit,latency=20,5xx=0.5')).toEqual({
      rateLimit: true,
      latencyMs: 20,
      errorRate: 0.5,
    });
    expect(() => parseFaults('latncy=20')).toThrow(ConfigurationError);
    expect(() => parseFaults('5xx=2')).toThrow(/5xx/);
    expect(() => parseFaults('latency=NaN')).toThrow(/latency/);
  });
});
