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
  readonly status: number;
  /** The provider's own error code from the body (Zoom `3001`, VideoSDK `invalid_token`…), if any. */
  readonly code: string | number | undefined;
  /** The provider's message from the body, if any. */
  readonly providerMessage: string | undefined;
  /** Per-field or free-text details from the body (Zoom `errors`, 100ms `details`), if any. */
  readonly details: unknown;
  /** The server's id for the request (Zoom `x-zm-trackingid`, `x-request-id`…), if sent. */
  readonly requestId: string | undefined;
  /** Seconds or date from `Retry-After` turned into milliseconds from when it was read, if sent. */
  readonly retryAfterMs: number | undefined;
  readonly method: string;
  /** The URL path, without the query string. */
  readonly path: string;
  /** The raw response body as text. */
  readonly body: string;
  readonly provider: Provider;

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
    const what = init.problem ?? (init.providerMessage ? `: ${init.providerMessage}` : '');
    const code = init.code !== undefined ? ` (code ${init.code})` : '';
    const id = init.requestId ? ` [request id ${init.requestId}]` : '';
    super(`${init.provider} ${init.method} ${init.path} → ${init.status}${what}${code}${id}`);
    this.status = init.status;
    this.code = init.code;
    this.providerMessage = init.providerMessage;
    this.details = init.details;
    this.requestId = init.requestId;
    this.retryAfterMs = init.retryAfterMs;
    this.method = init.method;
    this.path = init.path;
    this.body = init.body;
    this.provider = init.provider;
  }

  toJSON(): Record<string, unknown> {
    const { name, message, status, code, providerMessage, details, requestId, method, path, provider, body } =
      this;
    return { name, message, status, code, providerMessage, details, requestId, method, path, provider, body };
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
      `The page token for ${path} was issued ${Math.round(ageSeconds)} s ago; it expires after ${lifetimeSeconds} s, ` +
        'so the next page cannot be fetched. Restart the walk from the first page (consume pages faster, or narrow the query).',
    );
  }
}

/** The client was set up wrongly, e.g. no credentials given nor found in the environment. */
export class ConfigurationError extends Error {
  override name = 'ConfigurationError';
}
