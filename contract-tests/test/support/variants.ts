// Broken variants of an example, derived from its schema: each one must be rejected, for the named reason.
import { deref, type Json } from './openapi-ajv.js';

export interface Want {
  valid: boolean;
  /** The ajv keyword that must report the problem (`required`, `type`, `format`, `enum`…). */
  keyword?: string;
  /** The JSON pointer ajv must report it at (`instancePath`). */
  pointer?: string;
  /** For `required`: the property that must be reported missing. */
  missingProperty?: string;
}

export interface Variant {
  name: string;
  given: unknown;
  want: Want;
}

interface Effective {
  types?: string[];
  format?: string;
  required: string[];
  properties: Record<string, Json>;
  additionalProperties?: Json;
  items?: Json;
}

/** Resolves `$ref`s and folds `allOf` members into one view: every constraint found must hold. */
function effective(doc: Json, schema: Json): Effective {
  const out: Effective = { required: [], properties: {} };
  const visit = (node: Json) => {
    const s = deref(doc, node);
    if (!s || typeof s !== 'object') return;
    if (s.type !== undefined && out.types === undefined)
      out.types = Array.isArray(s.type) ? s.type : [s.type];
    if (typeof s.format === 'string' && out.format === undefined) out.format = s.format;
    if (Array.isArray(s.required)) out.required.push(...s.required);
    if (s.properties) Object.assign(out.properties, s.properties);
    if (
      s.additionalProperties &&
      typeof s.additionalProperties === 'object' &&
      out.additionalProperties === undefined
    ) {
      out.additionalProperties = s.additionalProperties;
    }
    if (s.items && out.items === undefined) out.items = s.items;
    for (const member of s.allOf ?? []) visit(member);
  };
  visit(schema);
  return out;
}

const jsonType = (v: unknown): string[] => {
  if (v === null) return ['null'];
  if (Array.isArray(v)) return ['array'];
  if (typeof v === 'number') return Number.isInteger(v) ? ['integer', 'number'] : ['number'];
  return [typeof v];
};

// Replacement values of every JSON type; the first one the schema does not allow is used.
const replacements: unknown[] = ['not the right type', 42, true, { unexpected: 'object' }, ['unexpected']];

const escapePointerKey = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

/** Sets (or, with `remove`, deletes) the value at a JSON pointer in a deep copy of `root`. */
export function withChange(
  root: unknown,
  pointer: string,
  change: { set: unknown } | { remove: true },
): unknown {
  const copy = structuredClone(root);
  const keys = pointer
    .split('/')
    .slice(1)
    .map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'));
  const last = keys.pop();
  if (last === undefined) return 'set' in change ? change.set : undefined;
  // biome-ignore lint/suspicious/noExplicitAny: walking free-form JSON
  let parent: any = copy;
  for (const k of keys) parent = parent[k];
  if ('remove' in change) delete parent[last];
  else parent[last] = change.set;
  return copy;
}

/**
 * Programmatic variants: for every object in the example, each required property removed; for
 * every typed value, a value of another type and `null` (when the schema does not allow it); for
 * every date-time, an impossible day and a space-separated timestamp. Arrays contribute their
 * first item, maps their first entry, to keep the table readable.
 */
export function deriveVariants(doc: Json, schema: Json, example: unknown): Variant[] {
  const variants: Variant[] = [];
  const walk = (value: unknown, node: Json, pointer: string, isRoot: boolean) => {
    const eff = effective(doc, node);
    const at = pointer || '/';
    if (!isRoot && eff.types) {
      const replacement = replacements.find((r) => !jsonType(r).some((t) => eff.types?.includes(t)));
      if (replacement !== undefined && !jsonType(value).every((t) => jsonType(replacement).includes(t))) {
        variants.push({
          name: `${at}: ${JSON.stringify(replacement)} instead of ${eff.types.join('|')}`,
          given: withChange(example, pointer, { set: replacement }),
          want: { valid: false, keyword: 'type', pointer },
        });
      }
      if (!eff.types.includes('null') && value !== null) {
        variants.push({
          name: `${at}: null where not nullable`,
          given: withChange(example, pointer, { set: null }),
          want: { valid: false, keyword: 'type', pointer },
        });
      }
    }
    if (!isRoot && eff.format === 'date-time' && typeof value === 'string') {
      for (const bad of ['2022-02-30T07:57:11Z', '2022-02-22 07:57']) {
        variants.push({
          name: `${at}: malformed date-time ${JSON.stringify(bad)}`,
          given: withChange(example, pointer, { set: bad }),
          want: { valid: false, keyword: 'format', pointer },
        });
      }
    }
    if (Array.isArray(value)) {
      if (value.length > 0 && eff.items) walk(value[0], eff.items, `${pointer}/0`, false);
      return;
    }
    if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      for (const key of [...new Set(eff.required)]) {
        if (!(key in record)) continue;
        variants.push({
          name: `${at}: required "${key}" removed`,
          given: withChange(example, `${pointer}/${escapePointerKey(key)}`, { remove: true }),
          want: { valid: false, keyword: 'required', pointer, missingProperty: key },
        });
      }
      let mapEntryVisited = false;
      for (const [key, child] of Object.entries(record)) {
        const childSchema = eff.properties[key] ?? (mapEntryVisited ? undefined : eff.additionalProperties);
        if (!childSchema) continue;
        if (!eff.properties[key]) mapEntryVisited = true;
        walk(child, childSchema, `${pointer}/${escapePointerKey(key)}`, false);
      }
    }
  };
  walk(example, schema, '', true);
  return variants;
}
