import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CASSETTE_FORMAT, type Cassette, InputError } from './cassette.js';
import { credentialEnv, MissingCredentialsError } from './credentials.js';
import { type Provider, readManifest } from './manifest.js';
import {
  createPseudonymizer,
  isSecretField,
  REDACTED,
  redactCassette,
  redactJson,
  redactQuery,
  redactText,
} from './redact.js';
import type { CheckResult } from './report.js';
import type { OperationDescription, Validators } from './validators.js';
import { type Violation, valueAt } from './violations.js';

export interface LiveOptions {
  validators: Validators;
  provider: Provider;
  /** Call this server instead of the spec's `servers[0].url`. */
  baseUrl?: string;
  /** Only these operations (GET only). */
  operations?: string[];
  /**
   * Values for path parameters by name (`--param room_id=…`), for GET operations whose ids no
   * earlier response gives. Otherwise a path id is the first value of a field of the same name in
   * an earlier response (100ms `room_id` of a session, VideoSDK `participantId` of a participant).
   */
  pathValues?: Record<string, string>;
  /**
   * State-changing operations to call too, each with the exact JSON body to send
   * (`--allow-writes endActiveRoom --body endActiveRoom='{"lock":false}'`). Never anything else.
   */
  writes?: Array<{ operationId: string; body: unknown }>;
  /** Pages to walk per list. */
  maxPages: number;
  /**
   * `yyyy-mm-dd` values for the `from`/`to` date query parameters (Zoom's session lists), instead
   * of the default: the last 28 days up to today.
   */
  dateRange?: DateRange;
  /** Write redacted cassettes under `<recordDir>/<provider>/<operationId>/`. */
  recordDir?: string;
  strict: boolean;
  pseudonymize: boolean;
  env: Record<string, string | undefined>;
}

export interface DateRange {
  from?: string;
  to?: string;
}

/** Sent to a mock (`--base-url`) when no credentials are configured: mocks check presence only. */
const PLACEHOLDER_TOKEN = 'rtc-contract-placeholder-token';

interface Exchange {
  method: string;
  url: URL;
  requestHeaders: Record<string, string>;
  status: number;
  responseHeaders: Record<string, string>;
  text: string;
}

type LooseInit = { params: { path?: Record<string, string>; query?: Record<string, unknown> } };

type LooseClient = {
  GET(path: string, init: LooseInit): Promise<unknown>;
  /** The runtime's paging engine: reads `x-rtc-pagination` (start page, `endsOnShortPage`…) from the spec. */
  pages(path: string, init: LooseInit, options: { maxPages: number }): AsyncIterable<unknown>;
};

type WriteMethod = (path: string, init: LooseInit & { body: unknown }) => Promise<unknown>;

type ClientModule = {
  createClient(options: Record<string, unknown>): LooseClient;
};

/** The provider's client package (a dependency of this package), named in the manifest. */
async function loadClientModule(provider: Provider): Promise<ClientModule> {
  const client = readManifest().providers[provider]?.client;
  if (!client) throw new InputError(`unknown provider "${provider}"`);
  return (await import(client)) as ClientModule;
}

function pathParams(op: OperationDescription): string[] {
  return op.parameters.filter((p) => p.in === 'path').map((p) => p.name);
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * Values for the query parameters an operation requires, read from the spec: the default, else
 * the first enum value; a required `date` range (Zoom's `from`/`to`) spans the last 28 days, the
 * window the provider accepts, unless `dates` gives a bound; otherwise the spec's example.
 */
function requiredQuery(
  op: OperationDescription,
  dates: DateRange = {},
  today = new Date(),
): Record<string, string> {
  const query: Record<string, string> = {};
  let dateParams = 0;
  for (const p of op.parameters) {
    if (p.in !== 'query') continue;
    const schema = p.schema as { default?: unknown; enum?: unknown[]; format?: string; examples?: unknown[] };
    const given = isDateRangeParameter(p) ? dates[p.name as keyof DateRange] : undefined;
    if (given !== undefined) {
      query[p.name] = given;
      if (schema.format === 'date') dateParams++;
      continue;
    }
    if (!p.required) continue;
    if (schema.default !== undefined) query[p.name] = String(schema.default);
    else if (schema.enum?.length) query[p.name] = String(schema.enum[0]);
    else if (schema.format === 'date') {
      const day = new Date(today.getTime() - (dateParams === 0 ? 28 : 0) * 86_400_000);
      query[p.name] = isoDate(day);
      dateParams++;
    } else if (p.example !== undefined) query[p.name] = String(p.example);
    else if (schema.examples?.length) query[p.name] = String(schema.examples[0]);
  }
  if (query.from !== undefined && query.to !== undefined && query.from > query.to) {
    throw new InputError(
      `${op.operationId}: the range starts after it ends (from ${query.from}, to ${query.to})`,
    );
  }
  return query;
}

function isDateRangeParameter(p: OperationDescription['parameters'][number]): boolean {
  return (
    p.in === 'query' &&
    (p.name === 'from' || p.name === 'to') &&
    (p.schema as { format?: string }).format === 'date'
  );
}

/** The first non-empty string held by a field called `name` anywhere in `body` (depth first). */
function findField(body: unknown, name: string): string | undefined {
  if (!body || typeof body !== 'object') return undefined;
  const record = body as Record<string, unknown>;
  const own = record[name];
  if (typeof own === 'string' && own !== '') return own;
  for (const value of Object.values(record)) {
    const found = findField(value, name);
    if (found !== undefined) return found;
  }
  return undefined;
}

function itemId(item: unknown): string | undefined {
  if (!item || typeof item !== 'object') return undefined;
  const record = item as Record<string, unknown>;
  const id = record.id ?? record._id;
  return typeof id === 'string' && id !== '' ? id : undefined;
}

function parseBody(text: string, contentType: string | undefined): { body?: unknown; bodyText?: string } {
  if (text === '') return { bodyText: '' };
  if (contentType && !/json/i.test(contentType)) return { bodyText: text };
  try {
    return { body: JSON.parse(text) };
  } catch {
    return { bodyText: text };
  }
}

function headersOf(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => {
    out[name.toLowerCase()] = value;
  });
  return out;
}

/**
 * Calls the provider's GET operations through its client package (with a fetch that keeps each
 * raw response), walking up to `maxPages` pages of each list and fetching one item of each list
 * by an id taken from it; validates every response against its documented status. Never calls
 * an operation that is not a GET.
 */
export async function runLive(options: LiveOptions): Promise<CheckResult[]> {
  const { validators, provider, env } = options;
  const all = validators.operations(provider);
  const gets = all.filter((op) => op.method === 'GET');
  let selected = gets;
  if (options.operations) {
    selected = options.operations.map((id) => {
      const op = validators.operation(provider, id);
      if (op.method !== 'GET') {
        throw new InputError(
          `${id} is a ${op.method}: live checks call only GET operations unless --allow-writes names it`,
        );
      }
      return op;
    });
  }

  // checked before anything is sent
  const writes = (options.writes ?? []).map(({ operationId, body }) => {
    const op = validators.operation(provider, operationId);
    if (op.method === 'GET') {
      throw new InputError(`--allow-writes ${operationId}: it is a GET; select it with --operations`);
    }
    return { op, body };
  });

  const dates = options.dateRange ?? {};
  if (
    (dates.from !== undefined || dates.to !== undefined) &&
    !selected.some((op) => op.parameters.some(isDateRangeParameter))
  ) {
    throw new InputError(
      `--from/--to: no selected operation of ${provider} has from/to date query parameters`,
    );
  }

  const names = credentialEnv(provider);
  const hasCredentials = Boolean((env[names.key] && env[names.secret]) || env[names.token]);
  if (!hasCredentials && options.baseUrl === undefined) throw new MissingCredentialsError(provider);

  // credentials and whatever token the client signed with them: scrubbed from everything written
  const knownSecrets = new Set<string>(
    [env[names.key], env[names.secret], env[names.token]].filter((v): v is string => Boolean(v)),
  );
  const exchanges: Exchange[] = [];
  // requests that got no response are the difference between these two
  let requestsSent = 0;
  const capture = async (request: Request): Promise<Response> => {
    requestsSent++;
    const requestHeaders = headersOf(request.headers);
    // known before anything can fail, so even a "no response" message is scrubbed of it
    for (const [name, value] of Object.entries(requestHeaders)) {
      if (/authorization/i.test(name)) {
        knownSecrets.add(value);
        knownSecrets.add(value.replace(/^Bearer\s+/i, ''));
      }
    }
    const response = await fetch(request);
    const text = await response.clone().text();
    exchanges.push({
      method: request.method,
      url: new URL(request.url),
      requestHeaders,
      status: response.status,
      responseHeaders: headersOf(response.headers),
      text,
    });
    return response;
  };
  const { createClient } = await loadClientModule(provider);
  const baseUrl = (options.baseUrl ?? validators.server(provider)).replace(/\/+$/, '');
  const client = createClient({
    baseUrl,
    fetch: capture,
    retry: false,
    userAgent: '@rtc-sessions/contract (rtc-contract live)',
    env,
    ...(hasCredentials ? {} : { token: PLACEHOLDER_TOKEN }),
  });

  const pseudonymizer = options.pseudonymize ? createPseudonymizer() : undefined;
  const results: CheckResult[] = [];
  const recordedAt = new Date().toISOString();
  let sequence = 0;

  const scrub = (violations: Violation[]): Violation[] =>
    violations.map((v) => {
      const field = v.pointer.split('/').pop() ?? '';
      const safe = redactJson(v, { knownSecrets: [...knownSecrets] }) as Violation;
      return isSecretField(field) ? { ...safe, actual: REDACTED } : safe;
    });

  /** Validates one response against its documented status; records it with `--record`. */
  const check = (op: OperationDescription, exchange: Exchange): void => {
    const parsed = parseBody(exchange.text, exchange.responseHeaders['content-type']);
    const result = validators.validateResponse({
      provider,
      operationId: op.operationId,
      status: exchange.status,
      contentType: exchange.responseHeaders['content-type'] ?? null,
      ...parsed,
      headers: exchange.responseHeaders,
      strict: options.strict,
    });
    const relativePath = exchange.url.pathname.startsWith(new URL(baseUrl).pathname)
      ? exchange.url.pathname.slice(new URL(baseUrl).pathname.replace(/\/$/, '').length) || '/'
      : exchange.url.pathname;
    const redactedQuery = redactQuery(Object.fromEntries(exchange.url.searchParams), {
      knownSecrets: [...knownSecrets],
    });
    const search = new URLSearchParams(redactedQuery).toString();
    results.push({
      name: redactText(`${exchange.method} ${relativePath}${search ? `?${search}` : ''}`, [...knownSecrets]),
      provider,
      operationId: op.operationId,
      status: exchange.status,
      kind: 'response',
      ok: result.ok,
      // reports quote response values: scrub them like the cassettes
      errors: scrub(result.errors),
      warnings: scrub(result.warnings),
    });
    if (options.recordDir) {
      const cassette: Cassette = {
        format: CASSETTE_FORMAT,
        provider,
        operationId: op.operationId,
        recordedAt,
        server: baseUrl,
        source: `rtc-contract live, ${recordedAt}`,
        request: {
          method: exchange.method,
          path: relativePath,
          query: Object.fromEntries(exchange.url.searchParams),
          headers: exchange.requestHeaders,
        },
        response: { status: exchange.status, headers: exchange.responseHeaders, ...parsed },
      };
      const redactOptions = { knownSecrets: [...knownSecrets], ...(pseudonymizer ? { pseudonymizer } : {}) };
      let text: string;
      try {
        text = JSON.stringify(redactCassette(cassette, redactOptions), null, 2);
      } catch (error) {
        // A body nested deeper than the stack (the check above reported it): kept as its text.
        if (!(error instanceof RangeError)) throw error;
        const asText = { ...cassette, response: { ...cassette.response, bodyText: exchange.text } };
        delete asText.response.body;
        text = JSON.stringify(redactCassette(asText, redactOptions), null, 2);
      }
      const dir = join(options.recordDir, provider, op.operationId);
      mkdirSync(dir, { recursive: true });
      sequence++;
      const stamp = recordedAt.replace(/[:.]/g, '-');
      writeFileSync(
        join(dir, `live-${stamp}-${String(sequence).padStart(3, '0')}-${exchange.status}.json`),
        `${text}\n`,
      );
    }
  };

  /**
   * Sends what `send` sends through the client and checks every response it got, error responses
   * too: an error thrown after a response is the contract's business, not a reason to stop.
   */
  const sendChecked = async (op: OperationDescription, send: () => Promise<void>): Promise<void> => {
    const before = exchanges.length;
    const sentBefore = requestsSent;
    try {
      await send();
    } catch (error) {
      if (requestsSent === sentBefore) throw error;
      if (requestsSent > exchanges.length) {
        // nothing came back: not a contract question but the server is unreachable or timed out
        const message = redactText((error as Error).message ?? String(error), [...knownSecrets]);
        throw new InputError(`${op.operationId}: no response from ${baseUrl}: ${message}`);
      }
    }
    for (const answered of exchanges.slice(before)) check(op, answered);
  };

  const called = new Set<OperationDescription>();
  /** Path ids taken from a list's first item for its children (`sessionId`), reused by name. */
  const seeded: Record<string, string> = {};
  /** A path id: given by --param, else used before, else the first found in a response so far. */
  const pathValue = (name: string): string | undefined => {
    const given = options.pathValues?.[name] ?? seeded[name];
    if (given !== undefined) return given;
    for (const exchange of exchanges) {
      const found = findField(parseBody(exchange.text, exchange.responseHeaders['content-type']).body, name);
      if (found !== undefined) return found;
    }
    return undefined;
  };
  const resolvePath = (op: OperationDescription): Record<string, string> | string => {
    const path: Record<string, string> = {};
    for (const name of pathParams(op)) {
      const value = pathValue(name);
      if (value === undefined) return name;
      path[name] = value;
    }
    return path;
  };

  const call = (op: OperationDescription, path: Record<string, string>) => {
    called.add(op);
    const query = requiredQuery(op, dates);
    return sendChecked(op, async () => {
      await client.GET(op.path, { params: { path, query } });
    });
  };

  /** Walks a list's pages (bounded) with the client's own paging; returns the first item's id, if any. */
  const walk = async (
    op: OperationDescription,
    path: Record<string, string>,
    maxPages = options.maxPages,
  ): Promise<string | undefined> => {
    called.add(op);
    const itemsPointer = String(op.pagination?.items ?? '');
    const query = requiredQuery(op, dates);
    let firstId: string | undefined;
    await sendChecked(op, async () => {
      for await (const page of client.pages(op.path, { params: { path, query } }, { maxPages })) {
        const items = valueAt(page, itemsPointer);
        if (Array.isArray(items)) firstId ??= itemId(items[0]);
      }
    });
    return firstId;
  };

  const isSelected = (op: OperationDescription) => selected.includes(op);
  const topLists = gets.filter((op) => pathParams(op).length === 0 && op.pagination);
  const itemOps = gets.filter((op) => pathParams(op).length === 1);
  for (const list of topLists) {
    const children = itemOps.filter(
      (op) => isSelected(op) && op.path.replace(/\/$/, '').startsWith(`${list.path.replace(/\/$/, '')}/{`),
    );
    if (!isSelected(list) && children.length === 0) continue;
    // a list that is not selected is still called (not validated twice) when its ids are needed
    const before = results.length;
    const id = await walk(list, {}, isSelected(list) ? options.maxPages : 1);
    if (!isSelected(list)) results.splice(before);
    if (id === undefined) continue;
    for (const op of children) {
      const [param] = pathParams(op) as [string];
      seeded[param] ??= id;
      if (op.pagination) await walk(op, { [param]: id });
      else await call(op, { [param]: id });
    }
  }
  // GET operations without path parameters that are not lists
  for (const op of selected) {
    if (pathParams(op).length === 0 && !op.pagination) await call(op, {});
  }
  // GET operations whose path ids come from --param or from any earlier response; each call can
  // give the ids of the next (a room's session lists its peers)
  let pending = selected.filter((op) => !called.has(op));
  // ids the pending ones need may be in a list not called yet (100ms `room_id` in a session): one
  // page of each, not reported
  for (const list of topLists) {
    if (called.has(list) || !pending.some((op) => typeof resolvePath(op) === 'string')) continue;
    const before = results.length;
    await walk(list, {}, 1);
    results.splice(before);
  }
  for (let progress = true; progress && pending.length > 0; ) {
    progress = false;
    for (const op of pending) {
      const path = resolvePath(op);
      if (typeof path === 'string') continue;
      if (op.pagination) await walk(op, path);
      else await call(op, path);
      progress = true;
    }
    pending = pending.filter((op) => !called.has(op));
  }
  if (options.operations) {
    const [op] = pending;
    if (op) {
      const missing = resolvePath(op) as string;
      throw new InputError(
        `${op.operationId}: no value for its path parameter ${missing}: no earlier response has a ${missing} field; give one with --param ${missing}=<value>`,
      );
    }
  }
  for (const { op, body } of writes) {
    const { operationId } = op;
    const path = resolvePath(op);
    if (typeof path === 'string') {
      throw new InputError(
        `${operationId}: no value for its path parameter ${path}; give one with --param ${path}=<value>`,
      );
    }
    await sendChecked(op, async () => {
      // POST, PUT, PATCH or DELETE, as the spec says: only the operations --allow-writes names
      const send = (client as unknown as Record<string, WriteMethod | undefined>)[op.method];
      if (!send) throw new InputError(`${operationId}: the client has no ${op.method} method`);
      await send(op.path, { params: { path }, body });
    });
  }
  return results;
}
