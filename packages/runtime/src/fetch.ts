import type { TokenSource } from './auth.js';
import { ApiError, ConnectionError, type Provider, TimeoutError } from './errors.js';
import {
  backoffDelay,
  parseRetryAfter,
  type RetryOptions,
  retryableStatuses,
  retryDefaults,
} from './retry.js';

/** What differs between providers in how requests are sent and errors read. */
export interface ProviderProfile {
  provider: Provider;
  /** The `Authorization` header value for a token (VideoSDK: the raw token; others: `Bearer …`). */
  authorization: (token: string) => string;
  /** Response headers that may carry the server's request id, in order of preference. */
  requestIdHeaders: readonly string[];
  /** Retry once with a freshly signed token after a 401/403 (100ms, like its official SDK). */
  refreshTokenOnAuthError?: boolean;
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

function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

function redact(text: string, secret: string): string {
  // Only real tokens: redacting a test's one-letter token would garble the body.
  return secret.length >= 8 ? text.split(secret).join('[REDACTED]') : text;
}

function describeUnreadable(text: string, status: number): string {
  if (text.trim() === '') return ': empty response body';
  if (/^\s*</.test(text)) {
    return `: the body is an HTML/XML page, not the API's JSON${status >= 500 ? ' (a proxy or gateway answered?)' : ''}`;
  }
  return ': the body is not valid JSON (truncated?)';
}

/** Reads the provider's error body: VideoSDK `{message, code?}`, Zoom `{code, message, errors?}`, 100ms `{code, message, details}`. */
function readErrorBody(
  text: string,
): { code?: string | number; message?: string; details?: unknown } | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return {};
  const body = parsed as Record<string, unknown>;
  const message = [body.message, body.error, body.msg].find((m): m is string => typeof m === 'string');
  const code = typeof body.code === 'string' || typeof body.code === 'number' ? body.code : undefined;
  const details = body.errors ?? body.details;
  return {
    ...(code !== undefined && { code }),
    ...(message !== undefined && { message }),
    ...(details !== undefined && { details }),
  };
}

type Attempt =
  | { kind: 'response'; response: Response; text: string }
  | { kind: 'timeout' }
  | { kind: 'network'; error: unknown; code: string | undefined };

/**
 * A `fetch` for openapi-fetch's `fetch` option that adds auth, `User-Agent`, a per-attempt
 * timeout, retries with back-off, and turns every non-2xx (or unreadable 2xx) into an `ApiError`.
 *
 * Retries: GET/HEAD/OPTIONS on 429, 502, 503, 504, network errors and timeouts. Any other method
 * (POST `/sessions/end`) is retried ONLY when the connection failed before anything was sent
 * (refused, DNS failure): once a request may have reached the server, repeating it could act twice.
 */
export function createFetch(options: PipelineOptions): (request: Request) => Promise<Response> {
  const { profile, tokenSource } = options;
  const baseFetch = options.fetch ?? ((input: Request) => globalThis.fetch(input));
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const retry =
    options.retry === false ? { ...retryDefaults, maxAttempts: 1 } : { ...retryDefaults, ...options.retry };
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const sleep = options.sleep ?? abortableSleep;

  async function attemptOnce(
    request: Request,
    init: RequestInit,
    callerSignal: AbortSignal,
  ): Promise<Attempt> {
    const controller = new AbortController();
    let timedOut = false;
    const onAbort = () => controller.abort(callerSignal.reason);
    callerSignal.addEventListener('abort', onAbort, { once: true });
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort(new TimeoutError(request.method, new URL(request.url).pathname, timeoutMs));
    }, timeoutMs);
    try {
      const response = await baseFetch(new Request(request.url, { ...init, signal: controller.signal }));
      // The body is read under the same timer: a server that stalls mid-body times out too.
      const text = await response.text();
      return { kind: 'response', response, text };
    } catch (error) {
      if (callerSignal.aborted) throw callerSignal.reason;
      if (timedOut) return { kind: 'timeout' };
      return { kind: 'network', error, code: networkCode(error) };
    } finally {
      clearTimeout(timer);
      callerSignal.removeEventListener('abort', onAbort);
    }
  }

  return async function send(request: Request): Promise<Response> {
    const method = request.method.toUpperCase();
    const path = new URL(request.url).pathname;
    const idempotent = IDEMPOTENT_METHODS.has(method);
    const callerSignal = request.signal;
    // Buffered once so that the (rare) safe repeat of a POST sends the same bytes.
    const body = request.body ? await request.arrayBuffer() : undefined;
    const started = now();
    let attempts = 0;
    let refreshedToken = false;
    let freshToken = false;

    const mayRetryAfter = (delay: number) =>
      attempts < retry.maxAttempts && now() - started + delay <= retry.maxElapsedMs;
    const wait = async (delay: number) => {
      await sleep(delay, callerSignal);
      callerSignal.throwIfAborted();
    };

    for (;;) {
      callerSignal.throwIfAborted();
      attempts++;
      const token = await tokenSource.getToken({ fresh: freshToken });
      freshToken = false;
      const headers = new Headers(request.headers);
      headers.set('authorization', profile.authorization(token));
      if (options.userAgent) headers.set('user-agent', options.userAgent);
      const outcome = await attemptOnce(
        request,
        { method, headers, body, redirect: request.redirect },
        callerSignal,
      );

      if (outcome.kind !== 'response') {
        const safe = idempotent || (outcome.kind === 'network' && NOT_SENT_CODES.has(outcome.code ?? ''));
        const delay = backoffDelay(attempts, retry, random);
        if (safe && mayRetryAfter(delay)) {
          await wait(delay);
          continue;
        }
        if (outcome.kind === 'timeout') throw new TimeoutError(method, path, timeoutMs);
        throw new ConnectionError(method, path, outcome.code, { cause: outcome.error });
      }

      const { response } = outcome;
      const text = redact(outcome.text, token);
      const { status } = response;
      const requestId =
        profile.requestIdHeaders.map((h) => response.headers.get(h)).find((v): v is string => !!v) ??
        undefined;
      const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), now());

      if (status >= 200 && status < 300) {
        const headersOut = new Headers(response.headers);
        // The body was decoded and re-buffered: its original length and encoding no longer apply.
        headersOut.delete('content-length');
        headersOut.delete('content-encoding');
        if (status === 204 || status === 205 || method === 'HEAD') {
          return new Response(null, { status, statusText: response.statusText, headers: headersOut });
        }
        try {
          JSON.parse(text);
        } catch {
          throw new ApiError({
            status,
            provider: profile.provider,
            method,
            path,
            body: text,
            requestId,
            problem: describeUnreadable(text, status),
          });
        }
        return new Response(text, { status, statusText: response.statusText, headers: headersOut });
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

      if (retryableStatuses.has(status) && idempotent) {
        const delay = retryAfterMs ?? backoffDelay(attempts, retry, random);
        if (mayRetryAfter(delay)) {
          await wait(delay);
          continue;
        }
      }

      const parsed = readErrorBody(text);
      throw new ApiError({
        status,
        provider: profile.provider,
        method,
        path,
        body: text,
        code: parsed?.code,
        providerMessage: parsed?.message,
        details: parsed?.details,
        requestId,
        retryAfterMs,
        ...(parsed === undefined && { problem: describeUnreadable(text, status) }),
      });
    }
  };
}
