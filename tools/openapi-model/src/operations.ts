import { validatePagination } from './extensions.js';
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

export interface MediaInfo {
  /** The media type, or null for a response documented without content. */
  contentType: string | null;
  /** Pointer of the body schema, or null without content or schema. */
  schema: string | null;
  /** Pointer of the media type object (its `example` / `examples`), or null without content. */
  media: string | null;
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
  schema: JsonObject;
  example?: Json;
}

/** `x-rtc-pagination` of a list operation (schemas/x-rtc-pagination.schema.json). */
export type Pagination =
  | {
      scheme: 'page-number';
      pageParam: string;
      sizeParam: string;
      items: string;
      lastPage: string;
    }
  | {
      scheme: 'cursor';
      cursorParam: string;
      sizeParam: string;
      items: string;
      nextCursor: string;
      cursorLifetimeSeconds?: number;
      endsOnShortPage?: boolean;
    };

export interface OperationInfo {
  operationId: string;
  /** Upper case: `GET`. */
  method: string;
  path: string;
  /** Pointer of the operation object (`#/paths/~1sessions/get`). */
  pointer: string;
  summary?: string;
  tags: string[];
  /** Path-item and operation parameters merged (the operation's win), `$ref`s followed. */
  parameters: ParameterInfo[];
  /** The operation's `x-rtc-pagination`, when it is a list (checked against its JSON Schema). */
  pagination?: Pagination;
  /** Every `x-rtc-*` extension of the operation, by name (`x-rtc-pagination` included). */
  extensions: Record<string, Json>;
  requestBody: MediaInfo[];
  responses: ResponseInfo[];
}

function media(content: Json | undefined, base: string): MediaInfo[] {
  const entries = Object.entries((content ?? {}) as JsonObject);
  return entries.map(([contentType, value]) => {
    const at = childPointer(base, 'content', contentType);
    return {
      contentType,
      schema: (value as JsonObject)?.schema !== undefined ? `${at}/schema` : null,
      media: at,
    };
  });
}

/** Every operation of a bundled spec, in the order the spec lists them. */
export function describeOperations(openapi: unknown): OperationInfo[] {
  const doc = openapi as JsonObject;
  const operations: OperationInfo[] = [];
  for (const [path, rawItem] of Object.entries((doc.paths ?? {}) as JsonObject)) {
    const itemPointer = childPointer('#/paths', path);
    const item = deref(doc, rawItem, itemPointer).node;
    const shared = ((item.parameters ?? []) as Json[]).map(
      (p, i) => deref(doc, p, `${itemPointer}/parameters/${i}`).node,
    );
    for (const method of HTTP_METHODS) {
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
        const bodies = media(response.content, responsePointer);
        if (bodies.length === 0) bodies.push({ contentType: null, schema: null, media: null });
        for (const body of bodies) responses.push({ status, ...body, headers });
      }
      const requestBody = op.requestBody
        ? (() => {
            const { node, pointer } = deref(doc, op.requestBody, `${opPointer}/requestBody`);
            return media(node.content, pointer);
          })()
        : [];
      const extensions = Object.fromEntries(Object.entries(op).filter(([key]) => key.startsWith('x-rtc-')));
      const operationId = String(op.operationId ?? `${method} ${path}`);
      const info: OperationInfo = {
        operationId,
        method: method.toUpperCase(),
        path,
        pointer: opPointer,
        ...(typeof op.summary === 'string' ? { summary: op.summary } : {}),
        tags: Array.isArray(op.tags) ? op.tags.map(String) : [],
        parameters,
        extensions,
        requestBody,
        responses,
      };
      if (op['x-rtc-pagination'] !== undefined) {
        info.pagination = validatePagination(op['x-rtc-pagination'], info);
      }
      operations.push(info);
    }
  }
  return operations;
}
