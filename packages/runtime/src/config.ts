import { ConfigurationError } from './errors.js';
import { type RetryOptions, retryDefaults } from './retry.js';

/**
 * The defaults of the request path, written once: the JSDoc of each option points here, and the
 * README quotes them from here.
 */
export const clientDefaults = {
  /** Milliseconds one attempt may take, until its body is read. */
  timeoutMs: 30_000,
  /**
   * The longest response body read (2xx or error), in bytes: 16 MiB, far above any page these APIs
   * serve (Zoom's largest, 300 sessions, is under 1 MiB), far below what would hurt a server process.
   */
  maxResponseBytes: 16 * 1024 * 1024,
  retry: retryDefaults,
} as const;

/** What a numeric option may be; anything else is a `ConfigurationError` naming it. */
export interface NumberRule {
  /** The smallest value allowed. @default 0 */
  min?: number;
  /** Whether 0 is too small (a timeout, a lifetime). @default false */
  positive?: boolean;
  /** Whether `Infinity` means something ("none", "no limit"). @default false */
  infinity?: boolean;
  /** Whether it counts things (attempts, pages, bytes). @default false */
  integer?: boolean;
}

/**
 * Checks a numeric option: a number, not NaN, at least `min` (0 by default), finite unless
 * `Infinity` means something, whole when it counts things. `where` starts the message (a function:
 * worked out only when there is an error).
 */
export function checkNumber(
  value: unknown,
  name: string,
  where: () => string,
  rule: NumberRule = {},
): number {
  const { min = 0, positive = false, infinity = false, integer = false } = rule;
  const ok =
    typeof value === 'number' &&
    value >= min &&
    (!positive || value > 0) &&
    (value !== Infinity || infinity) &&
    (!integer || value === Infinity || Number.isInteger(value));
  if (ok) return value;
  const given = typeof value === 'string' ? `"${value}"` : String(value);
  const kind = integer ? 'whole number' : 'number';
  const range = positive ? `a positive ${kind}` : `a ${kind} ≥ ${min}`;
  throw new ConfigurationError(
    `${where()}: \`${name}\` must be ${range}${infinity ? ' (Infinity for none)' : ', finite'}, not ${given}`,
  );
}

// setTimeout holds at most 2^31 - 1 ms (about 24.8 days; more fires at once): longer is no timeout.
const MAX_TIMER_MS = 2 ** 31 - 1;

/** A `timeoutMs` as the pipeline uses it (`Infinity`: none). */
export function checkTimeout(value: unknown, where: () => string): number {
  const ms = checkNumber(value, 'timeoutMs', where, { positive: true, infinity: true });
  return ms > MAX_TIMER_MS ? Infinity : ms;
}

/** A complete retry policy: every figure checked. */
export function checkRetry(policy: Required<RetryOptions>, where: () => string): Required<RetryOptions> {
  const at = () => `${where()} \`retry\``;
  checkNumber(policy.maxAttempts, 'maxAttempts', at, { min: 1, integer: true });
  checkNumber(policy.initialDelayMs, 'initialDelayMs', at);
  checkNumber(policy.maxDelayMs, 'maxDelayMs', at);
  checkNumber(policy.maxElapsedMs, 'maxElapsedMs', at, { infinity: true });
  return policy;
}

/** A client's retry policy, or one call's on top of it (`false`: one attempt), checked. */
export function mergeRetry(
  base: Required<RetryOptions>,
  option: false | RetryOptions,
  where: () => string,
): Required<RetryOptions> {
  return checkRetry({ ...base, ...(option === false ? { maxAttempts: 1 } : option) }, where);
}
