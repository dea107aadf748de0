import { createHmac } from 'node:crypto';
import { createRequire } from 'node:module';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { ConfigurationError } from '../src/index.js';
import {
  answerUrlValidation,
  answerUrlValidationSync,
  isUrlValidation,
  type RawBody,
  verifyWebhook,
  verifyWebhookSync,
  WebhookVerificationError,
  webhookSecretEnv,
  type ZoomWebhookEvent,
} from '../src/webhooks.js';
import { createTestDelivery, signWebhookForTest, webhookAdapter } from '../src/webhooks-testing.js';

interface SpecWebhooks {
  webhooks: Record<
    string,
    {
      post: {
        requestBody: { content: { 'application/json': { examples?: Record<string, { value: unknown }> } } };
      };
    }
  >;
}

const SECRET = 'zoom-webhook-secret-never-printed';
const NOW = 1_722_000_000_000;
const now = () => NOW;
// Zoom's published example of session.started (its webhooks OpenAPI document)
const started = {
  event: 'session.started',
  event_ts: 1627906944384,
  payload: {
    account_id: 'D8cJuqWVQ623CI4Q8yQK0Q',
    object: {
      id: 'BrgGrWeZSwaXkLBTpvmmvg==',
      session_id: '4567UVWxYZABCdEfGhiJkl==',
      session_name: 'My Session',
      session_key: 'ABC36jaBI145',
      start_time: '2021-08-02T12:22:24Z',
    },
  },
};
const body = JSON.stringify(started);

// An independent computation of Zoom's documented scheme, not the code under test.
function zoomDocSignature(text: string, timestamp: string, secret: string) {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${text}`).digest('hex')}`;
}

async function rejection(promise: Promise<unknown>): Promise<WebhookVerificationError> {
  const error = await promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WebhookVerificationError);
  const failure = error as WebhookVerificationError;
  // no secret, signature or body in any message
  for (const leak of [SECRET, zoomDocSignature(body, String(NOW / 1000), SECRET).slice(3), 'My Session'])
    expect(`${failure.message} ${String(failure.stack)}`).not.toContain(leak);
  return failure;
}

describe('verifyWebhook (Zoom)', () => {
  const timestamp = String(NOW / 1000);
  const headers = {
    'x-zm-request-timestamp': timestamp,
    'x-zm-signature': zoomDocSignature(body, timestamp, SECRET),
    'content-type': 'application/json',
  };

  it('accepts a delivery signed as Zoom documents, from a string, a Buffer, a Uint8Array, Headers or a record', async () => {
    const inputs: [RawBody, ConstructorParameters<typeof Headers>[0] | Record<string, string>][] = [
      [body, headers],
      [Buffer.from(body), headers],
      [new TextEncoder().encode(body), headers],
    ];
    for (const [raw, h] of inputs) {
      for (const asHeaders of [h as Record<string, string>, new Headers(h as Record<string, string>)]) {
        const event = await verifyWebhook(raw, asHeaders, { secretToken: SECRET, now });
        expect(event).toEqual({ known: true, event: 'session.started', body: started });
      }
    }
    // a hand-built record with other cases, and a Node array value of one element
    const mixed = { 'X-ZM-Signature': headers['x-zm-signature'], 'x-zm-request-timestamp': [timestamp] };
    expect((await verifyWebhook(body, mixed, { secretToken: SECRET, now })).event).toBe('session.started');
  });

  it('reads a Buffer slice without its neighbours', async () => {
    const pool = Buffer.from(`xx${body}yy`);
    const slice = pool.subarray(2, 2 + Buffer.byteLength(body));
    expect((await verifyWebhook(slice, headers, { secretToken: SECRET, now })).known).toBe(true);
  });

  it('refuses a tampered body, a wrong secret and a tampered timestamp as bad_signature', async () => {
    const tampered = body.replace('My Session', 'My Sessiom');
    expect((await rejection(verifyWebhook(tampered, headers, { secretToken: SECRET, now }))).reason).toBe(
      'bad_signature',
    );
    const wrong = await rejection(verifyWebhook(body, headers, { secretToken: `${SECRET}x`, now }));
    expect(wrong.reason).toBe('bad_signature');
    expect(wrong.header).toBe('x-zm-signature');
    const shifted = { ...headers, 'x-zm-request-timestamp': String(NOW / 1000 + 1) };
    expect((await rejection(verifyWebhook(body, shifted, { secretToken: SECRET, now }))).reason).toBe(
      'bad_signature',
    );
  });

  it('reads the signature’s hex in either case, and refuses one that is not v0= + 64 hex digits', async () => {
    const signature = headers['x-zm-signature'];
    const upper = { ...headers, 'x-zm-signature': `v0=${signature.slice(3).toUpperCase()}` };
    expect((await verifyWebhook(body, upper, { secretToken: SECRET, now })).known).toBe(true);
    expect(verifyWebhookSync(body, upper, { secretToken: SECRET, now }).known).toBe(true);
    for (const bad of [
      `v1=${signature.slice(3)}`,
      `${signature}0`,
      signature.slice(0, -1),
      `${signature.slice(0, -1)}g`,
      signature.slice(3),
    ]) {
      const failure = await rejection(
        verifyWebhook(body, { ...headers, 'x-zm-signature': bad }, { secretToken: SECRET, now }),
      );
      expect(failure.reason, bad).toBe('bad_signature');
      expect(() =>
        verifyWebhookSync(body, { ...headers, 'x-zm-signature': bad }, { secretToken: SECRET, now }),
      ).toThrow(expect.objectContaining({ reason: 'bad_signature' }));
    }
  });

  it('refuses stale and future timestamps beyond the tolerance (default 5 minutes, configurable)', async () => {
    const at = (ms: number) => () => ms;
    expect((await verifyWebhook(body, headers, { secretToken: SECRET, now: at(NOW + 300_000) })).known).toBe(
      true,
    );
    const stale = await rejection(
      verifyWebhook(body, headers, { secretToken: SECRET, now: at(NOW + 301_000) }),
    );
    expect(stale.reason).toBe('stale_timestamp');
    expect(stale.message).toContain('301 s behind');
    const future = await rejection(
      verifyWebhook(body, headers, { secretToken: SECRET, now: at(NOW - 400_000) }),
    );
    expect(future.reason).toBe('stale_timestamp');
    await expect(
      verifyWebhook(body, headers, { secretToken: SECRET, now: at(NOW + 301_000), toleranceSeconds: 600 }),
    ).resolves.toMatchObject({ known: true });
    const strict = verifyWebhook(body, headers, {
      secretToken: SECRET,
      now: at(NOW + 2_000),
      toleranceSeconds: 1,
    });
    expect((await rejection(strict)).reason).toBe('stale_timestamp');
  });

  it('refuses missing and malformed headers, naming the header', async () => {
    for (const name of ['x-zm-signature', 'x-zm-request-timestamp'] as const) {
      const { [name]: _dropped, ...rest } = headers;
      const failure = await rejection(verifyWebhook(body, rest, { secretToken: SECRET, now }));
      expect(failure).toMatchObject({ reason: 'missing_header', header: name });
      expect(failure.message).toContain(name);
    }
    const twice = { ...headers, 'x-zm-signature': [headers['x-zm-signature'], 'v0=00'] };
    expect((await rejection(verifyWebhook(body, twice, { secretToken: SECRET, now }))).reason).toBe(
      'malformed_header',
    );
    const notSeconds = { ...headers, 'x-zm-request-timestamp': '2024-08-01T00:00:00Z' };
    expect((await rejection(verifyWebhook(body, notSeconds, { secretToken: SECRET, now }))).reason).toBe(
      'malformed_header',
    );
  });

  it('refuses a missing secret, a misspelled option, a parsed object and a signed non-JSON body', async () => {
    expect((await rejection(verifyWebhook(body, headers, { secretToken: '' }))).reason).toBe(
      'missing_secret',
    );
    await expect(
      verifyWebhook(body, headers, { secretTokn: SECRET } as unknown as { secretToken: string }),
    ).rejects.toThrow('unknown option `secretTokn` — did you mean `secretToken`?');
    const parsed = verifyWebhook(started as unknown as string, headers, { secretToken: SECRET, now });
    expect((await rejection(parsed)).reason).toBe('malformed_body');
    const text = 'not json';
    const signed = { ...headers, 'x-zm-signature': zoomDocSignature(text, timestamp, SECRET) };
    expect((await rejection(verifyWebhook(text, signed, { secretToken: SECRET, now }))).reason).toBe(
      'malformed_body',
    );
  });

  it.each([
    ['NaN', Number.NaN],
    ['negative', -1],
    ['infinite', Number.POSITIVE_INFINITY],
    ['a string', '300'],
  ])('refuses a toleranceSeconds that is %s, naming the option, in both variants', async (_name, bad) => {
    const options = { secretToken: SECRET, now, toleranceSeconds: bad as number };
    await expect(verifyWebhook(body, headers, options)).rejects.toThrow(ConfigurationError);
    await expect(verifyWebhook(body, headers, options)).rejects.toThrow(/toleranceSeconds/);
    expect(() => verifyWebhookSync(body, headers, options)).toThrow(ConfigurationError);
    // 0 is a valid (strict) window: only the same second passes
    await expect(verifyWebhook(body, headers, { ...options, toleranceSeconds: 0 })).resolves.toMatchObject({
      known: true,
    });
  });

  it('gives the same outcome synchronously (node:crypto) as on Web Crypto, for each kind of delivery', async () => {
    const tampered = body.replace('My Session', 'My Sessiom');
    const late = () => NOW + 301_000;
    const cases: [RawBody, Record<string, string>, () => number][] = [
      [body, headers, now],
      [Buffer.from(body), headers, now],
      [tampered, headers, now],
      [body, headers, late],
      [body, { ...headers, 'x-zm-signature': 'v0=zz' }, now],
    ];
    for (const [raw, h, clock] of cases) {
      const outcome = (run: () => unknown) => {
        try {
          return run();
        } catch (error) {
          return (error as WebhookVerificationError).reason;
        }
      };
      const asyncOutcome = await verifyWebhook(raw, h, { secretToken: SECRET, now: clock }).catch(
        (error: WebhookVerificationError) => error.reason,
      );
      expect(outcome(() => verifyWebhookSync(raw, h, { secretToken: SECRET, now: clock }))).toEqual(
        asyncOutcome,
      );
    }
  });

  it('keeps concurrent deliveries apart: each is judged on its own bytes (nothing shared between calls)', async () => {
    const tampered = body.replace('My Session', 'My Sessiom');
    const signedOther = JSON.stringify({ ...started, event_ts: 2 });
    const otherHeaders = { ...headers, 'x-zm-signature': zoomDocSignature(signedOther, timestamp, SECRET) };
    const runs = Array.from({ length: 60 }, (_, i) => {
      const [raw, h] = [
        [body, headers],
        [tampered, headers],
        [signedOther, otherHeaders],
      ][i % 3] as [string, Record<string, string>];
      return verifyWebhook(raw, h, { secretToken: SECRET, now }).then(
        (e) => e.event,
        (e: WebhookVerificationError) => e.reason,
      );
    });
    const outcomes = await Promise.all(runs);
    outcomes.forEach((outcome, i) => {
      expect(outcome, `delivery ${i}`).toBe(i % 3 === 1 ? 'bad_signature' : 'session.started');
    });
  });

  it("reads the secret's variable name from the spec (info.x-rtc-provider.webhookSecrets)", () => {
    const spec = createRequire(import.meta.url)('@rtc-sessions/spec-zoom-videosdk/openapi.json') as {
      info: { 'x-rtc-provider': { webhookSecrets: Record<string, { env: string }> } };
    };
    expect(webhookSecretEnv.secretToken).toBe(spec.info['x-rtc-provider'].webhookSecrets.secretToken?.env);
  });

  it('delivers an event the spec does not know as a typed unknown event', async () => {
    const future = JSON.stringify({ event: 'session.brand_new', event_ts: 1, payload: { x: 1 } });
    const signed = {
      'x-zm-request-timestamp': timestamp,
      'x-zm-signature': zoomDocSignature(future, timestamp, SECRET),
    };
    const event = await verifyWebhook(future, signed, { secretToken: SECRET, now });
    expect(event).toEqual({ known: false, event: 'session.brand_new', body: JSON.parse(future) });
  });

  it('types the result as a union to narrow on known, then on event', async () => {
    const event = await verifyWebhook(body, headers, { secretToken: SECRET, now });
    expectTypeOf(event).toEqualTypeOf<ZoomWebhookEvent>();
    if (!event.known) expectTypeOf(event.body).toEqualTypeOf<Record<string, unknown>>();
    if (isUrlValidation(event)) expectTypeOf(event.body.payload.plainToken).toEqualTypeOf<string>();
  });
});

describe('answerUrlValidation', () => {
  it("returns Zoom's documented answer: encryptedToken = hex HMAC-SHA256 of plainToken (Web Crypto and sync)", async () => {
    const plainToken = 'qgg8vlvZRS6UYooatFL8Aw';
    const want = {
      plainToken,
      encryptedToken: createHmac('sha256', SECRET).update(plainToken).digest('hex'),
    };
    expect(await answerUrlValidation(plainToken, SECRET)).toEqual(want);
    expect(answerUrlValidationSync(plainToken, SECRET)).toEqual(want);
  });

  it('is recognised after verification, and the adapter answers it', async () => {
    const challenge = { event: 'endpoint.url_validation', event_ts: NOW, payload: { plainToken: 'abc' } };
    const delivery = createTestDelivery(challenge, { secretToken: SECRET, now });
    const event = await verifyWebhook(delivery.body, delivery.headers, { secretToken: SECRET, now });
    expect(isUrlValidation(event)).toBe(true);
    const env = { ZOOM_WEBHOOK_SECRET_TOKEN: SECRET };
    expect(webhookAdapter.reply(event, env)).toEqual({
      status: 200,
      body: await answerUrlValidation('abc', SECRET),
    });
  });
});

describe('test deliveries and the adapter', () => {
  it('signs what verifyWebhook accepts, with the headers Zoom sends', async () => {
    const headers = signWebhookForTest(body, { secretToken: SECRET, now });
    expect(headers['x-zm-signature']).toBe(zoomDocSignature(body, String(NOW / 1000), SECRET));
    const verify = webhookAdapter.createVerifier({ ZOOM_WEBHOOK_SECRET_TOKEN: SECRET });
    const delivery = webhookAdapter.sign(body, { ZOOM_WEBHOOK_SECRET_TOKEN: SECRET });
    await expect(verify(delivery.body, delivery.headers)).resolves.toMatchObject({
      event: 'session.started',
    });
  });

  it('names the variable to set when the secret token is missing', () => {
    expect(() => webhookAdapter.createVerifier({})).toThrow(/set ZOOM_WEBHOOK_SECRET_TOKEN to/);
  });
});

describe("every example of the spec's webhooks", () => {
  it('is delivered, verified and recognised as its own known event', async () => {
    const spec = createRequire(import.meta.url)(
      '@rtc-sessions/spec-zoom-videosdk/openapi.json',
    ) as SpecWebhooks;
    const names = Object.keys(spec.webhooks);
    expect(names.length).toBe(35);
    for (const name of names) {
      const examples = spec.webhooks[name]?.post.requestBody.content['application/json'].examples ?? {};
      expect(Object.keys(examples).length, name).toBeGreaterThan(0);
      for (const { value } of Object.values(examples)) {
        const delivery = createTestDelivery(value, { secretToken: SECRET, now });
        const event = await verifyWebhook(delivery.body, delivery.headers, { secretToken: SECRET, now });
        expect([event.known, event.event]).toEqual([true, name]);
      }
    }
  });
});
