import { type AttemptRequest, attempt, type Outcome, type Send } from './attempt.js';
import { checkNumber, checkTimeout, clientDefaults, mergeRetry } from './config.js';
import { type ErrorBodyPointers, errorAnswer, redact, unreadableSuccess } from './error-body.js';
import { ConnectionError, callerAbortError, ResponseTooLargeError, TimeoutError } from './errors.js';
import type { Logger, RequestLogEntry } from './log.js';
import type { RateLimitHeaders } from './rate-limit.js';
import { type AttemptSummary, type Decision, decide, type RetryOptions } from './retry.js';

export type { ErrorBodyPointers } from './error-body.js';

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
  /** The headers that carry the provider's rate-limit figures, from its spec; none if it sends none. */
  rateLimitHeaders?: RateLimitHeaders | undefined;
  /** Retry once with a freshly signed token after a 401/403 (for a provider whose own SDK does). */
  refreshTokenOnAuthError?: boolean;
}

/**
 * Where the request path gets its token. A cached token comes back synchronously (a `string`);
 * signing a new one may be asynchronous.
 */
export interface RequestTokenSource {
  /** The current token; `fresh: true` asks for a newly signed one (after a 401/403). */
  getToken(options?: { fresh?: boolean }): string | Promise<string>;
  /** The current token when it is at hand and still good, without waiting; else `undefined`. */
  peek?(): string | undefined;
  /** Whether `getToken({ fresh: true })` can give a different token (it signs its own). */
  readonly canRefresh: boolean;
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
  tokenSource: RequestTokenSource;
  /** @default globalThis.fetch */
  fetch?: ((input: Request) => Promise<Response>) | undefined;
  /** @default clientDefaults.timeoutMs */
  timeoutMs?: number | undefined;
  /** `false` turns retries off. @default clientDefaults.retry */
  retry?: false | RetryOptions | undefined;
  /** @default clientDefaults.maxResponseBytes */
  maxResponseBytes?: number | undefined;
  userAgent?: string | undefined;
  /** Receives one entry per attempt. @default none, or stderr when `DEBUG=rtc-sessions` */
  logger?: Logger | undefined;
  /** Clock in epoch milliseconds (tests pass a fake one). @default Date.now */
  now?: (() => number) | undefined;
  /** Random numbers in [0, 1) for the back-off jitter. @default Math.random */
  random?: (() => number) | undefined;
  /** Waits between attempts; rejects when `signal` aborts. @default a timer */
  sleep?: ((ms: number, signal: AbortSignal | undefined) => Promise<void>) | undefined;
}

/** The pipeline: openapi-fetch's `Request` in, a `Response` whose body is read (and, on a 2xx, parsed) out. */
export type Pipeline = (request: Request, call?: CallOptions) => Promise<Response>;

/** A timer that an abort ends early (rejecting); no `node:` import, so it runs on any runtime. */
export function abortableSleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** The figures of one call: the client's, with the call's own on top (checked). */
interface CallPlan {
  method: string;
  path: string;
  timeoutMs: number;
  retry: Required<RetryOptions>;
  callerSignal: AbortSignal | undefined;
}

function summary(outcome: Outcome): AttemptSummary {
  return outcome.kind === 'failed'
    ? { kind: 'failed', timeout: outcome.timeout, networkCode: outcome.networkCode }
    : {
        kind: 'answered',
        status: outcome.response.status,
        retryAfter: outcome.response.headers.get('retry-after'),
      };
}

/** No body is a valid answer to HEAD, 204/205 and a 202 ("accepted, will act": Zoom's in-session events). */
function mayBeEmpty(method: string, status: number): boolean {
  return method === 'HEAD' || status === 202 || status === 204 || status === 205;
}

/** A client's pipeline options, checked and with their defaults. */
interface Setup {
  profile: ProviderProfile;
  tokenSource: RequestTokenSource;
  userAgent: string | undefined;
  logger: Logger | undefined;
  timeoutMs: number;
  retry: Required<RetryOptions>;
  maxResponseBytes: number;
  now: () => number;
  random: () => number;
  sleep: (ms: number, signal: AbortSignal | undefined) => Promise<void>;
  send: Send;
  /** The `Authorization` value of a token, rebuilt only when the token changes. */
  authorization: (token: string) => string;
}

function setUp(options: PipelineOptions): Setup {
  const { profile } = options;
  const where = () => `${profile.title} createClient`;
  const injected = options.fetch;
  let lastToken: string | undefined;
  let lastAuthorization = '';
  return {
    profile,
    tokenSource: options.tokenSource,
    userAgent: options.userAgent,
    logger: options.logger,
    timeoutMs: checkTimeout(options.timeoutMs ?? clientDefaults.timeoutMs, where),
    retry:
      options.retry === undefined
        ? clientDefaults.retry
        : mergeRetry(clientDefaults.retry, options.retry, where),
    maxResponseBytes: checkNumber(
      options.maxResponseBytes ?? clientDefaults.maxResponseBytes,
      'maxResponseBytes',
      where,
      { min: 1, integer: true },
    ),
    now: options.now ?? Date.now,
    random: options.random ?? Math.random,
    sleep: options.sleep ?? abortableSleep,
    send: injected ? (url, init) => injected(new Request(url, init)) : fetch,
    authorization: (token) => {
      if (token !== lastToken) [lastToken, lastAuthorization] = [token, profile.authorization(token)];
      return lastAuthorization;
    },
  };
}

function plan(setup: Setup, request: Request, call: CallOptions | undefined): CallPlan {
  const method = request.method;
  const path = new URL(request.url).pathname;
  const at = () => `${method} ${path}`;
  return {
    method,
    path,
    timeoutMs: call?.timeoutMs === undefined ? setup.timeoutMs : checkTimeout(call.timeoutMs, at),
    retry: call?.retry === undefined ? setup.retry : mergeRetry(setup.retry, call.retry, at),
    callerSignal: call?.signal ?? undefined,
  };
}

function failure(
  setup: Setup,
  outcome: Exclude<Outcome, { kind: 'answered' }>,
  call: CallPlan,
  token: string,
): Error {
  const { method, path } = call;
  if (outcome.kind === 'too-large')
    return new ResponseTooLargeError(method, path, outcome.response.status, setup.maxResponseBytes);
  if (outcome.timeout) return new TimeoutError(method, path, call.timeoutMs);
  // The cause is the platform's error, which names no header; its message could quote the URL's query.
  return new ConnectionError(method, path, outcome.networkCode, { cause: scrubbed(outcome.error, token) });
}

/** A 2xx, parsed once here to turn a bad body into an ApiError; openapi-fetch gets the result. */
function success(setup: Setup, call: CallPlan, response: Response, text: string, token: string): Response {
  let data: unknown;
  if (text !== '' || !mayBeEmpty(call.method, response.status)) {
    try {
      data = JSON.parse(text);
    } catch {
      throw unreadableSuccess(setup.profile, call, response, text, token);
    }
  }
  // openapi-fetch reads the body through these two methods (pinned by a test).
  return Object.assign(response, { json: async () => data, text: async () => text });
}

async function tokenFor(source: RequestTokenSource, fresh: boolean): Promise<string> {
  const token = (!fresh && source.peek?.()) || source.getToken({ fresh });
  return typeof token === 'string' ? token : await token;
}

async function wait(setup: Setup, ms: number, call: CallPlan): Promise<void> {
  try {
    await setup.sleep(ms, call.callerSignal);
  } catch (error) {
    if (call.callerSignal?.aborted) throw callerAbortError(call.callerSignal, call.method, call.path);
    throw error;
  }
}

/** Where one call's loop stands. */
interface Progress {
  attempts: number;
  started: number;
  /** The token was re-signed once already. */
  refreshed: boolean;
}

/** What follows an attempt: return (`ok`), or the retry policy's word. */
function judge(setup: Setup, outcome: Outcome, call: CallPlan, progress: Progress): Decision | 'ok' {
  if (outcome.kind === 'answered' && outcome.response.ok) return 'ok';
  if (outcome.kind === 'too-large') return { done: true };
  const { profile, tokenSource } = setup;
  return decide(summary(outcome), {
    method: call.method,
    attempts: progress.attempts,
    elapsedMs: setup.now() - progress.started,
    policy: call.retry,
    canRefreshToken: !!profile.refreshTokenOnAuthError && tokenSource.canRefresh && !progress.refreshed,
    now: setup.now(),
    random: setup.random(),
  });
}

function outcomeName(next: Decision | 'ok'): RequestLogEntry['outcome'] {
  if (next === 'ok') return 'ok';
  return 'retryIn' in next ? 'retry' : 'refreshToken' in next ? 'refresh-token' : 'error';
}

function report(
  setup: Setup,
  call: CallPlan,
  attempts: number,
  outcome: Outcome,
  next: Decision | 'ok',
  ms: number,
) {
  setup.logger?.({
    provider: setup.profile.provider,
    method: call.method,
    path: call.path,
    attempt: attempts,
    ...(outcome.kind === 'failed'
      ? { error: outcome.timeout ? 'TimeoutError' : 'ConnectionError' }
      : { status: outcome.response.status }),
    durationMs: ms,
    outcome: outcomeName(next),
  });
}

/**
 * The request pipeline for openapi-fetch's `fetch` option: auth, `User-Agent`, a per-attempt
 * timeout, retries as {@link decide} says, a cap on every body, and every non-2xx (or unreadable
 * 2xx) turned into an `ApiError`.
 */
export function createFetch(options: PipelineOptions): Pipeline {
  const setup = setUp(options);
  const { profile, now } = setup;
  return async function pipeline(request: Request, callOptions?: CallOptions): Promise<Response> {
    const call = plan(setup, request, callOptions);
    const { callerSignal } = call;
    const checkCaller = () => {
      if (callerSignal?.aborted) throw callerAbortError(callerSignal, call.method, call.path);
    };
    const { headers } = request;
    if (setup.userAgent) headers.set('user-agent', setup.userAgent);
    // A body is read once, so that a retry can send it again (openapi-fetch's is a JSON string).
    const body = request.body === null ? undefined : await request.arrayBuffer();
    const init: RequestInit = { method: call.method, headers, body, redirect: request.redirect };
    const attemptRequest: AttemptRequest = {
      url: request.url,
      init,
      ...call,
      maxResponseBytes: setup.maxResponseBytes,
    };
    const progress: Progress = { attempts: 1, started: now(), refreshed: false };
    for (let fresh = false; ; ) {
      checkCaller();
      const token = await tokenFor(setup.tokenSource, fresh);
      // Signing may take a while: a caller who gave up meanwhile must not have the request sent.
      checkCaller();
      headers.set('authorization', setup.authorization(token));
      const sentAt = now();
      const outcome = await attempt(setup.send, attemptRequest);
      checkCaller();
      const next = judge(setup, outcome, call, progress);
      report(setup, call, progress.attempts, outcome, next, now() - sentAt);
      if (next === 'ok' && outcome.kind === 'answered')
        return success(setup, call, outcome.response, outcome.text, token);
      fresh = next !== 'ok' && 'refreshToken' in next;
      progress.refreshed ||= fresh;
      if (next !== 'ok' && 'retryIn' in next) {
        await wait(setup, next.retryIn, call);
        progress.attempts++;
      } else if (!fresh) {
        throw outcome.kind === 'answered'
          ? errorAnswer(profile, call, outcome.response, outcome.text, token, now())
          : failure(setup, outcome, call, token);
      }
    }
  };
}

/** The platform's network error, with the token taken out of its message if it ever held it. */
function scrubbed(error: unknown, token: string): unknown {
  if (error instanceof Error && token.length >= 8 && error.message.includes(token))
    return new Error(redact(error.message, token));
  return error;
}
