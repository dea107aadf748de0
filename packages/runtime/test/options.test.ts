import { describe, expect, it } from 'vitest';
import { ConfigurationError, type RetryOptions } from '../src/index.js';
import {
  closestKey,
  commonClientOptionKeys,
  createProviderClient,
  keysOf,
  rejectUnknownKeys,
  validKeys,
} from '../src/internal.js';
import { testLists } from './helpers/client.js';

describe('closestKey', () => {
  it.each([
    ['baseURL', 'baseUrl'],
    ['BaseUrl', 'baseUrl'],
    ['timeout', 'timeoutMs'],
    ['timeoutMS', 'timeoutMs'],
    ['retries', 'retry'],
    ['apikey', 'apiKey'],
    ['api_key', 'apiKey'],
    ['secrett', 'secret'],
    ['user_agent', 'userAgent'],
  ])('%s → %s', (key, want) => {
    expect(closestKey(key, [...commonClientOptionKeys, 'apiKey', 'secret', 'token'])).toBe(want);
  });
});

describe('keysOf', () => {
  it('lists every key of the interface, once', () => {
    expect([...commonClientOptionKeys].sort()).toEqual(
      [
        'baseUrl',
        'env',
        'fetch',
        'logger',
        'maxResponseBytes',
        'now',
        'retry',
        'timeoutMs',
        'tokenExpiresInSeconds',
        'userAgent',
      ].sort(),
    );
  });

  it('does not compile when the list misses a key or names one the interface lacks', () => {
    // @ts-expect-error `maxElapsedMs` is missing
    keysOf<RetryOptions>({ maxAttempts: true, initialDelayMs: true, maxDelayMs: true });
    keysOf<RetryOptions>({
      maxAttempts: true,
      initialDelayMs: true,
      maxDelayMs: true,
      maxElapsedMs: true,
      // @ts-expect-error `jitter` is not a key of RetryOptions
      jitter: true,
    });
  });
});

describe('rejectUnknownKeys', () => {
  const valid = validKeys(['baseUrl', 'retry'], { retry: validKeys(['maxAttempts']) });
  const check = (given: object) => () => rejectUnknownKeys(given, valid, () => 'Test createClient');

  it('passes known keys, with any value', () => {
    expect(check({ baseUrl: undefined, retry: false })).not.toThrow();
    expect(check({ retry: { maxAttempts: 2 } })).not.toThrow();
  });

  it('names the unknown key and the closest valid one', () => {
    expect(check({ baseURL: 'http://localhost:4010' })).toThrow(
      new ConfigurationError('Test createClient: unknown option `baseURL` — did you mean `baseUrl`?'),
    );
  });

  it('checks nested options objects too', () => {
    expect(check({ retry: { maxAttempt: 2 } })).toThrow(
      'Test createClient `retry`: unknown option `maxAttempt` — did you mean `maxAttempts`?',
    );
  });
});

describe('createProviderClient rejects unknown options before anything else', () => {
  const spec = {
    provider: 'test-api',
    title: 'Test API',
    keys: [
      ['apiKey', 'TEST_API_KEY'],
      ['secret', 'TEST_SECRET'],
    ],
    tokenEnv: 'TEST_TOKEN',
    sign: async () => 'signed',
    tokenLifetimeSeconds: 60,
    authorization: (token: string) => `Bearer ${token}`,
    requestIdHeaders: [],
    errorBody: {},
    listOperations: testLists,
    defaultBaseUrl: 'https://api.example.invalid',
    defaultUserAgent: 'test/0',
  } as const;
  const create = (options: Record<string, unknown>) => () =>
    createProviderClient(spec, options as Parameters<typeof createProviderClient>[1]);

  it.each([
    // The plain-JS mistake that used to send the token to the production host.
    [{ token: 't', baseURL: 'http://localhost:4010' }, /unknown option `baseURL` — did you mean `baseUrl`\?/],
    [{ apikey: 'k', secret: 's' }, /unknown option `apikey` — did you mean `apiKey`\?/],
    [{ token: 't', timeout: 5000 }, /unknown option `timeout` — did you mean `timeoutMs`\?/],
    [
      { token: 't', retry: { attempts: 2 } },
      /`retry`: unknown option `attempts` — did you mean `maxAttempts`\?/,
    ],
  ])('%o', (options, want) => {
    expect(create(options)).toThrow(ConfigurationError);
    expect(create(options)).toThrow(want);
    expect(create(options)).toThrow(/^Test API createClient/);
  });

  it('an unknown key is reported even when credentials are missing too', () => {
    expect(create({ env: {}, baseURL: 'x' })).toThrow(/unknown option `baseURL`/);
  });

  it('takes every documented option and the credential keys', () => {
    const client = create({
      apiKey: 'k',
      secret: 's',
      baseUrl: 'http://127.0.0.1:1',
      fetch: globalThis.fetch,
      timeoutMs: 1000,
      retry: { maxAttempts: 2, initialDelayMs: 1, maxDelayMs: 2, maxElapsedMs: 10 },
      userAgent: 'x',
      tokenExpiresInSeconds: 60,
      now: Date.now,
      env: {},
    });
    expect(client).not.toThrow();
  });
});

describe('numeric options: NaN, negative, or infinite where it means nothing', () => {
  const spec = {
    provider: 'test-api',
    title: 'Test API',
    keys: [
      ['apiKey', 'TEST_API_KEY'],
      ['secret', 'TEST_SECRET'],
    ],
    tokenEnv: 'TEST_TOKEN',
    sign: async () => 'signed',
    tokenLifetimeSeconds: 60,
    authorization: (token: string) => `Bearer ${token}`,
    requestIdHeaders: [],
    errorBody: {},
    listOperations: testLists,
    defaultBaseUrl: 'https://api.example.invalid',
    defaultUserAgent: 'test/0',
  } as const;
  const create = (options: Record<string, unknown>) => () =>
    createProviderClient(spec, { token: 'given-token', ...options } as never);

  it.each([
    ['timeoutMs', { timeoutMs: Number.NaN }],
    ['timeoutMs', { timeoutMs: -5 }],
    ['timeoutMs', { timeoutMs: 0 }],
    ['maxResponseBytes', { maxResponseBytes: Infinity }],
    ['maxResponseBytes', { maxResponseBytes: 0 }],
    ['maxResponseBytes', { maxResponseBytes: 1.5 }],
    ['maxResponseBytes', { maxResponseBytes: Number.NaN }],
    ['tokenExpiresInSeconds', { tokenExpiresInSeconds: -60 }],
    ['tokenExpiresInSeconds', { tokenExpiresInSeconds: Infinity }],
    ['maxAttempts', { retry: { maxAttempts: 0 } }],
    ['maxAttempts', { retry: { maxAttempts: Infinity } }],
    ['maxAttempts', { retry: { maxAttempts: 2.5 } }],
    ['initialDelayMs', { retry: { initialDelayMs: -1 } }],
    ['maxDelayMs', { retry: { maxDelayMs: Number.NaN } }],
    ['maxElapsedMs', { retry: { maxElapsedMs: -1 } }],
  ])('%s: %o is a ConfigurationError naming it', (name, options) => {
    expect(create(options)).toThrow(ConfigurationError);
    expect(create(options)).toThrow(new RegExp(`^Test API createClient.*: \`${name}\` must be`));
  });

  it.each([
    { timeoutMs: Infinity },
    { retry: { maxElapsedMs: Infinity } },
    { maxResponseBytes: 1024 },
    { tokenExpiresInSeconds: 3600 },
  ])('%o is fine', (options) => {
    expect(create(options)).not.toThrow();
  });
});
