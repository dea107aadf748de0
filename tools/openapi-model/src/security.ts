/** The security schemes a bundled spec's `security` requirements name (`components.securitySchemes`). */
import { childPointer, deref, type JsonObject } from './pointer.js';

/** A security scheme object (OpenAPI 3.1), the fields that say where a credential goes. */
export interface SecurityScheme {
  type: 'apiKey' | 'http' | 'oauth2' | 'openIdConnect' | 'mutualTLS';
  /** apiKey: the header, query parameter or cookie name. */
  name?: string;
  in?: 'header' | 'query' | 'cookie';
  /** http: `bearer`, `basic`, … */
  scheme?: string;
  bearerFormat?: string;
  description?: string;
}

/**
 * The scheme a requirement names, `$ref`s followed; throws naming it when the document does not
 * define it (a requirement naming an undefined scheme is a broken spec).
 */
export function securityScheme(openapi: unknown, name: string): SecurityScheme {
  const doc = openapi as JsonObject;
  const schemes = ((doc.components as JsonObject | undefined)?.securitySchemes ?? {}) as JsonObject;
  const raw = Object.hasOwn(schemes, name) ? schemes[name] : undefined;
  if (raw === undefined || raw === null || typeof raw !== 'object')
    throw new Error(`security scheme ${name} is not defined in components.securitySchemes`);
  return deref(doc, raw, childPointer('#/components/securitySchemes', name))
    .node as unknown as SecurityScheme;
}
