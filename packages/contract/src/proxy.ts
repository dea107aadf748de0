/**
 * `rtc-contract proxy`: a validating reverse proxy in front of a provider. The user's app (or
 * staging traffic) calls it instead of the provider; each request is forwarded unchanged to the
 * upstream, the answer relayed unchanged (but for hop-by-hop headers), and then both are checked
 * against the contract: the request's parameters and body against its operation, the response
 * against its documented status, with the violations `verify` reports (pointer, expected, actual).
 * Exchanges can be recorded as redacted cassettes (the writer `live --record` uses). Credentials
 * the app sends (Authorization) are scrubbed from everything written or printed.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { InputError } from './errors.js';
import {
  checkExchange,
  type Exchange,
  exchangeName,
  headersOf,
  MAX_EXCHANGE_BYTES,
  parseBody,
  readBoundedBytes,
  relativePath,
  scrubViolations,
} from './exchange.js';
import { createRecorder } from './recorder.js';
import { redactText } from './redact.js';
import type { CheckResult } from './report.js';
import type { Validators } from './validators.js';

/** How long the upstream may take to answer one request unless `timeoutMs` says otherwise. */
export const DEFAULT_UPSTREAM_TIMEOUT_MS = 30_000;

export interface ProxyOptions {
  validators: Validators;
  provider: string;
  /** The provider's base URL to forward to (the spec's first server, or a staging host or mock). */
  upstream: URL;
  /** @default 0 (any free port) */
  port?: number;
  /** @default 127.0.0.1 */
  host?: string;
  /** Write each exchange of a known operation as a redacted cassette under DIR/<provider>/<operationId>/. */
  recordDir?: string;
  /** Properties the contract does not describe are errors, not warnings. */
  strict?: boolean;
  /** @default 30000 */
  timeoutMs?: number;
  /** Values to scrub from everything written besides the Authorization the app sends (credentials). */
  knownSecrets?: readonly string[];
  /** Called with each exchange's result, after the answer went back to the app. */
  onExchange?: (result: CheckResult) => void;
  /** The fetch requests are forwarded with. @default globalThis.fetch */
  fetch?: typeof fetch;
}

export interface RunningProxy {
  /** Where the app sends its requests (`http://127.0.0.1:PORT`). */
  url: string;
  server: Server;
  /** Every exchange's result so far, in order of completion. */
  results: CheckResult[];
  close(): Promise<void>;
}

// Hop-by-hop headers (RFC 9110 §7.6.1) and what the relay recomputes: never forwarded either way.
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'host',
  'content-length',
]);

interface ProxyState {
  options: ProxyOptions;
  secrets: Set<string>;
  results: CheckResult[];
  record: ReturnType<typeof createRecorder> | undefined;
}

function requestHeaders(request: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined || HOP_BY_HOP.has(name)) continue;
    out[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

/** The request body, up to MAX_EXCHANGE_BYTES. */
async function readRequest(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_EXCHANGE_BYTES)
      throw new InputError(`the request body is larger than ${MAX_EXCHANGE_BYTES} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** The upstream URL of an incoming request: its path below the upstream's base path (given with it or not). */
function upstreamUrl(upstream: URL, incoming: string): URL {
  const url = new URL(incoming, 'http://proxy.invalid');
  const base = upstream.pathname.replace(/\/+$/, '');
  const below = base !== '' && (url.pathname === base || url.pathname.startsWith(`${base}/`));
  const path = below ? url.pathname.slice(base.length) || '/' : url.pathname;
  const target = new URL(upstream.href);
  target.pathname = `${base}${path}`;
  target.search = url.search;
  return target;
}

/** The upstream's headers as the app gets them: hop-by-hop ones dropped, each Set-Cookie kept. */
function relayHeaders(headers: Headers): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  headers.forEach((value, name) => {
    // fetch decoded the body: its encoding and length are the relay's to set
    if (!HOP_BY_HOP.has(name) && name !== 'content-encoding' && name !== 'set-cookie') out[name] = value;
  });
  const cookies = headers.getSetCookie();
  if (cookies.length > 0) out['set-cookie'] = cookies;
  return out;
}

/** Learns the credentials a request carries (its Authorization), so nothing written shows them. */
function learnSecrets(state: ProxyState, headers: Record<string, string>): void {
  for (const [name, value] of Object.entries(headers)) {
    if (!/authorization|api-?key|token|secret/i.test(name)) continue;
    state.secrets.add(value);
    state.secrets.add(value.replace(/^(Bearer|Basic|Token)\s+/i, ''));
  }
}

/** Forwards one request and relays the answer; the exchange as kept, or why there is none. */
async function forward(
  state: ProxyState,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<{ exchange: Exchange } | { failed: string; method: string; url: URL }> {
  const { options } = state;
  const url = upstreamUrl(options.upstream, request.url ?? '/');
  const method = request.method ?? 'GET';
  const headers = requestHeaders(request);
  learnSecrets(state, headers);
  try {
    const body = await readRequest(request);
    const answer = await (options.fetch ?? fetch)(url, {
      method,
      headers,
      ...(body.length > 0 && method !== 'GET' && method !== 'HEAD' ? { body: new Uint8Array(body) } : {}),
      redirect: 'manual',
      signal: AbortSignal.timeout(options.timeoutMs ?? DEFAULT_UPSTREAM_TIMEOUT_MS),
    });
    const bytes = await readBoundedBytes(
      answer.body,
      MAX_EXCHANGE_BYTES,
      `the upstream's answer to ${method} ${url.pathname}`,
    );
    const responseHeaders = headersOf(answer.headers);
    // fetch decoded the body: its encoding and length are the relay's to set
    response.writeHead(answer.status, relayHeaders(answer.headers));
    response.end(bytes);
    const requestText = body.length > 0 ? body.toString('utf8') : undefined;
    const exchange: Exchange = {
      method,
      url,
      requestHeaders: headers,
      status: answer.status,
      responseHeaders,
      text: bytes.toString('utf8'),
      ...(requestText !== undefined ? { requestText } : {}),
    };
    return { exchange };
  } catch (error) {
    const cause = (error as { cause?: { message?: string } }).cause?.message;
    const why = redactText(`${(error as Error).message}${cause ? `: ${cause}` : ''}`, [...state.secrets]);
    if (!response.headersSent) {
      response.writeHead(error instanceof InputError ? 413 : 502, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ error: 'rtc-contract proxy', message: why }));
    } else response.destroy();
    return { failed: why, method, url };
  }
}

/** The result of an exchange: the request against its operation, then the response. */
function checkProxied(state: ProxyState, exchange: Exchange): CheckResult {
  const { options } = state;
  const knownSecrets = [...state.secrets];
  const path = relativePath(exchange.url, options.upstream);
  const matched = options.validators.matchOperation(options.provider, exchange.method, path);
  if (!matched) {
    const message = `${exchange.method} ${path} is not an operation of the ${options.provider} spec`;
    const violation = {
      severity: 'error' as const,
      pointer: '',
      schemaPath: '#/paths',
      keyword: 'operation',
      message,
      expected: 'a documented method and path',
      actual: `${exchange.method} ${path}`,
      in: 'operation' as const,
    };
    const name = exchangeName(exchange, options.upstream, knownSecrets);
    return {
      name,
      provider: options.provider,
      operationId: 'unknown',
      status: exchange.status,
      kind: 'response',
      ok: false,
      errors: scrubViolations([violation], knownSecrets),
      warnings: [],
    };
  }
  const { op, params } = matched;
  const contentType = exchange.requestHeaders['content-type'] ?? null;
  const query = Object.fromEntries(exchange.url.searchParams);
  const multi: Record<string, string[]> = {};
  for (const name of new Set(exchange.url.searchParams.keys()))
    multi[name] = exchange.url.searchParams.getAll(name);
  const sent =
    exchange.requestText === undefined ? {} : parseBody(exchange.requestText, contentType ?? undefined);
  const requestCheck = options.validators.validateRequest(options.provider, op.operationId, {
    path: params,
    query,
    multi,
    contentType,
    ...sent,
  });
  const context = {
    provider: options.provider,
    operationId: op.operationId,
    base: options.upstream,
    strict: options.strict === true,
    knownSecrets,
  };
  const result = checkExchange(options.validators, context, exchange);
  state.record?.(op.operationId, exchange);
  const errors = [...scrubViolations(requestCheck.errors, knownSecrets), ...result.errors];
  return { ...result, ok: errors.length === 0, errors };
}

async function serve(state: ProxyState, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const outcome = await forward(state, request, response);
  const { provider } = state.options;
  const result: CheckResult =
    'exchange' in outcome
      ? checkProxied(state, outcome.exchange)
      : {
          name: redactText(`${outcome.method} ${relativePath(outcome.url, state.options.upstream)}`, [
            ...state.secrets,
          ]),
          provider,
          operationId: 'unknown',
          status: 0,
          kind: 'response',
          ok: false,
          errors: [],
          warnings: [],
          error: `no answer from the upstream: ${outcome.failed}`,
        };
  state.results.push(result);
  state.options.onExchange?.(result);
}

/** Starts the proxy on loopback (or `host`); resolves once it listens. */
export async function startProxy(options: ProxyOptions): Promise<RunningProxy> {
  const state: ProxyState = {
    options,
    secrets: new Set(options.knownSecrets ?? []),
    results: [],
    record: undefined,
  };
  if (options.recordDir !== undefined) {
    state.record = createRecorder({
      dir: options.recordDir,
      provider: options.provider,
      base: options.upstream,
      source: 'rtc-contract proxy',
      knownSecrets: () => [...state.secrets],
    });
  }
  const server = createServer((request, response) => void serve(state, request, response));
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    server,
    results: state.results,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}
