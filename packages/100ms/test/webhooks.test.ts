import { createRequire } from 'node:module';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  type HmsWebhookEvent,
  verifyWebhook,
  verifyWebhookSync,
  WebhookVerificationError,
  webhookSecretEnv,
  withUnknownFields,
} from '../src/webhooks.js';
import { createTestDelivery, webhookAdapter } from '../src/webhooks-testing.js';

const SECRET = 'hms-header-value-never-printed';
const secretHeaders = { 'X-Webhook-Secret': SECRET };
// 100ms's published sample event (its Webhook Events page)
const joined = {
  version: '2.0',
  id: '6c75de35-b778-4fb0-88ae-114c28dc285f',
  account_id: '60b8e13a6eb86d8101b57354',
  timestamp: '2021-08-08T07:04:15Z',
  type: 'peer.join.success',
  data: {
    joined_at: '2021-08-08T07:04:15.001380432Z',
    peer_id: '83b869e1-9a4b-4037-84b2-913cf76e4392',
    role: 'host',
    room_id: '60b8e13a6eb86d8101b57354',
    room_name: 'test room',
    session_id: '610f81ee870dde099a249948',
    template_id: '66112497abcd52312556c4gg',
    user_id: 'user.001',
    user_name: 'test user',
  },
};
const body = JSON.stringify(joined);

async function rejection(promise: Promise<unknown>): Promise<WebhookVerificationError> {
  const error = await promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WebhookVerificationError);
  const failure = error as WebhookVerificationError;
  expect(`${failure.message} ${String(failure.stack)}`).not.toContain(SECRET.slice(0, 12));
  return failure;
}

describe('verifyWebhook (100ms)', () => {
  const headers = { 'x-webhook-secret': SECRET, 'content-type': 'application/json' };

  it('accepts a delivery with the configured header from a string, a Buffer, a Uint8Array, Headers or a record', async () => {
    for (const raw of [body, Buffer.from(body), new TextEncoder().encode(body)]) {
      for (const h of [headers, new Headers(headers), { 'X-WEBHOOK-SECRET': SECRET }]) {
        expect(await verifyWebhook(raw, h, { secretHeaders })).toEqual({
          known: true,
          event: 'peer.join.success',
          body: joined,
        });
      }
    }
  });

  it('refuses a wrong value (longer, shorter, or off by one character) and a missing header', async () => {
    for (const value of [`${SECRET}x`, SECRET.slice(1), SECRET.replace(/.$/, 'X'), '']) {
      const failure = await rejection(verifyWebhook(body, { 'x-webhook-secret': value }, { secretHeaders }));
      expect(failure).toMatchObject({
        reason: value === '' ? 'missing_header' : 'bad_signature',
        header: 'x-webhook-secret',
      });
    }
    const missing = await rejection(
      verifyWebhook(body, { 'content-type': 'application/json' }, { secretHeaders }),
    );
    expect(missing.message).toBe('header x-webhook-secret is missing');
  });

  it('requires every configured header', async () => {
    const two = { ...secretHeaders, 'x-second': 'second-value' };
    expect((await rejection(verifyWebhook(body, headers, { secretHeaders: two }))).header).toBe('x-second');
    await expect(
      verifyWebhook(body, { ...headers, 'x-second': 'second-value' }, { secretHeaders: two }),
    ).resolves.toMatchObject({ known: true });
  });

  it('refuses a configuration without secrets and misspelled options', async () => {
    expect((await rejection(verifyWebhook(body, headers, { secretHeaders: {} }))).reason).toBe(
      'missing_secret',
    );
    expect(
      (await rejection(verifyWebhook(body, headers, { secretHeaders: { 'x-webhook-secret': '' } }))).reason,
    ).toBe('missing_secret');
    await expect(
      verifyWebhook(body, headers, { secretHeader: secretHeaders } as unknown as {
        secretHeaders: Record<string, string>;
      }),
    ).rejects.toThrow('did you mean `secretHeaders`?');
  });

  it('refuses a body that is not a JSON object naming its type, and delivers unknown types typed', async () => {
    for (const text of ['{', '"peer.join.success"', '{"data":{}}'])
      expect((await rejection(verifyWebhook(text, headers, { secretHeaders }))).reason).toBe(
        'malformed_body',
      );
    const future = JSON.stringify({ ...joined, type: 'whiteboard.open.success' });
    const event = await verifyWebhook(future, headers, { secretHeaders });
    expect(event).toMatchObject({ known: false, event: 'whiteboard.open.success' });
    expectTypeOf(event).toEqualTypeOf<HmsWebhookEvent>();
    if (event.known && event.event === 'peer.join.success')
      expectTypeOf(event.body.data.peer_id).toBeString();
  });
});

describe('typed data of a verified event', () => {
  const headers = { 'x-webhook-secret': SECRET };

  it('types data with exactly its keys: a misspelt key is a compile error; withUnknownFields reads others', async () => {
    const withExtra = JSON.stringify({ ...joined, data: { ...joined.data, region: 'in' } });
    const event = await verifyWebhook(withExtra, headers, { secretHeaders });
    if (!(event.known && event.event === 'peer.join.success')) throw new Error('expected peer.join.success');
    const { data } = event.body;
    expectTypeOf(data.user_name).toEqualTypeOf<string | undefined>();
    expectTypeOf(data.room_id).toEqualTypeOf<string>();
    // @ts-expect-error the field is user_name: a misspelt key does not compile
    expect(data.peer_name).toBeUndefined();
    // the explicit escape hatch: typed keys keep their types, any other key is unknown
    const open = withUnknownFields(data);
    expectTypeOf(open.region).toEqualTypeOf<unknown>();
    expectTypeOf(open.room_id).toEqualTypeOf<string>();
    expect(open.region).toBe('in');
    expect(open).toBe(data);
  });

  it('gives the same outcome synchronously (node:crypto) as on Web Crypto', async () => {
    for (const h of [headers, { 'x-webhook-secret': `${SECRET}x` }, {}]) {
      const asyncOutcome = await verifyWebhook(body, h, { secretHeaders }).then(
        (e) => e.event,
        (e: WebhookVerificationError) => e.reason,
      );
      let syncOutcome: string;
      try {
        syncOutcome = verifyWebhookSync(body, h, { secretHeaders }).event;
      } catch (error) {
        syncOutcome = (error as WebhookVerificationError).reason;
      }
      expect(syncOutcome).toBe(asyncOutcome);
    }
  });

  it("reads the variables' names from the spec (info.x-rtc-provider.webhookSecrets)", () => {
    const spec = createRequire(import.meta.url)('@rtc-sessions/spec-100ms/openapi.json') as {
      info: { 'x-rtc-provider': { webhookSecrets: Record<string, { env: string }> } };
    };
    const secrets = spec.info['x-rtc-provider'].webhookSecrets;
    expect(webhookSecretEnv).toEqual({
      headerName: secrets.headerName?.env,
      headerValue: secrets.headerValue?.env,
    });
  });
});

describe('test deliveries and the adapter', () => {
  const env = { HMS_WEBHOOK_HEADER: 'X-Webhook-Secret', HMS_WEBHOOK_SECRET: SECRET };

  it('sends the secret header, and the adapter verifies it from the environment', async () => {
    const delivery = createTestDelivery(joined, { secretHeaders });
    expect(delivery.headers['x-webhook-secret']).toBe(SECRET);
    const verify = webhookAdapter.createVerifier(env);
    await expect(verify(delivery.body, delivery.headers)).resolves.toMatchObject({
      event: 'peer.join.success',
    });
    const wrong = webhookAdapter.sign(body, env, { secret: 'not-it' });
    expect((await rejection(verify(wrong.body, wrong.headers))).reason).toBe('bad_signature');
    expect(webhookAdapter.secretHeaders(env)).toEqual(['x-webhook-secret']);
  });

  it('names the variables to set', () => {
    expect(() => webhookAdapter.createVerifier({})).toThrow(/set HMS_WEBHOOK_HEADER to/);
    expect(() => webhookAdapter.createVerifier({ HMS_WEBHOOK_HEADER: 'x' })).toThrow(
      /set HMS_WEBHOOK_SECRET to/,
    );
  });
});

describe("every example of the spec's webhooks", () => {
  it('is delivered, verified and recognised as its own known event', async () => {
    const spec = createRequire(import.meta.url)('@rtc-sessions/spec-100ms/openapi.json') as {
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
    expect(names.length).toBe(23);
    for (const name of names) {
      const examples = spec.webhooks[name]?.post.requestBody.content['application/json'].examples ?? {};
      expect(Object.keys(examples).length, name).toBeGreaterThan(0);
      for (const { value } of Object.values(examples)) {
        const delivery = createTestDelivery(value, { secretHeaders });
        const event = await verifyWebhook(delivery.body, delivery.headers, { secretHeaders });
        expect([event.known, event.event]).toEqual([true, name]);
      }
    }
  });
});
