/**
 * Turns an OpenAPI 3.1 document into JSON Schema 2020-12 documents for ajv.
 *
 * The JSON Schema document keeps the OpenAPI document's layout (`components/schemas/…`,
 * `paths/…/responses/…/content/…/schema`), so every `$ref` of the spec resolves unchanged and a
 * schema location reported by a validator is a location in the spec.
 */
import { describeOperations, type OperationInfo } from './operations.js';
import { escapePointerToken, type Json, type JsonObject, resolvePointer } from './pointer.js';

/**
 * The values a deliberately open string is known to take (VideoSDK's session `status`): the
 * contract accepts any string, the strict schema only these, so `--strict` reports a new value
 * the way it reports an undocumented field.
 */
export const KNOWN_VALUES_KEYWORD = 'x-rtc-known-values';

/** Keywords that OpenAPI 3.1 adds to JSON Schema; they annotate and never reject. */
export const OPENAPI_ANNOTATIONS = ['example', 'discriminator', 'xml', 'externalDocs'] as const;

/** The OpenAPI envelope the schemas of a {@link toJsonSchemaDocument} document live in. */
const ENVELOPE = ['components', 'paths'] as const;

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
    const target = resolvePointer(doc, schema.$ref);
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
   * The annotation keyword every subschema gets, holding its pointer in the spec
   * (`#/components/schemas/Session`): validators report it as the broken rule's location.
   */
  locationKeyword: string;
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
 * Register {@link annotationKeywords} with ajv: the OpenAPI envelope, annotations and extensions.
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
    const root = resolvePointer(doc, rootPointer);
    if (root === undefined) continue;
    walkSchema(root, rootPointer, isEntry, (schema, pointer, entry) => {
      schema[options.locationKeyword] = pointer;
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

/** Vendor extension keywords (`x-…`) used anywhere in the document. */
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
  return [...found].sort();
}

/**
 * Every keyword ajv must accept as an annotation in a {@link toJsonSchemaDocument} document: the
 * OpenAPI envelope, OpenAPI's schema annotations, the document's extensions and the location keyword.
 */
export function annotationKeywords(doc: unknown, locationKeyword: string): string[] {
  return [...new Set([...ENVELOPE, ...OPENAPI_ANNOTATIONS, ...extensionKeywords(doc), locationKeyword])];
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
    const target = resolvePointer(doc, ref);
    if (target === undefined) throw new Error(`unresolvable $ref ${ref}`);
    const inlined = inline(target, [...chain, ref]);
    const siblings = Object.keys(out).filter((key) => !key.startsWith('x-'));
    if (siblings.length === 0) return inlined;
    const allOf = Array.isArray(out.allOf) ? out.allOf : [];
    return { ...out, allOf: [...allOf, inlined] };
  };
  const root = resolvePointer(doc, pointer);
  if (root === undefined) throw new Error(`no schema at ${pointer}`);
  const inlined = inline(root, []);
  if (inlined === null || typeof inlined !== 'object' || Array.isArray(inlined))
    return { $id: id, allOf: [inlined] };
  return { $id: id, ...inlined };
}
