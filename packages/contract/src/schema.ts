/**
 * Turns an OpenAPI 3.1 document into JSON Schema 2020-12 documents for ajv, and lists the
 * operations and documented responses the validators are compiled for.
 *
 * The JSON Schema document keeps the OpenAPI document's layout (`components/schemas/…`,
 * `paths/…/responses/…/content/…/schema`), so every `$ref` of the spec resolves unchanged and a
 * schema location reported by a validator is a location in the spec.
 */

export const PROVIDERS = ['videosdk', 'zoom-videosdk', '100ms'] as const;
export type Provider = (typeof PROVIDERS)[number];

export function isProvider(value: string): value is Provider {
  return (PROVIDERS as readonly string[]).includes(value);
}

/** The annotation each compiled subschema carries: its JSON pointer in the spec (`#/components/…`). */
export const LOCATION_KEYWORD = 'x-rtc-at';

/**
 * The values a deliberately open string is known to take (VideoSDK's session `status`): the
 * contract accepts any string, the strict schema only these, so `--strict` reports a new value
 * the way it reports an undocumented field.
 */
export const KNOWN_VALUES_KEYWORD = 'x-rtc-known-values';

/** Keywords that OpenAPI 3.1 adds to JSON Schema; they annotate and never reject. */
export const OPENAPI_ANNOTATIONS = ['example', 'discriminator', 'xml', 'externalDocs'] as const;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

export interface HeaderInfo {
  name: string;
  required: boolean;
  /** Pointer of the header's schema in the document (`#/components/headers/TrackingId/schema`). */
  schema: string;
  type?: string | string[];
}

export interface ResponseInfo {
  /** The key in the spec: `200`, `4XX` or `default`. */
  status: string;
  /** The media type, or null for a response documented without content. */
  contentType: string | null;
  /** Pointer of the body schema in the document, or null without content. */
  schema: string | null;
  headers: HeaderInfo[];
}

export interface ParameterInfo {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  schema: JsonObject;
  example?: Json;
}

export interface OperationInfo {
  operationId: string;
  method: string;
  path: string;
  parameters: ParameterInfo[];
  /** The operation's `x-rtc-pagination` extension, when it is a list. */
  pagination?: Record<string, unknown>;
  responses: ResponseInfo[];
}

export function escapePointerToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function unescapePointerToken(token: string): string {
  return token.replace(/~1/g, '/').replace(/~0/g, '~');
}

function pointerGet(doc: Json, pointer: string): Json | undefined {
  if (!pointer.startsWith('#')) throw new Error(`only local references are supported, got ${pointer}`);
  let node: Json | undefined = doc;
  for (const raw of pointer.slice(1).split('/').slice(1)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as JsonObject)[unescapePointerToken(raw)];
  }
  return node;
}

/** Follows OpenAPI `$ref`s (responses, headers, parameters) to the object and its pointer. */
function deref(doc: Json, node: Json, pointer: string): { node: JsonObject; pointer: string } {
  let current = node as JsonObject;
  let at = pointer;
  for (let hops = 0; typeof current.$ref === 'string'; hops++) {
    if (hops > 20) throw new Error(`reference cycle at ${pointer}`);
    at = current.$ref;
    const next = pointerGet(doc, at);
    if (next === undefined || next === null || typeof next !== 'object')
      throw new Error(`unresolvable $ref ${at}`);
    current = next as JsonObject;
  }
  return { node: current, pointer: at };
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

export function describeOperations(openapi: unknown): OperationInfo[] {
  const doc = openapi as JsonObject;
  const operations: OperationInfo[] = [];
  for (const [path, rawItem] of Object.entries((doc.paths ?? {}) as JsonObject)) {
    const itemPointer = `#/paths/${escapePointerToken(path)}`;
    const item = deref(doc, rawItem, itemPointer).node;
    const shared = ((item.parameters ?? []) as Json[]).map(
      (p, i) => deref(doc, p, `${itemPointer}/parameters/${i}`).node,
    );
    for (const method of METHODS) {
      const op = item[method] as JsonObject | undefined;
      if (!op) continue;
      const opPointer = `${itemPointer}/${method}`;
      const own = ((op.parameters ?? []) as Json[]).map(
        (p, i) => deref(doc, p, `${opPointer}/parameters/${i}`).node,
      );
      const byKey = new Map<string, JsonObject>();
      for (const p of [...shared, ...own]) byKey.set(`${p.in}:${p.name}`, p);
      const parameters: ParameterInfo[] = [...byKey.values()].map((p) => ({
        name: String(p.name),
        in: p.in as ParameterInfo['in'],
        required: p.required === true,
        schema: (p.schema ?? {}) as JsonObject,
        ...(p.example !== undefined ? { example: p.example } : {}),
      }));
      const responses: ResponseInfo[] = [];
      for (const [status, rawResponse] of Object.entries((op.responses ?? {}) as JsonObject)) {
        const { node: response, pointer: responsePointer } = deref(
          doc,
          rawResponse,
          `${opPointer}/responses/${escapePointerToken(status)}`,
        );
        const headers: HeaderInfo[] = [];
        for (const [name, rawHeader] of Object.entries((response.headers ?? {}) as JsonObject)) {
          const { node: header, pointer: headerPointer } = deref(
            doc,
            rawHeader,
            `${responsePointer}/headers/${escapePointerToken(name)}`,
          );
          if (!header.schema) continue;
          const type = (header.schema as JsonObject).type as string | string[] | undefined;
          headers.push({
            name,
            required: header.required === true,
            schema: `${headerPointer}/schema`,
            ...(type !== undefined ? { type } : {}),
          });
        }
        const content = Object.entries((response.content ?? {}) as JsonObject);
        if (content.length === 0) responses.push({ status, contentType: null, schema: null, headers });
        for (const [contentType, media] of content) {
          const hasSchema = (media as JsonObject).schema !== undefined;
          responses.push({
            status,
            contentType,
            schema: hasSchema ? `${responsePointer}/content/${escapePointerToken(contentType)}/schema` : null,
            headers,
          });
        }
      }
      operations.push({
        operationId: String(op.operationId ?? `${method} ${path}`),
        method: method.toUpperCase(),
        path,
        parameters,
        ...(op['x-rtc-pagination'] ? { pagination: op['x-rtc-pagination'] as Record<string, unknown> } : {}),
        responses,
      });
    }
  }
  return operations;
}

const SUBSCHEMA_MAPS = ['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas'];
const SUBSCHEMA_ARRAYS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];
const SUBSCHEMA_SINGLE = [
  'items',
  'additionalProperties',
  'unevaluatedProperties',
  'unevaluatedItems',
  'contains',
  'propertyNames',
  'not',
  'if',
  'then',
  'else',
  'contentSchema',
];
/** Where a subschema applies to a child of the instance (a new object may start there). */
const ENTRY_MAPS = new Set(['properties', 'patternProperties']);
const ENTRY_SINGLE = new Set(['items', 'additionalProperties', 'unevaluatedItems', 'contains']);

type Visit = (schema: JsonObject, pointer: string, entry: boolean) => void;

function walkSchema(schema: Json, pointer: string, entry: boolean, visit: Visit): void {
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) return;
  visit(schema, pointer, entry);
  for (const key of SUBSCHEMA_MAPS) {
    const map = schema[key];
    if (map && typeof map === 'object' && !Array.isArray(map)) {
      for (const [name, sub] of Object.entries(map)) {
        walkSchema(sub, `${pointer}/${key}/${escapePointerToken(name)}`, ENTRY_MAPS.has(key), visit);
      }
    }
  }
  for (const key of SUBSCHEMA_ARRAYS) {
    const list = schema[key];
    if (Array.isArray(list)) {
      list.forEach((sub, i) => {
        walkSchema(sub, `${pointer}/${key}/${i}`, key === 'prefixItems', visit);
      });
    }
  }
  for (const key of SUBSCHEMA_SINGLE) {
    if (key in schema) walkSchema(schema[key] as Json, `${pointer}/${key}`, ENTRY_SINGLE.has(key), visit);
  }
}

/** Every schema root of the document: component schemas, response bodies and headers. */
function schemaRoots(doc: JsonObject, operations: OperationInfo[]): Map<string, boolean> {
  const roots = new Map<string, boolean>(); // pointer → is an entry (a response body) position
  for (const name of Object.keys(((doc.components as JsonObject | undefined)?.schemas ?? {}) as JsonObject)) {
    roots.set(`#/components/schemas/${escapePointerToken(name)}`, false);
  }
  for (const op of operations) {
    for (const response of op.responses) {
      if (response.schema) roots.set(response.schema, true);
      for (const header of response.headers) roots.set(header.schema, true);
    }
  }
  return roots;
}

function declaresObjectShape(doc: JsonObject, schema: Json, seen: Set<Json>): boolean {
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema) || seen.has(schema))
    return false;
  seen.add(schema);
  const type = schema.type;
  if (type !== undefined && !(type === 'object' || (Array.isArray(type) && type.includes('object'))))
    return false;
  if (schema.properties || schema.patternProperties) return true;
  if (typeof schema.$ref === 'string') {
    const target = pointerGet(doc, schema.$ref);
    if (target !== undefined && declaresObjectShape(doc, target, seen)) return true;
  }
  for (const key of ['allOf', 'anyOf', 'oneOf']) {
    const list = schema[key];
    if (Array.isArray(list) && list.some((sub) => declaresObjectShape(doc, sub, seen))) return true;
  }
  return false;
}

export interface JsonSchemaDocumentOptions {
  /** The `$id` of the produced document. */
  id: string;
  /**
   * Add `unevaluatedProperties: false` wherever an object with declared properties starts (a
   * response body, a property value, an array item…), but not inside `allOf`/`anyOf`/`oneOf`
   * branches or at component roots reached through them, so composition keeps working.
   */
  strict?: boolean;
}

/**
 * The JSON Schema 2020-12 document for an OpenAPI 3.1 document: the spec's `components` and
 * response schemas at their original pointers, each subschema annotated with its location.
 * The OpenAPI envelope (`components`, `paths`) must be registered as annotation keywords.
 */
export function toJsonSchemaDocument(openapi: unknown, options: JsonSchemaDocumentOptions): JsonObject {
  const source = openapi as JsonObject;
  const operations = describeOperations(source);
  const components = (source.components ?? {}) as JsonObject;
  // only what schemas live in; examples, security schemes and prose stay out of the validators
  const doc: JsonObject = structuredClone({
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: options.id,
    components: {
      schemas: components.schemas ?? {},
      responses: components.responses ?? {},
      headers: components.headers ?? {},
    },
    paths: source.paths ?? {},
  } as JsonObject);
  for (const [rootPointer, isEntry] of schemaRoots(doc, operations)) {
    const root = pointerGet(doc, rootPointer);
    if (root === undefined) continue;
    walkSchema(root, rootPointer, isEntry, (schema, pointer, entry) => {
      schema[LOCATION_KEYWORD] = pointer;
      // prose: the validators (and the code generated from them) do not need it
      if (typeof schema.description === 'string') delete schema.description;
      const known = schema[KNOWN_VALUES_KEYWORD];
      if (options.strict && Array.isArray(known) && schema.enum === undefined) schema.enum = [...known];
      if (
        options.strict &&
        entry &&
        schema.additionalProperties === undefined &&
        schema.unevaluatedProperties === undefined &&
        declaresObjectShape(doc, schema, new Set())
      ) {
        schema.unevaluatedProperties = false;
      }
    });
  }
  return doc;
}

/** Vendor extension keywords (`x-…`) used anywhere in the document, to register as annotations. */
export function extensionKeywords(doc: unknown): string[] {
  const found = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
    } else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key.startsWith('x-')) found.add(key);
        visit(value);
      }
    }
  };
  visit(doc);
  found.add(LOCATION_KEYWORD);
  return [...found].sort();
}

/** Keywords whose values are data, not subschemas: never searched for `$ref`. */
const DATA_KEYWORDS = new Set(['const', 'enum', 'default', 'example', 'examples']);

/**
 * The subschema at `pointer` of a document made by {@link toJsonSchemaDocument}, with every local
 * `$ref` replaced by a copy of its target, so ajv compiles it into one function: no call, options
 * object or instance-path string per nested object, which dominate the pass/fail check of a large
 * list. `$ref` with sibling keywords becomes an `allOf` entry (the same in-place evaluation, so
 * `unevaluatedProperties` sees the same properties). A reference back into its own chain (a
 * recursive schema) is kept, made absolute against the document's `$id`.
 */
export function inlineReferences(document: unknown, pointer: string, id: string): JsonObject {
  const doc = document as JsonObject;
  const base = String(doc.$id ?? '');
  const inline = (node: Json, chain: readonly string[]): Json => {
    if (Array.isArray(node)) return node.map((item) => inline(item, chain));
    if (node === null || typeof node !== 'object') return node;
    const out: JsonObject = {};
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') continue;
      out[key] = DATA_KEYWORDS.has(key) || key.startsWith('x-') ? value : inline(value, chain);
    }
    const ref = node.$ref;
    if (typeof ref !== 'string') return out;
    if (!ref.startsWith('#')) throw new Error(`only local references are supported, got ${ref}`);
    if (chain.includes(ref)) return { ...out, $ref: `${base}${ref}` };
    const target = pointerGet(doc, ref);
    if (target === undefined) throw new Error(`unresolvable $ref ${ref}`);
    const inlined = inline(target, [...chain, ref]);
    const siblings = Object.keys(out).filter((key) => !key.startsWith('x-'));
    if (siblings.length === 0) return inlined;
    const allOf = Array.isArray(out.allOf) ? out.allOf : [];
    return { ...out, allOf: [...allOf, inlined] };
  };
  const root = pointerGet(doc, pointer);
  if (root === undefined) throw new Error(`no schema at ${pointer}`);
  const inlined = inline(root, []);
  if (inlined === null || typeof inlined !== 'object' || Array.isArray(inlined))
    return { $id: id, allOf: [inlined] };
  return { $id: id, ...inlined };
}
