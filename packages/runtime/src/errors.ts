/**
 * Errors thrown by the clients. None of them holds a credential or a token: messages name
 * the method and the path without its query, and bodies have the request's token redacted.
 */

/** Which API an error came from. */
export type Provider = 'videosdk' | 'zoom-videosdk' | '100ms';

/** The server answered with a non-2xx status, or a 2xx body that is not the JSON promised. */
export class ApiError extends Error {
  override name = 'ApiError';
  /** HTTP status (a 2xx when the body could not be read as JSON). */
  declare readonly status: number;
  /** The provider's own error code from the body (Zoom `3001`, VideoSDK `invalid_token`…), if any. */
  declare readonly code: string | number | undefined;
  /** The provider's message from the body, if any. */
  declare readonly providerMessage: string | undefined;
  /** Per-field or free-text details from the body (Zoom `errors`, 100ms `details`), if any. */
  declare readonly details: unknown;
  /** The server's id for the request (Zoom `x-zm-trackingid`, `x-request-id`…), if sent. */
  declare readonly requestId: string | undefined;
  /** Seconds or date from `Retry-After` turned into milliseconds from when it was read, if sent. */
  declare readonly retryAfterMs: number | undefined;
  declare readonly method: string;
  /** The URL path, without the query string. */
  declare readonly path: string;
  /** The raw response body as text. */
  declare readonly body: string;
  declare readonly provider: Provider;

  constructor(init: {
    status: number;
    provider: Provider;
    method: string;
    path: string;
    body: string;
    code?: string | number | undefined;
    providerMessage?: string | undefined;
    details?: unknown;
    requestId?: string | undefined;
    retryAfterMs?: number | undefined;
    problem?: string;
  }) {
    const { problem, ...fields } = init;
    const what = problem ?? (init.providerMessage ? `: ${init.providerMessage}` : '');
    const code = init.code !== undefined ? ` (code ${init.code})` : '';
    const id = init.requestId ? ` [request id ${init.requestId}]` : '';
    super(`${init.provider} ${init.method} ${init.path} → ${init.status}${what}${code}${id}`);
    Object.assign(this, fields);
  }

  toJSON(): Record<string, unknown> {
    // `message` is not enumerable on an Error: spread alone would drop it.
    return { ...(this as object), message: this.message };
  }
}

/** A request got no complete answer within `timeoutMs` (on its last allowed attempt). */
export class TimeoutError extends Error {
  override name = 'TimeoutError';
  constructor(
    readonly method: string,
    readonly path: string,
    readonly timeoutMs: number,
  ) {
    super(`${method} ${path} got no complete response within ${timeoutMs} ms`);
  }
}

/** The request could not be sent or its response was cut off (refused, reset, DNS failure…). */
export class ConnectionError extends Error {
  override name = 'ConnectionError';
  constructor(
    readonly method: string,
    readonly path: string,
    /** The network error code, e.g. `ECONNREFUSED`, `ECONNRESET`, if known. */
    readonly code: string | undefined,
    options?: { cause?: unknown },
  ) {
    super(`${method} ${path} failed: ${code ?? 'network error'}`, options);
  }
}

/** A cursor walk outlived the provider's page-token lifetime (Zoom: 15 minutes). */
export class PageTokenExpiredError extends Error {
  override name = 'PageTokenExpiredError';
  constructor(
    readonly path: string,
    readonly lifetimeSeconds: number,
    readonly ageSeconds: number,
  ) {
    super(
      `${path}: the page token was issued ${Math.round(ageSeconds)} s ago and expires after ${lifetimeSeconds} s; restart from the first page`,
    );
  }
}

/** The client was set up wrongly, e.g. no credentials given nor found in the environment. */
export class ConfigurationError extends Error {
  override name = 'ConfigurationError';
}
