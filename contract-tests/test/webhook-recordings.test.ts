/**
 * Webhooks: every event of every spec has an example that validates (in the spec-test ajv and in
 * the compiled contract validators, strict), a recorded delivery carrying it, and broken variants
 * of it are rejected at the right pointer. The delivery cassettes are well formed, redacted, and
 * their signatures verify with the TEST secrets they were signed with.
 */
import { createHmac, verify } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import {
  loadWebhookValidators,
  redactWebhookCassette,
  type WebhookCassette,
  type WebhookValidators,
} from '@rtc-sessions/contract';
import { describeWebhooks, type WebhookInfo } from '@rtc-sessions/openapi-model';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  createSpecValidators,
  describeErrors,
  forProvider,
  type Json,
  loadCassettes,
  providers,
} from './support/openapi-ajv.js';

const specs = createSpecValidators();
const deliveries = loadCassettes()
  .filter((c) => c.file.split(/[\\/]/)[1] === 'webhooks')
  .map((c) => ({ file: c.file, cassette: c.cassette as unknown as WebhookCassette }));

// the TEST secret the Zoom cassettes are signed with (named in their `source`)
const ZOOM_TEST_SECRET = 'rtc-sessions-test-secret-token';

interface EventCase {
  provider: (typeof providers)[number];
  hook: WebhookInfo;
  schema: Json;
  examples: [string, unknown][];
}

const events: EventCase[] = providers.flatMap((provider) => {
  const doc = forProvider(specs, provider).doc;
  return describeWebhooks(doc).map((hook) => {
    const media = doc.webhooks[hook.event].post.requestBody.content['application/json'];
    return {
      provider,
      hook,
      schema: media.schema,
      examples: Object.entries<Json>(media.examples ?? {}).map(
        ([name, e]) => [name, e.value] as [string, unknown],
      ),
    };
  });
});
const eventCases = events.map((e) => [`${e.provider} ${e.hook.event}`, e] as const);

let validators: WebhookValidators;
beforeAll(async () => {
  validators = await loadWebhookValidators();
});

describe('webhook events in the specs', () => {
  it('cover what each provider publishes', () => {
    const names = (p: string) => events.filter((e) => e.provider === p).map((e) => e.hook.event);
    const zoom = names('zoom-videosdk');
    expect(zoom.filter((n) => n.startsWith('session.'))).toHaveLength(34);
    expect(zoom).toContain('endpoint.url_validation');
    expect(names('videosdk')).toEqual(
      expect.arrayContaining(['session-started', 'session-ended', 'participant-joined', 'participant-left']),
    );
    expect(names('100ms')).toEqual(
      expect.arrayContaining([
        'session.open.success',
        'session.close.success',
        'peer.join.success',
        'peer.leave.success',
        'peer.join.failure',
        'peer.leave.failure',
        'room.end.success',
        'recording.success',
        'beam.recording.success',
        'hls.recording.success',
      ]),
    );
  });

  it.each(eventCases)('%s: named by a const discriminator, with an example', (_name, e) => {
    expect(e.hook.discriminator).not.toBeNull();
    expect(e.examples.length).toBeGreaterThan(0);
    for (const [, value] of e.examples) {
      expect((value as Record<string, unknown>)[e.hook.discriminator as string]).toBe(e.hook.event);
      expect(validators.eventName(e.provider, value)).toBe(e.hook.event);
    }
  });

  it.each(eventCases)('%s: every example validates, strictly, in both validators', (_name, e) => {
    for (const [exampleName, value] of e.examples) {
      const errors = forProvider(specs, e.provider).validate(e.schema, value);
      expect(errors, `${exampleName}: ${describeErrors(errors)}`).toEqual([]);
      const result = validators.validateWebhook({
        provider: e.provider,
        event: e.hook.event,
        body: value,
        strict: true,
      });
      expect([...result.errors, ...result.warnings], exampleName).toEqual([]);
    }
  });

  it.each(eventCases)('%s: broken variants are rejected at their pointer', (_name, e) => {
    const [, example] = e.examples[0] as [string, Record<string, unknown>];
    const check = (body: unknown, pointer: string, keyword: string, strict = false) => {
      const result = validators.validateWebhook({ provider: e.provider, event: e.hook.event, body, strict });
      expect(result.ok, `${keyword} at ${pointer}`).toBe(false);
      expect(result.errors.map((v) => [v.pointer, v.keyword])).toContainEqual([pointer, keyword]);
    };
    const discriminator = e.hook.discriminator as string;
    check({ ...example, [discriminator]: 'not.an.event' }, `/${discriminator}`, 'const');
    for (const key of Object.keys(example)) {
      const { [key]: _dropped, ...rest } = example;
      const required = validators.validateWebhook({ provider: e.provider, event: e.hook.event, body: rest });
      // every top-level key of these payloads is required except the optional envelope ones
      if (!required.ok)
        expect(required.errors.map((v) => [v.pointer, v.keyword])).toContainEqual([`/${key}`, 'required']);
    }
    const undocumented = { ...example, x_undocumented: 1 };
    const lenient = validators.validateWebhook({
      provider: e.provider,
      event: e.hook.event,
      body: undocumented,
    });
    expect(lenient.ok).toBe(true);
    expect(lenient.warnings.map((v) => v.pointer)).toContain('/x_undocumented');
    check(undocumented, '/x_undocumented', 'unevaluatedProperties', true);
    // the payload object one level down is checked as strictly
    const [inner] = Object.entries(example).filter(
      ([, v]) => v && typeof v === 'object' && !Array.isArray(v),
    );
    if (inner)
      check(
        { ...example, [inner[0]]: { ...(inner[1] as object), x_undocumented: 1 } },
        `/${inner[0]}/x_undocumented`,
        'unevaluatedProperties',
        true,
      );
  });

  it.each(eventCases.filter(([, e]) => e.hook.headers.length > 0))(
    '%s: a missing or malformed signature header is rejected',
    (_name, e) => {
      const [, body] = e.examples[0] as [string, unknown];
      for (const header of e.hook.headers) {
        const others = Object.fromEntries(
          e.hook.headers
            .filter((h) => h !== header)
            .map((h) => [h.name, h.type === 'integer' ? '1700000000' : `v0=${'0'.repeat(64)}`]),
        );
        const missing = validators.validateWebhook({
          provider: e.provider,
          event: e.hook.event,
          body,
          headers: others,
        });
        expect(missing.errors).toContainEqual(
          expect.objectContaining({ in: 'header', header: header.name, keyword: 'required' }),
        );
        const malformed = validators.validateWebhook({
          provider: e.provider,
          event: e.hook.event,
          body,
          headers: { ...others, [header.name]: 'not a signature!' },
        });
        expect(malformed.errors).toContainEqual(
          expect.objectContaining({ in: 'header', header: header.name }),
        );
      }
    },
  );

  it('an unknown event is a lookup error naming the known ones', () => {
    expect(() =>
      validators.validateWebhook({ provider: 'videosdk', event: 'meeting-exploded', body: {} }),
    ).toThrow(/unknown webhook event "meeting-exploded" for videosdk \(known: .*session-started/);
    expect(validators.eventName('videosdk', { webhookType: 'meeting-exploded' })).toBe('meeting-exploded');
    expect(validators.eventName('videosdk', [1])).toBeUndefined();
  });

  it("Zoom's URL validation answer example is the HMAC of its plainToken with the TEST secret", () => {
    const answer = forProvider(specs, 'zoom-videosdk').doc.webhooks['endpoint.url_validation'].post.responses[
      '200'
    ].content['application/json'].examples.answer.value as { plainToken: string; encryptedToken: string };
    expect(answer.encryptedToken).toBe(
      createHmac('sha256', ZOOM_TEST_SECRET).update(answer.plainToken).digest('hex'),
    );
  });
});

describe('webhook deliveries (recordings)', () => {
  it('exist for every provider', () => {
    for (const provider of providers)
      expect(deliveries.some((d) => d.cassette.provider === provider)).toBe(true);
  });

  it.each(
    events.flatMap((e) =>
      e.examples.map(([name, value]) => [`${e.provider} ${e.hook.event} ${name}`, e, value] as const),
    ),
  )('%s has a delivery cassette carrying it (redacted)', (_name, e, value) => {
    const redacted = redactWebhookCassette({
      format: 'rtc-sessions/cassette@1',
      provider: e.provider,
      webhook: e.hook.event,
      request: { method: 'POST', path: '/', headers: {}, body: value },
      response: { status: 200 },
    }).request.body;
    expect(
      deliveries.some(
        ({ cassette: c }) =>
          c.provider === e.provider &&
          c.webhook === e.hook.event &&
          isDeepStrictEqual(c.request.body, redacted),
      ),
      'add its cassette under contract-tests/recordings/<provider>/webhooks/<event>/',
    ).toBe(true);
  });

  it.each(deliveries.map((d) => [d.file, d.cassette] as const))(
    '%s is well formed and redacted',
    (file, c) => {
      const [provider, webhooks, event] = file.split(/[\\/]/);
      expect(webhooks).toBe('webhooks');
      expect(c.provider).toBe(provider);
      expect(c.webhook).toBe(event);
      expect('operationId' in c).toBe(false);
      const hook = validators.event(c.provider, c.webhook);
      // redaction is idempotent, and keeps the signature headers
      const again = redactWebhookCassette(c, { keepHeaders: hook.headers.map((h) => h.name) });
      expect(again).toEqual(c);
      for (const header of hook.headers) expect(c.request.headers[header.name]).not.toBe('[REDACTED]');
      if (c.request.bodyText !== undefined) expect(JSON.parse(c.request.bodyText)).toEqual(c.request.body);
    },
  );

  const signed = deliveries.filter(
    (d) => d.cassette.request.bodyText !== undefined && d.cassette.provider !== '100ms',
  );
  it('most deliveries keep the exact body their signature covers', () => {
    expect(signed.length).toBeGreaterThan(30);
  });

  it.each(signed.map((d) => [d.file, d.cassette] as const))(
    '%s: its signature verifies with the TEST secret',
    (_file, c) => {
      const raw = c.request.bodyText as string;
      const tampered = raw.replace(/"$|}$/, ' }');
      if (c.provider === 'zoom-videosdk') {
        const sign = (body: string) =>
          `v0=${createHmac('sha256', ZOOM_TEST_SECRET).update(`v0:${c.request.headers['x-zm-request-timestamp']}:${body}`).digest('hex')}`;
        expect(c.request.headers['x-zm-signature']).toBe(sign(raw));
        expect(c.request.headers['x-zm-signature']).not.toBe(sign(tampered));
      } else {
        // the key the mock serves: the spec's example of the public-key operation
        const publicKey = forProvider(specs, 'videosdk').doc.paths['/public/rsa-public-key'].get.responses[
          '200'
        ].content['application/json'].examples.testKey.value.publicKey as string;
        const signature = Buffer.from(c.request.headers['videosdk-signature'] as string, 'base64');
        expect(verify('RSA-SHA256', Buffer.from(raw), publicKey, signature)).toBe(true);
        expect(verify('RSA-SHA256', Buffer.from(tampered), publicKey, signature)).toBe(false);
      }
    },
  );
});
