import type { JsonObject } from './pointer.js';

/**
 * The TypeScript type of `x-rtc-pagination`, written from its JSON Schema (the one definition):
 * one member of a union per `scheme`, each with the schema's members that scheme allows, required
 * as the schema requires them. `pnpm generate` writes it to the runtime and to this package.
 */
export function paginationTypeSource(schema: JsonObject): string {
  const properties = schema.properties as Record<string, JsonObject>;
  const defs = (schema.$defs ?? {}) as Record<string, JsonObject>;
  const branches = (schema.allOf as JsonObject[]).map((branch) => {
    const scheme = ((branch.if as JsonObject).properties as Record<string, JsonObject>).scheme?.const;
    const then = branch.then as { required?: string[]; properties?: Record<string, unknown> };
    const required = new Set([...(schema.required as string[]), ...(then.required ?? [])]);
    const members = Object.keys(properties).filter((name) => then.properties?.[name] !== false);
    const lines = members.map((name) => {
      const property = properties[name] as JsonObject;
      const type = name === 'scheme' ? JSON.stringify(scheme) : typeOf(property, defs);
      const doc = typeof property.description === 'string' ? `    /** ${property.description} */\n` : '';
      return `${doc}    readonly ${name}${required.has(name) ? '' : '?'}: ${type};`;
    });
    return `  | {\n${lines.join('\n')}\n  }`;
  });
  return [
    '// Generated from tools/openapi-model/schemas/x-rtc-pagination.schema.json by `pnpm generate`',
    '// (tools/openapi-model/scripts/generate-pagination-type.mjs). Do not edit: change the schema.',
    '',
    `/** ${String(schema.description)} */`,
    `export type Pagination =\n${branches.join('\n')};`,
    '',
  ].join('\n');
}

function typeOf(property: JsonObject, defs: Record<string, JsonObject>): string {
  const ref = typeof property.$ref === 'string' ? defs[property.$ref.replace('#/$defs/', '')] : undefined;
  const node = ref ?? property;
  if (Array.isArray(node.enum)) return node.enum.map((v) => JSON.stringify(v)).join(' | ');
  switch (node.type) {
    case 'string':
      return 'string';
    case 'integer':
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    default:
      throw new Error(`x-rtc-pagination: no TypeScript type for ${JSON.stringify(property)}`);
  }
}
