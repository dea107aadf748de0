import { describe, expect, it } from 'vitest';
import { collectExamples, type ExampleCase } from './support/examples.js';
import { createSpecValidators, describeErrors, forProvider, type Json } from './support/openapi-ajv.js';
import { deriveVariants, type Variant, type Want, withChange } from './support/variants.js';

const validators = createSpecValidators();
const examples = collectExamples(validators);

function check(e: ExampleCase, given: unknown, want: Want) {
  const errors = forProvider(validators, e.provider).validate(e.schema, given);
  if (want.valid) {
    expect(errors, describeErrors(errors)).toEqual([]);
    return;
  }
  expect(errors.length, 'the variant must be rejected').toBeGreaterThan(0);
  const reported = errors.some(
    (error) =>
      (want.keyword === undefined || error.keyword === want.keyword) &&
      (want.pointer === undefined || error.instancePath === want.pointer) &&
      (want.missingProperty === undefined ||
        (error.params as { missingProperty?: string }).missingProperty === want.missingProperty),
  );
  expect(reported, `expected ${JSON.stringify(want)}, got: ${describeErrors(errors)}`).toBe(true);
}

const label = (e: ExampleCase) => `${e.provider} ${e.operationId} ${e.where} ${e.name}`;

describe('variants derived from the schemas are rejected', () => {
  const table: Array<[string, { example: ExampleCase } & Variant]> = examples.flatMap((e) =>
    deriveVariants(forProvider(validators, e.provider).doc, e.schema, e.value).map(
      (v) => [`${label(e)} ${v.name}`, { example: e, ...v }] as [string, { example: ExampleCase } & Variant],
    ),
  );

  it('derives every kind of variant from the specs', () => {
    const names = table.map(([name]) => name);
    for (const kind of ['required', 'instead of', 'null where not nullable', 'malformed date-time']) {
      expect(
        names.some((n) => n.includes(kind)),
        kind,
      ).toBe(true);
    }
    // Every example yields something to break, or it is a scalar with nothing required.
    for (const e of examples)
      expect(
        table.some(([, c]) => c.example === e),
        label(e),
      ).toBe(true);
  });

  it.each(table)('%s', (_name, { example, given, want }) => check(example, given, want));
});

const find = (provider: string, operationId: string, where: string, name?: string): ExampleCase => {
  const found = examples.find(
    (e) =>
      e.provider === provider &&
      e.operationId === operationId &&
      e.where === where &&
      (!name || e.name === name),
  );
  if (!found) throw new Error(`no example ${provider} ${operationId} ${where} ${name ?? ''}`);
  return found;
};

type Case = [string, { example: ExampleCase; given: Json; want: Want }];
const set = (e: ExampleCase, pointer: string, value: unknown) => withChange(e.value, pointer, { set: value });

// Hand-written: the quirks the spec must keep modelling, both ways.
const vList = find('videosdk', 'listSessions', '200');
const vActive = find('videosdk', 'listActiveParticipants', '200');
const zList = find('zoom-videosdk', 'listSessions', '200');
const hList = find('100ms', 'listSessions', '200', 'published');
const handWritten: Case[] = [
  [
    // open on purpose (x-rtc-known-values): a state VideoSDK adds later passes the contract, and
    // --strict reports it (the mutation suite's unknown-value variants check that)
    'videosdk: a session status added later is accepted',
    {
      example: vList,
      given: set(vList, '/data/0/status', 'finished'),
      want: { valid: true },
    },
  ],
  [
    'videosdk: a session status that is not a string',
    {
      example: vList,
      given: set(vList, '/data/0/status', 3),
      want: { valid: false, keyword: 'type', pointer: '/data/0/status' },
    },
  ],
  [
    'videosdk: an empty session status',
    {
      example: vList,
      given: set(vList, '/data/0/status', ''),
      want: { valid: false, keyword: 'minLength', pointer: '/data/0/status' },
    },
  ],
  [
    'videosdk: start without a time zone',
    {
      example: vList,
      given: set(vList, '/data/0/start', '2022-02-22T07:57:11.505'),
      want: { valid: false, keyword: 'format', pointer: '/data/0/start' },
    },
  ],
  [
    'videosdk: start as epoch milliseconds',
    {
      example: vList,
      given: set(vList, '/data/0/start', 1645516631505),
      want: { valid: false, keyword: 'type', pointer: '/data/0/start' },
    },
  ],
  [
    'videosdk: pageInfo as a string',
    {
      example: vList,
      given: set(vList, '/pageInfo', 'page 1 of 5'),
      want: { valid: false, keyword: 'type', pointer: '/pageInfo' },
    },
  ],
  [
    'videosdk: ongoing session with end null is fine',
    { example: vList, given: set(vList, '/data/0/end', null), want: { valid: true } },
  ],
  ['videosdk: open timelog entry is fine', { example: vActive, given: vActive.value, want: { valid: true } }],
  [
    'videosdk: a session with neither id nor _id',
    {
      example: vActive,
      given: withChange(vActive.value, '/data/0/_id', { remove: true }),
      want: { valid: false, keyword: 'anyOf', pointer: '/data/0' },
    },
  ],
  [
    'zoom: unknown quality rating',
    {
      example: zList,
      given: set(zList, '/sessions/0/audio_quality', 'excellent'),
      want: { valid: false, keyword: 'enum', pointer: '/sessions/0/audio_quality' },
    },
  ],
  [
    'zoom: user_count as a string',
    {
      example: zList,
      given: set(zList, '/sessions/0/user_count', '2'),
      want: { valid: false, keyword: 'type', pointer: '/sessions/0/user_count' },
    },
  ],
  [
    'zoom: duration "04:38" (not hh:mm:ss) is fine',
    { example: zList, given: set(zList, '/sessions/0/duration', '04:38'), want: { valid: true } },
  ],
  [
    '100ms: peers as an array, as the docs table says',
    {
      example: hList,
      given: set(hList, '/data/0/peers', []),
      want: { valid: false, keyword: 'type', pointer: '/data/0/peers' },
    },
  ],
  [
    '100ms: data null when nothing matches is fine',
    { example: hList, given: set(hList, '/data', null), want: { valid: true } },
  ],
  [
    '100ms: two-digit fraction of a second is fine',
    {
      example: hList,
      given: set(hList, '/data/0/updated_at', '2022-09-06T11:17:03.65Z'),
      want: { valid: true },
    },
  ],
  [
    '100ms: active as a string',
    {
      example: hList,
      given: set(hList, '/data/0/active', 'false'),
      want: { valid: false, keyword: 'type', pointer: '/data/0/active' },
    },
  ],
];

describe('hand-written variants', () => {
  it.each(handWritten)('%s', (_name, { example, given, want }) => check(example, given, want));
});
