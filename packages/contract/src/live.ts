/**
 * `rtc-contract live`: calls the provider's GET operations through its client package (with a fetch
 * that keeps each raw response), walking up to `maxPages` pages of each list and fetching one item
 * of each list by an id taken from it; validates every response against its documented status.
 * Never calls an operation that is not a GET unless `writes` names it. Each step has a name:
 * choose the operations, capture (and scrub), validate and record, find ids, walk.
 */

import { readPointer } from '@rtc-sessions/runtime/internal';
import { credentialEnv, MissingCredentialsError } from './credentials.js';
import { InputError } from './errors.js';
import { checkExchange, type Exchange, parseBody } from './exchange.js';
import { type Capture, createCapture } from './live-capture.js';
import { itemId, PathIds } from './live-ids.js';
import { type DateRange, isDateRangeParameter, pathParams, requiredQuery } from './live-query.js';
import { lookupProvider, type Provider } from './manifest.js';
import { createRecorder } from './recorder.js';
import { createPseudonymizer, redactText } from './redact.js';
import type { CheckResult } from './report.js';
import type { OperationDescription, Validators } from './validators.js';

export type { DateRange } from './live-query.js';

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
  /** The fetch requests go out through. @default globalThis.fetch */
  fetch?: typeof fetch;
}

/** Sent to a mock (`--base-url`) when no credentials are configured: mocks check presence only. */
const PLACEHOLDER_TOKEN = 'rtc-contract-placeholder-token';

type LooseInit = { params: { path?: Record<string, string>; query?: Record<string, unknown> } };

type LooseClient = {
  GET(path: string, init: LooseInit): Promise<unknown>;
  /** The runtime's paging engine: reads `x-rtc-pagination` (start page, `endsOnShortPage`…) from the spec. */
  pages(path: string, init: LooseInit, options: { maxPages: number }): AsyncIterable<unknown>;
} & Partial<Record<string, (path: string, init: LooseInit & { body: unknown }) => Promise<unknown>>>;

type ClientModule = { createClient(options: Record<string, unknown>): LooseClient };

/** One run's state, shared by its steps. */
interface Run {
  options: LiveOptions;
  client: LooseClient;
  capture: Capture;
  base: URL;
  record: ((operationId: string, exchange: Capture['exchanges'][number]) => string) | undefined;
  results: CheckResult[];
  called: Set<OperationDescription>;
  ids: PathIds;
}

/** Step 1: the GET operations to check (all, or those `--operations` names) and the writes named. */
function chooseOperations(options: LiveOptions) {
  const { validators, provider } = options;
  const gets = validators.operations(provider).filter((op) => op.method === 'GET');
  const selected = options.operations
    ? options.operations.map((id) => {
        const op = validators.operation(provider, id);
        if (op.method !== 'GET') {
          throw new InputError(
            `${id} is a ${op.method}: live checks call only GET operations unless --allow-writes names it`,
          );
        }
        return op;
      })
    : gets;
  const writes = (options.writes ?? []).map(({ operationId, body }) => {
    const op = validators.operation(provider, operationId);
    if (op.method === 'GET')
      throw new InputError(`--allow-writes ${operationId}: it is a GET; select it with --operations`);
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
  return { gets, selected, writes };
}

/** Step 2: credentials (or a mock), the capturing fetch, the client and the recorder. */
async function prepareRun(options: LiveOptions): Promise<Run> {
  const { provider, env, validators } = options;
  const names = credentialEnv(provider);
  const hasCredentials = Boolean((env[names.key] && env[names.secret]) || env[names.token]);
  if (!hasCredentials && options.baseUrl === undefined) throw new MissingCredentialsError(provider);
  // credentials and whatever token the client signs with them: scrubbed from everything written
  const credentials = [env[names.key], env[names.secret], env[names.token]].filter((v): v is string =>
    Boolean(v),
  );
  const capture = createCapture(credentials, options.fetch);
  const { client } = lookupProvider(provider);
  const { createClient } = (await import(client)) as ClientModule;
  const baseUrl = (options.baseUrl ?? validators.server(provider)).replace(/\/+$/, '');
  const base = new URL(baseUrl);
  const pseudonymizer = options.pseudonymize ? createPseudonymizer() : undefined;
  const record = options.recordDir
    ? createRecorder({
        dir: options.recordDir,
        provider,
        base,
        source: 'rtc-contract live',
        knownSecrets: capture.secrets,
        ...(pseudonymizer ? { pseudonymizer } : {}),
      })
    : undefined;
  return {
    options,
    client: createClient({
      baseUrl,
      fetch: capture.fetch,
      retry: false,
      userAgent: '@rtc-sessions/contract (rtc-contract live)',
      env,
      ...(hasCredentials ? {} : { token: PLACEHOLDER_TOKEN }),
    }),
    capture,
    base,
    record,
    results: [],
    called: new Set(),
    ids: new PathIds(options.pathValues ?? {}, capture.exchanges),
  };
}

/** Feeds each successful answer of `op` to the spec's links (which later calls its ids are for). */
function learnLinks(
  run: Run,
  op: OperationDescription,
  path: Readonly<Record<string, string>>,
  exchanges: readonly Exchange[],
): void {
  if (!op.links) return;
  for (const exchange of exchanges) {
    if (exchange.status < 200 || exchange.status > 299) continue;
    const { body } = parseBody(exchange.text, exchange.responseHeaders['content-type']);
    run.ids.learn(op, { path, body });
  }
}

/**
 * Step 3: sends what `send` sends and validates (and records) every response it got, error
 * responses too: an error thrown after a response is the contract's business, not a reason to
 * stop. With `report: false` (a list called only for its ids) nothing is reported or recorded.
 */
async function sendChecked(
  run: Run,
  op: OperationDescription,
  path: Readonly<Record<string, string>>,
  send: () => Promise<void>,
  report = true,
): Promise<void> {
  const { capture } = run;
  const before = capture.exchanges.length;
  const sentBefore = capture.sent();
  try {
    await send();
  } catch (error) {
    if (capture.sent() === sentBefore) throw error;
    if (capture.sent() > capture.exchanges.length) {
      // nothing came back: not a contract question but the server is unreachable or timed out
      const message = redactText((error as Error).message ?? String(error), capture.secrets());
      throw new InputError(`${op.operationId}: no response from ${run.base.href}: ${message}`);
    }
  }
  learnLinks(run, op, path, capture.exchanges.slice(before));
  if (!report) return;
  const { provider, strict } = run.options;
  for (const exchange of capture.exchanges.slice(before)) {
    const context = {
      provider,
      operationId: op.operationId,
      base: run.base,
      strict,
      knownSecrets: capture.secrets(),
    };
    run.results.push(checkExchange(run.options.validators, context, exchange));
    run.record?.(op.operationId, exchange);
  }
}

function call(run: Run, op: OperationDescription, path: Record<string, string>): Promise<void> {
  run.called.add(op);
  const query = requiredQuery(op, run.options.dateRange);
  return sendChecked(run, op, path, async () => {
    await run.client.GET(op.path, { params: { path, query } });
  });
}

/** Walks a list's pages (bounded) with the client's own paging; returns the first item's id, if any. */
async function walk(
  run: Run,
  op: OperationDescription,
  path: Record<string, string>,
  maxPages: number,
  report = true,
): Promise<string | undefined> {
  run.called.add(op);
  const itemsPointer = String(op.pagination?.items ?? '');
  const query = requiredQuery(op, run.options.dateRange);
  let firstId: string | undefined;
  const send = async () => {
    for await (const page of run.client.pages(op.path, { params: { path, query } }, { maxPages })) {
      const items = readPointer(page, itemsPointer);
      if (Array.isArray(items)) firstId ??= itemId(items[0]);
    }
  };
  await sendChecked(run, op, path, send, report);
  return firstId;
}

/** Step 4: the top-level lists, each followed by one item of it for the operations below it. */
async function walkLists(
  run: Run,
  gets: readonly OperationDescription[],
  selected: readonly OperationDescription[],
) {
  const topLists = gets.filter((op) => pathParams(op).length === 0 && op.pagination);
  const itemOps = gets.filter((op) => pathParams(op).length === 1);
  for (const list of topLists) {
    const below = `${list.path.replace(/\/$/, '')}/{`;
    const children = itemOps.filter(
      (op) => selected.includes(op) && op.path.replace(/\/$/, '').startsWith(below),
    );
    const chosen = selected.includes(list);
    if (!chosen && children.length === 0) continue;
    // a list that is not selected is still called (not reported) when its ids are needed
    const id = await walk(run, list, {}, chosen ? run.options.maxPages : 1, chosen);
    if (id === undefined) continue;
    for (const op of children) {
      const [param] = pathParams(op) as [string];
      run.ids.seed(param, id);
      if (op.pagination) await walk(run, op, { [param]: id }, run.options.maxPages);
      else await call(run, op, { [param]: id });
    }
  }
  return topLists;
}

/**
 * Step 5: the GET operations whose path ids come from --param or from any earlier response; each
 * call can give the ids of the next (a room's session lists its peers). Returns those still
 * without an id.
 */
async function reachByIds(
  run: Run,
  selected: readonly OperationDescription[],
  topLists: readonly OperationDescription[],
) {
  let pending = selected.filter((op) => !run.called.has(op));
  // ids the pending ones need may be in a list not called yet (100ms `room_id` in a session): one
  // page of each, not reported
  for (const list of topLists) {
    if (run.called.has(list) || !pending.some((op) => !run.ids.resolve(op).ok)) continue;
    await walk(run, list, {}, 1, false);
  }
  for (let progress = true; progress && pending.length > 0; ) {
    progress = false;
    for (const op of pending) {
      const path = run.ids.resolve(op);
      if (!path.ok) continue;
      if (op.pagination) await walk(run, op, path.params, run.options.maxPages);
      else await call(run, op, path.params);
      progress = true;
    }
    pending = pending.filter((op) => !run.called.has(op));
  }
  return pending;
}

/** Step 6: an operation left without an id is an error when named, else a skipped result. */
function reportUnreached(run: Run, pending: readonly OperationDescription[]): void {
  for (const op of pending) {
    const resolution = run.ids.resolve(op);
    const missing = resolution.ok ? '?' : resolution.missing;
    const why = `no value for its path parameter ${missing}: no earlier response has a ${missing} field; give one with --param ${missing}=<value>`;
    if (run.options.operations) throw new InputError(`${op.operationId}: ${why}`);
    run.results.push({
      name: `${op.method} ${op.path}`,
      provider: run.options.provider,
      operationId: op.operationId,
      status: 0,
      kind: 'response',
      ok: true,
      errors: [],
      warnings: [],
      skipped: why,
    });
  }
}

/** Step 7: the writes `--allow-writes` names, once each, with the exact body given. */
async function sendWrites(run: Run, writes: ReadonlyArray<{ op: OperationDescription; body: unknown }>) {
  for (const { op, body } of writes) {
    const path = run.ids.resolve(op);
    if (!path.ok) {
      throw new InputError(
        `${op.operationId}: no value for its path parameter ${path.missing}; give one with --param ${path.missing}=<value>`,
      );
    }
    await sendChecked(run, op, path.params, async () => {
      // POST, PUT, PATCH or DELETE, as the spec says: only the operations --allow-writes names
      const send = run.client[op.method];
      if (!send) throw new InputError(`${op.operationId}: the client has no ${op.method} method`);
      await send(op.path, { params: { path: path.params }, body });
    });
  }
}

/**
 * Calls the provider's GET operations (and the writes named), validating every response against its
 * documented status. An operation that could not be called for lack of a path id is a skipped result.
 */
export async function runLive(options: LiveOptions): Promise<CheckResult[]> {
  const { gets, selected, writes } = chooseOperations(options);
  const run = await prepareRun(options);
  const topLists = await walkLists(run, gets, selected);
  // GET operations without path parameters that are not lists
  for (const op of selected) {
    if (pathParams(op).length === 0 && !op.pagination) await call(run, op, {});
  }
  reportUnreached(run, await reachByIds(run, selected, topLists));
  await sendWrites(run, writes);
  return run.results;
}
