import type { ServerResponse } from 'node:http';
import { json, startServer, type TestServer } from '@rtc-sessions/test-helpers/server';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ApiError,
  ConfigurationError,
  ConnectionError,
  RtcSessionsError,
  TimeoutError,
} from '../src/index.js';
import { testClient } from './helpers/client.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const ok = (res: ServerResponse) => json(res, 200, { pageInfo: { lastPage: 1 }, data: [{ id: 'a' }] });
const busy = (res: ServerResponse) => json(res, 503, { message: 'busy' });
const stall = () => {};
const caught = (call: Promise<unknown>) =>
  call.then(
    () => undefined,
    (e: unknown) => e,
  );

describe('per-call timeoutMs', () => {
  it("overrides the client's for this call only", async () => {
    // Told apart by the query, not by arrival order: on a busy machine the 50 ms may run out before
    // the first request even reaches the server.
    server = await startServer((_req, res, seen) => (seen.url.includes('page=1') ? stall() : ok(res)));
    const client = testClient(server.url, { timeoutMs: 10_000, retry: false });
    const error = (await caught(
      client.GET('/items', { params: { query: { page: 1 } }, timeoutMs: 50 }),
    )) as TimeoutError;
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error.timeoutMs).toBe(50);
    // The next call has the client's timeout again (and the server answers it).
    await expect(client.GET('/items')).resolves.toMatchObject({ data: { data: [{ id: 'a' }] } });
  });
});

describe('per-call retry', () => {
  it('false sends once where the client retries', async () => {
    server = await startServer((_req, res) => busy(res));
    const client = testClient(server.url); // maxAttempts 3
    await expect(client.GET('/items', { retry: false })).rejects.toMatchObject({ status: 503 });
    expect(server.requests).toHaveLength(1);
  });

  it("fields given override the client's, the rest are kept", async () => {
    server = await startServer((_req, res) => busy(res));
    const client = testClient(server.url); // initialDelayMs 1, maxDelayMs 5
    await expect(client.GET('/items', { retry: { maxAttempts: 5 } })).rejects.toBeInstanceOf(ApiError);
    expect(server.requests).toHaveLength(5);
  });

  it('turns retries on for one call of a client that has them off', async () => {
    server = await startServer((_req, res, _seen, index) => (index < 2 ? busy(res) : ok(res)));
    const client = testClient(server.url, { retry: false });
    const { data } = await client.GET('/items', {
      retry: { maxAttempts: 3, initialDelayMs: 1, maxDelayMs: 2 },
    });
    expect(data.data).toEqual([{ id: 'a' }]);
    expect(server.requests).toHaveLength(3);
  });

  it('never makes a POST that reached the server repeatable', async () => {
    server = await startServer((_req, res) => busy(res));
    const client = testClient(server.url);
    await expect(
      client.POST('/items', { body: { name: 'x' }, retry: { maxAttempts: 5 } }),
    ).rejects.toMatchObject({
      status: 503,
    });
    expect(server.requests).toHaveLength(1);
  });

  it('apply to every page of a walk', async () => {
    server = await startServer((_req, res) => busy(res));
    const client = testClient(server.url);
    const walk = client.paginate('/items', { retry: false });
    await expect(walk.next()).rejects.toMatchObject({ status: 503 });
    expect(server.requests).toHaveLength(1);
  });
});

describe('unknown per-call keys', () => {
  it.each([
    [{ timeoutMS: 50 }, /^GET \/items: unknown option `timeoutMS` — did you mean `timeoutMs`\?$/],
    [{ retries: 2 }, /unknown option `retries` — did you mean `retry`\?/],
    [
      { retry: { maxAttempt: 2 } },
      /^GET \/items `retry`: unknown option `maxAttempt` — did you mean `maxAttempts`\?$/,
    ],
    [{ signl: AbortSignal.timeout(1000) }, /did you mean `signal`\?/],
  ])('%o is a ConfigurationError, and nothing is sent', async (init, want) => {
    server = await startServer((_req, res) => ok(res));
    const client = testClient(server.url);
    // Plain-JS callers get past the types (which reject these keys: see the type test below).
    const error = await caught(client.GET('/items', init as object));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toMatch(want);
    expect(server.requests).toHaveLength(0);
  });

  it("RequestInit's own keys and Node's pass", async () => {
    server = await startServer((_req, res) => ok(res));
    const client = testClient(server.url);
    await client.GET('/items', {
      cache: 'no-store',
      keepalive: false,
      credentials: 'omit',
      priority: 'high',
    });
    expect(server.requests).toHaveLength(1);
  });

  it('types', async () => {
    const client = testClient('http://127.0.0.1:9');
    const never = () => false;
    if (never()) {
      // @ts-expect-error misspelt call option
      await client.GET('/items', { timeoutMS: 5 });
      // @ts-expect-error misspelt retry field
      await client.GET('/items', { retry: { maxAttempt: 2 } });
      // @ts-expect-error timeoutMs is a number
      await client.GET('/items', { timeoutMs: '5' });
      await client.GET('/items', { timeoutMs: 5, retry: false, signal: AbortSignal.timeout(5) });
      for await (const _ of client.paginate('/items', { timeoutMs: 5 }, { limit: 1 })) break;
    }
  });
});

describe("the caller's AbortSignal.timeout() is our TimeoutError", () => {
  it('while the request is in flight, not retried', async () => {
    server = await startServer(stall);
    const client = testClient(server.url, { timeoutMs: 10_000 });
    const error = (await caught(client.GET('/items', { signal: AbortSignal.timeout(200) }))) as TimeoutError;
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).toBeInstanceOf(RtcSessionsError);
    expect(error.timeoutMs).toBeUndefined();
    expect((error.cause as Error).name).toBe('TimeoutError');
    expect(error.message).toBe(
      "GET /items got no complete response before the caller's timeout signal fired",
    );
    // Not retried (on a busy machine the signal may even fire before the request arrives).
    expect(server.requests.length).toBeLessThanOrEqual(1);
  });

  it('during a back-off wait', async () => {
    server = await startServer((_req, res) => busy(res));
    const client = testClient(server.url, {
      retry: { initialDelayMs: 60_000, maxDelayMs: 60_000, maxElapsedMs: 120_000 },
      random: () => 1,
    });
    const error = await caught(client.GET('/items', { signal: AbortSignal.timeout(1000) }));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(server.requests).toHaveLength(1);
  });

  it('already fired before the call', async () => {
    server = await startServer((_req, res) => ok(res));
    const signal = AbortSignal.timeout(1);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await expect(testClient(server.url).GET('/items', { signal })).rejects.toBeInstanceOf(TimeoutError);
    expect(server.requests).toHaveLength(0);
  });

  it('ending a walk, given to paginate', async () => {
    server = await startServer(stall);
    const client = testClient(server.url, { timeoutMs: 10_000 });
    const walk = client.paginate('/items', {}, { signal: AbortSignal.timeout(50) });
    await expect(walk.next()).rejects.toBeInstanceOf(TimeoutError);
  });

  it('a plain abort stays an AbortError (not ours)', async () => {
    server = await startServer(stall);
    const controller = new AbortController();
    const call = testClient(server.url).GET('/items', { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    const error = await caught(call);
    expect((error as Error).name).toBe('AbortError');
    expect(error).not.toBeInstanceOf(RtcSessionsError);
  });
});
