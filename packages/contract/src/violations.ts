import { readPointer } from '@rtc-sessions/runtime/internal';
import type { ErrorObject } from 'ajv/dist/2020.js';

/**
 * The annotation every compiled subschema carries: its JSON pointer in the spec (`#/components/…`),
 * written by the build (`toJsonSchemaDocument`) and read here to say where a broken rule is.
 */
export const LOCATION_KEYWORD = 'x-rtc-at';

/**
 * The extension that lists an open enum's known values (`type: string` + `x-rtc-known-values`):
 * the build turns it into an `enum` of the strict schema only, so a new value is a warning, and an
 * error under --strict. The build (openapi-model's `KNOWN_VALUES_KEYWORD`) writes the same name.
 */
export const KNOWN_VALUES_KEYWORD = 'x-rtc-known-values';

// RFC 6901: a token of a pointer into a body, as violations name places (reading one is the
// runtime's `readPointer`, the one reader of body pointers the clients' paging uses too).
export function escapePointerToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

export type Severity = 'error' | 'warning';

/** One way a response breaks its contract. */
export interface Violation {
  severity: Severity;
  /** JSON pointer in the body (`''` for the root); for a header, `''`, with `header` set. */
  pointer: string;
  /** Where the broken rule is in the spec, e.g. `#/components/schemas/Session/properties/end/type`. */
  schemaPath: string;
  /** The JSON Schema keyword (`type`, `required`, `format`…), or `status` / `contentType` / `body`. */
  keyword: string;
  message: string;
  /** What the contract asks for: a type, the allowed values, a format, a required property name… */
  expected: unknown;
  /** What the response holds at the pointer, or `"missing"`. */
  actual: unknown;
  /**
   * Which part of the exchange: the response body (default), a response header, the status or the
   * content type; or, for a request (`proxy`), a query or path parameter, the request body, or the
   * operation itself (a request no operation of the spec describes).
   */
  in?: 'body' | 'header' | 'status' | 'contentType' | 'query' | 'path' | 'requestBody' | 'operation';
  /** The header's name, for header violations. */
  header?: string;
  /** The parameter's name, for query and path parameter violations. */
  parameter?: string;
}

export const MISSING = 'missing';

const SUMMARY_CHARS = 120;

/**
 * The JSON text of `value` if it is at most `limit` characters, else undefined — without ever
 * serializing more than that: a body may be megabytes, or nested deeper than the stack
 * (`[[[[…]]]]`), which `JSON.stringify` would overflow on.
 */
function shortJson(value: unknown, limit: number): string | undefined {
  let length = 0;
  const visit = (node: unknown): string | undefined => {
    if (node === null || typeof node !== 'object') {
      const text = JSON.stringify(node) ?? 'null';
      length += text.length;
      return length > limit ? undefined : text;
    }
    length += 2;
    if (length > limit) return undefined;
    const parts: string[] = [];
    if (Array.isArray(node)) {
      for (const item of node) {
        const text = visit(item);
        if (text === undefined) return undefined;
        parts.push(text);
        length += 1;
      }
      return `[${parts.join(',')}]`;
    }
    for (const [key, item] of Object.entries(node)) {
      if (item === undefined) continue;
      const text = visit(item);
      if (text === undefined) return undefined;
      const entry = `${JSON.stringify(key)}:${text}`;
      length += entry.length - text.length + 1;
      if (length > limit) return undefined;
      parts.push(entry);
    }
    return `{${parts.join(',')}}`;
  };
  // every level adds at least 2 characters, so the recursion is at most limit / 2 deep
  return visit(value);
}

/** Keeps reports readable: large objects and arrays are described, not dumped. */
export function summarize(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (shortJson(value, SUMMARY_CHARS) !== undefined) return value;
  if (Array.isArray(value)) return `array of ${value.length} items`;
  const keys = Object.keys(value);
  return `object {${keys.slice(0, 8).join(', ')}${keys.length > 8 ? ', …' : ''}}`;
}

function schemaLocation(error: ErrorObject): string {
  const at = error.parentSchema?.[LOCATION_KEYWORD];
  return typeof at === 'string' ? `${at}/${error.keyword}` : error.schemaPath;
}

function childPointer(parent: string, name: unknown): string {
  return `${parent}/${escapePointerToken(String(name))}`;
}

function isAtOrBelow(pointer: string, ancestor: string): boolean {
  return pointer === ancestor || pointer.startsWith(`${ancestor}/`);
}

function describeExpected(error: ErrorObject): { pointer: string; expected: unknown; message: string } {
  const p = error.params as Record<string, unknown>;
  const at = error.instancePath;
  switch (error.keyword) {
    case 'required':
      return {
        pointer: childPointer(at, p.missingProperty),
        expected: p.missingProperty,
        message: `required property '${String(p.missingProperty)}' is missing`,
      };
    case 'unevaluatedProperties':
      return {
        pointer: childPointer(at, p.unevaluatedProperty),
        expected: 'no property that the contract does not describe',
        message: `property '${String(p.unevaluatedProperty)}' is not in the contract`,
      };
    case 'additionalProperties':
      return {
        pointer: childPointer(at, p.additionalProperty),
        expected: 'no additional property',
        message: `property '${String(p.additionalProperty)}' is not allowed`,
      };
    case 'propertyNames':
      return {
        pointer: childPointer(at, p.propertyName),
        expected: error.schema,
        message: 'invalid property name',
      };
    case 'type':
      return {
        pointer: at,
        expected: error.schema,
        message: `must be ${[error.schema].flat().join(' or ')}`,
      };
    case 'enum':
      return { pointer: at, expected: error.schema, message: 'must be one of the allowed values' };
    case 'const':
      return { pointer: at, expected: error.schema, message: `must be ${JSON.stringify(error.schema)}` };
    case 'format':
      return {
        pointer: at,
        expected: `format ${String(error.schema)}`,
        message: `must be a valid ${String(error.schema)}`,
      };
    case 'minimum':
    case 'exclusiveMinimum':
    case 'maximum':
    case 'exclusiveMaximum':
    case 'minLength':
    case 'maxLength':
    case 'minItems':
    case 'maxItems':
    case 'minProperties':
    case 'maxProperties':
    case 'multipleOf':
    case 'pattern':
      return {
        pointer: at,
        expected: { [error.keyword]: error.schema },
        message: error.message ?? error.keyword,
      };
    default:
      return { pointer: at, expected: error.schema, message: error.message ?? error.keyword };
  }
}

function toViolation(error: ErrorObject, body: unknown, severity: Severity): Violation {
  const { pointer, expected, message } = describeExpected(error);
  const value = readPointer(body, pointer);
  return {
    severity,
    pointer,
    schemaPath: schemaLocation(error),
    keyword: error.keyword,
    message,
    expected,
    actual: error.keyword === 'required' || value === undefined ? MISSING : summarize(value),
  };
}

/**
 * ajv's errors as violations. The errors of the failed branches of an `anyOf`/`oneOf` (which ajv
 * reports just before the combinator's own error, all at or below its instance path) collapse
 * into one violation that lists what each branch wanted.
 */
export function toViolations(errors: readonly ErrorObject[], body: unknown, severity: Severity): Violation[] {
  const kept: Violation[] = [];
  const consumed = new Set<number>();
  for (let i = errors.length - 1; i >= 0; i--) {
    if (consumed.has(i)) continue;
    const error = errors[i] as ErrorObject;
    if (error.keyword === 'anyOf' || error.keyword === 'oneOf') {
      const branchMessages: string[] = [];
      let j = i - 1;
      while (
        j >= 0 &&
        !consumed.has(j) &&
        isAtOrBelow((errors[j] as ErrorObject).instancePath, error.instancePath)
      ) {
        const branch = errors[j] as ErrorObject;
        consumed.add(j);
        if (branch.keyword !== 'anyOf' && branch.keyword !== 'oneOf' && branch.keyword !== 'if') {
          const d = describeExpected(branch);
          const where =
            branch.instancePath === error.instancePath
              ? ''
              : ` at ${branch.instancePath.slice(error.instancePath.length)}`;
          branchMessages.unshift(`${d.message}${where}`);
        }
        j--;
      }
      const passing =
        error.keyword === 'oneOf' && (error.params as { passingSchemas?: unknown }).passingSchemas;
      const value = readPointer(body, error.instancePath);
      kept.push({
        severity,
        pointer: error.instancePath,
        schemaPath: schemaLocation(error),
        keyword: error.keyword,
        message: passing
          ? 'matches more than one of the alternatives (oneOf)'
          : `matches none of the alternatives (${error.keyword}): ${[...new Set(branchMessages)].join('; or ')}`,
        expected: passing
          ? 'exactly one alternative'
          : { [error.keyword]: [...new Set(branchMessages)].map((m) => m.replace(/ is missing$/, '')) },
        actual: value === undefined ? MISSING : summarize(value),
      });
      continue;
    }
    // ajv's "must match then schema" only repeats the errors reported just before it
    if (error.keyword === 'if') continue;
    kept.push(toViolation(error, body, severity));
  }
  kept.reverse();
  const seen = new Set<string>();
  return kept.filter((v) => {
    const key = `${v.pointer}\u0000${v.schemaPath}\u0000${v.keyword}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
