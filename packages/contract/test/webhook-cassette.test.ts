import { describeWebhooks, toWebhookJsonSchemaDocument } from '@rtc-sessions/openapi-model';
import { describe, expect, it } from 'vitest';
import { REDACTED } from '../src/redact.js';
import { isWebhookCassette, redactWebhookCassette, type WebhookCassette } from '../src/webhook-cassette.js';

function delivery(body: unknown, headers: Record<string, string>): WebhookCassette {
  return {
    format: 'rtc-sessions/cassette@1',
    provider: 'zoom-videosdk',
    webhook: 'session.live_streaming_started',
    request: { method: 'POST', path: '/hooks', headers, body, bodyText: JSON.stringify(body) },
    response: { status: 200 },
  };
}

describe('redactWebhookCassette', () => {
  it('keeps the signature headers it is told about and redacts credentials and the secret header', () => {
    const out = redactWebhookCassette(
      delivery(
        { event: 'x' },
        {
          'X-Zm-Signature': 'v0=abc',
          'x-zm-request-timestamp': '1700000000',
          authorization: 'Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig',
          'x-my-hook-secret': 'hunter2-value',
          'x-forwarded-for': '203.0.113.5',
        },
      ),
      { keepHeaders: ['x-zm-signature', 'x-zm-request-timestamp'], extraSecretHeaders: ['X-My-Hook-Secret'] },
    );
    expect(out.request.headers).toEqual({
      'x-zm-signature': 'v0=abc',
      'x-zm-request-timestamp': '1700000000',
      authorization: REDACTED,
      'x-my-hook-secret': REDACTED,
      'x-forwarded-for': '203.0.113.5',
    });
    expect(JSON.stringify(out)).not.toContain('hunter2');
  });

  it('without keepHeaders a signature header is redacted like any credential-named header', () => {
    const out = redactWebhookCassette(delivery({ event: 'x' }, { 'videosdk-signature': 'c2ln' }));
    expect(out.request.headers['videosdk-signature']).toBe(REDACTED);
  });

  it('redacts stream keys and download tokens, and then drops the raw body that no longer matches', () => {
    const body = {
      event: 'session.recording_completed',
      download_token: 'abJhbGciOiJIUzUxMiJ9.payload.sig',
      payload: {
        object: {
          live_streaming: {
            custom_live_streaming_settings: { stream_key: 'live_abc', stream_url: 'rtmp://x' },
          },
        },
      },
    };
    const out = redactWebhookCassette(delivery(body, {}));
    expect(out.request.body).toEqual({
      event: 'session.recording_completed',
      download_token: REDACTED,
      payload: {
        object: {
          live_streaming: {
            custom_live_streaming_settings: { stream_key: REDACTED, stream_url: 'rtmp://x' },
          },
        },
      },
    });
    expect(out.request.bodyText).toBeUndefined();
  });

  it('keeps the raw body when redaction changes nothing, and is idempotent', () => {
    const once = redactWebhookCassette(
      delivery({ event: 'session.started', payload: { id: 1 } }, { 'x-zm-signature': 'v0=1' }),
      {
        keepHeaders: ['x-zm-signature'],
      },
    );
    expect(once.request.bodyText).toBe('{"event":"session.started","payload":{"id":1}}');
    expect(redactWebhookCassette(once, { keepHeaders: ['x-zm-signature'] })).toEqual(once);
  });

  it('tells deliveries from exchanges', () => {
    expect(isWebhookCassette(delivery({}, {}))).toBe(true);
    expect(isWebhookCassette({ format: 'rtc-sessions/cassette@1', operationId: 'listSessions' })).toBe(false);
    expect(isWebhookCassette(null)).toBe(false);
  });
});

const spec = {
  openapi: '3.1.0',
  paths: {},
  components: {
    parameters: {
      Sig: { name: 'X-Sig', in: 'header', required: true, schema: { type: 'string', pattern: '^v0=' } },
      Page: { name: 'page', in: 'query', schema: { type: 'integer' } },
    },
    schemas: {
      Envelope: {
        type: 'object',
        required: ['type'],
        properties: { type: { type: 'string' }, id: { type: 'string' } },
      },
      Joined: {
        allOf: [{ $ref: '#/components/schemas/Envelope' }],
        type: 'object',
        properties: {
          type: { const: 'peer.joined' },
          data: { type: 'object', properties: { peer: { type: 'string' } } },
        },
      },
    },
  },
  webhooks: {
    'peer.joined': {
      post: {
        parameters: [{ $ref: '#/components/parameters/Sig' }],
        requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Joined' } } } },
      },
    },
  },
};

describe('describeWebhooks', () => {
  it('finds the payload schema, the const discriminator through allOf and the header parameters', () => {
    expect(describeWebhooks(spec)).toEqual([
      {
        event: 'peer.joined',
        method: 'POST',
        contentType: 'application/json',
        schema: '#/webhooks/peer.joined/post/requestBody/content/application~1json/schema',
        discriminator: 'type',
        headers: [
          { name: 'x-sig', required: true, schema: '#/components/parameters/Sig/schema', type: 'string' },
        ],
      },
    ]);
  });

  it('refuses an event without a payload schema, naming where', () => {
    const broken = { ...spec, webhooks: { 'peer.left': { post: { requestBody: { content: {} } } } } };
    expect(() => describeWebhooks(broken)).toThrow(
      /webhook peer\.left has no request body schema \(#\/webhooks\/peer\.left\/post/,
    );
  });
});

describe('toWebhookJsonSchemaDocument', () => {
  it('annotates the payload at its webhook pointer and closes it only in strict mode', () => {
    const pointer = '#/webhooks/peer.joined/post/requestBody/content/application~1json/schema';
    const at = (doc: unknown) =>
      pointer
        .slice(2)
        .split('/')
        .reduce<unknown>(
          (node, part) => (node as Record<string, unknown>)[part.replace(/~1/g, '/')],
          doc,
        ) as Record<string, unknown>;
    const lenient = toWebhookJsonSchemaDocument(spec, {
      id: 'https://x/c.json',
      locationKeyword: 'x-rtc-at',
    });
    const strict = toWebhookJsonSchemaDocument(spec, {
      id: 'https://x/s.json',
      locationKeyword: 'x-rtc-at',
      strict: true,
    });
    expect(at(lenient)['x-rtc-at']).toBe(pointer);
    expect(at(lenient).unevaluatedProperties).toBeUndefined();
    expect(at(strict).unevaluatedProperties).toBe(false);
    // the header schemas are there, the query parameter is not
    expect(Object.keys((strict.components as { parameters: object }).parameters)).toEqual(['Sig']);
  });
});
