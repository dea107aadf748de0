import { inspect } from 'node:util';
import * as runtime from '@rtc-sessions/runtime';
import { describeClientPackage } from '@rtc-sessions/test-helpers/client-package';
import { json, startServer, type TestServer } from '@rtc-sessions/test-helpers/server';
import { decodeJwt, jwtVerify } from 'jose';
import { afterEach, describe, expect, expectTypeOf, it } from 'vitest';
import * as client from '../src/index.js';
import {
  ApiError,
  ConfigurationError,
  type components,
  createClient,
  credentialEnv,
  signHmsManagementToken,
} from '../src/index.js';

const SECRET = 'hms-secret-never-printed';
const key = new TextEncoder().encode(SECRET);
let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const unauthorized = { code: 401, message: 'Token validation error', details: ['not found'] };

describe('signHmsManagementToken', () => {
  it('signs the management claims, backdated, with a fresh jti', async () => {
    const now = 1_700_000_000;
    const a = await signHmsManagementToken({ accessKey: 'ak', secret: SECRET, issuedAt: now });
    const b = await signHmsManagementToken({ accessKey: 'ak', secret: SECRET, issuedAt: now });
    const { payload } = await jwtVerify(a, key, { currentDate: new Date(now * 1000) });
    expect(payload).toMatchObject({ access_key: 'ak', type: 'management', version: 2, exp: now + 86_400 });
    expect(payload.iat).toBeLessThan(now);
    expect(payload.nbf).toBe(payload.iat);
    expect(payload.jti).toMatch(/^[0-9a-f-]{36}$/);
    expect(decodeJwt(b).jti).not.toBe(payload.jti);
  });
});

describe('createClient', () => {
  it('after a 401, retries once with a freshly signed token', async () => {
    server = await startServer((_req, res, _seen, index) =>
      index === 0 ? json(res, 401, unauthorized) : json(res, 200, { id: 's1', peers: {} }),
    );
    const client = createClient({ accessKey: 'ak', secret: SECRET, baseUrl: server.url });
    const { data } = await client.GET('/sessions/{session_id}', { params: { path: { session_id: 's1' } } });
    expect(data?.id).toBe('s1');
    const [first, second] = server.requests.map((r) => r.headers.authorization ?? '');
    expect(first).toMatch(/^Bearer /);
    expect(second).not.toBe(first);
    await jwtVerify(second?.slice(7) ?? '', key);
  });

  it('a second 401/403 is an ApiError (one refresh only)', async () => {
    server = await startServer((_req, res) =>
      json(res, 403, { code: 403, message: 'forbidden', details: [] }),
    );
    const client = createClient({ accessKey: 'ak', secret: SECRET, baseUrl: server.url });
    const error = await client.GET('/sessions').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 403, code: 403, providerMessage: 'forbidden', provider: '100ms' });
    expect(server.requests).toHaveLength(2);
  });

  it('a given token is not refreshed', async () => {
    server = await startServer((_req, res) => json(res, 401, unauthorized));
    const error = (await createClient({ token: 'given-token', baseUrl: server.url })
      .GET('/sessions')
      .catch((e: unknown) => e)) as ApiError;
    expect(error).toMatchObject({ status: 401, details: ['not found'] });
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]?.headers.authorization).toBe('Bearer given-token');
  });

  it('paginates with start=last, stops on a short page; data: null is empty', async () => {
    server = await startServer((req, res) => {
      const start = new URL(req.url ?? '', 'http://x').searchParams.get('start');
      if (start === null) {
        const data = Array.from({ length: 10 }, (_, i) => ({ id: `a${i}`, peers: {} }));
        json(res, 200, { limit: 10, data, last: 'a9' });
      } else json(res, 200, { limit: 10, data: [{ id: 'b0', peers: {} }], last: 'b0' });
    });
    const client = createClient({ token: 't', baseUrl: server.url });
    const ids = [];
    for await (const s of client.paginate('/sessions', { params: { query: { active: false } } }))
      ids.push(s.id);
    expect(ids).toHaveLength(11);
    expect(server.requests.map((r) => r.url)).toEqual([
      '/sessions?active=false',
      '/sessions?active=false&start=a9',
    ]);
  });

  it('data: null gives no items', async () => {
    server = await startServer((_req, res) => json(res, 200, { limit: 10, data: null }));
    const items = [];
    for await (const s of createClient({ token: 't', baseUrl: server.url }).paginate('/sessions'))
      items.push(s);
    expect(items).toEqual([]);
    expect(server.requests).toHaveLength(1);
  });

  it('names the env variables when credentials are missing', () => {
    expect(() => createClient({ env: {} })).toThrow(ConfigurationError);
    expect(() => createClient({ env: {} })).toThrow(
      /HMS_ACCESS_KEY and HMS_SECRET \(or HMS_MANAGEMENT_TOKEN/,
    );
    expect(() => createClient({ env: { HMS_ACCESS_KEY: 'a', HMS_SECRET: 'b' } })).not.toThrow();
  });

  it('exports the variables it reads credentials from as credentialEnv', async () => {
    const [[, keyEnv], [, secretEnv]] = credentialEnv.keys;
    expect([keyEnv, secretEnv, credentialEnv.tokenEnv]).toEqual([
      'HMS_ACCESS_KEY',
      'HMS_SECRET',
      'HMS_MANAGEMENT_TOKEN',
    ]);
    expect(() => createClient({ env: {} })).toThrow(
      `${keyEnv} and ${secretEnv} (or ${credentialEnv.tokenEnv}`,
    );
    server = await startServer((_req, res) => json(res, 200, { id: 's1', peers: {} }));
    await createClient({ baseUrl: server.url, env: { [credentialEnv.tokenEnv]: 'env.token' } }).GET(
      '/sessions/{session_id}',
      { params: { path: { session_id: 's1' } } },
    );
    expect(server.requests[0]?.headers.authorization).toBe('Bearer env.token');
  });

  it('shows no secret or token', async () => {
    server = await startServer((_req, res) => json(res, 401, unauthorized));
    const client = createClient({ accessKey: 'ak', secret: SECRET, baseUrl: server.url });
    const error = await client.GET('/sessions').catch((e: unknown) => e);
    const tokens = server.requests.map((r) => (r.headers.authorization ?? '').slice(7));
    for (const text of [
      JSON.stringify(client),
      inspect(client, { depth: 10, showHidden: true }),
      JSON.stringify(error),
      inspect(error),
      String(error),
    ]) {
      expect(text).not.toContain(SECRET);
      for (const token of tokens) expect(text).not.toContain(token);
    }
  });

  it('types', () => {
    const client = createClient({ token: 't', baseUrl: 'http://127.0.0.1:1' });
    const calls = () => {
      expectTypeOf(client.paginate('/sessions')).toEqualTypeOf<
        AsyncIterableIterator<components['schemas']['Session']>
      >();
      // @ts-expect-error: limit is a number
      void client.GET('/sessions', { params: { query: { limit: 'ten' } } });
      // @ts-expect-error: not a list
      void client.paginate('/sessions/{session_id}', { params: { path: { session_id: 'x' } } });
    };
    expectTypeOf(calls).toBeFunction();
  });
});

describe('options and errors', () => {
  // A plain-JS caller's misspelt option used to be ignored, and the token sent to the default host.
  it.each([
    [{ token: 't', baseURL: 'http://127.0.0.1:4010' }, 'baseURL', 'baseUrl'],
    [{ accesskey: 'k', secret: 's' }, 'accesskey', 'accessKey'],
    [{ accessKey: 'k', secretKey: 's' }, 'secretKey', 'secret'],
    [{ token: 't', retry: { maxAttempt: 2 } }, 'maxAttempt', 'maxAttempts'],
  ])('createClient(%o) names the unknown key %s and suggests %s', (options, key, closest) => {
    const create = () => createClient(options as Parameters<typeof createClient>[0]);
    expect(create).toThrow(ConfigurationError);
    expect(create).toThrow(
      new RegExp(`^100ms createClient.*: unknown option \`${key}\` — did you mean \`${closest}\`\\?$`),
    );
  });
});

describeClientPackage({
  name: '@rtc-sessions/100ms',
  client,
  runtime,
  createWithoutCredentials: () => createClient({ env: {} }),
  source: new URL('../src/index.ts', import.meta.url),
});
