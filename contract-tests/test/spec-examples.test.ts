import { isDeepStrictEqual } from 'node:util';
import { redactJson } from '@rtc-sessions/contract';
import { describe, expect, it } from 'vitest';
import { collectExamples } from './support/examples.js';
import {
  type Cassette,
  createSpecValidators,
  describeErrors,
  forProvider,
  loadCassettes,
  operations,
  providers,
} from './support/openapi-ajv.js';

const validators = createSpecValidators();

const examples = collectExamples(validators);
// webhook deliveries (`<provider>/webhooks/<event>/…`) have their own suite: webhook-recordings.test.ts
const cassettes = loadCassettes().filter((c) => c.file.split(/[\\/]/)[1] !== 'webhooks');

describe('spec examples', () => {
  it('covers every operation of every provider with at least one example', () => {
    for (const provider of providers) {
      for (const { operationId, op } of operations(provider)) {
        const successHasBody = Object.keys(op.responses).some(
          (status) =>
            status.startsWith('2') &&
            forProvider(validators, provider).responseSchema(operationId, status) !== undefined,
        );
        const covered = successHasBody
          ? examples.some(
              (e) => e.provider === provider && e.operationId === operationId && e.where.startsWith('2'),
            )
          : // A success without a body (Zoom's 202/204) has nothing to exemplify: its recording stands in.
            cassettes.some(
              ({ cassette: c }) =>
                c.provider === provider &&
                c.operationId === operationId &&
                String(c.response.status).startsWith('2'),
            );
        expect(covered, `${provider} ${operationId}`).toBe(true);
      }
    }
  });

  it.each(
    examples.map((e) => [`${e.provider} ${e.operationId} ${e.where} ${e.mediaType} ${e.name}`, e] as const),
  )('%s validates against its schema', (_name, e) => {
    expect(e.schema, 'the media type has a schema').toBeDefined();
    const errors = forProvider(validators, e.provider).validate(e.schema, e.value);
    expect(errors, describeErrors(errors)).toEqual([]);
  });
});

describe('recordings', () => {
  it('exist for every provider', () => {
    for (const provider of providers)
      expect(cassettes.some((c) => c.cassette.provider === provider)).toBe(true);
  });

  it.each(cassettes.map((c) => [c.file, c.cassette] as const))(
    '%s is a well-formed, redacted cassette',
    (file, c) => {
      const [provider, operationId] = file.split('/');
      expect(c.format).toBe('rtc-sessions/cassette@1');
      expect(c.provider).toBe(provider);
      expect(c.operationId).toBe(operationId);
      expect(Number.isNaN(Date.parse(c.recordedAt))).toBe(false);
      expect(c.server).toBe(forProvider(validators, c.provider).doc.servers[0].url);
      expect(operations(c.provider).map((o) => o.operationId)).toContain(c.operationId);
      for (const v of Object.values(c.request.query)) expect(typeof v).toBe('string');
      if ('authorization' in c.request.headers) expect(c.request.headers.authorization).toBe('[REDACTED]');
      // Redaction is idempotent: a stored body is already what the recorder would write.
      expect(redactJson(c.response.body)).toEqual(c.response.body);
    },
  );

  it.each(cassettes.map((c) => [c.file, c.cassette] as const))(
    '%s: the body validates against its operation and status',
    (_file, c: Cassette) => {
      const contentType = (c.response.headers['content-type'] ?? 'application/json').split(';')[0]?.trim();
      if (!('body' in c.response) && !('bodyText' in c.response)) {
        // A body-less exchange (Zoom's 202/204 answers) must be one the spec documents without content.
        const response = forProvider(validators, c.provider).responseSchema(
          c.operationId,
          c.response.status,
          contentType,
        );
        expect(
          response,
          `${c.operationId} ${c.response.status} documents a body, the cassette has none`,
        ).toBeUndefined();
        expect(
          operations(c.provider).find((o) => o.operationId === c.operationId)?.op.responses,
        ).toHaveProperty(String(c.response.status));
        return;
      }
      const schema = forProvider(validators, c.provider).responseSchema(
        c.operationId,
        c.response.status,
        contentType,
      );
      expect(schema, `${c.operationId} documents ${c.response.status} ${contentType}`).toBeDefined();
      const errors = forProvider(validators, c.provider).validate(schema, c.response.body);
      expect(errors, describeErrors(errors)).toEqual([]);
    },
  );

  it.each(
    examples
      .filter((e) => e.where !== 'request')
      .map((e) => [`${e.provider} ${e.operationId} ${e.where} ${e.name}`, e] as const),
  )('%s has a cassette with the same (redacted) body', (_name, e) => {
    const want = redactJson(e.value);
    const match = cassettes.find(
      ({ cassette: c }) =>
        c.provider === e.provider &&
        c.operationId === e.operationId &&
        String(c.response.status) === e.where &&
        isDeepStrictEqual(c.response.body, want),
    );
    expect(
      match,
      'no cassette carries this example: add or update its spec-<status>-<name>.json cassette in contract-tests/recordings',
    ).toBeDefined();
  });
});
