import { json, startServer, type TestServer } from '@rtc-sessions/test-helpers/server';
import { afterEach, describe, expect, expectTypeOf, it } from 'vitest';
import { ApiError, PageTokenExpiredError, PaginationError } from '../src/index.js';
import { cursorGuard } from '../src/pagination.js';
import { testClient } from './helpers/client.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const query = (url: string) => Object.fromEntries(new URL(url, 'http://x').searchParams);

/** page-number: 3 pages of 2 items (VideoSDK). */
async function pageNumberServer(lastPage = 3) {
  return startServer((req, res) => {
    const page = Number(query(req.url ?? '').page ?? 1);
    json(res, 200, {
      pageInfo: { currentPage: page, lastPage },
      data: [{ id: `${page}a` }, { id: `${page}b` }],
    });
  });
}

/** cursor: Zoom-like, 3 pages, the token is the next page number. */
async function zoomLikeServer() {
  return startServer((req, res) => {
    const page = Number(query(req.url ?? '').next_page_token ?? 1);
    json(res, 200, { next_page_token: page < 3 ? String(page + 1) : '', sessions: [{ name: `s${page}` }] });
  });
}

describe('page-number (VideoSDK)', () => {
  it('walks every page until lastPage', async () => {
    server = await pageNumberServer();
    const items = [];
    for await (const item of testClient(server.url).paginate('/items')) items.push(item.id);
    expect(items).toEqual(['1a', '1b', '2a', '2b', '3a', '3b']);
    expect(server.requests.map((r) => r.url)).toEqual(['/items', '/items?page=2', '/items?page=3']);
  });

  it('starts at the page given and keeps the other parameters', async () => {
    server = await pageNumberServer();
    const pages = [];
    for await (const page of testClient(server.url).pages('/items', {
      params: { query: { page: 2, perPage: 2 } },
    })) {
      pages.push(page.pageInfo.lastPage);
    }
    expect(pages).toHaveLength(2);
    expect(server.requests.map((r) => r.url)).toEqual(['/items?page=2&perPage=2', '/items?page=3&perPage=2']);
  });

  it('limit stops mid-page and fetches no page past it', async () => {
    server = await pageNumberServer(100);
    const items = [];
    for await (const item of testClient(server.url).paginate('/items', {}, { limit: 3 })) items.push(item.id);
    expect(items).toEqual(['1a', '1b', '2a']);
    expect(server.requests).toHaveLength(2);
  });

  it('maxPages bounds the walk', async () => {
    server = await pageNumberServer(100);
    let count = 0;
    for await (const _ of testClient(server.url).pages('/items', undefined, { maxPages: 4 })) count++;
    expect(count).toBe(4);
    expect(server.requests).toHaveLength(4);
  });

  it('an empty page ends the walk', async () => {
    server = await startServer((_req, res) => json(res, 200, { pageInfo: { lastPage: 9 }, data: [] }));
    const items = [];
    for await (const item of testClient(server.url).paginate('/items')) items.push(item);
    expect(items).toEqual([]);
    expect(server.requests).toHaveLength(1);
  });

  it('fetches one page ahead, and no more, while the caller holds a page', async () => {
    server = await pageNumberServer(100);
    const urls: string[] = [];
    let page2Handed: () => void = () => {};
    const page2Delivered = new Promise<void>((resolve) => {
      page2Handed = resolve;
    });
    const client = testClient(server.url, {
      fetch: async (request) => {
        urls.push(request.url);
        const response = await fetch(request);
        if (urls.length !== 2) return response;
        // Page 2 is handed over already read: from here on the client runs only microtasks.
        const text = await response.text();
        setImmediate(page2Handed);
        return new Response(text, { status: response.status, headers: response.headers });
      },
    });
    const iterator = client.pages('/items');
    await iterator.next();
    // Page 2 is requested while the caller works on page 1…
    await page2Delivered; // fires after every microtask that follows page 2's arrival has run
    // …and nothing further until the caller asks for it.
    expect(urls).toHaveLength(2);
    await iterator.next();
    expect(urls).toHaveLength(3);
    await iterator.return?.();
  });

  it('an error of a page fetched ahead surfaces when that page is reached', async () => {
    server = await startServer((req, res) => {
      const page = Number(query(req.url ?? '').page ?? 1);
      if (page === 2) json(res, 404, { message: 'gone' });
      else json(res, 200, { pageInfo: { lastPage: 3 }, data: [{ id: 'a' }] });
    });
    const seen: unknown[] = [];
    const walk = async () => {
      for await (const item of testClient(server?.url ?? '').paginate('/items')) seen.push(item);
    };
    await expect(walk()).rejects.toBeInstanceOf(ApiError);
    expect(seen).toHaveLength(1);
  });

  it('a signal aborts the walk, including the page in flight', async () => {
    const controller = new AbortController();
    server = await startServer((req, res) => {
      const page = Number(query(req.url ?? '').page ?? 1);
      if (page === 1) json(res, 200, { pageInfo: { lastPage: 5 }, data: [{ id: 'a' }] });
      // page 2 never answers
    });
    const seen: unknown[] = [];
    const walk = async () => {
      for await (const item of testClient(server?.url ?? '').paginate(
        '/items',
        {},
        { signal: controller.signal },
      )) {
        seen.push(item);
        controller.abort(new Error('stop'));
      }
    };
    await expect(walk()).rejects.toThrow('stop');
    expect(seen).toHaveLength(1);
  });

  it('an already aborted signal fetches nothing', async () => {
    server = await pageNumberServer();
    const walk = testClient(server.url).paginate('/items', {}, { signal: AbortSignal.abort() });
    await expect(walk.next()).rejects.toThrow();
    expect(server.requests).toHaveLength(0);
  });
});

describe('cursor (Zoom)', () => {
  it('follows next_page_token until it is empty', async () => {
    server = await zoomLikeServer();
    const names = [];
    for await (const s of testClient(server.url).paginate('/cursor', {
      params: { query: { from: '2024-01-01' } },
    })) {
      names.push(s.name);
    }
    expect(names).toEqual(['s1', 's2', 's3']);
    expect(server.requests.map((r) => r.url)).toEqual([
      '/cursor?from=2024-01-01',
      '/cursor?from=2024-01-01&next_page_token=2',
      '/cursor?from=2024-01-01&next_page_token=3',
    ]);
  });

  it('throws PageTokenExpiredError instead of sending a token older than its lifetime', async () => {
    server = await zoomLikeServer();
    let clock = 0;
    const client = testClient(server.url, { now: () => clock });
    const iterator = client.pages('/cursor', { params: { query: { from: '2024-01-01' } } });
    expect((await iterator.next()).value?.sessions).toEqual([{ name: 's1' }]);
    // Page 2 was requested ahead, at clock 0, before page 1 was handed over: its cursor dates from then.
    clock += 16 * 60 * 1000; // the caller holds page 1 for 16 minutes; page 2's token is now stale
    expect((await iterator.next()).value?.sessions).toEqual([{ name: 's2' }]);
    const error = await iterator.next().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PageTokenExpiredError);
    expect((error as Error).message).toMatch(/issued 960 s ago and expires after 900 s/);
    expect(server.requests).toHaveLength(2);
  });

  it('a slow consumer within the lifetime is fine', async () => {
    server = await zoomLikeServer();
    let clock = 0;
    const client = testClient(server.url, { now: () => clock });
    const names = [];
    for await (const s of client.paginate('/cursor', { params: { query: { from: '2024-01-01' } } })) {
      names.push(s.name);
      clock += 14 * 60 * 1000;
    }
    expect(names).toEqual(['s1', 's2', 's3']);
  });
});

describe('cursor (100ms)', () => {
  it('stops on a short page, on an empty `last`, and reads `data: null` as empty', async () => {
    const full = Array.from({ length: 10 }, (_, i) => ({ id: `p1-${i}` }));
    server = await startServer((req, res) => {
      const start = query(req.url ?? '').start;
      if (!start) json(res, 200, { limit: 10, data: full, last: 'p1-9' });
      else json(res, 200, { limit: 10, data: [{ id: 'p2-0' }], last: 'p2-0' });
    });
    const ids = [];
    for await (const s of testClient(server.url).paginate('/last')) ids.push(s.id);
    expect(ids).toHaveLength(11);
    expect(server.requests.map((r) => r.url)).toEqual(['/last', '/last?start=p1-9']);
  });

  it('uses the limit asked for as the page size', async () => {
    server = await startServer((req, res) => {
      const start = query(req.url ?? '').start;
      const data = Array.from({ length: start ? 3 : 20 }, (_, i) => ({ id: `${start ?? 'p1'}-${i}` }));
      json(res, 200, { limit: 20, data, last: data.at(-1)?.id });
    });
    let count = 0;
    for await (const _ of testClient(server.url).paginate('/last', { params: { query: { limit: 20 } } }))
      count++;
    expect(count).toBe(23);
    expect(server.requests).toHaveLength(2);
  });

  it('a limit above the spec maximum is compared as the maximum the server caps it to', async () => {
    // The server serves at most `maximum` (100) items a page whatever `limit` asks for.
    server = await startServer((req, res) => {
      const start = query(req.url ?? '').start;
      const data = Array.from({ length: start ? 3 : 100 }, (_, i) => ({ id: `${start ?? 'p1'}-${i}` }));
      json(res, 200, { limit: 100, data, last: data.at(-1)?.id });
    });
    let count = 0;
    for await (const _ of testClient(server.url).paginate('/last', { params: { query: { limit: 500 } } }))
      count++;
    expect(count).toBe(103);
    expect(server.requests).toHaveLength(2);
  });

  it('data: null is an empty list', async () => {
    server = await startServer((_req, res) => json(res, 200, { limit: 10, data: null, last: '' }));
    const items = [];
    for await (const item of testClient(server.url).paginate('/last')) items.push(item);
    expect(items).toEqual([]);
  });

  it('a full page then data: null ends cleanly', async () => {
    server = await startServer((req, res) => {
      const start = query(req.url ?? '').start;
      if (!start)
        json(res, 200, {
          limit: 10,
          data: Array.from({ length: 10 }, (_, i) => ({ id: `${i}` })),
          last: '9',
        });
      else json(res, 200, { limit: 10, data: null });
    });
    let count = 0;
    for await (const _ of testClient(server.url).paginate('/last')) count++;
    expect(count).toBe(10);
    expect(server.requests).toHaveLength(2);
  });
});

describe('types', () => {
  it('derive items from the pagination pointer and accept only list paths', () => {
    const client = testClient('http://127.0.0.1:1');
    expectTypeOf(client.paginate('/items')).toEqualTypeOf<AsyncIterableIterator<{ id: string }>>();
    expectTypeOf(client.paginate('/cursor', { params: { query: { from: 'x' } } })).toEqualTypeOf<
      AsyncIterableIterator<{ name: string }>
    >();
    expectTypeOf(client.paginate('/last')).toEqualTypeOf<AsyncIterableIterator<{ id: string }>>();
    // @ts-expect-error: not a list path
    void client.paginate('/nope');
    // @ts-expect-error: `from` is required by /cursor
    void client.paginate('/cursor', { params: { query: {} } });
    // @ts-expect-error: /cursor needs its init
    void client.paginate('/cursor');
  });
});

describe('cursorGuard (for walks of other packages too)', () => {
  it('returns each new cursor and refuses one followed before (A→B→A), naming the field, not the cursor', () => {
    const follow = cursorGuard('/videosdk/sessions', '/next_page_token');
    const [a, b] = ['cursor-A-0123456789abcdef', 'cursor-B-0123456789abcdef'];
    expect(follow(a)).toBe(a);
    expect(follow(b)).toBe(b);
    let error: unknown;
    try {
      follow(a);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PaginationError);
    expect(error).toMatchObject({ path: '/videosdk/sessions', reason: 'repeated-cursor', pages: 3 });
    expect(String((error as Error).message)).toContain('/next_page_token');
    expect(String((error as Error).message)).not.toContain(a);
    // a walk that starts over starts a new guard
    expect(cursorGuard('/videosdk/sessions', '/next_page_token')(a)).toBe(a);
  });
});
