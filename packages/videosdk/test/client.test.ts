import { readFile } from 'node:fs/promises';
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
  defaultBaseUrl,
  listOperations,
  signVideoSdkToken,
} from '../src/index.js';

const SECRET = 'vsdk-secret-never-printed';
const key = new TextEncoder().encode(SECRET);
let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const session = (id: string) => ({
  id,
  roomId: 'r',
  start: '2024-01-01T00:00:00.000Z',
  end: null,
  participants: [],
});

describe('signVideoSdkToken', () => {
  it('signs the claims VideoSDK wants', async () => {
    const token = await signVideoSdkToken({ apiKey: 'key-1', secret: SECRET, issuedAt: 1_700_000_000 });
    const { payload, protectedHeader } = await jwtVerify(token, key, {
      currentDate: new Date(1_700_000_000_000),
    });
    expect(protectedHeader.alg).toBe('HS256');
    expect(payload).toEqual({
      apikey: 'key-1',
      permissions: ['allow_join', 'allow_mod'],
      version: 2,
      roles: ['crawler'],
      iat: 1_700_000_000,
      exp: 1_700_000_000 + 86_400,
    });
  });
});

describe('createClient', () => {
  it('defaults to the spec server', () => {
    expect(defaultBaseUrl).toBe('https://api.videosdk.live/v2');
  });

  it('sends a raw signed token (no Bearer) and re-signs it before expiry', async () => {
    server = await startServer((_req, res) => json(res, 200, session('s1')));
    let clock = 1_700_000_000_000;
    const client = createClient({ apiKey: 'key-1', secret: SECRET, baseUrl: server.url, now: () => clock });
    await client.GET('/sessions/{sessionId}', { params: { path: { sessionId: 's1' } } });
    await client.GET('/sessions/{sessionId}', { params: { path: { sessionId: 's1' } } });
    clock += 86_400_000; // a day later the first token has expired
    await client.GET('/sessions/{sessionId}', { params: { path: { sessionId: 's1' } } });
    const tokens = server.requests.map((r) => r.headers.authorization ?? '');
    expect(tokens[0]).toBe(tokens[1]);
    expect(tokens[2]).not.toBe(tokens[0]);
    for (const [i, token] of tokens.entries()) {
      expect(token).not.toMatch(/^Bearer /);
      const { payload } = await jwtVerify(token, key, {
        currentDate: new Date(i < 2 ? 1_700_000_000_000 : clock),
      });
      expect(payload.apikey).toBe('key-1');
    }
  });

  it('sends a given token as is', async () => {
    server = await startServer((_req, res) => json(res, 200, session('s1')));
    await createClient({ token: 'ready.made.token', baseUrl: server.url }).GET('/sessions/{sessionId}', {
      params: { path: { sessionId: 's1' } },
    });
    expect(server.requests[0]?.headers.authorization).toBe('ready.made.token');
  });

  it("sends this package's name and version as the default User-Agent", async () => {
    const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
    server = await startServer((_req, res) => json(res, 200, session('s1')));
    await createClient({ token: 'ready.made.token', baseUrl: server.url }).GET('/sessions/{sessionId}', {
      params: { path: { sessionId: 's1' } },
    });
    expect(server.requests[0]?.headers['user-agent']).toBe(`${pkg.name}/${pkg.version}`);
  });

  it('reads credentials from the environment, or names the variables', () => {
    expect(() => createClient({ env: {} })).toThrow(ConfigurationError);
    expect(() => createClient({ env: {} })).toThrow(
      /VIDEOSDK_API_KEY and VIDEOSDK_SECRET \(or VIDEOSDK_TOKEN/,
    );
    expect(() => createClient({ env: { VIDEOSDK_TOKEN: 't' } })).not.toThrow();
  });

  it('exports the variables it reads credentials from as credentialEnv', async () => {
    const [[, keyEnv], [, secretEnv]] = credentialEnv.keys;
    expect([keyEnv, secretEnv, credentialEnv.tokenEnv]).toEqual([
      'VIDEOSDK_API_KEY',
      'VIDEOSDK_SECRET',
      'VIDEOSDK_TOKEN',
    ]);
    expect(() => createClient({ env: {} })).toThrow(
      `${keyEnv} and ${secretEnv} (or ${credentialEnv.tokenEnv}`,
    );
    server = await startServer((_req, res) => json(res, 200, session('s1')));
    await createClient({ baseUrl: server.url, env: { [credentialEnv.tokenEnv]: 'env.token' } }).GET(
      '/sessions/{sessionId}',
      { params: { path: { sessionId: 's1' } } },
    );
    expect(server.requests[0]?.headers.authorization).toBe('env.token');
  });

  it('reads the error body into ApiError', async () => {
    server = await startServer((_req, res) =>
      json(res, 404, { message: 'Session not found', code: 'resource_not_found' }, { 'x-request-id': 'abc' }),
    );
    const error = (await createClient({ token: 't', baseUrl: server.url })
      .GET('/sessions/{sessionId}', { params: { path: { sessionId: 'zz' } } })
      .catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 404,
      code: 'resource_not_found',
      provider: 'videosdk',
      requestId: 'abc',
    });
    expect(error.message).toBe(
      'VideoSDK.live GET /sessions/zz → 404: Session not found (code resource_not_found) [request id abc]',
    );
  });

  it('never repeats POST /sessions/end that reached the server', async () => {
    server = await startServer((_req, res) => json(res, 503, { message: 'busy' }));
    const client = createClient({ token: 't', baseUrl: server.url, retry: { initialDelayMs: 1 } });
    await expect(client.POST('/sessions/end', { body: { roomId: 'r1' } })).rejects.toMatchObject({
      status: 503,
    });
    expect(server.requests).toHaveLength(1);
  });

  it('paginates participants at /data/participants', async () => {
    server = await startServer((req, res) => {
      const page = Number(new URL(req.url ?? '', 'http://x').searchParams.get('page') ?? 1);
      json(res, 200, {
        pageInfo: { currentPage: page, perPage: 1, lastPage: 2, total: 2 },
        data: {
          id: 's1',
          roomId: 'r',
          participants: [{ participantId: `p${page}`, name: 'n', timelog: [] }],
        },
      });
    });
    const client = createClient({ token: 't', baseUrl: server.url });
    const ids = [];
    for await (const p of client.paginate('/sessions/{sessionId}/participants', {
      params: { path: { sessionId: 's1' }, query: { perPage: 1 } },
    })) {
      ids.push(p.participantId);
    }
    expect(ids).toEqual(['p1', 'p2']);
  });

  it('shows no secret or token in the client, errors or JSON', async () => {
    server = await startServer((_req, res) => json(res, 401, { message: 'invalid token' }));
    const options = { apiKey: 'key-1', secret: SECRET, baseUrl: server.url };
    const client = createClient(options);
    const error = await client.GET('/sessions/', {}).catch((e: unknown) => e);
    const token = server.requests[0]?.headers.authorization ?? '';
    expect(token.length).toBeGreaterThan(20);
    for (const text of [
      JSON.stringify(client),
      inspect(client, { depth: 10, showHidden: true }),
      String(client),
      JSON.stringify(error),
      inspect(error, { depth: 10 }),
      String(error),
    ]) {
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain(token);
    }
  });

  it('lists what the spec marks as lists', () => {
    expect(Object.keys(listOperations).sort()).toEqual([
      '/sessions/',
      '/sessions/{sessionId}/participants',
      '/sessions/{sessionId}/participants/active',
    ]);
  });

  it('types', () => {
    const client = createClient({ token: 't', baseUrl: 'http://127.0.0.1:1' });
    // Only type-checked (vitest typecheck and `lint`), never called.
    const calls = () => {
      expectTypeOf(client.paginate('/sessions/')).toEqualTypeOf<
        AsyncIterableIterator<components['schemas']['Session']>
      >();
      expectTypeOf(
        client.paginate('/sessions/{sessionId}/participants', { params: { path: { sessionId: 's' } } }),
      ).toEqualTypeOf<AsyncIterableIterator<components['schemas']['Participant']>>();
      // @ts-expect-error: a single session is not a list
      void client.paginate('/sessions/{sessionId}', { params: { path: { sessionId: 's' } } });
      // @ts-expect-error: `page` is a number
      void client.GET('/sessions/', { params: { query: { page: 'one' } } });
      // @ts-expect-error: roomId is a string
      void client.POST('/sessions/end', { body: { roomId: 1 } });
    };
    expectTypeOf(calls).toBeFunction();
  });
});

describe('options and errors', () => {
  // A plain-JS caller's misspelt option used to be ignored, and the token sent to the default host.
  it.each([
    [{ token: 't', baseURL: 'http://127.0.0.1:4010' }, 'baseURL', 'baseUrl'],
    [{ apikey: 'k', secret: 's' }, 'apikey', 'apiKey'],
    [{ apiKey: 'k', secrett: 's' }, 'secrett', 'secret'],
    [{ token: 't', retry: { maxAttempt: 2 } }, 'maxAttempt', 'maxAttempts'],
  ])('createClient(%o) names the unknown key %s and suggests %s', (options, key, closest) => {
    const create = () => createClient(options as Parameters<typeof createClient>[0]);
    expect(create).toThrow(ConfigurationError);
    expect(create).toThrow(
      new RegExp(
        `^VideoSDK.live createClient.*: unknown option \`${key}\` — did you mean \`${closest}\`\\?$`,
      ),
    );
  });
});

describeClientPackage({
  name: '@rtc-sessions/videosdk',
  client,
  runtime,
  createWithoutCredentials: () => createClient({ env: {} }),
  source: new URL('../src/index.ts', import.meta.url),
});
