import { inspect } from 'node:util';
import * as runtime from '@rtc-sessions/runtime';
import { describeClientPackage } from '@rtc-sessions/test-helpers/client-package';
import { json, startServer, type TestServer } from '@rtc-sessions/test-helpers/server';
import { jwtVerify } from 'jose';
import { afterEach, describe, expect, expectTypeOf, it } from 'vitest';
import * as client from '../src/index.js';
import {
  ApiError,
  ConfigurationError,
  type components,
  createClient,
  credentialEnv,
  encodeZoomPathParam,
  PageTokenExpiredError,
  signZoomVideoSdkApiToken,
} from '../src/index.js';

const SECRET = 'zoom-secret-never-printed';
let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('signZoomVideoSdkApiToken', () => {
  it('signs iss/iat/exp with a 2 h default', async () => {
    const token = await signZoomVideoSdkApiToken({
      apiKey: 'zk',
      apiSecret: SECRET,
      issuedAt: 1_700_000_000,
    });
    const { payload } = await jwtVerify(token, new TextEncoder().encode(SECRET), {
      currentDate: new Date(1_700_000_000_000),
    });
    expect(payload).toEqual({ iss: 'zk', iat: 1_700_000_000, exp: 1_700_000_000 + 7200 });
  });
});

describe('createClient', () => {
  it('sends Bearer <signed token>', async () => {
    server = await startServer((_req, res) => json(res, 200, { id: 'x' }));
    await createClient({ apiKey: 'zk', apiSecret: SECRET, baseUrl: server.url }).GET(
      '/videosdk/sessions/{sessionId}',
      {
        params: { path: { sessionId: 'abc' } },
      },
    );
    const header = server.requests[0]?.headers.authorization ?? '';
    expect(header).toMatch(/^Bearer /);
    const { payload } = await jwtVerify(header.slice(7), new TextEncoder().encode(SECRET));
    expect(payload.iss).toBe('zk');
  });

  it.each([
    ['plain id: encoded once', 'sfkaOFJSJSYhGwk1hnxgw==', '/videosdk/sessions/sfkaOFJSJSYhGwk1hnxgw%3D%3D'],
    [
      'inner single slash: encoded once',
      'sfk/aOFJSJSYhGwk1hnxgw==',
      '/videosdk/sessions/sfk%2FaOFJSJSYhGwk1hnxgw%3D%3D',
    ],
    ['leading slash: encoded twice', '/fk+aOFJ==', '/videosdk/sessions/%252Ffk%252BaOFJ%253D%253D'],
    ['leading plus: encoded twice', '+abc', '/videosdk/sessions/%252Babc'],
    ['double slash: encoded twice', 'ab//cd', '/videosdk/sessions/ab%252F%252Fcd'],
  ])('session id, %s', async (_name, sessionId, wantPath) => {
    server = await startServer((_req, res) => json(res, 200, { id: sessionId }));
    await createClient({ token: 't', baseUrl: server.url }).GET('/videosdk/sessions/{sessionId}', {
      params: { path: { sessionId } },
    });
    expect(server.requests[0]?.url).toBe(wantPath);
    expect(encodeZoomPathParam(sessionId)).toBe(wantPath.slice('/videosdk/sessions/'.length));
  });

  it('reads Zoom errors: code, message, errors and x-zm-trackingid', async () => {
    server = await startServer((_req, res) =>
      json(
        res,
        400,
        { code: 300, message: 'Validation Failed.', errors: [{ field: 'from', message: 'Invalid field.' }] },
        { 'x-zm-trackingid': 'v=2.0;clid=us06;rid=WEB_1' },
      ),
    );
    const error = (await createClient({ token: 't', baseUrl: server.url })
      .GET('/videosdk/sessions', { params: { query: { from: 'x', to: 'y' } } })
      .catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 400,
      code: 300,
      providerMessage: 'Validation Failed.',
      details: [{ field: 'from', message: 'Invalid field.' }],
      requestId: 'v=2.0;clid=us06;rid=WEB_1',
      path: '/videosdk/sessions',
    });
  });

  it('retries a 429 whose Retry-After is an ISO timestamp in the past, gives up on one hours ahead', async () => {
    let ahead = false;
    server = await startServer((_req, res, _seen, index) => {
      if (index === 0 || ahead) {
        const at = new Date(Date.now() + (ahead ? 3_600_000 : -1000)).toISOString();
        json(
          res,
          429,
          { code: 429, message: 'You have reached the maximum daily rate limit' },
          { 'retry-after': at },
        );
      } else json(res, 200, { id: 'x' });
    });
    const client = createClient({ token: 't', baseUrl: server.url, retry: { initialDelayMs: 1 } });
    await client.GET('/videosdk/sessions/{sessionId}', { params: { path: { sessionId: 'a' } } });
    expect(server.requests).toHaveLength(2);
    ahead = true;
    const error = (await client
      .GET('/videosdk/sessions/{sessionId}', { params: { path: { sessionId: 'a' } } })
      .catch((e: unknown) => e)) as ApiError;
    expect(error.status).toBe(429);
    expect(error.retryAfterMs).toBeGreaterThan(3_000_000);
    expect(server.requests).toHaveLength(3);
  });

  it('walks next_page_token and refuses a token older than the spec lifetime (900 s)', async () => {
    server = await startServer((req, res) => {
      const token = new URL(req.url ?? '', 'http://x').searchParams.get('next_page_token');
      const page = Number(token ?? 1);
      json(res, 200, {
        page_size: 1,
        next_page_token: page < 3 ? String(page + 1) : '',
        sessions: [{ id: `s${page}` }],
      });
    });
    let clock = 0;
    const client = createClient({ token: 't', baseUrl: server.url, now: () => clock });
    const query = { from: '2024-01-01', to: '2024-01-31', page_size: 1 };
    const ids = [];
    for await (const s of client.paginate('/videosdk/sessions', { params: { query } })) ids.push(s.id);
    expect(ids).toEqual(['s1', 's2', 's3']);

    // The caller holds page 1 for 16 minutes after page 2 was fetched ahead: page 2 is still
    // served, but its token is stale, so page 3 is never requested.
    const before = server.requests.length;
    const pages = client.pages('/videosdk/sessions', { params: { query } });
    const seen: string[] = [];
    for (const _ of [1, 2]) {
      const { value } = await pages.next();
      seen.push(value?.sessions?.[0]?.id ?? '');
      if (seen.length === 1) {
        // Page 2 was requested ahead (its token dates from then) before page 1 was handed over.
        clock += 16 * 60_000;
      }
    }
    await expect(pages.next()).rejects.toBeInstanceOf(PageTokenExpiredError);
    expect(server.requests).toHaveLength(before + 2);
    expect(seen).toEqual(['s1', 's2']);
  });

  it('names the env variables when credentials are missing', () => {
    expect(() => createClient({ env: { ZOOM_VIDEOSDK_API_KEY: 'zk' } })).toThrow(ConfigurationError);
    expect(() => createClient({ env: { ZOOM_VIDEOSDK_API_KEY: 'zk' } })).toThrow(
      /Set ZOOM_VIDEOSDK_API_SECRET/,
    );
    expect(() => createClient({ env: { ZOOM_VIDEOSDK_TOKEN: 't' } })).not.toThrow();
  });

  it('exports the variables it reads credentials from as credentialEnv', async () => {
    const [[, keyEnv], [, secretEnv]] = credentialEnv.keys;
    expect([keyEnv, secretEnv, credentialEnv.tokenEnv]).toEqual([
      'ZOOM_VIDEOSDK_API_KEY',
      'ZOOM_VIDEOSDK_API_SECRET',
      'ZOOM_VIDEOSDK_TOKEN',
    ]);
    expect(() => createClient({ env: {} })).toThrow(
      `${keyEnv} and ${secretEnv} (or ${credentialEnv.tokenEnv}`,
    );
    server = await startServer((_req, res) => json(res, 200, { id: 'x' }));
    await createClient({ baseUrl: server.url, env: { [credentialEnv.tokenEnv]: 'env.token' } }).GET(
      '/videosdk/sessions/{sessionId}',
      { params: { path: { sessionId: 'abc' } } },
    );
    expect(server.requests[0]?.headers.authorization).toBe('Bearer env.token');
  });

  it('shows no secret or token', async () => {
    server = await startServer((_req, res) =>
      json(res, 401, { code: 124, message: 'Invalid access token.' }),
    );
    const client = createClient({ apiKey: 'zk', apiSecret: SECRET, baseUrl: server.url });
    const error = await client
      .GET('/videosdk/sessions/{sessionId}', { params: { path: { sessionId: 'a' } } })
      .catch((e: unknown) => e);
    const token = (server.requests[0]?.headers.authorization ?? '').slice(7);
    for (const text of [
      JSON.stringify(client),
      inspect(client, { depth: 10, showHidden: true }),
      JSON.stringify(error),
      inspect(error),
      String(error),
    ]) {
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain(token);
    }
  });

  it('types', () => {
    const client = createClient({ token: 't', baseUrl: 'http://127.0.0.1:1' });
    const calls = () => {
      expectTypeOf(
        client.paginate('/videosdk/sessions', { params: { query: { from: 'a', to: 'b' } } }),
      ).toEqualTypeOf<
        AsyncIterableIterator<NonNullable<components['schemas']['SessionList']['sessions']>[number]>
      >();
      // @ts-expect-error: from/to are required
      void client.paginate('/videosdk/sessions');
      // @ts-expect-error: type is past | live
      void client.GET('/videosdk/sessions', { params: { query: { from: 'a', to: 'b', type: 'future' } } });
    };
    expectTypeOf(calls).toBeFunction();
  });
});

describe('options and errors', () => {
  // A plain-JS caller's misspelt option used to be ignored, and the token sent to the default host.
  it.each([
    [{ token: 't', baseURL: 'http://127.0.0.1:4010' }, 'baseURL', 'baseUrl'],
    [{ api_key: 'k', apiSecret: 's' }, 'api_key', 'apiKey'],
    [{ apiKey: 'k', apisecret: 's' }, 'apisecret', 'apiSecret'],
    [{ token: 't', retry: { maxAttempt: 2 } }, 'maxAttempt', 'maxAttempts'],
  ])('createClient(%o) names the unknown key %s and suggests %s', (options, key, closest) => {
    const create = () => createClient(options as Parameters<typeof createClient>[0]);
    expect(create).toThrow(ConfigurationError);
    expect(create).toThrow(
      new RegExp(
        `^Zoom Video SDK createClient.*: unknown option \`${key}\` — did you mean \`${closest}\`\\?$`,
      ),
    );
  });
});

describeClientPackage({
  name: '@rtc-sessions/zoom-videosdk',
  client,
  runtime,
  createWithoutCredentials: () => createClient({ env: {} }),
  source: new URL('../src/index.ts', import.meta.url),
});
