import { checkBody, checkHeaders, single } from './checks.js';
import { type CompiledValidator, loadCompiled, type ValidatorOf } from './compiled.js';
import { ContractLookupError } from './errors.js';
import {
  lookupProvider,
  type ManifestOperation,
  type ManifestResponse,
  type Provider,
  providerIds,
  readManifest,
} from './manifest.js';
import { matchOperation, type RequestToValidate, requestViolations } from './request-validation.js';
import { summarize, type Violation } from './violations.js';

export type {
  CompiledValidator,
  ManifestOperation as OperationDescription,
  ManifestResponse as ResponseDescription,
  RequestToValidate,
};
export { ContractLookupError };

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
  /** The operation a request's method and path (below the server's base path) are, if any. */
  matchOperation(
    provider: string,
    method: string,
    path: string,
  ): { op: ManifestOperation; params: Record<string, string> } | undefined;
  /** Checks a request's query and path parameters and its body against its operation. */
  validateRequest(provider: string, operationId: string, input: RequestToValidate): ValidationResult;
}

function mediaType(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  return (contentType.split(';')[0] ?? '').trim().toLowerCase() || null;
}

/** The documented responses for a status: exact, then its `4XX`-style range, then `default`. */
export function documentedResponses(op: ManifestOperation, status: number | string): ManifestResponse[] {
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
}

/** The documented response whose media type the response's `Content-Type` matches, if any. */
function matchContentType(
  candidates: readonly ManifestResponse[],
  contentType: string | null | undefined,
): ManifestResponse | undefined {
  const type = mediaType(contentType);
  const withContent = candidates.filter((r) => r.contentType !== null);
  if (withContent.length === 0) return candidates[0];
  if (type === null) return withContent.length === 1 ? withContent[0] : undefined;
  return (
    withContent.find((r) => r.contentType?.toLowerCase() === type) ??
    withContent.find((r) => r.contentType?.toLowerCase() === `${type.split('/')[0]}/*`) ??
    withContent.find((r) => r.contentType === '*/*')
  );
}

/** The body checks of a matched response: a JSON body must be there and parse, then its schema. */
function checkResponseBody(
  response: ManifestResponse,
  input: ResponseToValidate,
  validatorOf: ValidatorOf,
): { errors: Violation[]; warnings: Violation[] } {
  if (!response.contract || !response.strict) return { errors: [], warnings: [] };
  let body = input.body;
  if (body === undefined && !response.json && input.bodyText !== undefined) body = input.bodyText;
  if (body === undefined) {
    const missing = input.bodyText === undefined;
    const error = single(
      'error',
      'body',
      'body',
      missing ? 'the response has no body' : 'the body is not JSON',
      `a ${response.contentType} body`,
      missing ? 'missing' : summarize(input.bodyText),
      response.schema ?? '',
    );
    return { errors: [error], warnings: [] };
  }
  const { fast, strict, contract, schema } = response;
  return checkBody(
    validatorOf,
    { fast, strict, contract, schema },
    body,
    input.strict === true,
    response.contentType,
  );
}

/** Validates one response: its status, its content type, its body and its headers. */
function validateResponse(
  op: ManifestOperation,
  input: ResponseToValidate,
  validatorOf: ValidatorOf,
): ValidationResult {
  const candidates = documentedResponses(op, input.status);
  if (candidates.length === 0) {
    const error = single(
      'error',
      'status',
      'status',
      `status ${input.status} is not documented for ${input.operationId}`,
      [...new Set(op.responses.map((r) => r.status))],
      Number(input.status),
      `${op.pointer}/responses`,
    );
    return { ok: false, errors: [error], warnings: [] };
  }
  const response = matchContentType(candidates, input.contentType);
  if (!response) {
    const type = mediaType(input.contentType);
    const error = single(
      'error',
      'contentType',
      'contentType',
      `content type ${type ?? '(none)'} is not documented for ${input.operationId} ${candidates[0]?.status}`,
      candidates.filter((r) => r.contentType !== null).map((r) => r.contentType),
      input.contentType ?? 'missing',
      `${op.pointer}/responses`,
    );
    return { ok: false, errors: [error], warnings: [] };
  }
  const { errors, warnings } = checkResponseBody(response, input, validatorOf);
  if (input.headers) errors.push(...checkHeaders(input.headers, response.headers, validatorOf));
  const matched = { status: response.status, contentType: response.contentType };
  return { ok: errors.length === 0, errors, warnings, matched };
}

/**
 * Loads the validators compiled at build time (ajv standalone code under dist/generated/).
 * Nothing is compiled at run time.
 */
export async function loadValidators(): Promise<Validators> {
  const manifest = readManifest();
  const providers = providerIds();
  const compiled = await loadCompiled(providers, '');
  const operationIndex = new Map<Provider, Map<string, ManifestOperation>>(
    Object.entries(manifest.providers).map(([provider, entry]) => [
      provider,
      new Map(entry.operations.map((op) => [op.operationId, op])),
    ]),
  );
  const operation = (provider: string, operationId: string): ManifestOperation => {
    const entry = lookupProvider(provider);
    const op = operationIndex.get(provider)?.get(operationId);
    if (!op) {
      const known = entry.operations.map((o) => o.operationId).join(', ');
      throw new ContractLookupError(`unknown operation "${operationId}" for ${provider} (known: ${known})`);
    }
    return op;
  };
  return {
    providers,
    server: (provider) => lookupProvider(provider).server,
    operations: (provider) => lookupProvider(provider).operations,
    operation,
    findResponses: (provider, operationId, status) =>
      documentedResponses(operation(provider, operationId), status),
    validateResponse: (input) =>
      validateResponse(operation(input.provider, input.operationId), input, compiled(input.provider)),
    matchOperation: (provider, method, path) =>
      matchOperation(lookupProvider(provider).operations, method, path),
    validateRequest: (provider, operationId, input) => {
      const errors = requestViolations(operation(provider, operationId), input, compiled(provider));
      return { ok: errors.length === 0, errors, warnings: [] };
    },
  };
}
