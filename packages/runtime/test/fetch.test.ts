import type { ServerResponse } from 'node:http';
import { inspect } from 'node:util';
import { json, refusedUrl, startServer, type TestServer } from '@rtc-sessions/test-helpers/server';
import { afterEach, describe, expect, expectTypeOf, it } from 'vitest';
import { ApiError, ConnectionError, TimeoutError } from '../src/index.js';
import { TEST_TOKEN, testClient } from './helpers/client.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const ok = (res: ServerResponse) => json(res, 200, { pageInfo: { lastPage: 1 }, data: [{ id: 'a' }] });
const inAnHour = () => new Date(Date.now() + 3_600_000);
const aMinuteAgo = () => new Date(Date.now() - 60_000);

type Fault = (res: ServerResponse) => void;
const status =
  (code: number, headers: Record<string, string> = {}, body = '{"message":"busy"}'): Fault =>
  (res) => {
    res.writeHead(code, { 'content-type': 'application/json', ...headers });
    res.end(body);
  };
const reset: Fault = (res) => res.socket?.destroy();
const stall: Fault = () => {};

/** [name, { faults served before success (then 200s), want }] */
const cases: [
  string,
  { faults: Fault[]; always?: boolean; want: { attempts: number; error?: unknown; status?: number } },
][] = [
  [
    '429 + Retry-After: 0 (seconds) is retried',
    { faults: [status(429, { 'retry-after': '0' })], want: { attempts: 2 } },
  ],
  [
    '429 + Retry-After as a past HTTP date is retried',
    { faults: [status(429, { 'retry-after': aMinuteAgo().toUTCString() })], want: { attempts: 2 } },
  ],
  [
    '429 + Retry-After as a past ISO timestamp (Zoom) is retried',
    { faults: [status(429, { 'retry-after': aMinuteAgo().toISOString() })], want: { attempts: 2 } },
  ],
  ['429 without Retry-After is retried with back-off', { faults: [status(429)], want: { attempts: 2 } }],
  [
    '429 + Retry-After: 3600 (seconds) beyond maxElapsedMs gives up at once',
    { faults: [status(429, { 'retry-after': '3600' })], want: { attempts: 1, error: ApiError, status: 429 } },
  ],
  [
    '429 + Retry-After an hour ahead (HTTP date) gives up at once',
    {
      faults: [status(429, { 'retry-after': inAnHour().toUTCString() })],
      want: { attempts: 1, error: ApiError, status: 429 },
    },
  ],
  [
    '429 + Retry-After an hour ahead (ISO timestamp) gives up at once',
    {
      faults: [status(429, { 'retry-after': inAnHour().toISOString() })],
      want: { attempts: 1, error: ApiError, status: 429 },
    },
  ],
  ['500 is not retried', { faults: [status(500)], want: { attempts: 1, error: ApiError, status: 500 } }],
  ['502 then success', { faults: [status(502)], want: { attempts: 2 } }],
  ['503 twice then success', { faults: [status(503), status(503)], want: { attempts: 3 } }],
  [
    '504 every time: maxAttempts',
    { faults: [status(504)], always: true, want: { attempts: 3, error: ApiError, status: 504 } },
  ],
  ['connection reset then success', { faults: [reset], want: { attempts: 2 } }],
  [
    'connection reset every time',
    { faults: [reset], always: true, want: { attempts: 3, error: ConnectionError } },
  ],
  [
    'stalled response every time',
    { faults: [stall], always: true, want: { attempts: 3, error: TimeoutError } },
  ],
  ['stalled once then success', { faults: [stall], want: { attempts: 2 } }],
  [
    'HTML gateway page (502) every time',
    {
      faults: [status(502, { 'content-type': 'text/html' }, '<html><body>Bad Gateway</body></html>')],
      always: true,
      want: { attempts: 3, error: ApiError, status: 502 },
    },
  ],
  [
    'truncated JSON on 200',
    {
      faults: [status(200, {}, '{"pageInfo":{"lastPa')],
      want: { attempts: 1, error: ApiError, status: 200 },
    },
  ],
  [
    'empty body on 200',
    { faults: [status(200, {}, '')], want: { attempts: 1, error: ApiError, status: 200 } },
  ],
  [
    'empty body on 401',
    { faults: [status(401, {}, '')], want: { attempts: 1, error: ApiError, status: 401 } },
  ],
];

describe('GET faults, as counted by the server', () => {
  it.each(cases)('%s', async (_name, { faults, always, want }) => {
    server = await startServer((_req, res, _seen, index) => {
      const fault = always ? faults[0] : faults[index];
      if (fault) fault(res);
      else ok(res);
    });
    const client = testClient(server.url, { timeoutMs: 400 });
    const call = client.GET('/items', { params: { query: { page: 1 } } });
    if (want.error) {
      const error = await call.then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(want.error);
      if (want.status) expect((error as ApiError).status).toBe(want.status);
      expect(String(error)).not.toContain(TEST_TOKEN);
    } else {
      const { data } = await call;
      expect(data?.data).toEqual([{ id: 'a' }]);
    }
    expect(server.requests).toHaveLength(want.attempts);
  });
});

describe('error bodies', () => {
  const bodies: [string, { body: string; status: number; want: RegExp; code?: unknown }][] = [
    [
      'HTML gateway page',
      { status: 500, body: '<!DOCTYPE html><h1>502</h1>', want: /HTML\/XML, not JSON.*gateway/ },
    ],
    ['truncated JSON', { status: 500, body: '{"message":"Sess', want: /invalid JSON \(truncated\?\)/ }],
    ['empty body', { status: 500, body: '', want: /empty body/ }],
    [
      'VideoSDK shape',
      {
        status: 404,
        body: '{"message":"Session not found","code":"resource_not_found"}',
        want: /Session not found \(code resource_not_found\)/,
        code: 'resource_not_found',
      },
    ],
    [
      'Zoom shape',
      {
        status: 404,
        body: '{"code":3001,"message":"Session does not exist."}',
        want: /Session does not exist\. \(code 3001\)/,
        code: 3001,
      },
    ],
    [
      '100ms shape',
      {
        status: 401,
        body: '{"code":401,"message":"Token validation error","details":["not found"]}',
        want: /Token validation error/,
        code: 401,
      },
    ],
  ];
  it.each(bodies)(
    '%s gives an ApiError with a clear message',
    async (_name, { body, status, want, code }) => {
      server = await startServer((_req, res) => {
        res.writeHead(status, { 'x-request-id': 'req-123' });
        res.end(body);
      });
      const error = (await testClient(server.url)
        .GET('/items', { params: { query: { page: 2 } } })
        .catch((e: unknown) => e)) as ApiError;
      expect(error).toBeInstanceOf(ApiError);
      expect(error.message).toMatch(want);
      expect(error).toMatchObject({
        status,
        method: 'GET',
        path: '/items',
        body,
        requestId: 'req-123',
        code,
      });
      expect(error.message).not.toContain('page=2');
    },
  );

  it('keeps details and redacts the token if the server echoes it', async () => {
    server = await startServer((req, res) =>
      json(res, 400, { code: 300, message: `bad ${req.headers.authorization}`, details: ['x'] }),
    );
    const error = (await testClient(server.url)
      .GET('/items')
      .catch((e: unknown) => e)) as ApiError;
    expect(error.details).toEqual(['x']);
    for (const text of [error.message, error.body, JSON.stringify(error), inspect(error), String(error)]) {
      expect(text).not.toContain(TEST_TOKEN);
    }
    expect(error.body).toContain('[REDACTED]');
  });
});

describe('Retry-After is honoured as a wait', () => {
  const fixedNow = Date.UTC(2024, 0, 1, 12, 0, 0);
  it.each([
    ['seconds', '2', 2000],
    ['HTTP date', new Date(fixedNow + 5000).toUTCString(), 5000],
    ['ISO timestamp', new Date(fixedNow + 7000).toISOString(), 7000],
  ])('%s', async (_name, header, wantMs) => {
    server = await startServer((_req, res, _seen, index) =>
      index === 0 ? status(429, { 'retry-after': header })(res) : ok(res),
    );
    const waits: number[] = [];
    const client = testClient(server.url, {
      now: () => fixedNow,
      sleep: async (ms) => {
        waits.push(ms);
      },
    });
    await client.GET('/items');
    expect(waits).toEqual([wantMs]);
    expect(server.requests).toHaveLength(2);
  });

  it('uses full-jitter exponential back-off bounded by maxDelayMs', async () => {
    server = await startServer((_req, res) => status(503)(res));
    const waits: number[] = [];
    const client = testClient(server.url, {
      random: () => 0.999,
      retry: { maxAttempts: 5, initialDelayMs: 100, maxDelayMs: 300 },
      sleep: async (ms) => {
        waits.push(ms);
      },
    });
    await expect(client.GET('/items')).rejects.toBeInstanceOf(ApiError);
    expect(waits).toEqual([99, 199, 299, 299]);
    expect(server.requests).toHaveLength(5);
  });

  it('stops when maxElapsedMs is spent', async () => {
    server = await startServer((_req, res) => status(503)(res));
    let clock = 0;
    const client = testClient(server.url, {
      now: () => clock,
      random: () => 0.999,
      retry: { maxAttempts: 10, initialDelayMs: 1000, maxDelayMs: 1000, maxElapsedMs: 2500 },
      sleep: async (ms) => {
        clock += ms; // 999 per wait: a fourth attempt would start at 2997 ms
      },
    });
    await expect(client.GET('/items')).rejects.toMatchObject({ status: 503 });
    expect(server.requests).toHaveLength(3);
  });

  it('retry: false sends once', async () => {
    server = await startServer((_req, res) => status(503)(res));
    await expect(testClient(server.url, { retry: false }).GET('/items')).rejects.toMatchObject({
      status: 503,
    });
    expect(server.requests).toHaveLength(1);
  });
});

describe('POST is never repeated once it may have reached the server', () => {
  it.each([
    ['503', status(503), ApiError],
    ['429 + Retry-After: 0', status(429, { 'retry-after': '0' }), ApiError],
    ['connection reset', reset, ConnectionError],
    ['stalled', stall, TimeoutError],
  ] as const)('%s → one attempt', async (_name, fault, want) => {
    server = await startServer((_req, res) => fault(res));
    const error = await testClient(server.url, { timeoutMs: 400 })
      .POST('/items', { body: { name: 'x' } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(want);
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]?.body).toBe('{"name":"x"}');
  });

  it('is retried when the connection was refused (nothing was sent)', async () => {
    const url = await refusedUrl();
    let calls = 0;
    const client = testClient(url, {
      fetch: (request) => {
        calls++;
        return fetch(request);
      },
    });
    const error = (await client
      .POST('/items', { body: { name: 'x' } })
      .catch((e: unknown) => e)) as ConnectionError;
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error.networkCode).toBe('ECONNREFUSED');
    expect(calls).toBe(3);
  });

  it('sends the same body again after a refused connection', async () => {
    server = await startServer((_req, res) => json(res, 200, { id: 'made' }));
    const live = server.url;
    const dead = await refusedUrl();
    let calls = 0;
    const client = testClient(dead, {
      fetch: (request) => {
        calls++;
        // The first attempt goes nowhere; the second reaches the live server.
        return fetch(calls === 1 ? request : new Request(request.url.replace(dead, live), request));
      },
    });
    const { data } = await client.POST('/items', { body: { name: 'y' } });
    expect(data).toEqual({ id: 'made' });
    expect(server.requests.map((r) => r.body)).toEqual(['{"name":"y"}']);
  });
});

describe('abort and timeout', () => {
  it("a caller's abort is not a TimeoutError and is not retried", async () => {
    const controller = new AbortController();
    server = await startServer(() => controller.abort());
    const error = await testClient(server.url)
      .GET('/items', { signal: controller.signal })
      .catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(TimeoutError);
    expect((error as Error).name).toBe('AbortError');
    expect(server.requests).toHaveLength(1);
  });

  it('an abort during the back-off wait ends the call', async () => {
    const controller = new AbortController();
    server = await startServer((_req, res) => {
      status(503)(res);
      controller.abort(new Error('caller gave up'));
    });
    const client = testClient(server.url, {
      retry: { initialDelayMs: 60_000, maxDelayMs: 60_000 },
      random: () => 1,
    });
    await expect(client.GET('/items', { signal: controller.signal })).rejects.toThrow('caller gave up');
    expect(server.requests).toHaveLength(1);
  });

  it('an abort while the token is being signed sends nothing, not even a POST', async () => {
    const controller = new AbortController();
    let release: (token: string) => void = () => {};
    const signing = new Promise<string>((resolve) => {
      release = resolve;
    });
    server = await startServer((_req, res) => json(res, 200, { id: 'made' }));
    const client = testClient(server.url, {
      tokenSource: {
        canRefresh: true,
        getToken: () => {
          // The caller gives up while the token is still being signed.
          controller.abort(new Error('caller gave up'));
          release(TEST_TOKEN);
          return signing;
        },
      },
    });
    await expect(client.POST('/items', { body: { name: 'x' }, signal: controller.signal })).rejects.toThrow(
      'caller gave up',
    );
    expect(server.requests).toHaveLength(0);
  });

  it('TimeoutError names the request and the limit', async () => {
    server = await startServer((_req, res) => stall(res));
    const error = (await testClient(server.url, { timeoutMs: 50, retry: false })
      .GET('/items', { params: { query: { page: 3 } } })
      .catch((e: unknown) => e)) as TimeoutError;
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error.message).toBe('GET /items got no complete response within 50 ms');
  });

  it('a body that stalls after the headers times out too', async () => {
    server = await startServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"data":');
    });
    await expect(
      testClient(server.url, { timeoutMs: 100, retry: false }).GET('/items'),
    ).rejects.toBeInstanceOf(TimeoutError);
  });
});

// The pipeline reuses the abort controller of an attempt that ended without an abort (undici
// charges for each fresh signal a fetch follows). These check that reuse never carries an abort
// over from one call to another, and that timeouts still fire on reused controllers.
describe('abort controllers reused across attempts', () => {
  it('a timeout after many calls (on a reused controller) fails that call only', async () => {
    let stallNext = false;
    server = await startServer((_req, res) => {
      if (stallNext) {
        stallNext = false;
        return stall(res);
      }
      ok(res);
    });
    const client = testClient(server.url, { timeoutMs: 150, retry: false });
    // More calls than one controller serves, sequential and concurrent.
    for (let i = 0; i < 40; i++) await client.GET('/items');
    const finished = await Promise.all(Array.from({ length: 8 }, () => client.GET('/items')));
    stallNext = true;
    await expect(client.GET('/items')).rejects.toBeInstanceOf(TimeoutError);
    // The responses read before the timeout are whole, and the next calls are not aborted.
    for (const { data } of finished) expect(data.data).toEqual([{ id: 'a' }]);
    for (let i = 0; i < 20; i++) expect((await client.GET('/items')).data.data).toEqual([{ id: 'a' }]);
    expect(server.requests).toHaveLength(40 + 8 + 1 + 20);
  });

  it("a caller's abort does not reach the next call", async () => {
    const controller = new AbortController();
    let abortNext = false;
    server = await startServer((_req, res) => {
      if (abortNext) {
        abortNext = false;
        controller.abort();
        return;
      }
      ok(res);
    });
    const client = testClient(server.url, { timeoutMs: 2000 });
    for (let i = 0; i < 5; i++) await client.GET('/items', { signal: new AbortController().signal });
    abortNext = true;
    await expect(client.GET('/items', { signal: controller.signal })).rejects.toMatchObject({
      name: 'AbortError',
    });
    for (let i = 0; i < 20; i++) expect((await client.GET('/items')).data.data).toEqual([{ id: 'a' }]);
  });

  it('each call that times out still takes its full timeout, not less', async () => {
    server = await startServer((_req, res) => stall(res));
    const client = testClient(server.url, { timeoutMs: 120, retry: false });
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      await expect(client.GET('/items')).rejects.toBeInstanceOf(TimeoutError);
      // A controller that fired is never reused: an early abort would end the call at once.
      expect(performance.now() - started).toBeGreaterThanOrEqual(100);
    }
  });
});

describe('timeoutMs values', () => {
  it.each([0, -1, Number.NaN, '30000'])(
    '%s is a ConfigurationError at createClient and per call',
    async (bad) => {
      server = await startServer((_req, res) => ok(res));
      const message = /`timeoutMs` must be a positive number \(Infinity for none\), not /;
      expect(() => testClient(server?.url ?? '', { timeoutMs: bad as number })).toThrow(message);
      await expect(testClient(server.url).GET('/items', { timeoutMs: bad as number })).rejects.toThrow(
        /^GET \/items: `timeoutMs` must be/,
      );
      expect(server.requests).toHaveLength(0);
    },
  );

  it('Infinity (or more than a timer holds) waits as long as the server takes', async () => {
    // setTimeout would fire at once for 2^31 ms or more: those mean no timeout, not 1 ms.
    server = await startServer((_req, res) => {
      setTimeout(() => ok(res), 60);
    });
    for (const timeoutMs of [Number.POSITIVE_INFINITY, 2 ** 31, 2 ** 40]) {
      const { data } = await testClient(server.url, { timeoutMs, retry: false }).GET('/items');
      expect(data.data).toEqual([{ id: 'a' }]);
    }
    const { data } = await testClient(server.url, { retry: false }).GET('/items', { timeoutMs: Infinity });
    expect(data.data).toEqual([{ id: 'a' }]);
  });

  it("without a timeout the caller's signal still ends the call", async () => {
    const controller = new AbortController();
    server = await startServer(() => controller.abort());
    const error = await testClient(server.url, { timeoutMs: Infinity })
      .GET('/items', { signal: controller.signal })
      .catch((e: unknown) => e);
    expect((error as Error).name).toBe('AbortError');
    expect(server.requests).toHaveLength(1);
  });
});

describe('2xx bodies', () => {
  const bodies: [string, { status: number; body: string; headers?: Record<string, string>; want: RegExp }][] =
    [
      ['empty 200', { status: 200, body: '', want: /→ 200: empty body/ }],
      [
        'empty 200 with Content-Length: 0',
        { status: 200, body: '', headers: { 'content-length': '0' }, want: /→ 200: empty body/ },
      ],
      ['HTML 200', { status: 200, body: '<html><p>Welcome</p></html>', want: /→ 200: HTML\/XML, not JSON$/ }],
      ['truncated JSON 200', { status: 200, body: '{"data":[{"id":"a"', want: /→ 200: invalid JSON/ }],
      [
        'truncated JSON 201 with its length',
        { status: 201, body: '{"id":', headers: { 'content-length': '6' }, want: /→ 201: invalid JSON/ },
      ],
    ];
  it.each(bodies)(
    '%s is an ApiError, not a parse exception',
    async (_name, { status, body, headers, want }) => {
      server = await startServer((_req, res) => {
        res.writeHead(status, { 'content-type': 'application/json', ...headers });
        res.end(body);
      });
      const error = await testClient(server.url)
        .GET('/items')
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ApiError);
      expect(error).toMatchObject({ status, body });
      expect((error as ApiError).message).toMatch(want);
      expect(server.requests).toHaveLength(1); // a bad body is not retried
    },
  );

  it('a 204 resolves with no data', async () => {
    server = await startServer((_req, res) => {
      res.writeHead(204);
      res.end();
    });
    const { data, response } = await testClient(server.url).GET('/items');
    expect(response.status).toBe(204);
    expect(data).toBeUndefined();
  });

  it('a 202 without a body (an accepted action) resolves with no data', async () => {
    server = await startServer((_req, res) => {
      res.writeHead(202);
      res.end();
    });
    const { data, response } = await testClient(server.url).GET('/items');
    expect(response.status).toBe(202);
    expect(data).toBeUndefined();
  });

  it('a good body is parsed once and handed over whole', async () => {
    server = await startServer((_req, res) =>
      json(res, 200, { pageInfo: { lastPage: 1 }, data: [{ id: 'é' }] }),
    );
    const { data } = await testClient(server.url).GET('/items');
    // Non-2xx throws, so `data` is the success body, not `| undefined`.
    expectTypeOf(data).toEqualTypeOf<{ pageInfo: { lastPage: number }; data: { id: string }[] }>();
    expect(data.data).toEqual([{ id: 'é' }]);
  });
});

describe('headers', () => {
  it('sends the token and the user agent', async () => {
    server = await startServer((_req, res) => ok(res));
    await testClient(server.url, { userAgent: 'my-app/1.0' }).GET('/items');
    expect(server.requests[0]?.headers.authorization).toBe(`Bearer ${TEST_TOKEN}`);
    expect(server.requests[0]?.headers['user-agent']).toBe('my-app/1.0');
  });
});

describe("error bodies are read where the client's errorBody pointers say, nowhere else", () => {
  const errorBody = (body: unknown, profileErrorBody: Record<string, string>) =>
    (async () => {
      server = await startServer((_req, res) => json(res, 400, body));
      return (await testClient(server.url, {
        profile: {
          provider: 'nested-api',
          title: 'Nested API',
          authorization: (t) => t,
          requestIdHeaders: [],
          errorBody: profileErrorBody,
        },
      })
        .GET('/items')
        .catch((e: unknown) => e)) as ApiError;
    })();

  it('reads nested pointers', async () => {
    const error = await errorBody(
      { error: { reason: 'quota', text: 'Daily limit reached', fields: ['from'] } },
      { code: '/error/reason', message: '/error/text', details: '/error/fields' },
    );
    expect(error).toMatchObject({
      provider: 'nested-api',
      code: 'quota',
      providerMessage: 'Daily limit reached',
      details: ['from'],
    });
    expect(error.message).toBe('Nested API GET /items → 400: Daily limit reached (code quota)');
  });

  it('does not guess at `error` or `msg` when the message pointer finds nothing', async () => {
    const error = await errorBody({ error: 'Bad Request', msg: 'nope' }, { message: '/message' });
    expect(error.providerMessage).toBeUndefined();
    expect(error.code).toBeUndefined();
    expect(error.details).toBeUndefined();
    expect(error.message).toBe('Nested API GET /items → 400');
    expect(error.body).toBe('{"error":"Bad Request","msg":"nope"}');
  });

  it('ignores a code that is neither a string nor a number, and a message that is not a string', async () => {
    const error = await errorBody(
      { code: { nested: 1 }, message: 42 },
      { code: '/code', message: '/message' },
    );
    expect(error.code).toBeUndefined();
    expect(error.providerMessage).toBeUndefined();
  });
});
