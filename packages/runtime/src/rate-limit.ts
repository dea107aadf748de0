import { parseRetryAfter } from './retry.js';

/**
 * The rate-limit figures a provider sends on its answers, read from the headers its spec names
 * (`info.x-rtc-provider.rateLimitHeaders`).
 */

/** The response headers (lower case) that carry a provider's rate-limit figures; each is optional. */
export interface RateLimitHeaders {
  /** The number of calls allowed in the current window or day. */
  readonly limit?: string;
  /** The number of calls left. */
  readonly remaining?: string;
  /** When the limit resets: delta-seconds, an HTTP date or an ISO timestamp. */
  readonly reset?: string;
  /** The provider's label of the limit (Zoom: `Light`, `Medium`, `Heavy`, `Resource-intensive`). */
  readonly category?: string;
  /** Which limit applies (Zoom: `QPS` per second, `Daily-limit`). */
  readonly type?: string;
}

/** The rate-limit figures of one answer; a figure the provider did not send is left out. */
export interface RateLimit {
  limit?: number;
  remaining?: number;
  /** When the limit resets. */
  resetAt?: Date;
  category?: string;
  type?: string;
}

function count(value: string | null): number | undefined {
  return value !== null && /^\s*\d+\s*$/.test(value) ? Number(value) : undefined;
}

/**
 * The rate-limit figures in `headers`, or `undefined` when the provider names no such headers or
 * sent none of them. A figure that does not parse (`remaining: "many"`) is left out, not guessed.
 */
export function readRateLimit(
  names: RateLimitHeaders | undefined,
  headers: Headers,
  now: number,
): RateLimit | undefined {
  if (!names) return undefined;
  const at = (name: string | undefined) => (name === undefined ? null : headers.get(name));
  const figures: RateLimit = {};
  const limit = count(at(names.limit));
  const remaining = count(at(names.remaining));
  const resetIn = parseRetryAfter(at(names.reset), now);
  const resetAt = resetIn === undefined ? undefined : new Date(now + resetIn);
  const category = at(names.category);
  const type = at(names.type);
  if (limit !== undefined) figures.limit = limit;
  if (remaining !== undefined) figures.remaining = remaining;
  if (resetAt !== undefined) figures.resetAt = resetAt;
  if (category) figures.category = category;
  if (type) figures.type = type;
  return Object.keys(figures).length > 0 ? figures : undefined;
}

/** Where the pipeline leaves, on each successful response, the names of its provider's rate-limit headers. */
export const rateLimitNames: unique symbol = Symbol('rtc-sessions rate-limit headers');

/**
 * The rate-limit figures of a successful call's `response` (`const { data, response } = await
 * client.GET(…)`), read from the headers its provider's spec names; `undefined` when the provider
 * sends none. Imported only by apps that want it, so others do not ship the parser.
 */
export function rateLimitOf(response: Response): RateLimit | undefined {
  const names = (response as { [rateLimitNames]?: RateLimitHeaders })[rateLimitNames];
  return readRateLimit(names, response.headers, Date.now());
}
