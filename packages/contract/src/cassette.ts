import type { ErrorObject } from 'ajv/dist/2020.js';
import { readJsonFile } from './cassette-files.js';
import { InputError } from './errors.js';
import type { ValidationResult, Validators } from './validators.js';

export const CASSETTE_FORMAT = 'rtc-sessions/cassette@1';

/** One recorded exchange (format `rtc-sessions/cassette@1`, see cassette.schema.json). */
export interface Cassette {
  format: typeof CASSETTE_FORMAT;
  provider: string;
  operationId: string;
  recordedAt?: string;
  server?: string;
  source?: string;
  request: {
    method: string;
    path: string;
    query?: Record<string, string>;
    headers?: Record<string, string>;
    body?: unknown;
  };
  response: {
    status: number;
    headers?: Record<string, string>;
    body?: unknown;
    bodyText?: string;
  };
}

type CompiledValidator = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };
let cassetteValidator: CompiledValidator | undefined;

async function loadCassetteValidator(): Promise<CompiledValidator> {
  if (!cassetteValidator) {
    const module = (await import(new URL('./generated/cassette.js', import.meta.url).href)) as {
      default: CompiledValidator;
    };
    cassetteValidator = module.default;
  }
  return cassetteValidator;
}

function describeShapeError(error: ErrorObject): string {
  const where = error.instancePath || '(root)';
  if (error.keyword === 'required')
    return `${where}: missing "${(error.params as { missingProperty: string }).missingProperty}"`;
  if (error.keyword === 'const' || error.keyword === 'enum') {
    return `${where}: ${JSON.stringify(error.data)} is not ${error.keyword === 'const' ? JSON.stringify(error.schema) : `one of ${JSON.stringify(error.schema)}`}`;
  }
  if (error.keyword === 'not') return `${where}: has both "body" and "bodyText"`;
  return `${where}: ${error.message ?? error.keyword}`;
}

/** Checks a parsed value against the cassette format; throws InputError naming the first problem. */
export async function assertCassette(value: unknown, file: string): Promise<Cassette> {
  const validate = await loadCassetteValidator();
  if (!validate(value)) {
    const errors = validate.errors ?? [];
    // ajv reports the exchange/delivery conditional (`if`/`then`/`else`) before the basic shape
    const first =
      errors.find((e) => e.keyword !== 'if' && !/^#\/(then|else)\//.test(e.schemaPath)) ?? errors[0];
    throw new InputError(
      `${file}: not a ${CASSETTE_FORMAT} cassette: ${first ? describeShapeError(first) : 'invalid'}`,
    );
  }
  return value as Cassette;
}

export async function readCassette(file: string): Promise<Cassette> {
  return assertCassette(readJsonFile(file), file);
}

export interface CassetteResult extends ValidationResult {
  file: string;
  provider: string;
  operationId: string;
  status: number;
  request: string;
}

export async function verifyCassette(
  validators: Validators,
  cassette: Cassette,
  options: { file?: string; strict?: boolean } = {},
): Promise<CassetteResult> {
  const headers = cassette.response.headers ?? {};
  const contentType = Object.entries(headers).find(([k]) => k.toLowerCase() === 'content-type')?.[1];
  validators.operation(cassette.provider, cassette.operationId);
  const result = validators.validateResponse({
    provider: cassette.provider,
    operationId: cassette.operationId,
    status: cassette.response.status,
    contentType: contentType ?? null,
    ...('body' in cassette.response ? { body: cassette.response.body } : {}),
    ...(cassette.response.bodyText !== undefined ? { bodyText: cassette.response.bodyText } : {}),
    headers,
    strict: options.strict === true,
  });
  return {
    ...result,
    file: options.file ?? '',
    provider: cassette.provider,
    operationId: cassette.operationId,
    status: cassette.response.status,
    request: `${cassette.request.method} ${cassette.request.path}`,
  };
}
