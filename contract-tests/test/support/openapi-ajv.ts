// An ajv (JSON Schema 2020-12) validator over a bundled OpenAPI 3.1 document, for the spec tests.
// It builds on the contract package's conversion of the spec (the one place that knows how an
// OpenAPI document becomes JSON Schema) but checks formats with ajv-formats' reference `full` set,
// not the contract's hand-written fast ones: the spec tests double as a cross-check of those.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createContractAjv, LOCATION_KEYWORD } from '@rtc-sessions/contract/internal';
import {
  annotationKeywords,
  bundledSpecPath,
  deref as derefAt,
  describeOperations,
  type OperationInfo,
  resolvePointer,
  specDependencies,
  toJsonSchemaDocument,
} from '@rtc-sessions/openapi-model';
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import { fullFormats } from 'ajv-formats/dist/formats.js';

const packageJson = new URL('../../package.json', import.meta.url);

/** The providers under test: the spec packages this package depends on. */
export const providers = specDependencies(packageJson);
export type Provider = string;

export const contractTestsDir = fileURLToPath(new URL('../..', import.meta.url));
export const repoRoot = join(contractTestsDir, '..');
export const recordingsDir = join(contractTestsDir, 'recordings');

// biome-ignore lint/suspicious/noExplicitAny: an OpenAPI document is free-form JSON
export type Json = any;

/** The bundled spec of a provider (`@rtc-sessions/spec-<p>/openapi.json`, built by turbo). */
export function specPath(provider: Provider): string {
  return bundledSpecPath(provider, packageJson);
}

export function loadSpec(provider: Provider): Json {
  return JSON.parse(readFileSync(specPath(provider), 'utf8'));
}

export interface Operation {
  provider: Provider;
  path: string;
  /** Lower case, as the key in the path item: `get`. */
  method: string;
  operationId: string;
  /** The operation object as the spec holds it. */
  op: Json;
  /** What @rtc-sessions/openapi-model reads of it (parameters merged, responses, pointers). */
  info: OperationInfo;
}

export function operations(provider: Provider, doc: Json = loadSpec(provider)): Operation[] {
  return describeOperations(doc).map((info) => ({
    provider,
    path: info.path,
    method: info.method.toLowerCase(),
    operationId: info.operationId,
    op: resolvePointer(doc, info.pointer),
    info,
  }));
}

/** Follows local `$ref`s (`#/components/...`) in the document. */
export function deref(doc: Json, node: Json): Json {
  if (!node || typeof node !== 'object') return node;
  return derefAt(doc, node, '#').node;
}

/** Points a schema's local refs (`#/components/...`) at the document registered under `base`. */
function rebase(node: Json, base: string): Json {
  if (Array.isArray(node)) return node.map((n) => rebase(n, base));
  if (node && typeof node === 'object') {
    const out: Json = {};
    for (const [k, v] of Object.entries(node)) {
      out[k] = k === '$ref' && typeof v === 'string' && v.startsWith('#/') ? `${base}${v}` : rebase(v, base);
    }
    return out;
  }
  return node;
}

export interface SpecValidator {
  provider: Provider;
  doc: Json;
  /** The JSON Schema of an operation's response body (refs resolvable in this validator). */
  responseSchema(operationId: string, status: number | string, mediaType?: string): Json | undefined;
  /** Validates a value against a (spec) schema; returns ajv's errors, empty when valid. */
  validate(schema: Json, value: unknown): ErrorObject[];
  /** Resolves a schema's `$ref` chain (into the spec's components.schemas). */
  resolve(schema: Json): Json;
}

/** Builds a strict ajv 2020-12 validator from a bundled OpenAPI 3.1 document. */
export function createSpecValidator(provider: Provider, doc: Json = loadSpec(provider)): SpecValidator {
  const base = `https://rtc-sessions.invalid/${provider}/schemas.json`;
  const ajv = createContractAjv({
    formats: fullFormats,
    keywords: annotationKeywords(doc, LOCATION_KEYWORD),
  });
  ajv.addSchema(toJsonSchemaDocument(doc, { id: base, locationKeyword: LOCATION_KEYWORD }));
  const compiled = new Map<Json, ValidateFunction>();

  const resolve = (schema: Json): Json => {
    let current = schema;
    while (current && typeof current.$ref === 'string' && current.$ref.startsWith('#/components/schemas/')) {
      current = deref(doc, current);
    }
    return current;
  };

  let byId: Map<string, Operation> | undefined;
  return {
    provider,
    doc,
    resolve,
    responseSchema(operationId, status, mediaType = 'application/json') {
      // Described once per validator, not once per response checked.
      byId ??= new Map(operations(provider, doc).map((o) => [o.operationId, o]));
      const op = byId.get(operationId);
      if (!op) throw new Error(`${provider}: no operation ${operationId}`);
      const responses = op.info.responses.filter((r) => r.contentType === mediaType);
      const response =
        responses.find((r) => r.status === String(status)) ?? responses.find((r) => r.status === 'default');
      return response?.schema ? resolvePointer(doc, response.schema) : undefined;
    },
    validate(schema, value) {
      let validate = compiled.get(schema);
      if (!validate) {
        validate = ajv.compile(rebase(schema, base));
        compiled.set(schema, validate);
      }
      return validate(value) ? [] : [...(validate.errors ?? [])];
    },
  };
}

/** One validator per provider. */
export function createSpecValidators(): Record<Provider, SpecValidator> {
  return Object.fromEntries(providers.map((p) => [p, createSpecValidator(p)])) as Record<
    Provider,
    SpecValidator
  >;
}

export interface Cassette {
  format: string;
  provider: Provider;
  operationId: string;
  recordedAt: string;
  server: string;
  source: string;
  request: {
    method: string;
    path: string;
    query: Record<string, string>;
    headers: Record<string, string>;
    body?: Json;
  };
  response: { status: number; headers: Record<string, string>; body?: Json; bodyText?: string };
}

/** Every cassette under contract-tests/recordings, with its path relative to that directory. */
export function loadCassettes(dir = recordingsDir): Array<{ file: string; cassette: Cassette }> {
  const out: Array<{ file: string; cassette: Cassette }> = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.json')) {
        out.push({ file: relative(dir, full), cassette: JSON.parse(readFileSync(full, 'utf8')) });
      }
    }
  };
  walk(dir);
  return out;
}

/** Where a spec lives in the repository (for the lint tests, which copy it). */
export function specSourceDir(provider: Provider): string {
  return dirname(join(repoRoot, 'spec', provider, 'openapi.yaml'));
}

/** A readable one-line summary of ajv errors. */
export function describeErrors(errors: ErrorObject[]): string {
  return errors.map((e) => `${e.instancePath || '/'} ${e.message ?? e.keyword}`).join('; ');
}

/** A provider's entry of a per-provider record (validators, mocks); throws for a provider not under test. */
export function forProvider<T>(record: Readonly<Record<Provider, T>>, provider: Provider): T {
  const entry = record[provider];
  if (entry === undefined)
    throw new Error(`no entry for provider "${provider}" (under test: ${providers.join(', ')})`);
  return entry;
}
