/** Retry policy for idempotent requests. Every field is optional; the defaults are {@link retryDefaults}. */
export interface RetryOptions {
  /** Attempts in all, the first one included (a whole number ≥ 1). @default retryDefaults.maxAttempts */
  maxAttempts?: number;
  /**
   * Upper bound of the first back-off; doubles on each retry (full jitter: a random wait in [0, bound]).
   * @default retryDefaults.initialDelayMs
   */
  initialDelayMs?: number;
  /** Cap of the back-off bound. @default retryDefaults.maxDelayMs */
  maxDelayMs?: number;
  /**
   * No retry starts (nor waits) past this many milliseconds after the first attempt began. A
   * `Retry-After` that asks for a longer wait ends the retries at once.
   * @default retryDefaults.maxElapsedMs
   */
  maxElapsedMs?: number;
}

/** The one place the retry defaults are written. */

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

// Only these are repeated after they may have reached the server: the specs' lists and reads.
const IDEMPOTENT_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS']);
// Failures that happen before a single byte of the request is sent: safe to retry for any method.
const NOT_SENT_CODES: ReadonlySet<string> = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN']);

/** How an attempt ended, as far as the retry policy cares. */
export type AttemptSummary =
  | { kind: 'answered'; status: number; retryAfter: string | null }
  | { kind: 'failed'; timeout: boolean; networkCode: string | undefined };

/** What the retry policy is told besides the outcome. */
export interface RetryContext {
  /** Upper case: `GET`. */
  method: string;
  /** Attempts made so far, this one included (a token refresh does not count). */
  attempts: number;
  /** Milliseconds since the first attempt began. */
  elapsedMs: number;
  policy: Required<RetryOptions>;
  /** The token can be re-signed and this call has not done so yet, for a provider that wants it. */
  canRefreshToken: boolean;
  /** Epoch milliseconds, to read a `Retry-After` date. */
  now: number;
  /** A random number in [0, 1) for the jitter. */
  random: number;
}

/** What to do after an attempt. */
export type Decision = { retryIn: number } | { refreshToken: true } | { done: true };

const DONE: Decision = { done: true };

/**
 * The retry policy, whole: after an attempt that did not succeed, wait and retry, re-sign the token
 * and retry at once, or give up.
 *
 * - Retried: GET/HEAD/OPTIONS on 429, 502, 503, 504, network errors and timeouts. Any other method
 *   (POST `/sessions/end`) ONLY when the connection failed before anything was sent (refused, DNS
 *   failure): once a request may have reached the server, repeating it could act twice.
 * - The wait is `Retry-After` when sent, else full-jitter back-off; no retry waits past
 *   `maxElapsedMs` or exceeds `maxAttempts`.
 * - A 401/403 to an idempotent call re-signs the token once, for a provider whose own SDK does.
 */
export function decide(outcome: AttemptSummary, context: RetryContext): Decision {
  const { method, attempts, elapsedMs, policy } = context;
  const idempotent = IDEMPOTENT_METHODS.has(method);
  let wait: number | undefined;
  if (outcome.kind === 'failed') {
    const notSent = outcome.networkCode !== undefined && NOT_SENT_CODES.has(outcome.networkCode);
    if (!idempotent && !notSent) return DONE;
    wait = backoffDelay(attempts, policy, () => context.random);
  } else {
    const { status } = outcome;
    if ((status === 401 || status === 403) && idempotent && context.canRefreshToken)
      return { refreshToken: true };
    if (!retryableStatuses.has(status) || !idempotent) return DONE;
    wait =
      parseRetryAfter(outcome.retryAfter, context.now) ??
      backoffDelay(attempts, policy, () => context.random);
  }
  return attempts < policy.maxAttempts && elapsedMs + wait <= policy.maxElapsedMs ? { retryIn: wait } : DONE;
}
