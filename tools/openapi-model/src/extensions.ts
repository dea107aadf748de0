import { readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import type { OperationInfo, Pagination } from './operations.js';
import type { JsonObject } from './pointer.js';

/** The extensions with a JSON Schema under `schemas/` (the Redocly plugin lints them with these). */
export type ExtensionName = 'x-rtc-provider' | 'x-rtc-pagination' | 'x-rtc-rate-limits' | 'x-rtc-rate-limit';

const EXTENSION_NAMES: readonly ExtensionName[] = [
  'x-rtc-provider',
  'x-rtc-pagination',
  'x-rtc-rate-limits',
  'x-rtc-rate-limit',
];
const SCHEMA_ID = (name: ExtensionName) => `https://rtc-sessions.dev/openapi-model/${name}.schema.json`;

/** The JSON Schema of an extension, as shipped in `schemas/<name>.schema.json`. */
export function extensionSchema(name: ExtensionName): JsonObject {
  return JSON.parse(readFileSync(new URL(`../schemas/${name}.schema.json`, import.meta.url), 'utf8'));
}

let ajv: Ajv2020 | undefined;

function validatorFor(name: ExtensionName): ValidateFunction {
  if (!ajv) {
    // all at once: a schema may $ref another (x-rtc-rate-limits names labels by x-rtc-rate-limit)
    ajv = new Ajv2020({ allErrors: true });
    for (const each of EXTENSION_NAMES) ajv.addSchema(extensionSchema(each));
  }
  const validate = ajv.getSchema(SCHEMA_ID(name));
  if (!validate) throw new Error(`no JSON Schema for ${name}`);
  return validate;
}

export function describeProblems(errors: readonly ErrorObject[]): string {
  return errors.map((e) => `${e.instancePath || '(root)'} ${e.message ?? e.keyword}`).join('; ');
}

/** Problems of a value against an extension's schema, one line each (empty when it conforms). */
export function extensionProblems(name: ExtensionName, value: unknown): ErrorObject[] {
  const validate = validatorFor(name);
  return validate(value) ? [] : [...(validate.errors ?? [])];
}

/**
 * An operation's `x-rtc-pagination`, checked against its schema and against the operation: only a
 * GET pages, and every parameter it names is one of the operation's query parameters.
 */
export function validatePagination(value: unknown, op: Omit<OperationInfo, 'pagination'>): Pagination {
  const where = `${op.method} ${op.path} (${op.operationId})`;
  const problems = extensionProblems('x-rtc-pagination', value);
  if (problems.length > 0)
    throw new Error(`${where}: invalid x-rtc-pagination: ${describeProblems(problems)}`);
  if (op.method !== 'GET') throw new Error(`${where}: only GET lists can be paginated.`);
  const pagination = value as Pagination;
  const names =
    pagination.scheme === 'page-number'
      ? [pagination.pageParam, pagination.sizeParam]
      : [pagination.cursorParam, pagination.sizeParam];
  for (const name of names) {
    if (!op.parameters.some((p) => p.name === name && p.in === 'query'))
      throw new Error(`${where}: x-rtc-pagination names "${name}", which is no query parameter.`);
  }
  return pagination;
}

/** A provider's facts: `info.x-rtc-provider` of its spec, with `info.title` and `servers[0].url`. */
export interface ProviderFacts {
  /** `spec/<id>/`, `@rtc-sessions/spec-<id>`, `@rtc-sessions/<id>`, a cassette's `provider`. */
  id: string;
  /** Short name for messages: `Zoom Video SDK`. */
  name: string;
  /** `info.title`. */
  title: string;
  /** `info.version`. */
  version: string;
  /** `servers[0].url`: the clients' default base URL. */
  baseUrl: string;
  /** The port `pnpm mock` serves the spec on. */
  mockPort: number;
  credentials: {
    /** The key, then the secret: `createClient` option and environment variable. */
    keys: [{ option: string; env: string }, { option: string; env: string }];
    /** The variable holding a ready token. */
    tokenEnv: string;
  };
  /** Response headers that may carry the request id, best first. */
  requestIdHeaders: string[];
  /** JSON pointers into an error body, tried in order. */
  errorBody: { code: string[]; message: string[]; details: string[] };
  /** How the provider retries a webhook delivery the receiver did not answer 2xx in time. */
  webhookRetries: WebhookRetries;
}

/** A provider's webhook delivery policy, or that it publishes none. */
export type WebhookRetries =
  | {
      published: true;
      /** How long the provider waits for the receiver's 2xx. */
      timeoutSeconds: number;
      /** The delay before each retry, after the previous attempt (empty: no retries). */
      delaysSeconds: number[];
      /** The provider's page that documents it. */
      source: string;
      note?: string;
    }
  | {
      published: false;
      /** What is (not) known, and where it was looked for. */
      note: string;
    };

/** Reads and checks a bundled spec's provider facts; `where` names the spec in errors. */
export function providerFacts(openapi: unknown, where = 'the spec'): ProviderFacts {
  const doc = openapi as {
    info?: { title?: string; version?: string; 'x-rtc-provider'?: unknown };
    servers?: { url?: string }[];
  };
  const raw = doc.info?.['x-rtc-provider'];
  if (raw === undefined)
    throw new Error(
      `${where} has no info.x-rtc-provider (see tools/openapi-model/schemas/x-rtc-provider.schema.json)`,
    );
  const problems = extensionProblems('x-rtc-provider', raw);
  if (problems.length > 0)
    throw new Error(`${where}: invalid info.x-rtc-provider: ${describeProblems(problems)}`);
  const baseUrl = doc.servers?.[0]?.url;
  if (!baseUrl) throw new Error(`${where} has no servers[0].url: the clients need a default base URL.`);
  const facts = raw as Omit<ProviderFacts, 'title' | 'version' | 'baseUrl'>;
  return {
    ...facts,
    title: String(doc.info?.title ?? facts.name),
    version: String(doc.info?.version ?? ''),
    baseUrl,
  };
}
