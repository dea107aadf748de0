/**
 * The requests a reader copies: for every operation a `curl` command with the provider's exact auth
 * header and a TypeScript call through our client; for every webhook a `curl` that replays a sample
 * delivery to the reader's endpoint. Everything comes from the spec (servers, security scheme,
 * parameter and body examples, `x-rtc-pagination`); nothing is written per operation.
 */
import {
  isJsonMediaType,
  type Json,
  type OperationInfo,
  type ParameterInfo,
  parameterExample,
} from '@rtc-sessions/openapi-model';
import { type AuthPlacement, authOf } from './auth.js';
import type { CredentialEnv } from './client-facts.js';
import type { CodeSample, SpecDocument } from './spec-document.js';
import type { WebhookSecretVariable } from './webhook-facts.js';

export interface SampleContext {
  document: SpecDocument;
  clientPackage: string;
  env: CredentialEnv;
  /** The provider id `rtc-contract` takes (`--provider`). */
  providerId: string;
  /** The variables `rtc-contract trigger` signs a delivery with (the client's webhook adapter). */
  webhookEnv: readonly WebhookSecretVariable[];
}

/** How a reader runs `rtc-contract` without installing it first. */
export const RTC_CONTRACT = 'npx --package @rtc-sessions/contract rtc-contract';

/** The first server that is not a local stand-in: samples call the real API (a mock is listed too). */
export function productionServer(document: SpecDocument): string {
  const servers = document.servers ?? [];
  const real = servers.find((server) => !isLoopbackUrl(server.url)) ?? servers[0];
  return (real?.url ?? '').replace(/\/+$/, '');
}

export function isLoopbackUrl(url: string): boolean {
  try {
    return ['127.0.0.1', 'localhost', '[::1]'].includes(new URL(url).hostname);
  } catch {
    return false;
  }
}

/** Quotes a word for a POSIX shell: single quotes, with `'` written as `'\''`. */
export function shellQuote(text: string): string {
  return `'${text.replaceAll("'", "'\\''")}'`;
}

/** A shell word: bare when it holds no character the shell treats specially, quoted otherwise. */
export function shellWord(text: string): string {
  return /^[\w.@%+=:,/-]+$/.test(text) ? text : shellQuote(text);
}

/** The parameters a first request sends: the required ones and those the spec gives an example for, but never the paging cursor. */
function sentParameters(entry: OperationInfo, location: ParameterInfo['in']): [ParameterInfo, Json][] {
  const cursor = entry.pagination?.scheme === 'cursor' ? entry.pagination.cursorParam : undefined;
  const sent: [ParameterInfo, Json][] = [];
  for (const parameter of entry.parameters) {
    if (parameter.in !== location || parameter.name === cursor) continue;
    const hasExample =
      parameter.example !== undefined ||
      (parameter.examples?.length ?? 0) > 0 ||
      parameter.schema.example !== undefined ||
      Array.isArray(parameter.schema.examples);
    if (!parameter.required && !hasExample) continue;
    sent.push([parameter, parameterExample(parameter) ?? `<${parameter.name}>`]);
  }
  return sent;
}

function queryString(
  pairs: [ParameterInfo, Json][],
  auth: AuthPlacement | undefined,
  tokenRef: string,
): string {
  const parts: string[] = [];
  for (const [parameter, value] of pairs) {
    for (const item of Array.isArray(value) ? value : [value]) {
      parts.push(`${encodeURIComponent(parameter.name)}=${encodeURIComponent(String(item))}`);
    }
  }
  if (auth?.in === 'query') parts.push(`${encodeURIComponent(auth.name)}=${tokenRef}`);
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

function filledPath(entry: OperationInfo): string {
  const values = new Map(sentParameters(entry, 'path').map(([parameter, value]) => [parameter.name, value]));
  return entry.path.replace(/\{([^{}]+)\}/g, (whole, name: string) => {
    const value = values.get(name);
    return value === undefined ? whole : encodeURIComponent(String(value));
  });
}

/** The first example (with a value) of the JSON request body, if the operation takes one. */
function requestBodyExample(entry: OperationInfo): Json | undefined {
  const json = entry.requestBody.find((media) => isJsonMediaType(media.contentType));
  return json?.examples.find((example) => example.value !== undefined)?.value;
}

/** `curl` for an operation: the first server, filled path and query, the auth header, the JSON body example. */
export function curlSample(context: SampleContext, entry: OperationInfo): string {
  const { document, env } = context;
  const auth = authOf(document, entry.security);
  const server = productionServer(document);
  const tokenRef = `$${env.tokenEnv}`;
  // The token variable stays outside the single quotes so the shell expands it.
  const url = `${server}${filledPath(entry)}${queryString(sentParameters(entry, 'query'), auth, '')}`;
  const lines = [`curl --request ${entry.method}`];
  lines.push(auth?.in === 'query' ? `  --url ${shellQuote(url)}"${tokenRef}"` : `  --url ${shellQuote(url)}`);
  if (auth?.in === 'header') lines.push(`  --header "${auth.name}: ${auth.prefix}${tokenRef}"`);
  if (auth?.in === 'cookie') lines.push(`  --cookie "${auth.name}=${tokenRef}"`);
  for (const [parameter, value] of sentParameters(entry, 'header')) {
    lines.push(`  --header ${shellQuote(`${parameter.name}: ${String(value)}`)}`);
  }
  const body = requestBodyExample(entry);
  if (body !== undefined) {
    lines.push(`  --header 'Content-Type: application/json'`);
    lines.push(`  --data ${shellQuote(JSON.stringify(body))}`);
  }
  return lines.join(' \\\n');
}

/** The raw request of a webhook's sample delivery: the spec's example headers and body. */
function webhookCurl(entry: OperationInfo): string {
  const lines = [`curl --request ${entry.method}`, '  --url "$WEBHOOK_URL"'];
  for (const [parameter, value] of sentParameters(entry, 'header')) {
    lines.push(`  --header ${shellQuote(`${parameter.name}: ${String(value)}`)}`);
  }
  const body = requestBodyExample(entry);
  if (body !== undefined) {
    lines.push(`  --header 'Content-Type: application/json'`);
    lines.push(`  --data ${shellQuote(JSON.stringify(body))}`);
  }
  return lines.join(' \\\n');
}

/** The `rtc-contract trigger` command that posts a correctly signed delivery of a webhook's example. */
export function triggerCommand(providerId: string, event: string): string {
  return `${RTC_CONTRACT} trigger --provider ${providerId} ${shellWord(event)} --to "$WEBHOOK_URL"`;
}

/**
 * A webhook's sample: first the `rtc-contract trigger` command, which signs the spec's example as
 * the provider does (fresh timestamp, the reader's secret), so a receiver that verifies accepts it;
 * then the raw request, whose signature headers are example values a verifying receiver rejects.
 */
export function webhookSample(
  context: Pick<SampleContext, 'providerId' | 'webhookEnv'>,
  entry: OperationInfo,
): string {
  const needs = context.webhookEnv.filter((variable) => variable.required);
  return [
    `# A signed "${entry.path}" delivery that a receiver which verifies accepts${
      needs.length > 0
        ? `; set ${needs.map((variable) => `${variable.env} (${variable.description})`).join(' and ')} first`
        : ''
    }:`,
    triggerCommand(context.providerId, entry.path),
    '',
    "# The raw request: its signature headers are the spec's example values, so only a receiver with",
    '# verification off accepts it.',
    webhookCurl(entry),
  ].join('\n');
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** A TypeScript literal of a JSON value: single-quoted strings, bare keys where they are identifiers, one line when short. */
export function tsLiteral(value: Json | undefined, indent = ''): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'string') return `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const inner = `${indent}  `;
  const items = Array.isArray(value)
    ? value.map((item) => tsLiteral(item, inner))
    : Object.entries(value).map(
        ([key, item]) => `${IDENTIFIER.test(key) ? key : tsLiteral(key)}: ${tsLiteral(item, inner)}`,
      );
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{ ', ' }'];
  if (items.length === 0) return Array.isArray(value) ? '[]' : '{}';
  const oneLine = `${open}${items.join(', ')}${close}`;
  if (oneLine.length + indent.length <= 72 && !oneLine.includes('\n')) return oneLine;
  return `${open.trim()}\n${items.map((item) => `${inner}${item},`).join('\n')}\n${indent}${close.trim()}`;
}

/** The `init` of a client call: path, query and header parameters, and the body. */
function callInit(entry: OperationInfo): Record<string, Json> | undefined {
  const params: Record<string, Json> = {};
  for (const location of ['path', 'query', 'header'] as const) {
    const pairs = sentParameters(entry, location);
    if (pairs.length > 0) params[location] = Object.fromEntries(pairs.map(([p, v]) => [p.name, v]));
  }
  const init: Record<string, Json> = {};
  if (Object.keys(params).length > 0) init.params = params;
  const body = requestBodyExample(entry);
  if (body !== undefined) init.body = body;
  return Object.keys(init).length > 0 ? init : undefined;
}

/** `sessions` → `session`; `data` and other non-plurals → `item`. */
export function itemName(itemsPointer: unknown): string {
  const last = typeof itemsPointer === 'string' ? (itemsPointer.split('/').pop() ?? '') : '';
  return /^[a-z]\w*[^s]s$/i.test(last) ? last.slice(0, -1) : 'item';
}

/** Whether an operation's success answer has no body (204 and the like): the sample prints the status. */
function answersWithoutBody(entry: OperationInfo): boolean {
  const successes = entry.responses.filter((response) => /^2/.test(response.status));
  return successes.length > 0 && successes.every((response) => response.contentType === null);
}

/**
 * A TypeScript call through our client; a list operation (`x-rtc-pagination`) walks every page with
 * `paginate`. The client throws an `ApiError` for a non-2xx answer (it never returns openapi-fetch's
 * `error`), so the sample catches it.
 */
export function typescriptSample(context: SampleContext, entry: OperationInfo): string {
  const { clientPackage, env } = context;
  const init = callInit(entry);
  const args = [tsLiteral(entry.path), ...(init ? [tsLiteral(init)] : [])].join(', ');
  const { pagination } = entry;
  const keys = env.keys.map(([, variable]) => variable).join(' + ');
  const call: string[] = [];
  if (entry.method === 'GET' && pagination) {
    const item = itemName(pagination.items);
    call.push(
      `// Every ${item} on every page: paginate follows the ${String(pagination.scheme)} paging for you.`,
      '// One page at a time: client.GET with the same arguments.',
      `for await (const ${item} of client.paginate(${args})) {`,
      `  console.log(${item});`,
      '}',
    );
  } else if (answersWithoutBody(entry)) {
    call.push(`const { response } = await client.${entry.method}(${args});`, 'console.log(response.status);');
  } else {
    call.push(`const { data } = await client.${entry.method}(${args});`, 'console.log(data);');
  }
  return [
    `import { ApiError, createClient } from '${clientPackage}';`,
    '',
    `// Signs its own token from ${keys}, or sends ${env.tokenEnv} as is.`,
    'const client = createClient();',
    '',
    'try {',
    ...call.map((line) => `  ${line}`.replaceAll('\n', '\n  ')),
    '} catch (error) {',
    "  // A non-2xx answer throws an ApiError: its status, the provider's code and message.",
    '  if (!(error instanceof ApiError)) throw error;',
    '  console.error(error.status, error.code, error.providerMessage);',
    '}',
  ].join('\n');
}

/**
 * The sample languages, in the order Redoc's picker lists them. Redoc shows an `x-codeSamples`
 * entry only if its label is one of its `codeSamples.languages`, so the build passes this list.
 */
export const SAMPLE_LANGUAGES = [
  { lang: 'curl', label: 'curl' },
  { lang: 'TypeScript', label: 'TypeScript' },
] as const;

/** The `x-codeSamples` of one operation or webhook. */
export function codeSamplesFor(context: SampleContext, entry: OperationInfo): CodeSample[] {
  if (entry.kind === 'webhook') {
    return [{ lang: 'Shell', label: 'curl', source: webhookSample(context, entry) }];
  }
  return [
    { lang: 'Shell', label: 'curl', source: curlSample(context, entry) },
    { lang: 'TypeScript', label: 'TypeScript', source: typescriptSample(context, entry) },
  ];
}
