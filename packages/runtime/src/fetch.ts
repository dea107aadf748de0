import { attempt, type Outcome, type Send } from './attempt.js';
import { checkNumber, checkTimeout, clientDefaults, mergeRetry } from './config.js';
import { controllerPool } from './controllers.js';
import { apiError, type ErrorBodyPointers, redact } from './error-body.js';
import { ConnectionError, callerAbortError, ResponseTooLargeError, TimeoutError } from './errors.js';
import type { Logger, RequestLogEntry } from './log.js';
import { bodyOf, PlainRequest, type RequestLike } from './plain-request.js';
import { type RateLimitHeaders, rateLimitNames } from './rate-limit.js';
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

/** The pipeline: openapi-fetch's request (a `PlainRequest`) in, a `Response` whose body is read (and, on a 2xx, parsed) out. */
export type Pipeline = (request: RequestLike, call?: CallOptions) => Promise<Response>;

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
    ? outcome
    : {
        kind: 'answered',
        status: outcome.response.status,
        retryAfter: outcome.response.headers.get('retry-after'),
      };
}

/** The error that ends a call that got no usable answer. */
function failure(
  outcome: Exclude<Outcome, { kind: 'answered' }>,
  call: CallPlan,
  token: string,
  maxBytes: number,
) {
  const { method, path } = call;
  if (outcome.kind === 'too-large')
    return new ResponseTooLargeError(method, path, outcome.response.status, maxBytes);
  if (outcome.timeout) return new TimeoutError(method, path, call.timeoutMs);
  // The platform's error names no header; its message could only quote what was sent, never the token.
  return new ConnectionError(method, path, outcome.networkCode, { cause: scrubbed(outcome.error, token) });
}

/**
 * A 2xx, parsed once here to turn a bad body into an ApiError. No body is a valid answer to HEAD,
 * 204/205 and a 202 ("accepted, will act": Zoom's in-session events).
 */
function success(profile: ProviderProfile, call: CallPlan, response: Response, text: string, token: string) {
  const { status } = response;
  let data: unknown;
  if (text !== '' || !(call.method === 'HEAD' || status === 202 || status === 204 || status === 205)) {
    try {
      data = JSON.parse(text);
    } catch {
      throw apiError(profile, call, response, text, token, Date.now());
    }
  }
  // openapi-fetch reads the body through these two methods (pinned by a test); rateLimitOf reads the names.
  return Object.assign(response, {
    json: async () => data,
    text: async () => text,
    [rateLimitNames]: profile.rateLimitHeaders,
  });
}

/** The token: a cached one at once (no await), else the source's, signed now or already. */
function tokenFor(source: RequestTokenSource, fresh: boolean): string | Promise<string> {
  return (!fresh && source.peek?.()) || source.getToken({ fresh });
}

function logEntry(
  profile: ProviderProfile,
  call: CallPlan,
  attempt: number,
  outcome: Outcome,
  next: Decision | 'ok',
  durationMs: number,
): RequestLogEntry {
  return {
    provider: profile.provider,
    method: call.method,
    path: call.path,
    attempt,
    ...(outcome.kind === 'failed'
      ? { error: outcome.timeout ? 'TimeoutError' : 'ConnectionError' }
      : { status: outcome.response.status }),
    durationMs,
    outcome:
      next === 'ok' ? 'ok' : 'retryIn' in next ? 'retry' : 'refreshToken' in next ? 'refresh-token' : 'error',
  };
}

/**
 * The request pipeline for openapi-fetch's `fetch` option: auth, `User-Agent`, a per-attempt
 * timeout, retries as {@link decide} says, a cap on every body, and every non-2xx (or unreadable
 * 2xx) turned into an `ApiError`.
 */
export function createFetch(options: PipelineOptions): Pipeline {
  const { profile, tokenSource, userAgent, logger, now = Date.now, random = Math.random } = options;
  const sleep = options.sleep ?? abortableSleep;
  const where = () => `${profile.title} createClient`;
  const timeoutMs = checkTimeout(options.timeoutMs ?? clientDefaults.timeoutMs, where);
  const retry =
    options.retry === undefined
      ? clientDefaults.retry
      : mergeRetry(clientDefaults.retry, options.retry, where);
  const maxResponseBytes = checkNumber(
    options.maxResponseBytes ?? clientDefaults.maxResponseBytes,
    'maxResponseBytes',
    where,
    { min: 1, integer: true },
  );
  const injected = options.fetch;
  const send: Send = injected ? (url, init) => injected(new Request(url, init)) : fetch;
  // An injected fetch may keep the request, and look at its signal, after the attempt is over.
  const controllers = controllerPool(!injected);
  // The header value of the last token, rebuilt only when the token changes.
  let lastToken: string | undefined;
  let authorization = '';

  return async function pipeline(request: RequestLike, callOptions?: CallOptions): Promise<Response> {
    const { method, headers } = request;
    const path = new URL(request.url).pathname;
    const at = () => `${method} ${path}`;
    const callerSignal = callOptions?.signal ?? undefined;
    const call: CallPlan = {
      method,
      path,
      timeoutMs: callOptions?.timeoutMs === undefined ? timeoutMs : checkTimeout(callOptions.timeoutMs, at),
      retry: callOptions?.retry === undefined ? retry : mergeRetry(retry, callOptions.retry, at),
      callerSignal,
    };
    const checkCaller = () => {
      if (callerSignal?.aborted) throw callerAbortError(callerSignal, method, path);
    };
    if (userAgent) headers.set('user-agent', userAgent);
    const body = request instanceof PlainRequest ? (request.body ?? undefined) : await bodyOf(request);
    const init: RequestInit = { method, headers, body, redirect: request.redirect };
    const started = now();
    for (let attempts = 1, fresh = false, refreshed = false; ; ) {
      checkCaller();
      const pending = tokenFor(tokenSource, fresh);
      const token = typeof pending === 'string' ? pending : await pending;
      // Signing may take a while: a caller who gave up meanwhile must not have the request sent.
      checkCaller();
      if (token !== lastToken) [lastToken, authorization] = [token, profile.authorization(token)];
      headers.set('authorization', authorization);
      const sentAt = now();
      const outcome = await attempt(send, { url: request.url, init, ...call, maxResponseBytes, controllers });
      checkCaller();
      const next: Decision | 'ok' =
        outcome.kind === 'answered' && outcome.response.ok
          ? 'ok'
          : outcome.kind === 'too-large'
            ? { done: true }
            : decide(summary(outcome), {
                method,
                attempts,
                elapsedMs: now() - started,
                policy: call.retry,
                canRefreshToken: !!profile.refreshTokenOnAuthError && tokenSource.canRefresh && !refreshed,
                now: now(),
                random: random(),
              });
      if (logger) logger(logEntry(profile, call, attempts, outcome, next, now() - sentAt));
      if (next === 'ok' && outcome.kind === 'answered')
        return success(profile, call, outcome.response, outcome.text, token);
      fresh = next !== 'ok' && 'refreshToken' in next;
      refreshed ||= fresh;
      if (next !== 'ok' && 'retryIn' in next) {
        await sleep(next.retryIn, callerSignal).catch((error: unknown) => {
          checkCaller();
          throw error;
        });
        attempts++;
      } else if (!fresh) {
        throw outcome.kind === 'answered'
          ? apiError(profile, call, outcome.response, outcome.text, token, now())
          : failure(outcome, call, token, maxResponseBytes);
      }
    }
  };
}

/** The platform's network error, with the token taken out of its message if it ever held it. */
function scrubbed(error: unknown, token: string): unknown {
  return error instanceof Error && token.length >= 8 && error.message.includes(token)
    ? new Error(redact(error.message, token))
    : error;
}
