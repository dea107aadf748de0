/**
 * Mutation suite: from every recording, derive broken variants by walking the body alongside its
 * schema (required fields, types, enums, formats, non-nullable fields, undocumented fields), and
 * check that the contract checker reports each one at the right JSON pointer — and that the real
 * recordings produce no error at all. Webhook deliveries are mutated the same way, in their payload.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  type Cassette,
  collectCassetteFiles,
  isWebhookCassette,
  loadValidators,
  loadWebhookValidators,
  readCassette,
  type Validators,
  verifyCassette,
  verifyWebhookCassette,
  type WebhookCassette,
  type WebhookValidators,
} from '@rtc-sessions/contract';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSpec, providers } from './support/openapi-ajv.js';

type Schema = Record<string, unknown>;
const recordingsDir = fileURLToPath(new URL('../recordings', import.meta.url));
const files = collectCassetteFiles([recordingsDir]);
const specs = new Map<string, Schema>(providers.map((p) => [p, loadSpec(p) as Schema]));

function resolvePointer(doc: Schema, ref: string): Schema {
  let node: unknown = doc;
  for (const part of ref.slice(2).split('/'))
    node = (node as Schema)[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  return node as Schema;
}

/** The schemas that apply in place to one instance: `$ref`s followed and `allOf` flattened. */
function inPlace(doc: Schema, schema: Schema | undefined, out: Schema[] = []): Schema[] {
  if (!schema || typeof schema !== 'object') return out;
  out.push(schema);
  if (typeof schema.$ref === 'string') inPlace(doc, resolvePointer(doc, schema.$ref), out);
  for (const sub of (schema.allOf as Schema[] | undefined) ?? []) inPlace(doc, sub, out);
  return out;
}

function responseSchema(doc: Schema, cassette: Cassette | WebhookCassette): Schema | undefined {
  if (isWebhookCassette(cassette)) {
    const item = (doc.webhooks as Record<string, Record<string, Schema>>)[cassette.webhook];
    const body = item?.post?.requestBody as Schema | undefined;
    return (body?.content as Record<string, Schema> | undefined)?.['application/json']?.schema as Schema;
  }
  const paths = doc.paths as Record<string, Record<string, Schema>>;
  for (const item of Object.values(paths)) {
    for (const op of Object.values(item)) {
      if (op?.operationId !== cassette.operationId) continue;
      let response = (op.responses as Record<string, Schema>)[String(cassette.response.status)];
      if (!response) return undefined;
      if (typeof response.$ref === 'string') response = resolvePointer(doc, response.$ref);
      return (response.content as Record<string, Schema> | undefined)?.['application/json']?.schema as Schema;
    }
  }
  return undefined;
}

interface Variant {
  kind: 'required' | 'type' | 'enum' | 'format' | 'null' | 'undocumented' | 'unknown-value';
  pointer: string;
  apply: (body: unknown) => void;
}

const escapeToken = (token: string) => token.replace(/~/g, '~0').replace(/\//g, '~1');

function parentOf(body: unknown, pointer: string): [Record<string, unknown>, string] {
  const parts = pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  let node = body as Record<string, unknown>;
  for (const part of parts.slice(0, -1)) node = node[part] as Record<string, unknown>;
  return [node, parts[parts.length - 1] as string];
}

function replaceAt(pointer: string, value: unknown): (body: unknown) => void {
  return (body) => {
    const [parent, key] = parentOf(body, pointer);
    parent[key] = value;
  };
}

function removeAt(pointer: string): (body: unknown) => void {
  return (body) => {
    const [parent, key] = parentOf(body, pointer);
    delete parent[key];
  };
}

const WRONG_VALUE_FOR: Record<string, unknown> = {
  string: 12345,
  integer: 'not a number',
  number: 'not a number',
  boolean: 'yes',
  object: 'not an object',
  array: 'not an array',
};

/** Walks a value with its schema and lists the breaking edits the schema makes detectable. */
function deriveVariants(doc: Schema, schema: Schema, value: unknown, pointer: string, out: Variant[]): void {
  const applied = inPlace(doc, schema);
  const types = applied
    .map((s) => s.type)
    .filter((t) => t !== undefined)
    .map((t) => [t].flat() as string[]);
  const allowed = types.length === 0 ? undefined : types.reduce((a, b) => a.filter((t) => b.includes(t)));
  const combined = applied.some((s) => s.anyOf || s.oneOf);

  if (pointer !== '' && allowed && !combined) {
    const valueType = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
    const replacementType = Object.keys(WRONG_VALUE_FOR).find(
      (t) => t === valueType || (valueType === 'number' && t === 'integer'),
    );
    const wrong = replacementType === undefined ? undefined : WRONG_VALUE_FOR[replacementType];
    const wrongType = typeof wrong === 'number' ? 'integer' : 'string';
    if (
      wrong !== undefined &&
      !allowed.includes(wrongType) &&
      !(wrongType === 'integer' && allowed.includes('number'))
    ) {
      out.push({ kind: 'type', pointer, apply: replaceAt(pointer, wrong) });
    }
    if (!allowed.includes('null') && value !== null) {
      out.push({ kind: 'null', pointer, apply: replaceAt(pointer, null) });
    }
  }
  if (pointer !== '' && typeof value === 'string') {
    if (applied.some((s) => Array.isArray(s.enum))) {
      out.push({
        kind: 'enum',
        pointer,
        apply: replaceAt(pointer, 'not-in-the-enum'),
      });
    }
    // an open string with known values: a new value is a warning, an error under --strict
    if (applied.some((s) => Array.isArray(s['x-rtc-known-values']))) {
      out.push({ kind: 'unknown-value', pointer, apply: replaceAt(pointer, 'a-value-added-later') });
    }
    const format = applied.map((s) => s.format).find((f) => f === 'date-time' || f === 'date');
    if (format) {
      const broken = format === 'date' ? '2022-02-30' : '2022-02-30T07:57:11.505Z';
      out.push({ kind: 'format', pointer, apply: replaceAt(pointer, broken) });
    }
  }
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    const properties = Object.assign(
      {},
      ...applied.map((s) => (s.properties as Schema | undefined) ?? {}),
    ) as Record<string, Schema>;
    const required = new Set(applied.flatMap((s) => (s.required as string[] | undefined) ?? []));
    for (const name of required) {
      if (name in record) {
        const at = `${pointer}/${escapeToken(name)}`;
        out.push({ kind: 'required', pointer: at, apply: removeAt(at) });
      }
    }
    const additional = applied.map((s) => s.additionalProperties).find((a) => a !== undefined) as
      | Schema
      | undefined;
    if (Object.keys(properties).length > 0 && additional === undefined) {
      const at = `${pointer}/x_undocumented_field`;
      out.push({
        kind: 'undocumented',
        pointer: at,
        apply: replaceAt(at, 'surprise'),
      });
    }
    for (const [name, child] of Object.entries(record)) {
      const sub = properties[name] ?? (typeof additional === 'object' ? additional : undefined);
      if (sub) deriveVariants(doc, sub, child, `${pointer}/${escapeToken(name)}`, out);
    }
  }
  if (Array.isArray(value)) {
    const items = applied.map((s) => s.items).find((i) => i !== undefined) as Schema | undefined;
    // the first two items are enough to catch array-position mistakes without exploding the suite
    if (items) {
      for (const [i, item] of value.slice(0, 2).entries())
        deriveVariants(doc, items, item, `${pointer}/${i}`, out);
    }
  }
}

const EXPECTED_KEYWORDS: Record<Variant['kind'], string[]> = {
  required: ['required'],
  type: ['type'],
  enum: ['enum'],
  format: ['format'],
  null: ['type'],
  undocumented: ['unevaluatedProperties'],
  'unknown-value': ['enum'],
};

let validators: Validators;
let webhookValidators: WebhookValidators;
beforeAll(async () => {
  validators = await loadValidators();
  webhookValidators = await loadWebhookValidators();
});

/** The body a cassette's contract is about: the response's, or a delivery's payload. */
function bodyOf(cassette: Cassette | WebhookCassette): unknown {
  return isWebhookCassette(cassette) ? cassette.request.body : cassette.response.body;
}

function hasBody(cassette: Cassette | WebhookCassette): boolean {
  return isWebhookCassette(cassette) || 'body' in cassette.response;
}

/** The cassette with another body (a delivery loses its raw text, which no longer matches). */
function withBody(cassette: Cassette | WebhookCassette, body: unknown): Cassette | WebhookCassette {
  if (!isWebhookCassette(cassette)) return { ...cassette, response: { ...cassette.response, body } };
  const { bodyText: _raw, ...request } = cassette.request;
  return { ...cassette, request: { ...request, body } };
}

function verifyAny(cassette: Cassette | WebhookCassette, options: { file: string; strict?: boolean }) {
  return isWebhookCassette(cassette)
    ? verifyWebhookCassette(webhookValidators, cassette, options)
    : verifyCassette(validators, cassette, options);
}

describe('mutation suite over every recording', () => {
  it('finds recordings to mutate', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files)('%s: no false positive, every derived variant reported at its pointer', async (file) => {
    const cassette: Cassette | WebhookCassette = await readCassette(file);
    const original = await verifyAny(cassette, { file });
    expect(original.errors).toEqual([]);

    const doc = specs.get(cassette.provider) as Schema;
    const schema = responseSchema(doc, cassette);
    if (!schema || !hasBody(cassette)) return;
    const variants: Variant[] = [];
    deriveVariants(doc, schema, bodyOf(cassette), '', variants);
    const missed: string[] = [];
    for (const variant of variants) {
      const body = structuredClone(bodyOf(cassette));
      variant.apply(body);
      const mutated = withBody(cassette, body);
      const result = await verifyAny(mutated, { file });
      const strictOnly = variant.kind === 'undocumented' || variant.kind === 'unknown-value';
      const findings = strictOnly ? result.warnings : result.errors;
      const hit = findings.some(
        (v) => v.pointer === variant.pointer && EXPECTED_KEYWORDS[variant.kind].includes(v.keyword),
      );
      if (!hit || (!strictOnly && result.ok) || (strictOnly && !result.ok)) {
        missed.push(
          `${variant.kind} at ${variant.pointer}: got ${JSON.stringify(findings.map((v) => [v.pointer, v.keyword]))}`,
        );
      }
      if (strictOnly) {
        // under --strict the same finding is an error
        const strict = await verifyAny(mutated, { file, strict: true });
        if (
          !strict.errors.some(
            (v) => v.pointer === variant.pointer && EXPECTED_KEYWORDS[variant.kind].includes(v.keyword),
          )
        ) {
          missed.push(`${variant.kind} at ${variant.pointer}: not an error under --strict`);
        }
      }
    }
    expect(missed).toEqual([]);
    if (cassette.response.status === 200) expect(variants.length).toBeGreaterThan(0);
  });

  it('covers every kind of mutation somewhere in the corpus', async () => {
    const kinds = new Set<string>();
    let total = 0;
    for (const file of files) {
      const cassette = JSON.parse(readFileSync(file, 'utf8')) as Cassette | WebhookCassette;
      const doc = specs.get(cassette.provider) as Schema;
      const schema = responseSchema(doc, cassette);
      if (!schema) continue;
      const variants: Variant[] = [];
      deriveVariants(doc, schema, bodyOf(cassette), '', variants);
      for (const v of variants) kinds.add(v.kind);
      total += variants.length;
    }
    console.log(`${total} broken variants derived from ${files.length} recordings`);
    expect(total).toBeGreaterThan(files.length);
    expect([...kinds].sort()).toEqual([
      'enum',
      'format',
      'null',
      'required',
      'type',
      'undocumented',
      'unknown-value',
    ]);
  });
});
