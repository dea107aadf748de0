/**
 * What the docs read and rewrite of a bundled spec beyond its operations: the top-level fields
 * (info, servers, security, externalDocs, the root `x-rtc-rate-limits`) and the operation fields
 * the docs copy adds to (`description`, Redoc's `x-codeSamples`). Walking the operations and
 * webhooks, and finding their security schemes, is @rtc-sessions/openapi-model's
 * (`describeOperations`, `securityScheme`).
 */
import { type OperationInfo, resolvePointer, type SecurityRequirement } from '@rtc-sessions/openapi-model';

/** One entry of Redoc's `x-codeSamples`. */
export interface CodeSample {
  lang: string;
  label: string;
  source: string;
}

export interface SpecDocument {
  openapi: string;
  info: { title: string; version: string; summary?: string; description?: string; [key: string]: unknown };
  servers?: { url: string; description?: string }[];
  security?: SecurityRequirement[];
  externalDocs?: { url: string; description?: string };
  tags?: { name: string; description?: string; [key: string]: unknown }[];
  components?: Record<string, unknown>;
  [key: string]: unknown;
}

/** The fields of an operation (or webhook) object the docs copy writes. */
export interface DocsOperationObject {
  description?: string;
  'x-codeSamples'?: CodeSample[];
  [key: string]: unknown;
}

/** The operation object an {@link OperationInfo} of `document` describes, to read or write in place. */
export function operationObject(document: SpecDocument, operation: OperationInfo): DocsOperationObject {
  const found = resolvePointer(document, operation.pointer);
  if (found === null || typeof found !== 'object' || Array.isArray(found))
    throw new Error(`${operation.pointer} is no operation object of this document`);
  return found as DocsOperationObject;
}
