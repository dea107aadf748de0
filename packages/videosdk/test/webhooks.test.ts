import { createPrivateKey, createPublicKey, generateKeyPairSync, sign } from 'node:crypto';
import { createRequire } from 'node:module';
import { type RunningMock, startMock } from '@rtc-sessions/mock';
import { json, startServer } from '@rtc-sessions/test-helpers/server';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { ConfigurationError, createClient } from '../src/index.js';
import {
  createPublicKeyFetcher,
  type PublicKeySource,
  type VideoSdkWebhookEvent,
  verifyWebhook,
  WebhookVerificationError,
} from '../src/webhooks.js';
import {
  createTestDelivery,
  signWebhookForTest,
  TEST_WEBHOOK_PRIVATE_KEY,
  TEST_WEBHOOK_PUBLIC_KEY,
  webhookAdapter,
} from '../src/webhooks-testing.js';

const require = createRequire(import.meta.url);

// VideoSDK's published example of participant-joined (its Webhooks List page)
const joined = {
  webhookType: 'participant-joined',
  data: {
    meetingId: 'jvsg-8rjn-j304',
    sessionId: '613731342f27f56e4fc4b6d0',
    participantId: 'fkd74h',
    participantName: 'John',
  },
};
const compact = JSON.stringify(joined);
const pretty = JSON.stringify(joined, null, 2);

// A second key pair, the "real" VideoSDK key of these tests; signatures are made here with
// node:crypto directly, independently of the code under test.
const other = generateKeyPairSync('rsa', { modulusLength: 2048 });
const OTHER_PUBLIC_PKCS1 = other.publicKey.export({ type: 'pkcs1', format: 'pem' }).toString();
const OTHER_PUBLIC_SPKI = other.publicKey.export({ type: 'spki', format: 'pem' }).toString();
const signWith = (text: string, key = other.privateKey) =>
  sign('sha256', Buffer.from(text), key).toString('base64');

async function rejection(promise: Promise<unknown>): Promise<WebhookVerificationError> {
  const error = await promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WebhookVerificationError);
  const failure = error as WebhookVerificationError;
  expect(failure.message).not.toContain(signWith(compact));
  expect(failure.message).not.toContain('John');
  expect(failure.message).not.toMatch(/BEGIN|PRIVATE/);
  return failure;
}

describe('verifyWebhook (VideoSDK)', () => {
  const headers = { 'videosdk-signature': signWith(compact), 'content-type': 'application/json' };

  it('accepts a signed delivery from a string, a Buffer, a Uint8Array, Headers or a record; PKCS#1 or SPKI key', async () => {
    for (const publicKey of [
      OTHER_PUBLIC_PKCS1,
      OTHER_PUBLIC_SPKI,
      OTHER_PUBLIC_PKCS1.replace(/\n/g, '\\n'),
    ]) {
      for (const raw of [compact, Buffer.from(compact), new TextEncoder().encode(compact)]) {
        for (const h of [headers, new Headers(headers)]) {
          expect(await verifyWebhook(raw, h, { publicKey })).toEqual({
            known: true,
            event: 'participant-joined',
            body: joined,
          });
        }
      }
    }
  });

  it("accepts what VideoSDK's sample verifies: the compact re-serialization of a re-formatted or parsed body", async () => {
    // the signature covers JSON.stringify(body); the wire (or a proxy) had the body pretty-printed
    expect((await verifyWebhook(pretty, headers, { publicKey: OTHER_PUBLIC_PKCS1 })).known).toBe(true);
    // express.json() already parsed it
    expect((await verifyWebhook(joined, headers, { publicKey: OTHER_PUBLIC_PKCS1 })).event).toBe(
      'participant-joined',
    );
    // and the raw bytes still come first: a signature over the pretty bytes verifies too
    const signedPretty = { 'videosdk-signature': signWith(pretty) };
    expect((await verifyWebhook(pretty, signedPretty, { publicKey: OTHER_PUBLIC_PKCS1 })).known).toBe(true);
  });

  it('refuses a tampered body, a wrong key and a signature of something else', async () => {
    const tampered = compact.replace('John', 'Joan');
    expect(
      (await rejection(verifyWebhook(tampered, headers, { publicKey: OTHER_PUBLIC_PKCS1 }))).reason,
    ).toBe('bad_signature');
    const wrongKey = await rejection(verifyWebhook(compact, headers, { publicKey: TEST_WEBHOOK_PUBLIC_KEY }));
    expect(wrongKey).toMatchObject({ reason: 'bad_signature', header: 'videosdk-signature' });
    const parsedTampered = { ...joined, data: { ...joined.data, participantName: 'Joan' } };
    expect(
      (await rejection(verifyWebhook(parsedTampered, headers, { publicKey: OTHER_PUBLIC_PKCS1 }))).reason,
    ).toBe('bad_signature');
  });

  it('refuses missing or malformed headers, unreadable keys, missing keys and misspelled options', async () => {
    const missing = await rejection(verifyWebhook(compact, {}, { publicKey: OTHER_PUBLIC_PKCS1 }));
    expect(missing).toMatchObject({ reason: 'missing_header', header: 'videosdk-signature' });
    const notBase64 = { 'videosdk-signature': 'not base64!' };
    expect(
      (await rejection(verifyWebhook(compact, notBase64, { publicKey: OTHER_PUBLIC_PKCS1 }))).reason,
    ).toBe('malformed_header');
    expect((await rejection(verifyWebhook(compact, headers, { publicKey: 'not a key' }))).reason).toBe(
      'unknown_key',
    );
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({
      type: 'spki',
      format: 'pem',
    });
    expect((await rejection(verifyWebhook(compact, headers, { publicKey: ec.toString() }))).reason).toBe(
      'unknown_key',
    );
    expect((await rejection(verifyWebhook(compact, headers, { publicKey: '' }))).reason).toBe(
      'missing_secret',
    );
    await expect(
      verifyWebhook(compact, headers, { publickey: OTHER_PUBLIC_PKCS1 } as unknown as { publicKey: string }),
    ).rejects.toThrow('did you mean `publicKey`?');
  });

  it('refuses a signed body that is not a JSON object naming its event', async () => {
    for (const text of ['[1,2]', 'plain text', '{"data":{}}']) {
      const failure = await rejection(
        verifyWebhook(text, { 'videosdk-signature': signWith(text) }, { publicKey: OTHER_PUBLIC_PKCS1 }),
      );
      expect(failure.reason).toBe('malformed_body');
    }
  });

  it('delivers an event the spec does not know as a typed unknown event', async () => {
    const text = JSON.stringify({ webhookType: 'transcription-started', data: { sessionId: 's' } });
    const event = await verifyWebhook(
      text,
      { 'videosdk-signature': signWith(text) },
      { publicKey: OTHER_PUBLIC_PKCS1 },
    );
    expect(event).toEqual({ known: false, event: 'transcription-started', body: JSON.parse(text) });
    expectTypeOf(event).toEqualTypeOf<VideoSdkWebhookEvent>();
    if (event.known && event.event === 'participant-joined')
      expectTypeOf(event.body.data.participantId).toEqualTypeOf<string>();
  });
});

describe('public key sources', () => {
  function countingSource(keys: string[]): { source: PublicKeySource; stats: { fetches: number } } {
    const stats = { fetches: 0 };
    const fetchFn = async () => {
      const key = keys[Math.min(stats.fetches, keys.length - 1)];
      stats.fetches++;
      return { ok: true, status: 200, json: async () => ({ publicKey: key }) };
    };
    // each reading of the clock is two minutes later: past the one-refresh-a-minute limit
    let clock = 0;
    const source = createPublicKeyFetcher({
      baseUrl: 'http://127.0.0.1:9',
      fetch: fetchFn,
      now: () => (clock += 120_000),
    });
    return { source, stats };
  }

  it('fetches once, caches, and refetches once when a signature fails (a rotated key)', async () => {
    const { source, stats } = countingSource([TEST_WEBHOOK_PUBLIC_KEY, OTHER_PUBLIC_PKCS1]);
    // signed with the new key while the cache holds the old one
    expect((await verifyWebhook(compact, headers(), { publicKey: source })).known).toBe(true);
    expect(stats.fetches).toBe(2);
    expect((await verifyWebhook(compact, headers(), { publicKey: source })).known).toBe(true);
    expect(stats.fetches).toBe(2);
    function headers() {
      return { 'videosdk-signature': signWith(compact) };
    }
  });

  it('reports a failed fetch as unknown_key, and a non-2xx answer with its status', async () => {
    const down = createPublicKeyFetcher({
      baseUrl: 'http://127.0.0.1:9',
      fetch: async () => Promise.reject(new Error('ECONNREFUSED')),
    });
    const failure = await rejection(
      verifyWebhook(compact, { 'videosdk-signature': signWith(compact) }, { publicKey: down }),
    );
    expect(failure.reason).toBe('unknown_key');
    const missing = createPublicKeyFetcher({
      fetch: async () => ({ ok: false, status: 404, json: async () => ({}) }),
    });
    await expect(missing.get()).rejects.toThrow('/public/rsa-public-key answered 404');
  });
});

describe('createPublicKeyFetcher against a loopback key server', () => {
  // answers the first `stallFirst` requests never (the socket stays open), the rest with the key
  async function keyServer(stallFirst: number) {
    return startServer((_req, res, _seen, index) => {
      if (index < stallFirst) return; // stalls: no status, no body
      json(res, 200, { publicKey: OTHER_PUBLIC_PKCS1 });
    });
  }
  const delivery = () => ({ 'videosdk-signature': signWith(compact) });

  it('gives up on a stalling server after timeoutMs as unknown_key, and does not cache the failure', async () => {
    const server = await keyServer(1);
    try {
      const source = createPublicKeyFetcher({ baseUrl: server.url, timeoutMs: 200 });
      const started = performance.now();
      const failure = await rejection(verifyWebhook(compact, delivery(), { publicKey: source }));
      const waited = performance.now() - started;
      expect(failure.reason).toBe('unknown_key');
      expect(failure.message).toContain('did not answer within 200 ms');
      expect(waited).toBeGreaterThanOrEqual(190);
      expect(waited).toBeLessThan(5_000);
      // the next delivery fetches again (the server answers now) and verifies
      expect((await verifyWebhook(compact, delivery(), { publicKey: source })).known).toBe(true);
      expect(server.requests).toHaveLength(2);
    } finally {
      await server.close();
    }
  });

  it('shares one fetch in flight between concurrent verifications', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const server = await startServer(async (_req, res) => {
      await gate;
      json(res, 200, { publicKey: OTHER_PUBLIC_PKCS1 });
    });
    try {
      const source = createPublicKeyFetcher({ baseUrl: server.url });
      const runs = Array.from({ length: 8 }, () => verifyWebhook(compact, delivery(), { publicKey: source }));
      await new Promise((resolve) => setTimeout(resolve, 50));
      release();
      for (const event of await Promise.all(runs)) expect(event.known).toBe(true);
      expect(server.requests).toHaveLength(1);
    } finally {
      await server.close();
    }
  });

  it('refuses a meaningless timeoutMs or ttlMs, and a misspelt option, naming it', () => {
    for (const bad of [Number.NaN, 0, -1, Number.POSITIVE_INFINITY]) {
      expect(() => createPublicKeyFetcher({ timeoutMs: bad })).toThrow(ConfigurationError);
      expect(() => createPublicKeyFetcher({ timeoutMs: bad })).toThrow(/timeoutMs/);
      expect(() => createPublicKeyFetcher({}, { ttlMs: bad })).toThrow(/ttlMs/);
    }
    expect(() => createPublicKeyFetcher({ timeoutMS: 1 } as never)).toThrow('did you mean `timeoutMs`?');
  });
});

describe('the TEST key pair and the mock', { timeout: 60_000 }, () => {
  let mock: RunningMock;
  beforeAll(async () => {
    mock = await startMock({ provider: 'videosdk' });
  }, 60_000);
  afterAll(async () => {
    await mock?.stop();
  });

  it('is a key pair, and the spec example of the public-key operation is its public half', () => {
    const derived = createPublicKey(createPrivateKey(TEST_WEBHOOK_PRIVATE_KEY)).export({
      type: 'pkcs1',
      format: 'pem',
    });
    expect(derived).toBe(TEST_WEBHOOK_PUBLIC_KEY);
    const spec = require('@rtc-sessions/spec-videosdk/openapi.json') as {
      paths: Record<
        string,
        {
          get: {
            responses: {
              200: {
                content: {
                  'application/json': { examples: Record<string, { value: { publicKey: string } }> };
                };
              };
            };
          };
        }
      >;
    };
    const examples =
      spec.paths['/public/rsa-public-key']?.get.responses[200].content['application/json'].examples ?? {};
    expect(Object.values(examples).map((e) => e.value.publicKey)).toEqual([TEST_WEBHOOK_PUBLIC_KEY]);
  });

  it('a delivery signed with the test key verifies with the key fetched from the mock, through the client or plain fetch', async () => {
    const delivery = createTestDelivery(joined);
    expect(delivery.body).toBe(compact);
    for (const publicKey of [
      createPublicKeyFetcher({ baseUrl: mock.url }),
      createPublicKeyFetcher(createClient({ baseUrl: mock.url, token: 'any-token-for-the-mock' })),
    ]) {
      expect(await verifyWebhook(delivery.body, delivery.headers, { publicKey })).toEqual({
        known: true,
        event: 'participant-joined',
        body: joined,
      });
    }
    const verify = webhookAdapter.createVerifier({}, { baseUrl: mock.url });
    const signed = webhookAdapter.sign(compact, {});
    await expect(verify(signed.body, signed.headers)).resolves.toMatchObject({ known: true });
    // the same body signed with another key does not verify against the mock's key
    const foreign = signWebhookForTest(compact, {
      privateKey: other.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    });
    expect((await rejection(verify(compact, foreign))).reason).toBe('bad_signature');
  });
});

describe("every example of the spec's webhooks", () => {
  it('is delivered, verified and recognised as its own known event', async () => {
    const spec = require('@rtc-sessions/spec-videosdk/openapi.json') as {
      webhooks: Record<
        string,
        {
          post: {
            requestBody: {
              content: { 'application/json': { examples?: Record<string, { value: unknown }> } };
            };
          };
        }
      >;
    };
    const names = Object.keys(spec.webhooks);
    expect(names.length).toBe(13);
    for (const name of names) {
      const examples = spec.webhooks[name]?.post.requestBody.content['application/json'].examples ?? {};
      expect(Object.keys(examples).length, name).toBeGreaterThan(0);
      for (const { value } of Object.values(examples)) {
        const delivery = createTestDelivery(value);
        const event = await verifyWebhook(delivery.body, delivery.headers, {
          publicKey: TEST_WEBHOOK_PUBLIC_KEY,
        });
        expect([event.known, event.event]).toEqual([true, name]);
      }
    }
  });
});
