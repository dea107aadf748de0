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

function resetTime(value: string | null, now: number): Date | undefined {
  if (value === null) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return new Date(now + Number(text) * 1000);
  // Only the two date shapes (see parseRetryAfter): Date.parse alone reads `-1` as a date.
  if (!/^[A-Za-z]{3}|^\d{4}-\d{2}-\d{2}/.test(text)) return undefined;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : new Date(at);
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
  const resetAt = resetTime(at(names.reset), now);
  const category = at(names.category);
  const type = at(names.type);
  if (limit !== undefined) figures.limit = limit;
  if (remaining !== undefined) figures.remaining = remaining;
  if (resetAt !== undefined) figures.resetAt = resetAt;
  if (category) figures.category = category;
  if (type) figures.type = type;
  return Object.keys(figures).length > 0 ? figures : undefined;
}
