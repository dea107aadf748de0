import type { ErrorObject } from 'ajv/dist/2020.js';
import {
  isProvider,
  type ManifestHeader,
  type ManifestOperation,
  type ManifestResponse,
  type Provider,
  providerIds,
  readManifest,
} from './manifest.js';
import { KNOWN_VALUES_KEYWORD, summarize, toViolations, type Violation } from './violations.js';

export type { ManifestOperation as OperationDescription, ManifestResponse as ResponseDescription };

export type CompiledValidator = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };

/** An unknown provider or operation: a usage or configuration mistake, not a contract violation. */
export class ContractLookupError extends Error {
  override readonly name = 'ContractLookupError';
}

export interface ResponseToValidate {
  provider: string;
  operationId: string;
  status: number | string;
  /** The response's `Content-Type` (parameters such as `charset` are ignored). */
  contentType?: string | null;
  /** The parsed JSON body. */
  body?: unknown;
  /** The body as text, when it is not JSON. */
  bodyText?: string;
  /** Response headers (any case); the ones the spec describes are validated. */
  headers?: Record<string, string>;
  /** Treat properties the contract does not describe as errors instead of warnings. */
  strict?: boolean;
}

export interface ValidationResult {
  ok: boolean;
  errors: Violation[];
  warnings: Violation[];
  /** The documented response the body was validated against, when one matched. */
  matched?: { status: string; contentType: string | null };
}

export interface Validators {
  readonly providers: readonly Provider[];
  /** The server URL of the provider's spec (`servers[0].url`). */
  server(provider: string): string;
  operations(provider: string): readonly ManifestOperation[];
  /** Throws ContractLookupError for an unknown provider or operation. */
  operation(provider: string, operationId: string): ManifestOperation;
  /** The documented response for a status (exact, `4XX`-style range, then `default`), if any. */
  findResponses(provider: string, operationId: string, status: number | string): ManifestResponse[];
  validateResponse(input: ResponseToValidate): ValidationResult;
}

function mediaType(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  return (contentType.split(';')[0] ?? '').trim().toLowerCase() || null;
}

function isJsonMediaType(type: string): boolean {
  return type === 'application/json' || type.endsWith('+json') || type === '*/*' || type === 'application/*';
}

function coerceHeader(value: string, type: string | string[] | undefined): unknown {
  const types = type === undefined ? [] : [type].flat();
  if ((types.includes('integer') || types.includes('number')) && /^-?\d+(\.\d+)?$/.test(value.trim())) {
    return Number(value);
  }
  if (types.includes('boolean') && (value === 'true' || value === 'false')) return value === 'true';
  return value;
}

function single(
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

/** A compiled validator by its export name, for one provider. */
type ValidatorOf = (name: string) => CompiledValidator;

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
    const coerced = coerceHeader(value, header.type);
    const validate = validatorOf(header.validate);
    if (!validate(coerced)) {
      for (const v of toViolations(validate.errors ?? [], coerced, 'error')) {
        errors.push({ ...v, in: 'header', header: header.name });
      }
    }
  }
  return errors;
}

const pointerOfOperation = (op: ManifestOperation): string =>
  `#/paths/${op.path.replace(/~/g, '~0').replace(/\//g, '~1')}/${op.method.toLowerCase()}`;

/**
 * Loads the validators compiled at build time (ajv standalone code under dist/generated/).
 * Nothing is compiled at run time.
 */
export async function loadValidators(): Promise<Validators> {
  const manifest = readManifest();
  const PROVIDERS = providerIds();
  // each provider's modules are imported once; export names are resolved through these objects
  const modules = new Map<Provider, Record<string, CompiledValidator>>();
  await Promise.all(
    PROVIDERS.map(async (provider) => {
      const [reporting, fast] = await Promise.all([
        import(new URL(`./generated/${provider}.js`, import.meta.url).href),
        import(new URL(`./generated/${provider}.fast.js`, import.meta.url).href),
      ]);
      modules.set(provider, { ...reporting, ...fast });
    }),
  );
  const operationIndex = new Map<Provider, Map<string, ManifestOperation>>(
    Object.entries(manifest.providers).map(([provider, entry]) => [
      provider,
      new Map(entry.operations.map((op) => [op.operationId, op])),
    ]),
  );

  const providerEntry = (provider: string) => {
    const entry = isProvider(provider) ? manifest.providers[provider] : undefined;
    if (!entry) {
      throw new ContractLookupError(`unknown provider "${provider}" (known: ${PROVIDERS.join(', ')})`);
    }
    return entry;
  };
  const operation = (provider: string, operationId: string): ManifestOperation => {
    providerEntry(provider);
    const op = operationIndex.get(provider as Provider)?.get(operationId);
    if (!op) {
      const known = providerEntry(provider)
        .operations.map((o) => o.operationId)
        .join(', ');
      throw new ContractLookupError(`unknown operation "${operationId}" for ${provider} (known: ${known})`);
    }
    return op;
  };
  const findResponses = (
    provider: string,
    operationId: string,
    status: number | string,
  ): ManifestResponse[] => {
    const op = operation(provider, operationId);
    const code = String(status);
    const range = `${code[0]}XX`;
    for (const matches of [
      (key: string) => key === code,
      (key: string) => key.toUpperCase() === range,
      (key: string) => key === 'default',
    ]) {
      const found = op.responses.filter((r) => matches(r.status));
      if (found.length > 0) return found;
    }
    return [];
  };
  const validator = (provider: Provider, name: string): CompiledValidator => {
    const fn = modules.get(provider)?.[name];
    if (!fn)
      throw new Error(`compiled validator ${name} of ${provider} is missing; rebuild @rtc-sessions/contract`);
    return fn;
  };

  function validateResponse(input: ResponseToValidate): ValidationResult {
    const provider = input.provider as Provider;
    const op = operation(input.provider, input.operationId);
    const validatorOf = (name: string) => validator(provider, name);
    const errors: Violation[] = [];
    const warnings: Violation[] = [];
    const candidates = findResponses(provider, input.operationId, input.status);
    if (candidates.length === 0) {
      errors.push(
        single(
          'error',
          'status',
          'status',
          `status ${input.status} is not documented for ${input.operationId}`,
          [...new Set(op.responses.map((r) => r.status))],
          Number(input.status),
          `${pointerOfOperation(op)}/responses`,
        ),
      );
      return { ok: false, errors, warnings };
    }
    const type = mediaType(input.contentType);
    const withContent = candidates.filter((r) => r.contentType !== null);
    let response: ManifestResponse | undefined;
    if (withContent.length === 0) {
      response = candidates[0];
    } else if (type === null) {
      response = withContent.length === 1 ? withContent[0] : undefined;
    } else {
      response =
        withContent.find((r) => r.contentType?.toLowerCase() === type) ??
        withContent.find((r) => r.contentType?.toLowerCase() === `${type.split('/')[0]}/*`) ??
        withContent.find((r) => r.contentType === '*/*');
    }
    if (!response) {
      errors.push(
        single(
          'error',
          'contentType',
          'contentType',
          `content type ${type ?? '(none)'} is not documented for ${input.operationId} ${candidates[0]?.status}`,
          withContent.map((r) => r.contentType),
          input.contentType ?? 'missing',
          `${pointerOfOperation(op)}/responses`,
        ),
      );
      return { ok: false, errors, warnings };
    }
    const matched = { status: response.status, contentType: response.contentType };

    if (response.contract && response.strict) {
      let body = input.body;
      const json = response.contentType !== null && isJsonMediaType(response.contentType.toLowerCase());
      if (body === undefined && !json && input.bodyText !== undefined) body = input.bodyText;
      if (body === undefined) {
        errors.push(
          single(
            'error',
            'body',
            'body',
            input.bodyText === undefined ? 'the response has no body' : 'the body is not JSON',
            `a ${response.contentType} body`,
            input.bodyText === undefined ? 'missing' : summarize(input.bodyText),
            response.schema ?? '',
          ),
        );
      } else {
        const found = checkBody(
          validatorOf,
          {
            fast: response.fast,
            strict: response.strict,
            contract: response.contract,
            schema: response.schema,
          },
          body,
          input.strict === true,
          response.contentType,
        );
        errors.push(...found.errors);
        warnings.push(...found.warnings);
      }
    }

    if (input.headers) errors.push(...checkHeaders(input.headers, response.headers, validatorOf));
    return { ok: errors.length === 0, errors, warnings, matched };
  }

  return {
    providers: PROVIDERS,
    server: (provider) => providerEntry(provider).server,
    operations: (provider) => providerEntry(provider).operations,
    operation,
    findResponses,
    validateResponse,
  };
}
