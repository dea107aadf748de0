import { type Pagination, validatePagination } from './extensions/pagination.js';
import { childPointer, deref, type Json, type JsonObject } from './pointer.js';

/** The HTTP methods a path item may hold operations under, in OpenAPI's order. */
export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

export interface HeaderInfo {
  name: string;
  required: boolean;
  /** Pointer of the header's schema (`#/components/headers/TrackingId/schema`). */
  schema: string;
  type?: string | string[];
}

/** One example of a media type or parameter: its `example`, or one entry of its `examples`. */
export interface ExampleInfo {
  /** The key under `examples`, or null for the single `example`. */
  name: string | null;
  /** The example's value (`$ref`s followed); undefined for one given only by `externalValue`. */
  value?: Json;
  /** Pointer of the value (`example`), or of the Example object it sits in (`examples/<name>`). */
  pointer: string;
}

export interface MediaInfo {
  /** The media type, or null for a response documented without content. */
  contentType: string | null;
  /** Pointer of the body schema, or null without content or schema. */
  schema: string | null;
  /** Pointer of the media type object (its `example` / `examples`), or null without content. */
  media: string | null;
  /** The media type's `example`, then its `examples`, in document order. */
  examples: ExampleInfo[];
}

export interface ResponseInfo extends MediaInfo {
  /** The key in the spec: `200`, `4XX` or `default`. */
  status: string;
  headers: HeaderInfo[];
}

export interface ParameterInfo {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  /** Pointer of the parameter object, after `$ref`s (`#/components/parameters/RoomId`). */
  pointer: string;
  schema: JsonObject;
  example?: Json;
  /** The parameter's `examples`, when it has any (`$ref`s followed). */
  examples?: ExampleInfo[];
}

/** One security requirement: scheme names with their scopes; all of them apply together. */
export type SecurityRequirement = Record<string, string[]>;

/** The sections of a document that hold path items: the API's own, and the requests it sends. */
export type OperationKind = 'operation' | 'webhook';

export interface OperationInfo {
  /** `operation` under `paths:`, `webhook` under `webhooks:`. */
  kind: OperationKind;
  /** The spec's `operationId`, else `<method> <path>`. */
  operationId: string;
  /** Upper case: `GET`. */
  method: string;
  /** The path template; for a webhook its key under `webhooks:` (the event name). */
  path: string;
  /** Pointer of the operation object (`#/paths/~1sessions/get`), after a path item's `$ref`. */
  pointer: string;
  summary?: string;
  description?: string;
  tags: string[];
  /**
   * The security that applies: the operation's `security`, else the document's (`[]`: none). Any
   * one requirement of the list is enough.
   */
  security: SecurityRequirement[];
  /** Path-item and operation parameters merged (the operation's win), `$ref`s followed. */
  parameters: ParameterInfo[];
  /** The operation's `x-rtc-pagination`, when it is a list (checked against its JSON Schema). */
  pagination?: Pagination;
  /** Every `x-rtc-*` extension of the operation, by name (`x-rtc-pagination` included). */
  extensions: Record<string, Json>;
  requestBody: MediaInfo[];
  responses: ResponseInfo[];
}

/** The `example`, then the `examples`, of a media type or parameter object found at `at`. */
function examplesOf(doc: JsonObject, node: JsonObject, at: string): ExampleInfo[] {
  const found: ExampleInfo[] = [];
  if (node.example !== undefined) found.push({ name: null, value: node.example, pointer: `${at}/example` });
  for (const [name, raw] of Object.entries((node.examples ?? {}) as JsonObject)) {
    const { node: example, pointer } = deref(doc, raw, childPointer(`${at}/examples`, name));
    found.push({ name, ...(example.value !== undefined ? { value: example.value } : {}), pointer });
  }
  return found;
}

function media(doc: JsonObject, content: Json | undefined, base: string): MediaInfo[] {
  const entries = Object.entries((content ?? {}) as JsonObject);
  return entries.map(([contentType, value]) => {
    const at = childPointer(base, 'content', contentType);
    const node = (value ?? {}) as JsonObject;
    return {
      contentType,
      schema: node.schema !== undefined ? `${at}/schema` : null,
      media: at,
      examples: examplesOf(doc, node, at),
    };
  });
}

function parameterInfo(doc: JsonObject, raw: Json, at: string): ParameterInfo {
  const { node: p, pointer } = deref(doc, raw, at);
  const examples = p.examples !== undefined ? examplesOf(doc, { examples: p.examples }, pointer) : [];
  return {
    name: String(p.name),
    in: p.in as ParameterInfo['in'],
    required: p.required === true,
    pointer,
    schema: (p.schema ?? {}) as JsonObject,
    ...(p.example !== undefined ? { example: p.example } : {}),
    ...(examples.length > 0 ? { examples } : {}),
  };
}

function responsesOf(doc: JsonObject, op: JsonObject, opPointer: string): ResponseInfo[] {
  const responses: ResponseInfo[] = [];
  for (const [status, rawResponse] of Object.entries((op.responses ?? {}) as JsonObject)) {
    const { node: response, pointer: responsePointer } = deref(
      doc,
      rawResponse,
      childPointer(`${opPointer}/responses`, status),
    );
    const headers: HeaderInfo[] = [];
    for (const [name, rawHeader] of Object.entries((response.headers ?? {}) as JsonObject)) {
      const { node: header, pointer: headerPointer } = deref(
        doc,
        rawHeader,
        childPointer(`${responsePointer}/headers`, name),
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
    const bodies = media(doc, response.content, responsePointer);
    if (bodies.length === 0) bodies.push({ contentType: null, schema: null, media: null, examples: [] });
    for (const body of bodies) responses.push({ status, ...body, headers });
  }
  return responses;
}

const SECTIONS: Record<OperationKind, string> = { operation: 'paths', webhook: 'webhooks' };

/**
 * Every operation of one section of a bundled spec (`paths:` or `webhooks:`), in document order:
 * a webhook is an operation the provider sends, described with the same fields.
 */
export function walkOperations(openapi: unknown, kind: OperationKind): OperationInfo[] {
  const doc = openapi as JsonObject;
  const section = SECTIONS[kind];
  const operations: OperationInfo[] = [];
  for (const [path, rawItem] of Object.entries((doc[section] ?? {}) as JsonObject)) {
    const { node: item, pointer: itemPointer } = deref(doc, rawItem, childPointer(`#/${section}`, path));
    const shared = ((item.parameters ?? []) as Json[]).map((p, i) =>
      parameterInfo(doc, p, `${itemPointer}/parameters/${i}`),
    );
    for (const method of HTTP_METHODS) {
      const op = item[method] as JsonObject | undefined;
      if (!op) continue;
      const opPointer = `${itemPointer}/${method}`;
      const own = ((op.parameters ?? []) as Json[]).map((p, i) =>
        parameterInfo(doc, p, `${opPointer}/parameters/${i}`),
      );
      const byKey = new Map<string, ParameterInfo>();
      for (const p of [...shared, ...own]) byKey.set(`${p.in}:${p.name}`, p);
      const requestBody = op.requestBody
        ? (() => {
            const { node, pointer } = deref(doc, op.requestBody, `${opPointer}/requestBody`);
            return media(doc, node.content, pointer);
          })()
        : [];
      const extensions = Object.fromEntries(Object.entries(op).filter(([key]) => key.startsWith('x-rtc-')));
      const security = (op.security ?? doc.security ?? []) as SecurityRequirement[];
      const info: OperationInfo = {
        kind,
        operationId: String(op.operationId ?? `${method} ${path}`),
        method: method.toUpperCase(),
        path,
        pointer: opPointer,
        ...(typeof op.summary === 'string' ? { summary: op.summary } : {}),
        ...(typeof op.description === 'string' ? { description: op.description } : {}),
        tags: Array.isArray(op.tags) ? op.tags.map(String) : [],
        security,
        parameters: [...byKey.values()],
        extensions,
        requestBody,
        responses: responsesOf(doc, op, opPointer),
      };
      if (op['x-rtc-pagination'] !== undefined) {
        const where = `${info.method} ${path} (${info.operationId})`;
        const query = info.parameters.filter((p) => p.in === 'query').map((p) => p.name);
        info.pagination = validatePagination(op['x-rtc-pagination'], where, info.method, query);
      }
      operations.push(info);
    }
  }
  return operations;
}

/**
 * Every operation of a bundled spec, in the order the spec lists them; with `webhooks: true` the
 * webhooks follow (`kind: 'webhook'`), for a reader that shows both alike (the docs).
 */
export function describeOperations(openapi: unknown, options: { webhooks?: boolean } = {}): OperationInfo[] {
  const operations = walkOperations(openapi, 'operation');
  return options.webhooks ? [...operations, ...walkOperations(openapi, 'webhook')] : operations;
}

/** Whether a media type is JSON: `application/json` or a `+json` type (`application/problem+json`). */
export function isJsonMediaType(contentType: string | null): boolean {
  return contentType !== null && /^application\/(?:[\w.-]+\+)?json\b/.test(contentType);
}

/**
 * A value to send for a parameter: its `example`, the first of its `examples`, then its schema's
 * first `examples`, `example`, `default`, `const` or first `enum` value; undefined when it has none.
 */
export function parameterExample(parameter: ParameterInfo): Json | undefined {
  if (parameter.example !== undefined) return parameter.example;
  const first = parameter.examples?.[0];
  if (first?.value !== undefined) return first.value;
  const { schema } = parameter;
  if (Array.isArray(schema.examples) && schema.examples.length > 0) return schema.examples[0];
  for (const key of ['example', 'default', 'const'] as const)
    if (schema[key] !== undefined) return schema[key];
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum[0];
  return undefined;
}
