/**
 * The checks a body and its headers go through, shared by API responses and webhook deliveries:
 * the first-error check decides, the all-errors validators describe a failure.
 */
import type { ValidatorOf } from './compiled.js';
import type { ManifestHeader } from './manifest.js';
import { KNOWN_VALUES_KEYWORD, summarize, toViolations, type Violation } from './violations.js';

/** A header or parameter's text as its schema's type, where it reads as one (`"3"` → 3 for an integer). */
export function coerceText(value: string, type: string | string[] | undefined): unknown {
  const types = type === undefined ? [] : [type].flat();
  if ((types.includes('integer') || types.includes('number')) && /^-?\d+(\.\d+)?$/.test(value.trim())) {
    return Number(value);
  }
  if (types.includes('boolean') && (value === 'true' || value === 'false')) return value === 'true';
  return value;
}

export function single(
  severity: Violation['severity'],
  at: NonNullable<Violation['in']>,
  keyword: string,
  message: string,
  expected: unknown,
  actual: unknown,
  schemaPath: string,
): Violation {
  return { severity, pointer: '', schemaPath, keyword, message, expected, actual, in: at };
}

/** How deep arrays and objects nest in a value, measured without recursion. */
function nestingDepth(value: unknown): number {
  let deepest = 0;
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [unknown, number];
    if (node === null || typeof node !== 'object') continue;
    deepest = Math.max(deepest, depth + 1);
    for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
  return deepest;
}

/** The names of a body's compiled validators (response or webhook payload) and its schema's pointer. */
interface BodyValidators {
  /** First-error check of the contract schema; `null` where none was compiled. */
  fast: string | null;
  strict: string;
  contract: string;
  schema?: string | null | undefined;
}

/**
 * Checks a parsed body: the first-error check decides (the common, conforming case pays only for
 * it); the all-errors validators run only to describe a failure. What only the strict schema rejects
 * (undocumented fields, values outside x-rtc-known-values) is a warning, or an error under `strict`.
 * Shared by responses and webhook deliveries.
 */
export function checkBody(
  validatorOf: ValidatorOf,
  validators: BodyValidators,
  body: unknown,
  strict: boolean,
  contentType: string | null,
): { errors: Violation[]; warnings: Violation[] } {
  const errors: Violation[] = [];
  const warnings: Violation[] = [];
  try {
    const conforms = validators.fast !== null && validatorOf(validators.fast)(body);
    const strictValidate = validatorOf(validators.strict);
    if (!conforms && !strictValidate(body)) {
      const strictErrors = strictValidate.errors ?? [];
      const undocumented = strictErrors.filter(
        (e) =>
          e.keyword === 'unevaluatedProperties' ||
          (e.keyword === 'enum' && Array.isArray(e.parentSchema?.[KNOWN_VALUES_KEYWORD])),
      );
      if (undocumented.length < strictErrors.length) {
        const contractValidate = validatorOf(validators.contract);
        if (!contractValidate(body))
          errors.push(...toViolations(contractValidate.errors ?? [], body, 'error'));
      }
      (strict ? errors : warnings).push(...toViolations(undocumented, body, strict ? 'error' : 'warning'));
    }
  } catch (error) {
    // A body nested deeper than the stack (`[[[[…]]]]` where the schema recurses): no server's
    // answer, and never a crash of the checker.
    if (!(error instanceof RangeError)) throw error;
    errors.push(
      single(
        'error',
        'body',
        'maxDepth',
        `the body nests ${nestingDepth(body)} levels deep, too deep to check against the contract`,
        `a ${contentType} body as the schema describes it`,
        summarize(body),
        validators.schema ?? '',
      ),
    );
  }
  return { errors, warnings };
}

/** Checks the headers a spec declares (a missing required one, a value its schema refuses). */
export function checkHeaders(
  headers: Readonly<Record<string, string>>,
  declared: readonly ManifestHeader[],
  validatorOf: ValidatorOf,
): Violation[] {
  const errors: Violation[] = [];
  if (declared.length === 0) return errors;
  const lower = new Map(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  for (const header of declared) {
    const value = lower.get(header.name.toLowerCase());
    if (value === undefined) {
      if (header.required) {
        errors.push({
          ...single(
            'error',
            'header',
            'required',
            `header ${header.name} is missing`,
            header.name,
            'missing',
            header.schema,
          ),
          header: header.name,
        });
      }
      continue;
    }
    const coerced = coerceText(value, header.type);
    const validate = validatorOf(header.validate);
    if (!validate(coerced)) {
      for (const v of toViolations(validate.errors ?? [], coerced, 'error')) {
        errors.push({ ...v, in: 'header', header: header.name });
      }
    }
  }
  return errors;
}
