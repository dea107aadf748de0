import { ApiError, ConfigurationError, ConnectionError } from '@rtc-sessions/videosdk';
import { afterEach, describe, expect, it } from 'vitest';
import { connect, RequestLimiter, type Session } from '../src/index.js';
import { orderedConcat, orderedMap } from '../src/ordered.js';
import { type LoopbackServer, startServer } from './support/server.js';
import { videoSdkSessions } from './support/synthetic.js';

let server: LoopbackServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const rateLimited = (retryAfterMs?: number) =>
  new ApiError({ status: 429, provider: 'videosdk', method: 'GET', path: '/x', body: '', retryAfterMs });

describe('RequestLimiter', () => {
  it('never runs more than `concurrency` tasks at once', async () => {
    const limiter = new RequestLimiter({ concurrency: 3 });
    let running = 0;
    let peak = 0;
    await Promise.all(
      Array.from({ length: 20 }, () =>
        limiter.run(async () => {
          running++;
          peak = Math.max(peak, running);
          await new Promise((resolve) => setTimeout(resolve, 5));
          running--;
        }),
      ),
    );
    expect(peak).toBe(3);
  });

  it('throws a non-retryable error at once, the last 502 after maxAttempts, the last 429 after maxRateLimitedRetries', async () => {
    const limiter = new RequestLimiter({ maxAttempts: 2, maxRateLimitedRetries: 2 });
    let calls = 0;
    const notFound = new ApiError({ status: 404, provider: 'videosdk', method: 'GET', path: '/x', body: '' });
    await expect(
      limiter.run(async () => {
        calls++;
        throw notFound;
      }),
    ).rejects.toBe(notFound);
    expect(calls).toBe(1);
    calls = 0;
    await expect(
      limiter.run(async () => {
        calls++;
        throw rateLimited(0);
      }),
    ).rejects.toMatchObject({ status: 429 });
    expect(calls).toBe(3);
    calls = 0;
    const badGateway = new ApiError({
      status: 502,
      provider: 'videosdk',
      method: 'GET',
      path: '/x',
      body: '',
      retryAfterMs: 0,
    });
    await expect(
      limiter.run(async () => {
        calls++;
        throw badGateway;
      }),
    ).rejects.toBe(badGateway);
    expect(calls).toBe(2);
  });

  it('classifies by class, not by name: a DOMException TimeoutError is not retried, a ConnectionError is', async () => {
    const limiter = new RequestLimiter({ maxAttempts: 2 });
    let calls = 0;
    const domTimeout = new DOMException('signal timed out', 'TimeoutError');
    await expect(
      limiter.run(async () => {
        calls++;
        throw domTimeout;
      }),
    ).rejects.toBe(domTimeout);
    expect(calls).toBe(1);
    calls = 0;
    await expect(
      limiter.run(async () => {
        calls++;
        if (calls === 1) throw new ConnectionError('GET', '/x', 'ECONNRESET');
        return 'ok';
      }),
    ).resolves.toBe('ok');
    expect(calls).toBe(2);
  });

  it('rejects a concurrency out of 1..64, or NaN, with a ConfigurationError naming it', () => {
    for (const concurrency of [0, 65, 1_000_000, Number.NaN, 1.5]) {
      expect(() => new RequestLimiter({ concurrency })).toThrow(ConfigurationError);
      expect(() => new RequestLimiter({ concurrency })).toThrow(/concurrency/);
    }
    expect(() => new RequestLimiter({ rates: { Heavy: Number.POSITIVE_INFINITY } })).toThrow(/rates\.Heavy/);
  });

  it('gives up at once when Retry-After asks for longer than maxDelayMs (a daily limit)', async () => {
    const limiter = new RequestLimiter({ maxDelayMs: 1000 });
    let calls = 0;
    await expect(
      limiter.run(async () => {
        calls++;
        throw rateLimited(3_600_000);
      }),
    ).rejects.toMatchObject({ status: 429 });
    expect(calls).toBe(1);
  });

  it('a 429 pauses every request for its Retry-After, not only its own (through the client)', async () => {
    let limited = false;
    server = await startServer(
      videoSdkSessions({
        total: 16 * 10,
        perPage: 10,
        delayMs: 10,
        interrupt: (page) => {
          if (page !== 3 || limited) return undefined;
          limited = true;
          return { status: 429, headers: { 'retry-after': '0.3' }, body: { message: 'rate limit' } };
        },
      }),
    );
    // Timed on the client: when the limiter took the 429, and when each request left.
    let pausedAt = 0;
    const sent: number[] = [];
    const limiter = new RequestLimiter({
      concurrency: 4,
      onRetry: (info) => {
        if (info.shared) pausedAt = Date.now();
      },
    });
    const sessions = await connect('videosdk', {
      baseUrl: server.url,
      env: { VIDEOSDK_TOKEN: 'test-token' },
      limiter,
      fetch: (request) => {
        sent.push(Date.now());
        return fetch(request);
      },
    });
    const list: Session[] = [];
    for await (const s of sessions.listSessions()) list.push(s);
    expect(list.map((s) => s.id)).toEqual(
      Array.from({ length: 160 }, (_, n) => `session-${String(n).padStart(6, '0')}`),
    );
    expect(pausedAt).toBeGreaterThan(0);
    // Every request sent after the pause began waited its 300 ms (less timer slack), whichever page.
    const after = sent.filter((at) => at > pausedAt + 5);
    expect(after.length).toBeGreaterThan(0);
    for (const at of after) expect(at - pausedAt).toBeGreaterThanOrEqual(290);
    const requests = server.requests;
    expect(sessions.limiter.stats.rateLimited).toBe(1);
    expect(requests.filter((r) => r.query.page === '3')).toHaveLength(2);
  });
});

describe('ordered concurrency', () => {
  it('orderedMap keeps input order, with at most `concurrency` calls running', async () => {
    let running = 0;
    let peak = 0;
    const out: number[] = [];
    for await (const n of orderedMap(
      [5, 1, 4, 2, 3],
      async (n) => {
        running++;
        peak = Math.max(peak, running);
        await new Promise((resolve) => setTimeout(resolve, n * 5));
        running--;
        return n;
      },
      2,
    )) {
      out.push(n);
    }
    expect(out).toEqual([5, 1, 4, 2, 3]);
    expect(peak).toBe(2);
  });

  it('orderedConcat: sources in order; one ahead holds at most `buffer` items until its turn', async () => {
    let producedBySecond = 0;
    const slowFirst = async function* () {
      for (let i = 0; i < 3; i++) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        yield `a${i}`;
      }
    };
    const fastSecond = async function* () {
      for (let i = 0; i < 10; i++) {
        producedBySecond++;
        yield `b${i}`;
      }
    };
    const out: string[] = [];
    let heldWhileFirstRan = 0;
    for await (const item of orderedConcat([slowFirst, fastSecond], 2, 2)) {
      if (item.startsWith('a')) heldWhileFirstRan = Math.max(heldWhileFirstRan, producedBySecond);
      out.push(item);
    }
    expect(out).toEqual(['a0', 'a1', 'a2', ...Array.from({ length: 10 }, (_, i) => `b${i}`)]);
    // Two queued plus the one waiting to be pushed: bounded, not all ten.
    expect(heldWhileFirstRan).toBeLessThanOrEqual(3);
  });
});
