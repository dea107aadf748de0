import { inspect } from 'node:util';
import { decodeJwt, jwtVerify, SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../src/index.js';
import { cachedSignedToken, resolveCredentials, signHs256, staticToken } from '../src/internal.js';

describe('cachedSignedToken', () => {
  const setup = (lifetime = 3600) => {
    let clock = 1_700_000_000_000;
    let signed = 0;
    const source = cachedSignedToken({
      now: () => clock,
      sign: async (iat) => {
        signed++;
        return {
          token: await signHs256({ n: signed, iat, exp: iat + lifetime }, 's3cr3t'),
          expiresAt: iat + lifetime,
        };
      },
    });
    return { source, advance: (ms: number) => (clock += ms), signed: () => signed };
  };

  it('signs once and reuses the token', async () => {
    const { source, signed } = setup();
    const [a, b] = await Promise.all([source.getToken(), source.getToken()]);
    expect(a).toBe(b);
    expect(await source.getToken()).toBe(a);
    expect(signed()).toBe(1);
  });

  it('hands a cached token (and a static one) out synchronously: only a signing is a promise', async () => {
    const { source } = setup();
    const first = source.getToken();
    expect(first).toBeInstanceOf(Promise);
    const token = await first;
    expect(source.getToken()).toBe(token);
    expect(staticToken('t').getToken()).toBe('t');
  });

  it('re-signs a minute before expiry, not earlier', async () => {
    const { source, advance, signed } = setup(3600);
    const first = await source.getToken();
    advance(3539 * 1000);
    expect(await source.getToken()).toBe(first);
    advance(2000);
    const second = await source.getToken();
    expect(second).not.toBe(first);
    expect(signed()).toBe(2);
    expect(decodeJwt(second).iat).toBe((decodeJwt(first).iat ?? 0) + 3541);
  });

  it('fresh: true always re-signs', async () => {
    const { source, signed } = setup();
    await source.getToken();
    await source.getToken({ fresh: true });
    expect(signed()).toBe(2);
    expect(source.canRefresh).toBe(true);
  });

  it('a failed signing is not cached', async () => {
    let fail = true;
    const source = cachedSignedToken({
      sign: async () => {
        if (fail) throw new Error('no key');
        return { token: 't', expiresAt: Date.now() / 1000 + 3600 };
      },
    });
    await expect(source.getToken()).rejects.toThrow('no key');
    fail = false;
    expect(await source.getToken()).toBe('t');
  });

  it('signHs256 makes a token jose verifies', async () => {
    const token = await signHs256({ a: 1 }, 'k3y');
    const { payload, protectedHeader } = await jwtVerify(token, new TextEncoder().encode('k3y'));
    expect(payload).toEqual({ a: 1 });
    expect(protectedHeader).toEqual({ alg: 'HS256', typ: 'JWT' });
  });

  it.each([
    ['ASCII claims', { iss: 'key', iat: 1_700_000_000, exp: 1_700_007_200 }, 'secret'],
    ['non-ASCII claims and secret', { name: 'Zoë ✓ 日本', n: [1, 2] }, 'sécret-🔑'],
    // Bytes that base64 spells with `+`, `/` and padding: base64url must not.
    ['claims whose base64 has + / =', { a: '>>>???~~~', b: 'ÿþ' }, 'k'],
    ['a long secret (longer than the SHA-256 block)', { a: 1 }, 'x'.repeat(200)],
  ])('signHs256 gives the same token as jose SignJWT: %s', async (_name, claims, secret) => {
    const ours = await signHs256(claims, secret);
    const theirs = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .sign(new TextEncoder().encode(secret));
    expect(ours).toBe(theirs);
    expect(ours).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
  });

  it('token sources print no token', () => {
    const source = staticToken('super-secret-token');
    expect(JSON.stringify(source)).not.toContain('super-secret-token');
    expect(inspect(source, { depth: 5 })).not.toContain('super-secret-token');
    expect(source.canRefresh).toBe(false);
  });
});

describe('resolveCredentials', () => {
  const spec = {
    title: 'VideoSDK.live',
    keys: [
      ['apiKey', 'VIDEOSDK_API_KEY'],
      ['secret', 'VIDEOSDK_SECRET'],
    ],
    tokenEnv: 'VIDEOSDK_TOKEN',
  } as const;
  const cases: [string, { options: Record<string, string>; env: Record<string, string>; want: unknown }][] = [
    [
      'explicit token',
      {
        options: { token: 't' },
        env: { VIDEOSDK_API_KEY: 'k', VIDEOSDK_SECRET: 's' },
        want: { kind: 'token', token: 't' },
      },
    ],
    [
      'explicit keys',
      {
        options: { apiKey: 'k', secret: 's' },
        env: {},
        want: { kind: 'keys', keys: { apiKey: 'k', secret: 's' } },
      },
    ],
    [
      'env keys before env token',
      {
        options: {},
        env: { VIDEOSDK_API_KEY: 'k', VIDEOSDK_SECRET: 's', VIDEOSDK_TOKEN: 't' },
        want: { kind: 'keys', keys: { apiKey: 'k', secret: 's' } },
      },
    ],
    ['env token', { options: {}, env: { VIDEOSDK_TOKEN: 't' }, want: { kind: 'token', token: 't' } }],
  ];
  it.each(cases)('%s', (_name, { options, env, want }) => {
    expect(resolveCredentials(spec, options, env)).toEqual(want);
  });

  const failures: [string, { options: Record<string, string>; env: Record<string, string>; want: RegExp }][] =
    [
      [
        'nothing',
        { options: {}, env: {}, want: /Set VIDEOSDK_API_KEY and VIDEOSDK_SECRET \(or VIDEOSDK_TOKEN/ },
      ],
      [
        'env key without secret',
        {
          options: {},
          env: { VIDEOSDK_API_KEY: 'key-value' },
          want: /Set VIDEOSDK_SECRET \(or VIDEOSDK_TOKEN/,
        },
      ],
      [
        'env secret without key',
        { options: {}, env: { VIDEOSDK_SECRET: 'secret-value' }, want: /Set VIDEOSDK_API_KEY \(or/ },
      ],
      [
        'explicit key without secret',
        { options: { apiKey: 'key-value' }, env: {}, want: /`secret` is missing/ },
      ],
    ];
  it.each(failures)(
    '%s → ConfigurationError naming the variables, not values',
    (_name, { options, env, want }) => {
      let error: unknown;
      try {
        resolveCredentials(spec, options, env);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ConfigurationError);
      expect((error as Error).message).toMatch(want);
      expect((error as Error).message).not.toMatch(/key-value|secret-value/);
    },
  );
});
