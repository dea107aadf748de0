/**
 * Errors thrown by the clients. Every one of them is an {@link RtcSessionsError}, so one
 * `instanceof` catches whatever a client throws (a caller's own plain abort stays the platform's
 * `AbortError`). None of them holds a credential or a token: messages name the method and the path
 * without its query, and bodies have the request's token redacted.
 */

/** The base class of every error the rtc-sessions clients throw. */
export class RtcSessionsError extends Error {
  override name = 'RtcSessionsError';
}

/** How much of an error body {@link ApiError.body} keeps: enough to read, never a whole huge body. */
export const ERROR_BODY_KEEP_CHARS = 4096;

function keepStart(body: string): string {
  return body.length <= ERROR_BODY_KEEP_CHARS
    ? body
    : `${body.slice(0, ERROR_BODY_KEEP_CHARS)}… [${body.length - ERROR_BODY_KEEP_CHARS} more characters]`;
}

/** The server answered with a non-2xx status, or a 2xx body that is not the JSON promised. */
export class ApiError extends RtcSessionsError {
  override name = 'ApiError';
  /** HTTP status (a 2xx when the body could not be read as JSON). */
  declare readonly status: number;
  /** The provider's own error code from the body (e.g. `3001`, `invalid_token`), if any. */
  declare readonly code: string | number | undefined;
  /** The provider's message from the body, if any. */
  declare readonly providerMessage: string | undefined;
  /** Per-field or free-text details from the body (where the client's `errorBody.details` points), if any. */
  declare readonly details: unknown;
  /** The server's id for the request (the first of the client's `requestIdHeaders` sent), if any. */
  declare readonly requestId: string | undefined;
  /** Seconds or date from `Retry-After` turned into milliseconds from when it was read, if sent. */
  declare readonly retryAfterMs: number | undefined;
  declare readonly method: string;
  /** The URL path, without the query string. */
  declare readonly path: string;
  /**
   * The response body as text, with the request's token redacted, cut to its first
   * {@link ERROR_BODY_KEEP_CHARS} characters (the provider's code and message are read from the whole body).
   */
  declare readonly body: string;
  /** Which API answered: the id of the client's provider, as its package names it. */
  declare readonly provider: string;

  constructor(init: {
    status: number;
    provider: string;
    /** The provider's name at the start of `message`. @default provider */
    title?: string | undefined;
    method: string;
    path: string;
    body: string;
    code?: string | number | undefined;
    providerMessage?: string | undefined;
    details?: unknown;
    requestId?: string | undefined;
    retryAfterMs?: number | undefined;
    problem?: string | undefined;
  }) {
    const { problem, title, ...fields } = init;
    const what = problem ?? (init.providerMessage ? `: ${init.providerMessage}` : '');
    const code = init.code !== undefined ? ` (code ${init.code})` : '';
    const id = init.requestId ? ` [request id ${init.requestId}]` : '';
    super(`${title ?? init.provider} ${init.method} ${init.path} → ${init.status}${what}${code}${id}`);
    Object.assign(this, fields, { body: keepStart(init.body) });
  }

  toJSON(): Record<string, unknown> {
    // `message` is not enumerable on an Error: spread alone would drop it.
    return { ...(this as object), message: this.message };
  }
}

/** The request could not be sent or its response was cut off (refused, reset, DNS failure…). */
export class ConnectionError extends RtcSessionsError {
  override name = 'ConnectionError';
  declare readonly method: string;
  declare readonly path: string;
  /**
   * The network error code, e.g. `ECONNREFUSED`, `ECONNRESET`, if known. Not named `code`: that is
   * the provider's error code on {@link ApiError}.
   */
  declare readonly networkCode: string | undefined;
  constructor(
    method: string,
    path: string,
    networkCode: string | undefined,
    options?: { cause?: unknown; message?: string },
  ) {
    super(options?.message ?? `${method} ${path} failed: ${networkCode ?? 'network error'}`, options);
    Object.assign(this, { method, path, networkCode });
  }
}

/**
 * A request got no complete answer in time: within `timeoutMs` on its last allowed attempt, or
 * before the caller's `AbortSignal.timeout()` fired (then `timeoutMs` is `undefined` and `cause`
 * is the signal's reason). A kind of {@link ConnectionError}.
 */
export class TimeoutError extends ConnectionError {
  override name = 'TimeoutError';
  declare readonly timeoutMs: number | undefined;
  constructor(method: string, path: string, timeoutMs: number | undefined, options?: { cause?: unknown }) {
    super(method, path, undefined, {
      ...options,
      message: `${method} ${path} got no complete response ${timeoutMs === undefined ? "before the caller's timeout signal fired" : `within ${timeoutMs} ms`}`,
    });
    Object.assign(this, { timeoutMs });
  }
}

/** A cursor walk outlived the provider's page-token lifetime (`x-rtc-pagination`'s `cursorLifetimeSeconds`). */
export class PageTokenExpiredError extends RtcSessionsError {
  override name = 'PageTokenExpiredError';
  declare readonly path: string;
  declare readonly lifetimeSeconds: number;
  declare readonly ageSeconds: number;
  constructor(path: string, lifetimeSeconds: number, ageSeconds: number) {
    super(
      `${path}: the page token was issued ${Math.round(ageSeconds)} s ago and expires after ${lifetimeSeconds} s; restart from the first page`,
    );
    Object.assign(this, { path, lifetimeSeconds, ageSeconds });
  }
}

/**
 * A response body was longer than the client's `maxResponseBytes`: reading stopped there and the
 * connection was dropped (2xx and error answers alike; never retried).
 */
export class ResponseTooLargeError extends RtcSessionsError {
  override name = 'ResponseTooLargeError';
  declare readonly method: string;
  declare readonly path: string;
  /** The status of the answer whose body was too long. */
  declare readonly status: number;
  declare readonly maxResponseBytes: number;
  constructor(method: string, path: string, status: number, maxResponseBytes: number) {
    super(
      `${method} ${path} → ${status}: the response body is over maxResponseBytes (${maxResponseBytes} bytes)`,
    );
    Object.assign(this, { method, path, status, maxResponseBytes });
  }
}

/** Why a walk over a list's pages was stopped: the server's paging would never end. */
export type PaginationFailure = 'repeated-cursor' | 'empty-page-before-last';

/**
 * A server's paging went wrong: it handed back a cursor already followed (the walk would loop
 * forever), or served an empty page while claiming more pages. The message names the operation and,
 * for a cursor, only its length (a cursor may be a secret).
 */
export class PaginationError extends RtcSessionsError {
  override name = 'PaginationError';
  declare readonly path: string;
  declare readonly reason: PaginationFailure;
  /** The number of pages fetched when the walk stopped. */
  declare readonly pages: number;
  constructor(path: string, reason: PaginationFailure, pages: number, detail: string) {
    super(`GET ${path}: ${detail}; stopped after ${pages} pages`);
    Object.assign(this, { path, reason, pages });
  }
}

/**
 * The client or a call was set up wrongly: no credentials given nor found in the environment, an
 * unknown option (the message names it and the closest valid one), a path that is not a list.
 */
export class ConfigurationError extends RtcSessionsError {
  override name = 'ConfigurationError';
}

/**
 * What a call that stopped because of the caller's `signal` throws: its reason as is (a plain
 * `abort()` gives the platform's `AbortError`), except that an `AbortSignal.timeout()` firing is
 * our {@link TimeoutError}.
 */
export function callerAbortError(signal: AbortSignal, method: string, path: string): unknown {
  const reason: unknown = signal.reason;
  return reason instanceof Error && reason.name === 'TimeoutError' && !(reason instanceof RtcSessionsError)
    ? new TimeoutError(method, path, undefined, { cause: reason })
    : reason;
}
