import { json, startServer, type TestServer } from '@rtc-sessions/test-helpers/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type RequestLogEntry, rateLimitOf, readRateLimit, stderrLogger } from '../src/internal.js';
import { TEST_TOKEN, testClient } from './helpers/client.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const page = { pageInfo: { lastPage: 1 }, data: [{ id: 'a' }] };
// Zoom's names (spec/zoom-videosdk: info.x-rtc-provider.rateLimitHeaders)
const zoomNames = {
  limit: 'x-ratelimit-limit',
  remaining: 'x-ratelimit-remaining',
  category: 'x-ratelimit-category',
  type: 'x-ratelimit-type',
};

describe('logger', () => {
  it('gets one entry per attempt: method, path (no query), status, attempt, duration, what follows', async () => {
    server = await startServer((_req, res, _seen, index) =>
      index === 0 ? json(res, 503, { message: 'busy' }) : json(res, 200, page),
    );
    const entries: RequestLogEntry[] = [];
    await testClient(server.url, { logger: (e) => entries.push(e) }).GET('/items', {
      params: { query: { page: 1 } },
    });
    expect(entries).toMatchObject([
      { provider: 'test-api', method: 'GET', path: '/items', attempt: 1, status: 503, outcome: 'retry' },
      { provider: 'test-api', method: 'GET', path: '/items', attempt: 2, status: 200, outcome: 'ok' },
    ]);
    for (const e of entries) expect(e.durationMs).toBeGreaterThanOrEqual(0);
  });

  it('stderrLogger writes one line per entry', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    stderrLogger({
      provider: 'p',
      method: 'GET',
      path: '/x',
      attempt: 2,
      status: 429,
      durationMs: 12.4,
      outcome: 'retry',
    });
    expect(error).toHaveBeenCalledWith('rtc-sessions p GET /x 429 attempt 2 12 ms retry');
    error.mockRestore();
  });
});

describe('rate-limit figures', () => {
  it('a successful call returns them from the headers the spec names', async () => {
    server = await startServer((_req, res) =>
      json(res, 200, page, {
        'x-ratelimit-limit': '60000',
        'x-ratelimit-remaining': '59998',
        'x-ratelimit-category': 'Heavy',
        'x-ratelimit-type': 'Daily-limit',
      }),
    );
    const client = testClient(server.url, {}, { rateLimitHeaders: zoomNames });
    const { response } = await client.GET('/items');
    expect(rateLimitOf(response)).toEqual({
      limit: 60000,
      remaining: 59998,
      category: 'Heavy',
      type: 'Daily-limit',
    });
  });

  it('are undefined when the provider names none, or sends none', async () => {
    server = await startServer((_req, res) => json(res, 200, page));
    expect(rateLimitOf((await testClient(server.url).GET('/items')).response)).toBeUndefined();
    const named = testClient(server.url, {}, { rateLimitHeaders: zoomNames });
    expect(rateLimitOf((await named.GET('/items')).response)).toBeUndefined();
  });

  it.each([
    [{ 'x-ratelimit-remaining': 'many' }, undefined],
    [{ 'x-ratelimit-remaining': '-1', 'x-ratelimit-limit': '10' }, { limit: 10 }],
    [{ 'x-reset': '30' }, { resetAt: new Date(1_000_030_000) }],
    [{ 'x-reset': '2026-01-02T00:00:00Z' }, { resetAt: new Date('2026-01-02T00:00:00Z') }],
    [{ 'x-reset': '-1' }, undefined],
  ])('%o reads as %o (nothing guessed)', (headers, want) => {
    const names = { ...zoomNames, reset: 'x-reset' };
    expect(readRateLimit(names, new Headers(headers), 1_000_000_000)).toEqual(want);
  });
});

describe('token sources', () => {
  it('may sign asynchronously (Web Crypto) or hand back a cached token synchronously', async () => {
    server = await startServer((_req, res) => json(res, 200, page));
    let signings = 0;
    const asyncSource = {
      canRefresh: true,
      getToken: async () => {
        signings++;
        return TEST_TOKEN;
      },
    };
    const syncSource = { canRefresh: false, getToken: () => TEST_TOKEN };
    await testClient(server.url, { tokenSource: asyncSource }).GET('/items');
    await testClient(server.url, { tokenSource: syncSource }).GET('/items');
    expect(signings).toBe(1);
    expect(server.requests.map((r) => r.headers.authorization)).toEqual([
      `Bearer ${TEST_TOKEN}`,
      `Bearer ${TEST_TOKEN}`,
    ]);
  });
});
