// A hostile or broken server, on loopback: huge bodies, endless streams, walks that never end, and
// the token echoed back everywhere it can be. Each must end with a typed error, in bounded memory,
// and show nothing of the token.
import type { ServerResponse } from 'node:http';
import { inspect } from 'node:util';
import { json, startServer, type TestServer } from '@rtc-sessions/test-helpers/server';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ApiError,
  ConfigurationError,
  clientDefaults,
  PaginationError,
  ResponseTooLargeError,
  RtcSessionsError,
} from '../src/index.js';
import { TEST_TOKEN, testClient } from './helpers/client.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const MiB = 1024 * 1024;
const caught = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: unknown) => e,
  );

/** Streams `total` bytes (Infinity: never stops) of a JSON-looking body, honouring back-pressure. */
function stream(res: ServerResponse, status: number, total: number, declareLength: boolean) {
  res.writeHead(status, {
    'content-type': 'application/json',
    ...(declareLength && { 'content-length': String(total) }),
  });
  const chunk = Buffer.alloc(64 * 1024, 'a');
  let sent = 0;
  const pump = () => {
    while (sent < total) {
      sent += chunk.length;
      if (!res.write(chunk)) return void res.once('drain', pump);
    }
    res.end();
  };
  res.on('close', () => {
    sent = Infinity; // the client hung up: stop
  });
  pump();
}

/** The largest RSS growth seen while `run` runs (sampled every 10 ms), in bytes. */
async function peakRssGrowth(run: () => Promise<unknown>): Promise<number> {
  globalThis.gc?.();
  const before = process.memoryUsage().rss;
  let peak = before;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 10);
  try {
    await run();
  } finally {
    clearInterval(timer);
  }
  return Math.max(peak, process.memoryUsage().rss) - before;
}

describe('huge responses stop at maxResponseBytes', () => {
  it.each([
    ['a 200 MB 2xx with Content-Length', 200, 200 * MiB, true],
    ['a 200 MB 2xx, chunked', 200, 200 * MiB, false],
    ['a 200 MB error (500), chunked', 500, 200 * MiB, false],
    ['a 200 MB error (503, retryable) with Content-Length', 503, 200 * MiB, true],
    ['an endless chunked 2xx', 200, Infinity, false],
    ['an endless chunked error', 502, Infinity, false],
  ])('%s: ResponseTooLargeError, RSS grows < 64 MB', async (_name, status, total, declareLength) => {
    server = await startServer((_req, res) => stream(res, status, total, declareLength));
    const client = testClient(server.url, { timeoutMs: 20_000 });
    let error: unknown;
    const growth = await peakRssGrowth(async () => {
      error = await caught(client.GET('/items'));
    });
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect(error).toBeInstanceOf(RtcSessionsError);
    expect(error).toMatchObject({ status, maxResponseBytes: clientDefaults.maxResponseBytes });
    expect(server.requests).toHaveLength(1); // never retried
    expect(growth).toBeLessThan(64 * MiB);
  });

  it('a smaller maxResponseBytes applies, and a body just within it is read', async () => {
    server = await startServer((req, res) =>
      json(res, 200, { pageInfo: { lastPage: 1 }, data: req.url?.includes('big') ? 'x'.repeat(2000) : [] }),
    );
    const client = testClient(server.url, { maxResponseBytes: 1000 });
    await expect(client.GET('/items')).resolves.toMatchObject({ data: { data: [] } });
    const error = await caught(
      client.GET('/items', { params: { query: { page: 'big' as unknown as number } } }),
    );
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect((error as Error).message).toBe(
      'GET /items → 200: the response body is over maxResponseBytes (1000 bytes)',
    );
  });

  it('ApiError.body keeps only the start of a long error body', async () => {
    const message = 'm'.repeat(100_000);
    server = await startServer((_req, res) => json(res, 400, { code: 7, message }));
    const error = (await caught(testClient(server.url).GET('/items'))) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.providerMessage).toBe(message); // read from the whole body
    expect(error.body.length).toBeLessThan(5000);
    expect(error.body).toMatch(/… \[\d+ more characters\]$/);
  });
});

describe('walks that never end', () => {
  it('Zoom: a next_page_token handed back again is a PaginationError naming the operation, not the cursor', async () => {
    const cursor = 'c'.repeat(40);
    server = await startServer((_req, res) =>
      json(res, 200, { next_page_token: cursor, sessions: [{ name: 'a' }] }),
    );
    const walk = testClient(server.url).paginate('/cursor', { params: { query: { from: '2026-01-01' } } });
    const error = await caught(
      (async () => {
        for await (const _ of walk);
      })(),
    );
    expect(error).toBeInstanceOf(PaginationError);
    expect(error).toMatchObject({ reason: 'repeated-cursor', path: '/cursor', pages: 2 });
    expect((error as Error).message).toMatch(
      /^GET \/cursor: the server handed back a cursor of 40 characters/,
    );
    expect((error as Error).message).not.toContain(cursor);
    expect(server.requests).toHaveLength(2);
  });

  it('100ms: a cursor cycle (`last` a, b, a) is caught too', async () => {
    const full = Array.from({ length: 10 }, (_, i) => ({ id: String(i) }));
    server = await startServer((_req, res, _seen, index) =>
      json(res, 200, { limit: 10, data: full, last: index % 2 === 0 ? 'first-cursor' : 'second-cursor' }),
    );
    const error = await caught(
      (async () => {
        for await (const _ of testClient(server.url).pages('/last'));
      })(),
    );
    expect(error).toMatchObject({ name: 'PaginationError', reason: 'repeated-cursor', pages: 3 });
  });

  it('VideoSDK: lastPage 1,000,000,000, then empty pages, is a PaginationError', async () => {
    server = await startServer((req, res) =>
      json(res, 200, {
        pageInfo: { lastPage: 1_000_000_000 },
        data: req.url?.includes('page=1') || !req.url?.includes('page') ? [{ id: 'a' }] : [],
      }),
    );
    const error = await caught(
      (async () => {
        for await (const _ of testClient(server.url).paginate('/items'));
      })(),
    );
    expect(error).toMatchObject({ name: 'PaginationError', reason: 'empty-page-before-last', pages: 2 });
    expect((error as Error).message).toMatch(/page 2 is empty, yet the server claims 1000000000 pages/);
  });

  it('maxPages and maxItems bound a walk a server would never end', async () => {
    server = await startServer((_req, res) =>
      json(res, 200, { pageInfo: { lastPage: 1_000_000_000 }, data: [{ id: 'a' }, { id: 'b' }] }),
    );
    let pages = 0;
    for await (const _ of testClient(server.url).pages('/items', undefined, { maxPages: 5 })) pages++;
    expect(pages).toBe(5);
    const items = [];
    for await (const item of testClient(server.url).paginate('/items', undefined, { maxItems: 7 }))
      items.push(item);
    expect(items).toHaveLength(7);
  });

  it.each([
    ['maxPages', -1],
    ['maxPages', Number.NaN],
    ['maxItems', 1.5],
    ['maxItems', -3],
    ['limit', Number.NaN],
  ])('%s: %s is a ConfigurationError naming it', async (name, value) => {
    const walk = testClient('http://127.0.0.1:9').paginate('/items', undefined, { [name]: value });
    const error = await caught(walk.next());
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toContain(`\`${name}\``);
  });
});

describe('the token echoed back never shows in an error', () => {
  const headersWithToken = {
    'x-request-id': `req-${TEST_TOKEN}`,
    'x-zm-trackingid': TEST_TOKEN,
    'www-authenticate': `Bearer ${TEST_TOKEN}`,
    'retry-after': TEST_TOKEN,
    'set-cookie': `session=${TEST_TOKEN}`,
    location: `https://example.test/?t=${TEST_TOKEN}`,
  };
  const bodyWithToken = JSON.stringify({
    code: TEST_TOKEN,
    message: `invalid token ${TEST_TOKEN}`,
    details: [TEST_TOKEN, { token: TEST_TOKEN, [TEST_TOKEN]: TEST_TOKEN }],
  });

  /** Every way an error is shown or passed on. */
  function surfaces(error: unknown): string[] {
    const e = error as Error & { requestId?: string; cause?: unknown };
    return [
      e.message,
      String(e.stack),
      inspect(e, { depth: 10, showHidden: true }),
      JSON.stringify(e),
      String(e.requestId),
      inspect(e.cause, { depth: 10 }),
    ];
  }

  it.each([
    ['a 401 with the token in its body and headers', 401, bodyWithToken],
    ['a 429 (retried) with the token everywhere', 429, bodyWithToken],
    ['a 2xx that is not JSON, quoting the token', 200, `<html>${TEST_TOKEN}</html>`],
    ['an error body that is not JSON, quoting the token', 500, `oops ${TEST_TOKEN}`],
  ])('%s', async (_name, status, body) => {
    server = await startServer((_req, res) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headersWithToken });
      res.end(body);
    });
    const error = await caught(testClient(server.url).GET('/items'));
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).requestId).toBe('req-[REDACTED]');
    for (const shown of surfaces(error)) expect(shown).not.toContain(TEST_TOKEN);
  });

  it('nor in a log entry', async () => {
    server = await startServer((_req, res) => {
      res.writeHead(503, headersWithToken);
      res.end(bodyWithToken);
    });
    const entries: unknown[] = [];
    await caught(
      testClient(server.url, { logger: (entry) => entries.push(entry) }).GET('/items', {
        params: { query: { page: 2 } },
      }),
    );
    expect(entries).toHaveLength(3);
    expect(JSON.stringify(entries)).not.toContain(TEST_TOKEN);
    expect(JSON.stringify(entries)).not.toContain('page=2');
  });
});
