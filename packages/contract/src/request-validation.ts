/**
 * Requests checked against their operation (`rtc-contract proxy`): which operation a method and
 * path are, and whether the query and path parameters and the body are what the spec describes.
 */
import { coerceText, single } from './checks.js';
import type { ValidatorOf } from './compiled.js';
import type { ManifestOperation, ManifestParameter } from './manifest.js';
import { summarize, toViolations, type Violation } from './violations.js';

export interface RequestToValidate {
  /** Path parameters by name, as matched from the path (decoded). */
  path: Record<string, string>;
  /** Query parameters by name (the first value of a repeated one; repeats are `multi`). */
  query: Record<string, string>;
  multi?: Record<string, string[]>;
  contentType?: string | null;
  /** The parsed JSON body, or its text. */
  body?: unknown;
  bodyText?: string;
}

/** A path template as a matcher: `/sessions/{sessionId}` → the parameter names and a pattern. */
function templatePattern(template: string): { names: string[]; pattern: RegExp } {
  const names: string[] = [];
  const source = template
    .replace(/\/+$/, '')
    .split(/(\{[^}]+\})/)
    .map((part) => {
      const name = /^\{([^}]+)\}$/.exec(part)?.[1];
      if (name === undefined) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(name);
      return '([^/]+)';
    })
    .join('');
  return { names, pattern: new RegExp(`^${source}/?$`) };
}

/**
 * The operation a method and path (below the server's base path) are, with the path parameters;
 * a template with fewer parameters wins (`/sessions/end` over `/sessions/{id}`).
 */
export function matchOperation(
  operations: readonly ManifestOperation[],
  method: string,
  path: string,
): { op: ManifestOperation; params: Record<string, string> } | undefined {
  let best: { op: ManifestOperation; params: Record<string, string>; count: number } | undefined;
  for (const op of operations) {
    if (op.method !== method.toUpperCase()) continue;
    const { names, pattern } = templatePattern(op.path);
    const match = pattern.exec(path);
    if (!match) continue;
    if (best && best.count <= names.length) continue;
    const params: Record<string, string> = {};
    names.forEach((name, i) => {
      const raw = match[i + 1] ?? '';
      try {
        params[name] = decodeURIComponent(raw);
      } catch {
        params[name] = raw;
      }
    });
    best = { op, params, count: names.length };
  }
  return best && { op: best.op, params: best.params };
}

function parameterViolations(
  p: ManifestParameter,
  text: string | undefined,
  validatorOf: ValidatorOf,
): Violation[] {
  const at = p.in as 'query' | 'path';
  if (text === undefined) {
    if (!p.required) return [];
    const missing = single(
      'error',
      at,
      'required',
      `${p.in} parameter ${p.name} is missing`,
      p.name,
      'missing',
      p.validate ?? '',
    );
    return [{ ...missing, parameter: p.name }];
  }
  if (p.validate === undefined) return [];
  const validate = validatorOf(p.validate);
  const value = coerceText(text, (p.schema as { type?: string | string[] }).type);
  if (validate(value)) return [];
  return toViolations(validate.errors ?? [], value, 'error').map((v) => ({
    ...v,
    in: at,
    parameter: p.name,
  }));
}

/** An array query parameter (`?status=a&status=b`): its values, each read as the items' type. */
function arrayParameterViolations(
  p: ManifestParameter,
  values: readonly string[],
  validatorOf: ValidatorOf,
): Violation[] {
  if (values.length === 0) return parameterViolations(p, undefined, validatorOf);
  if (p.validate === undefined) return [];
  const validate = validatorOf(p.validate);
  const itemType = (p.schema as { items?: { type?: string | string[] } }).items?.type;
  const value = values.flatMap((v) => v.split(',')).map((v) => coerceText(v, itemType));
  if (validate(value)) return [];
  return toViolations(validate.errors ?? [], value, 'error').map((v) => ({
    ...v,
    in: 'query' as const,
    parameter: p.name,
  }));
}

function mediaType(contentType: string | null | undefined): string | null {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() || null;
}

function bodyViolations(
  op: ManifestOperation,
  input: RequestToValidate,
  validatorOf: ValidatorOf,
): Violation[] {
  if (op.requestBody.length === 0) return [];
  const sent = input.body !== undefined || (input.bodyText !== undefined && input.bodyText !== '');
  if (!sent) return [];
  const type = mediaType(input.contentType);
  const documented = op.requestBody.find((b) => b.contentType.toLowerCase() === type);
  if (!documented) {
    const types = op.requestBody.map((b) => b.contentType);
    return [
      single(
        'error',
        'requestBody',
        'contentType',
        `request content type ${type ?? '(none)'} is not documented for ${op.operationId}`,
        types,
        input.contentType ?? 'missing',
        `${op.pointer}/requestBody`,
      ),
    ];
  }
  if (documented.json && input.body === undefined) {
    return [
      single(
        'error',
        'requestBody',
        'body',
        'the request body is not JSON',
        `a ${documented.contentType} body`,
        summarize(input.bodyText),
        documented.schema,
      ),
    ];
  }
  const validate = validatorOf(documented.contract);
  const body = input.body ?? input.bodyText;
  if (validate(body)) return [];
  return toViolations(validate.errors ?? [], body, 'error').map((v) => ({
    ...v,
    in: 'requestBody' as const,
  }));
}

/** The ways a request breaks its operation's contract: parameters (query, path) and body. */
export function requestViolations(
  op: ManifestOperation,
  input: RequestToValidate,
  validatorOf: ValidatorOf,
): Violation[] {
  const errors: Violation[] = [];
  for (const p of op.parameters) {
    if (p.in === 'query') {
      const values =
        input.multi?.[p.name] ?? (input.query[p.name] === undefined ? [] : [input.query[p.name] as string]);
      const types = [(p.schema as { type?: string | string[] }).type ?? []].flat();
      if (types.includes('array')) errors.push(...arrayParameterViolations(p, values, validatorOf));
      else if (values.length === 0) errors.push(...parameterViolations(p, undefined, validatorOf));
      else for (const text of values) errors.push(...parameterViolations(p, text, validatorOf));
    } else if (p.in === 'path') {
      errors.push(...parameterViolations(p, input.path[p.name], validatorOf));
    }
  }
  errors.push(...bodyViolations(op, input, validatorOf));
  return errors;
}
