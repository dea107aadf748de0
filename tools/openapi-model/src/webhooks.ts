/**
 * The `webhooks:` section of an OpenAPI 3.1 document, for the contract validators: which events
 * there are, where each payload schema and signature header lives, and a JSON Schema document
 * that holds them at their spec pointers (`#/webhooks/<event>/post/requestBody/…`), so that a
 * violation in a delivery is reported with the same pointers, strict mode and wording as one in a
 * response. The walk itself is operations.ts's (`walkOperations`), shared with `paths:`.
 */
import { type JsonSchemaDocumentOptions, toJsonSchemaDocument } from './json-schema.js';
import { type HeaderInfo, walkOperations } from './operations.js';
import { escapePointerToken, type Json, type JsonObject, resolvePointer } from './pointer.js';

/** What the checker needs to know about one webhook event of a spec. */
export interface WebhookInfo {
  /** The key under `webhooks:`, which is the event name the payload carries. */
  event: string;
  method: string;
  /** The media type of the payload (`application/json`). */
  contentType: string;
  /** Pointer of the payload schema in the document. */
  schema: string;
  /** The payload property whose `const` names the event (`event`, `webhookType`, `type`). */
  discriminator: string | null;
  /** The request headers the spec declares (the signature and its timestamp). */
  headers: HeaderInfo[];
}

/** The keyword the webhook section lives under in the JSON Schema document (an annotation for ajv). */
export const WEBHOOKS_KEYWORD = 'webhooks';

/** The top-level property of a payload schema that holds a `const` (looking through `$ref` and `allOf`). */
function discriminatorOf(doc: Json, schema: Json, seen = new Set<Json>()): string | null {
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema) || seen.has(schema)) return null;
  seen.add(schema);
  for (const [name, sub] of Object.entries((schema.properties ?? {}) as JsonObject)) {
    if (sub && typeof sub === 'object' && !Array.isArray(sub) && 'const' in sub) return name;
  }
  if (typeof schema.$ref === 'string') {
    const found = discriminatorOf(doc, resolvePointer(doc, schema.$ref) ?? null, seen);
    if (found) return found;
  }
  for (const sub of (schema.allOf ?? []) as Json[]) {
    const found = discriminatorOf(doc, sub, seen);
    if (found) return found;
  }
  return null;
}

/** The methods a delivery comes with: the ones that carry a payload. */
const DELIVERY_METHODS = new Set(['POST', 'PUT']);

/** Every webhook event of a bundled OpenAPI document, in document order. */
export function describeWebhooks(openapi: unknown): WebhookInfo[] {
  const doc = openapi as JsonObject;
  const out: WebhookInfo[] = [];
  for (const hook of walkOperations(doc, 'webhook')) {
    if (!DELIVERY_METHODS.has(hook.method)) continue;
    const [body] = hook.requestBody;
    if (!body?.contentType || body.schema === null) {
      throw new Error(`webhook ${hook.path} has no request body schema (${hook.pointer}/requestBody)`);
    }
    const headers: HeaderInfo[] = [];
    for (const p of hook.parameters) {
      if (p.in !== 'header' || !(resolvePointer(doc, p.pointer) as JsonObject).schema) continue;
      const type = p.schema.type as string | string[] | undefined;
      headers.push({
        name: p.name.toLowerCase(),
        required: p.required,
        schema: `${p.pointer}/schema`,
        ...(type !== undefined ? { type } : {}),
      });
    }
    out.push({
      event: hook.path,
      method: hook.method,
      contentType: body.contentType,
      schema: body.schema,
      discriminator: discriminatorOf(doc, resolvePointer(doc, body.schema) ?? null),
      headers,
    });
  }
  return out;
}

/** Whether a schema describes an object with properties (directly or through `$ref`/`allOf`). */
function declaresObjectShape(doc: JsonObject, schema: Json, seen: Set<Json>): boolean {
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema) || seen.has(schema))
    return false;
  seen.add(schema);
  if (schema.properties || schema.patternProperties) return true;
  if (
    typeof schema.$ref === 'string' &&
    declaresObjectShape(doc, resolvePointer(doc, schema.$ref) ?? null, seen)
  )
    return true;
  return ((schema.allOf ?? []) as Json[]).some((sub) => declaresObjectShape(doc, sub, seen));
}

/**
 * Annotates a schema root of the webhook section the way {@link toJsonSchemaDocument} annotates
 * response bodies: each subschema gets its location, prose is dropped, and in strict mode an object
 * that starts at an entry position (the payload, a property value, an array item) admits no
 * undocumented property.
 */
function annotate(
  doc: JsonObject,
  schema: Json,
  pointer: string,
  entry: boolean,
  options: { strict: boolean; locationKeyword: string },
): void {
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) return;
  const { strict } = options;
  schema[options.locationKeyword] = pointer;
  if (typeof schema.description === 'string') delete schema.description;
  if (
    strict &&
    entry &&
    schema.additionalProperties === undefined &&
    schema.unevaluatedProperties === undefined &&
    declaresObjectShape(doc, schema, new Set())
  ) {
    schema.unevaluatedProperties = false;
  }
  for (const [name, sub] of Object.entries((schema.properties ?? {}) as JsonObject)) {
    annotate(doc, sub, `${pointer}/properties/${escapePointerToken(name)}`, true, options);
  }
  if (schema.items !== undefined) annotate(doc, schema.items, `${pointer}/items`, true, options);
  for (const key of ['allOf', 'anyOf', 'oneOf']) {
    ((schema[key] ?? []) as Json[]).forEach((sub, i) => {
      annotate(doc, sub, `${pointer}/${key}/${i}`, false, options);
    });
  }
}

/**
 * The JSON Schema 2020-12 document of a spec with its webhooks: {@link toJsonSchemaDocument}'s
 * document (components at their pointers) plus the webhook payload and header schemas at theirs.
 * Register {@link WEBHOOKS_KEYWORD} as an annotation keyword when compiling it.
 */
export function toWebhookJsonSchemaDocument(
  openapi: unknown,
  options: JsonSchemaDocumentOptions,
): JsonObject {
  const source = openapi as JsonObject;
  const doc = toJsonSchemaDocument(openapi, options);
  const components = doc.components as JsonObject;
  // header parameters are referenced from components/parameters; keep only their schemas
  const parameters: JsonObject = {};
  for (const [name, raw] of Object.entries(
    ((source.components as JsonObject)?.parameters ?? {}) as JsonObject,
  )) {
    const p = raw as JsonObject;
    if (p.in === 'header' && p.schema !== undefined) parameters[name] = structuredClone({ schema: p.schema });
  }
  components.parameters = parameters;
  doc[WEBHOOKS_KEYWORD] = structuredClone(source.webhooks ?? {});
  const annotation = { strict: options.strict === true, locationKeyword: options.locationKeyword };
  for (const hook of describeWebhooks(source)) {
    annotate(doc, resolvePointer(doc, hook.schema) ?? null, hook.schema, true, annotation);
    for (const header of hook.headers)
      annotate(doc, resolvePointer(doc, header.schema) ?? null, header.schema, true, annotation);
  }
  return doc;
}
