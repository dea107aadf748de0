// An ajv (JSON Schema 2020-12) validator over a bundled OpenAPI 3.1 document, for the spec tests.
// It builds on the contract package's conversion of the spec (the one place that knows how an
// OpenAPI document becomes JSON Schema) but checks formats with ajv-formats' reference `full` set,
// not the contract's hand-written fast ones: the spec tests double as a cross-check of those.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  createContractAjv,
  extensionKeywords,
  PROVIDERS,
  type Provider,
  toJsonSchemaDocument,
} from '@rtc-sessions/contract';
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import { fullFormats } from 'ajv-formats/dist/formats.js';

const require = createRequire(import.meta.url);

export const providers = PROVIDERS;
export type { Provider };

export const contractTestsDir = fileURLToPath(new URL('../..', import.meta.url));
export const repoRoot = join(contractTestsDir, '..');
export const recordingsDir = join(contractTestsDir, 'recordings');

// biome-ignore lint/suspicious/noExplicitAny: an OpenAPI document is free-form JSON
export type Json = any;

/** The bundled spec of a provider (`@rtc-sessions/spec-<p>/openapi.json`, built by turbo). */
export function specPath(provider: Provider): string {
  return require.resolve(`@rtc-sessions/spec-${provider}/openapi.json`);
}

export function loadSpec(provider: Provider): Json {
  return JSON.parse(readFileSync(specPath(provider), 'utf8'));
}

const httpMethods = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'] as const;

export interface Operation {
  provider: Provider;
  path: string;
  method: string;
  operationId: string;
  op: Json;
}

export function operations(provider: Provider, doc: Json = loadSpec(provider)): Operation[] {
  const out: Operation[] = [];
  for (const [path, item] of Object.entries<Json>(doc.paths)) {
    for (const method of httpMethods) {
      const op = item[method];
      if (op) out.push({ provider, path, method, operationId: op.operationId, op });
    }
  }
  return out;
}

/** Follows local `$ref`s (`#/components/...`) in the document. */
export function deref(doc: Json, node: Json): Json {
  let current = node;
  const seen = new Set<string>();
  while (current && typeof current === 'object' && typeof current.$ref === 'string') {
    const ref: string = current.$ref;
    if (!ref.startsWith('#/') || seen.has(ref)) throw new Error(`cannot follow $ref ${ref}`);
    seen.add(ref);
    current = ref
      .slice(2)
      .split('/')
      .reduce<Json>((n, key) => n?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], doc);
    if (current === undefined) throw new Error(`dangling $ref ${ref}`);
  }
  return current;
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
  const ajv = createContractAjv({ formats: fullFormats, extensionKeywords: extensionKeywords(doc) });
  ajv.addSchema(toJsonSchemaDocument(doc, { id: base }));
  const compiled = new Map<Json, ValidateFunction>();

  const resolve = (schema: Json): Json => {
    let current = schema;
    while (current && typeof current.$ref === 'string' && current.$ref.startsWith('#/components/schemas/')) {
      current = deref(doc, current);
    }
    return current;
  };

  return {
    provider,
    doc,
    resolve,
    responseSchema(operationId, status, mediaType = 'application/json') {
      const op = operations(provider, doc).find((o) => o.operationId === operationId);
      if (!op) throw new Error(`${provider}: no operation ${operationId}`);
      const response = op.op.responses[String(status)] ?? op.op.responses.default;
      if (!response) return undefined;
      return deref(doc, response).content?.[mediaType]?.schema;
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
