/**
 * The slice of OpenAPI 3.1 the docs build reads, and a walk over a bundled document's operations
 * and webhooks together. Bundles only hold local `$ref`s (`#/components/...`), which `resolve`
 * follows. (Kept apart from providers.ts, whose spec walking moves to a shared library.)
 */

/** The HTTP methods an OpenAPI path item may hold operations under. */
export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export interface Parameter {
  name: string;
  in: 'query' | 'path' | 'header' | 'cookie';
  required?: boolean;
  description?: string;
  schema?: JsonObject;
  example?: Json;
  examples?: Record<string, { value?: Json }>;
}

export interface OperationObject {
  operationId?: string;
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: JsonObject[];
  requestBody?: JsonObject;
  security?: Record<string, string[]>[];
  'x-codeSamples'?: CodeSample[];
  'x-rtc-pagination'?: JsonObject;
  'x-rtc-rate-limit'?: string;
  [extension: `x-${string}`]: unknown;
}

export interface CodeSample {
  lang: string;
  label: string;
  source: string;
}

export interface SecurityScheme {
  type: 'apiKey' | 'http' | 'oauth2' | 'openIdConnect' | 'mutualTLS';
  name?: string;
  in?: 'header' | 'query' | 'cookie';
  scheme?: string;
  bearerFormat?: string;
  description?: string;
}

export interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string; summary?: string; description?: string; [key: string]: unknown };
  servers?: { url: string; description?: string }[];
  security?: Record<string, string[]>[];
  externalDocs?: { url: string; description?: string };
  tags?: { name: string; description?: string; [key: string]: unknown }[];
  paths?: Record<string, Record<string, unknown>>;
  webhooks?: Record<string, Record<string, unknown>>;
  components?: { securitySchemes?: Record<string, SecurityScheme>; [key: string]: unknown };
  [key: string]: unknown;
}

/** One operation of `paths`, or one webhook (an operation the provider sends to you). */
export interface Entry {
  kind: 'operation' | 'webhook';
  method: string;
  /** The path template, or the webhook's name. */
  key: string;
  operation: OperationObject;
  /** Path-level and operation-level parameters, `$ref`s resolved, the operation's winning. */
  parameters: Parameter[];
}

/** Follows a local `$ref` (repeatedly); anything else comes back as is. */
export function resolve<T>(document: OpenApiDocument, value: unknown): T {
  let current = value;
  for (let depth = 0; depth < 32; depth++) {
    const ref = (current as { $ref?: unknown } | null)?.$ref;
    if (typeof ref !== 'string') return current as T;
    if (!ref.startsWith('#/')) throw new Error(`only local $refs are followed in a bundle, not ${ref}`);
    current = ref
      .slice(2)
      .split('/')
      .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'))
      .reduce<unknown>((node, segment) => (node as Record<string, unknown> | undefined)?.[segment], document);
    if (current === undefined) throw new Error(`$ref ${ref} points at nothing`);
  }
  throw new Error('$ref chain too long (a cycle?)');
}

function mergedParameters(
  document: OpenApiDocument,
  item: Record<string, unknown>,
  operation: OperationObject,
) {
  const byKey = new Map<string, Parameter>();
  for (const raw of [...((item.parameters as unknown[]) ?? []), ...(operation.parameters ?? [])]) {
    const parameter = resolve<Parameter>(document, raw);
    byKey.set(`${parameter.in}:${parameter.name}`, parameter);
  }
  return [...byKey.values()];
}

/** Every operation of `paths`, then every webhook, in the order the document lists them. */
export function entriesOf(document: OpenApiDocument): Entry[] {
  const entries: Entry[] = [];
  for (const [kind, map] of [
    ['operation', document.paths],
    ['webhook', document.webhooks],
  ] as const) {
    for (const [key, rawItem] of Object.entries(map ?? {})) {
      const item = resolve<Record<string, unknown>>(document, rawItem);
      for (const method of HTTP_METHODS) {
        const operation = item[method] as OperationObject | undefined;
        if (!operation) continue;
        entries.push({
          kind,
          method,
          key,
          operation,
          parameters: mergedParameters(document, item, operation),
        });
      }
    }
  }
  return entries;
}

/** A parameter's example value: `example`, the first of `examples`, then the schema's example, default, const or first enum value. */
export function exampleValue(parameter: Parameter): Json | undefined {
  if (parameter.example !== undefined) return parameter.example;
  const first = Object.values(parameter.examples ?? {})[0];
  if (first?.value !== undefined) return first.value;
  const schema = parameter.schema ?? {};
  const schemaExamples = schema.examples;
  if (Array.isArray(schemaExamples) && schemaExamples.length > 0) return schemaExamples[0];
  for (const key of ['example', 'default', 'const'] as const)
    if (schema[key] !== undefined) return schema[key];
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum[0];
  return undefined;
}

/** The first example of a JSON media type (`example`, or the first of `examples`). */
export function mediaExample(document: OpenApiDocument, media: JsonObject | undefined): Json | undefined {
  if (!media) return undefined;
  if (media.example !== undefined) return media.example;
  const examples = (media.examples ?? {}) as Record<string, unknown>;
  for (const raw of Object.values(examples)) {
    const example = resolve<{ value?: Json }>(document, raw);
    if (example.value !== undefined) return example.value;
  }
  return undefined;
}

/** The JSON media type of a request body (`application/json` or a `+json` type). */
export function jsonMedia(document: OpenApiDocument, body: unknown): JsonObject | undefined {
  if (!body) return undefined;
  const content = resolve<{ content?: Record<string, JsonObject> }>(document, body).content ?? {};
  const type = Object.keys(content).find((name) => /^application\/(?:[\w.-]+\+)?json\b/.test(name));
  return type ? content[type] : undefined;
}
