/**
 * Turning an answer the caller cannot use into an `ApiError`: the provider's code, message and
 * details read where its spec says, the request id, and nothing of the token, wherever the server
 * echoed it (body, request-id header).
 */
import { ApiError } from './errors.js';
import { readPointer } from './pointer.js';
import { parseRetryAfter } from './retry.js';

/** JSON pointers into a provider's error body; a list is read in order, first value found wins. */
export interface ErrorBodyPointers {
  readonly code?: string | readonly string[];
  readonly message?: string | readonly string[];
  readonly details?: string | readonly string[];
}

/** What of a provider an `ApiError` needs. */
export interface ErrorProfile {
  provider: string;
  title: string;
  requestIdHeaders: readonly string[];
  errorBody: ErrorBodyPointers;
}

/** The call an answer belongs to. */
export interface CallIdentity {
  method: string;
  /** The URL path, without its query (which may hold a cursor or other secrets). */
  path: string;
}

/** `text` with every occurrence of `secret` replaced. */
export function redact(text: string, secret: string): string {
  // Only real tokens: redacting a test's one-letter token would garble the body.
  return secret.length >= 8 && text.includes(secret) ? text.split(secret).join('[REDACTED]') : text;
}

function describeUnreadable(text: string, status: number): string {
  if (text.trim() === '') return ': empty body';
  if (/^\s*</.test(text))
    return `: HTML/XML, not JSON${status >= 500 ? ' (a proxy or gateway answered?)' : ''}`;
  return ': invalid JSON (truncated?)';
}

/** Reads an error body as a JSON object (`{}` for other JSON), or `undefined` when it is not JSON. */
function parseErrorBody(text: string): object | undefined {
  try {
    const body: unknown = JSON.parse(text);
    return body && typeof body === 'object' && !Array.isArray(body) ? body : {};
  } catch {
    return undefined;
  }
}

function firstAt(parsed: object | undefined, pointers: string | readonly string[] | undefined): unknown {
  if (parsed === undefined || pointers === undefined) return undefined;
  for (const pointer of typeof pointers === 'string' ? [pointers] : pointers) {
    const value = readPointer(parsed, pointer);
    if (value !== undefined) return value;
  }
  return undefined;
}

function requestIdOf(profile: ErrorProfile, headers: Headers, token: string): string | undefined {
  for (const name of profile.requestIdHeaders) {
    const value = headers.get(name);
    if (value) return redact(value, token);
  }
  return undefined;
}

/**
 * The `ApiError` of a non-2xx answer, or of a 2xx whose body is not the JSON promised. The code,
 * message and details are read where this provider's error body keeps each: no guessing at other names.
 */
export function apiError(
  profile: ErrorProfile,
  call: CallIdentity,
  response: Response,
  text: string,
  token: string,
  now: number,
): ApiError {
  const body = redact(text, token);
  const parsed = parseErrorBody(body);
  const code = firstAt(parsed, profile.errorBody.code);
  const message = firstAt(parsed, profile.errorBody.message);
  return new ApiError({
    status: response.status,
    provider: profile.provider,
    title: profile.title,
    ...call,
    body,
    requestId: requestIdOf(profile, response.headers, token),
    ...(parsed === undefined && { problem: describeUnreadable(text, response.status) }),
    code: typeof code === 'string' || typeof code === 'number' ? code : undefined,
    providerMessage: typeof message === 'string' ? message : undefined,
    details: firstAt(parsed, profile.errorBody.details),
    retryAfterMs: parseRetryAfter(response.headers.get('retry-after'), now),
  });
}
