/** Retry policy for idempotent requests. Every field is optional; see `RetryOptions` defaults. */
export interface RetryOptions {
  /**
   * Attempts in all, the first one included.
   * @default 3
   */
  maxAttempts?: number;
  /**
   * Upper bound of the first back-off; doubles on each retry (full jitter: a random wait in [0, bound]).
   * @default 500
   */
  initialDelayMs?: number;
  /**
   * Cap of the back-off bound.
   * @default 8000
   */
  maxDelayMs?: number;
  /**
   * No retry starts (nor waits) past this many milliseconds after the first attempt began. A
   * `Retry-After` that asks for a longer wait ends the retries at once.
   * @default 60000
   */
  maxElapsedMs?: number;
}

export const retryDefaults: Required<RetryOptions> = {
  maxAttempts: 3,
  initialDelayMs: 500,
  maxDelayMs: 8000,
  maxElapsedMs: 60_000,
};

/** Statuses worth another try: rate limited, or a gateway that could not reach a healthy server. */
export const retryableStatuses: ReadonlySet<number> = new Set([429, 502, 503, 504]);

/**
 * `Retry-After` as milliseconds from `now`: delta-seconds (`120`), an HTTP date
 * (`Wed, 21 Oct 2015 07:28:00 GMT`) or — as some providers send for daily limits — an ISO timestamp. Past dates give 0;
 * anything unreadable gives `undefined`.
 */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (value === null) return undefined;
  const text = value.trim();
  if (text === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  // Only the two date shapes: an HTTP date starts with the day's name, an ISO timestamp with
  // yyyy-mm-dd. Date.parse alone reads `-1` or `5 5` as dates in 2001, i.e. "retry now".
  if (!/^[A-Za-z]{3}|^\d{4}-\d{2}-\d{2}/.test(text)) return undefined;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** Full-jitter exponential back-off for retry number `retry` (1 for the first retry). */
export function backoffDelay(
  retry: number,
  options: Pick<Required<RetryOptions>, 'initialDelayMs' | 'maxDelayMs'>,
  random: () => number,
): number {
  const bound = Math.min(options.maxDelayMs, options.initialDelayMs * 2 ** (retry - 1));
  return Math.floor(random() * bound);
}
