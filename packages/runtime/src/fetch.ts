import { setTimeout as sleepFor } from 'node:timers/promises';
import type { TokenSource } from './auth.js';
import { ApiError, ConfigurationError, ConnectionError, callerAbortError, TimeoutError } from './errors.js';
import { keysOf, rejectUnknownKeys, type ValidKeys, validKeys } from './options.js';
import { readPointer } from './pagination.js';
import {
  backoffDelay,
  parseRetryAfter,
  type RetryOptions,
  retryableStatuses,
  retryDefaults,
} from './retry.js';

/**
 * What the runtime needs to know of the API it talks to. The runtime knows no provider: each client
 * passes its own facts here.
 */
export interface ProviderProfile {
  /** The provider's id, carried by `ApiError.provider`. */
  provider: string;
  /** The provider's name, at the start of `ApiError` messages and in `ConfigurationError`s. */
  title: string;
  /** The `Authorization` header value for a token (a raw token, `Bearer …`…). */
  authorization: (token: string) => string;
  /** Response headers that may carry the server's request id, in order of preference. */
  requestIdHeaders: readonly string[];
  /**
   * Where the provider's error body keeps its error code, message and details, as JSON pointers
   * (`/code`, `/message`, `/errors`). A part the provider does not send is left out.
   */
  errorBody: ErrorBodyPointers;
  /** Retry once with a freshly signed token after a 401/403 (for a provider whose own SDK does). */
  refreshTokenOnAuthError?: boolean;
}

/** JSON pointers into a provider's error body; see {@link ProviderProfile.errorBody}. */
export interface ErrorBodyPointers {
  // a list is read in order, first value found wins (a body whose gateway names it otherwise)
  readonly code?: string | readonly string[];
  readonly message?: string | readonly string[];
  readonly details?: string | readonly string[];
}

/**
 * Options of one call, given beside openapi-fetch's own (`params`, `body`, `headers`…) in `init`:
 * `client.GET(path, { params, signal, timeoutMs, retry })`. They apply to this call only and win
 * over the client's `createClient` options; an unknown key is a `ConfigurationError`.
 */
export interface CallOptions {
  /**
   * Aborts the call, including a retry's wait. A plain `abort()` rejects with its reason (an
   * `AbortError`); an `AbortSignal.timeout()` firing rejects with our `TimeoutError`.
   */
  signal?: AbortSignal | null | undefined;
  /**
   * Milliseconds each attempt of this call may take, until its body is read (`TimeoutError`);
   * `Infinity` for none.
   * @default the client's `timeoutMs`
   */
  timeoutMs?: number | undefined;
  /**
   * Retries of this call: `false` turns them off; fields given override the client's `retry`.
   * @default the client's `retry`
   */
  retry?: false | RetryOptions | undefined;
}

/** How the fetch pipeline sends requests; the providers' `createClient` fills it in. */
export interface PipelineOptions {
  profile: ProviderProfile;
  tokenSource: TokenSource;
  /** @default globalThis.fetch */
  fetch?: ((input: Request) => Promise<Response>) | undefined;
  /** @default 30000 */
  timeoutMs?: number | undefined;
  /** `false` turns retries off. @default see {@link RetryOptions} */
  retry?: false | RetryOptions | undefined;
  userAgent?: string | undefined;
  /** Clock in epoch milliseconds (tests pass a fake one). @default Date.now */
  now?: (() => number) | undefined;
  /** Random numbers in [0, 1) for the back-off jitter. @default Math.random */
  random?: (() => number) | undefined;
  /** Waits between attempts. @default a timer */
  sleep?: ((ms: number, signal: AbortSignal) => Promise<void>) | undefined;
}

// Only these are repeated after they may have reached the server: the specs' lists and reads.
const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
// Failures that happen before a single byte of the request is sent: safe to retry for any method.
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN']);

export const DEFAULT_TIMEOUT_MS = 30_000;

function networkCode(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return undefined;
}

function redact(text: string, secret: string): string {
  // Only real tokens: redacting a test's one-letter token would garble the body.
  return secret.length >= 8 ? text.split(secret).join('[REDACTED]') : text;
}

function describeUnreadable(text: string, status: number): string {
  if (text.trim() === '') return ': empty body';
  if (/^\s*</.test(text))
    return `: HTML/XML, not JSON${status >= 500 ? ' (a proxy or gateway answered?)' : ''}`;
  return ': invalid JSON (truncated?)';
}

/** Reads an error body as a JSON object (`{}` for other JSON), or `undefined` when it is not JSON. */
function readErrorBody(text: string): object | undefined {
  try {
    const body: unknown = JSON.parse(text);
    return body && typeof body === 'object' && !Array.isArray(body) ? body : {};
  } catch {
    return undefined;
  }
}

// What may be in the `init` openapi-fetch builds a request from: the Fetch standard's RequestInit,
// Node's (undici's) two additions, and our call options. Anything else is a mistake worth naming.
const requestInitKeys = keysOf<RequestInit>({
  body: true,
  cache: true,
  credentials: true,
  headers: true,
  integrity: true,
  keepalive: true,
  method: true,
  mode: true,
  priority: true,
  redirect: true,
  referrer: true,
  referrerPolicy: true,
  signal: true,
  window: true,
});
export const callOptionKeys = keysOf<CallOptions>({ signal: true, timeoutMs: true, retry: true });
/** The keys of a `retry` option (`RetryOptions`), from its defaults. */
export const retryKeys: ValidKeys = validKeys(Object.keys(retryDefaults));
const validInitKeys = validKeys([...requestInitKeys, 'dispatcher', 'duplex', ...callOptionKeys], {
  retry: retryKeys,
});

/** A client's retry policy, or one call's on top of it (`false`: one attempt). */
function mergeRetry(base: Required<RetryOptions>, option: false | RetryOptions): Required<RetryOptions> {
  return { ...base, ...(option === false ? { maxAttempts: 1 } : option) };
}

/**
 * What openapi-fetch builds for each call when given our pipeline: the URL and init, kept as they
 * are. A real `Request` would be copied again by `fetch` (and once more to add auth and a signal);
 * this way the pipeline makes exactly one, inside `fetch(url, init)`.
 */
export class PlainRequest {
  // `declare`: set in the constructor only, so no field initialisers are emitted (bundle size).
  declare readonly url: string;
  declare readonly method: string;
  declare readonly headers: Headers;
  // Spelled through RequestInit: consumers type-checking without the DOM lib (node16) have no
  // global BodyInit or RequestRedirect.
  declare readonly body: RequestInit['body'];
  declare readonly signal: AbortSignal | null | undefined;
  declare readonly redirect: RequestInit['redirect'];
  /** This call's {@link CallOptions}, if given. */
  declare readonly timeoutMs: number | undefined;
  declare readonly retry: false | RetryOptions | undefined;
  constructor(url: string, init: RequestInit & CallOptions) {
    this.url = url;
    this.method = init.method ?? 'GET';
    // openapi-fetch builds a fresh Headers for each call: take it as is rather than copy it.
    this.headers = init.headers instanceof Headers ? init.headers : new Headers(init.headers);
    this.body = init.body;
    this.signal = init.signal;
    this.redirect = init.redirect;
    // openapi-fetch hands over every key of the call's `init` it does not use itself.
    rejectUnknownKeys(init, validInitKeys, () => `${this.method} ${new URL(url).pathname}`);
    this.timeoutMs = init.timeoutMs;
    this.retry = init.retry;
  }
}

type Input = Pick<PlainRequest, 'url' | 'method' | 'headers' | 'body' | 'signal' | 'redirect'> &
  Partial<Pick<PlainRequest, 'timeoutMs' | 'retry'>>;

function apiError(
  profile: ProviderProfile,
  response: Response,
  method: string,
  path: string,
  body: string,
  problem: string | undefined,
  extra: Partial<ConstructorParameters<typeof ApiError>[0]> = {},
): ApiError {
  // `find` gives the first non-empty value or undefined, never `get`'s null.
  const requestId = profile.requestIdHeaders
    .map((h) => response.headers.get(h))
    .find((v): v is string => !!v);
  return new ApiError({
    status: response.status,
    provider: profile.provider,
    title: profile.title,
    method,
    path,
    body,
    requestId,
    ...(problem !== undefined && { problem }),
    ...extra,
  });
}

/**
 * A `fetch` for openapi-fetch's `fetch` option that adds auth, `User-Agent`, a per-attempt
 * timeout, retries with back-off, and turns every non-2xx (or unreadable 2xx) into an `ApiError`.
 *
 * Retries: GET/HEAD/OPTIONS on 429, 502, 503, 504, network errors and timeouts. Any other method
 * (POST `/sessions/end`) is retried ONLY when the connection failed before anything was sent
 * (refused, DNS failure): once a request may have reached the server, repeating it could act twice.
 */
export function createFetch(options: PipelineOptions): (request: Input) => Promise<Response> {
  const { profile, tokenSource, userAgent } = options;
  const injected = options.fetch;
  const clientTimeoutMs = checkTimeout(
    options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    () => `${profile.title} createClient`,
  );
  const clientRetry = options.retry === undefined ? retryDefaults : mergeRetry(retryDefaults, options.retry);
  const { errorBody } = profile;
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  // Node's abortable timer: on abort it rejects with an AbortError, which `wait` turns into the
  // caller's reason.
  const sleep = options.sleep ?? ((ms: number, signal: AbortSignal) => sleepFor(ms, undefined, { signal }));
  // The header value of the last token, rebuilt only when the token changes.
  let lastToken: string | undefined;
  let lastAuthorization = '';
  // Abort controllers of attempts that ended without an abort, for this client's later attempts.
  // Why: undici's fetch charges for each fresh signal it follows (an EventTarget, its listeners and a
  // finalizer), about 5% of a small call on loopback; reusing a controller that never fired halves
  // that. Safe because an attempt is over (its body read) before its controller is reused: undici's
  // listener of that old request stays on the signal until it is collected, and if the signal fires
  // later it finds the old request completed and does nothing. Bounded, so that such listeners stay
  // few. Not with an injected `fetch`, which may keep the `Request` (and look at its signal) later.
  const idle: { controller: AbortController; uses: number }[] | undefined = injected ? undefined : [];

  return async function send(request: Input): Promise<Response> {
    const { url, headers, body, redirect } = request;
    const method = request.method.toUpperCase();
    const callerSignal = request.signal ?? undefined;
    const idempotent = IDEMPOTENT_METHODS.has(method);
    const path = () => new URL(url).pathname;
    const timeoutMs =
      request.timeoutMs === undefined
        ? clientTimeoutMs
        : checkTimeout(request.timeoutMs, () => `${method} ${path()}`);
    const retry = request.retry === undefined ? clientRetry : mergeRetry(clientRetry, request.retry);
    // The caller's signal ended the call: its reason, or our TimeoutError for AbortSignal.timeout().
    const checkCaller = () => {
      if (callerSignal?.aborted) throw callerAbortError(callerSignal, method, path());
    };
    if (userAgent) headers.set('user-agent', userAgent);
    const started = now();
    let attempts = 0;
    let refreshedToken = false;
    let freshToken = false;
    // The next delay, when retrying is allowed; `undefined` once the budget is spent.
    const retryDelay = (delay: number) => {
      return attempts < retry.maxAttempts && now() - started + delay <= retry.maxElapsedMs
        ? delay
        : undefined;
    };
    const wait = async (ms: number) => {
      try {
        await sleep(ms, callerSignal ?? new AbortController().signal);
      } catch (error) {
        checkCaller();
        throw error;
      }
      checkCaller();
    };

    for (;;) {
      checkCaller();
      attempts++;
      const token =
        (!freshToken && tokenSource.peek?.()) || (await tokenSource.getToken({ fresh: freshToken }));
      freshToken = false;
      // Signing may take a while: a caller who gave up meanwhile must not have the request sent.
      checkCaller();
      if (token !== lastToken) {
        lastToken = token;
        lastAuthorization = profile.authorization(token);
      }
      headers.set('authorization', lastAuthorization);

      // One timer per attempt, aborting the request and the reading of its body. Without a timeout
      // the caller's signal, if any, is the request's own: no controller in between.
      const lease =
        timeoutMs === Infinity ? undefined : idle?.pop() || { controller: new AbortController(), uses: 0 };
      const controller = lease?.controller;
      const onAbort = controller && callerSignal && (() => controller.abort(callerSignal.reason));
      if (onAbort) callerSignal?.addEventListener('abort', onAbort);
      const timer = controller && setTimeout(() => controller.abort(timedOut), timeoutMs);
      const init: RequestInit = { method, headers, body, signal: controller?.signal ?? callerSignal };
      if (redirect) init.redirect = redirect;
      let response: Response;
      let text: string;
      try {
        response = await (injected ? injected(new Request(url, init)) : fetch(url, init));
        // The body is read under the same timer: a server that stalls mid-body times out too.
        text = await response.text();
      } catch (error) {
        checkCaller();
        const timeout = controller?.signal.reason === timedOut;
        const code = timeout ? undefined : networkCode(error);
        const delay = backoffDelay(attempts, retry, random);
        // Once a request may have reached the server, only an idempotent one is repeated.
        if ((idempotent || NOT_SENT_CODES.has(code ?? '')) && retryDelay(delay) !== undefined) {
          await wait(delay);
          continue;
        }
        if (timeout) throw new TimeoutError(method, path(), timeoutMs);
        throw new ConnectionError(method, path(), code, { cause: error });
      } finally {
        clearTimeout(timer);
        if (onAbort) callerSignal?.removeEventListener('abort', onAbort);
        if (
          lease &&
          idle &&
          !lease.controller.signal.aborted &&
          ++lease.uses < MAX_USES &&
          idle.length < MAX_IDLE
        )
          idle.push(lease);
      }

      const { status } = response;
      if (status >= 200 && status < 300) {
        // Parsed once here, to turn a bad body into an ApiError; openapi-fetch gets the result.
        let data: unknown;
        // No body is a valid answer to HEAD and for 204/205, and for a 202 ("accepted, will act"),
        // which providers send without content (Zoom's in-session events control); an empty 200
        // is still a broken answer.
        const mayBeEmpty = method === 'HEAD' || status === 202 || status === 204 || status === 205;
        if (text !== '' || !mayBeEmpty) {
          try {
            data = JSON.parse(text);
          } catch {
            throw apiError(
              profile,
              response,
              method,
              path(),
              redact(text, token),
              describeUnreadable(text, status),
            );
          }
        }
        return Object.assign(response, { json: async () => data, text: async () => text });
      }

      if (
        (status === 401 || status === 403) &&
        profile.refreshTokenOnAuthError &&
        tokenSource.canRefresh &&
        !refreshedToken &&
        idempotent
      ) {
        refreshedToken = true;
        freshToken = true;
        attempts--; // a token refresh is not one of the retries the caller budgeted
        continue;
      }

      const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), now());
      if (retryableStatuses.has(status) && idempotent) {
        const delay = retryDelay(retryAfterMs ?? backoffDelay(attempts, retry, random));
        if (delay !== undefined) {
          await wait(delay);
          continue;
        }
      }

      const safeText = redact(text, token);
      const parsed = readErrorBody(safeText);
      // Only where this provider's error body keeps each part: no guessing at other names.
      const at = (pointers: string | readonly string[] | undefined) => {
        if (parsed === undefined || pointers === undefined) return undefined;
        for (const pointer of typeof pointers === 'string' ? [pointers] : pointers) {
          const value = readPointer(parsed, pointer);
          if (value !== undefined) return value;
        }
        return undefined;
      };
      const message = at(errorBody.message);
      const code = at(errorBody.code);
      throw apiError(
        profile,
        response,
        method,
        path(),
        safeText,
        parsed ? undefined : describeUnreadable(text, status),
        {
          code: typeof code === 'string' || typeof code === 'number' ? code : undefined,
          providerMessage: typeof message === 'string' ? message : undefined,
          details: at(errorBody.details),
          retryAfterMs,
        },
      );
    }
  };
}

// The abort reason of a timed-out attempt, told apart from the caller's own abort.
const timedOut = Symbol('timeout');
// setTimeout holds at most 2^31 - 1 ms (about 24.8 days; more fires at once): longer is no timeout.
const MAX_TIMER_MS = 2 ** 31 - 1;

/** A `timeoutMs` as the pipeline uses it (`Infinity`: none), or a `ConfigurationError` saying what is wrong. */
function checkTimeout(value: unknown, where: () => string): number {
  if (typeof value !== 'number' || !(value > 0)) {
    const given = typeof value === 'string' ? `"${value}"` : String(value);
    throw new ConfigurationError(
      `${where()}: \`timeoutMs\` must be a positive number of milliseconds (Infinity for none), not ${given}`,
    );
  }
  return value > MAX_TIMER_MS ? Infinity : value;
}

// How often one abort controller serves an attempt, and how many wait idle per client (see `idle`).
const MAX_USES = 16;
const MAX_IDLE = 64;
