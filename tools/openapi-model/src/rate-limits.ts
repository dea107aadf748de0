/**
 * The rate limits a spec publishes: its root `x-rtc-rate-limits` (whether the provider publishes
 * any, its page, what each label allows) and each operation's `x-rtc-rate-limit` label.
 */
import { describeProblems, extensionProblems } from './extensions/schema.js';
import type { OperationInfo } from './operations.js';

/** The window a label's `requests` are counted over. */
export type RateLimitWindow = 'second' | 'minute' | 'hour' | 'day';

/** Seconds in each window: the conversion the consumers pace and count by. */
export const RATE_LIMIT_WINDOW_SECONDS: Readonly<Record<RateLimitWindow, number>> = {
  second: 1,
  minute: 60,
  hour: 3_600,
  day: 86_400,
};

/** What one rate-limit label allows. */
export interface RateLimitLabel {
  /** The label, as operations name it in `x-rtc-rate-limit`. */
  label: string;
  /** Requests allowed per `per`. */
  requests: number;
  per: RateLimitWindow;
  /** `per` in seconds. */
  windowSeconds: number;
  /** `requests / windowSeconds`: the pace a client keeps. */
  requestsPerSecond: number;
  /** Whose requests count together. */
  scope: 'account' | 'app' | 'user' | 'ip';
  /** The limit in words. */
  description: string;
  /** A daily cap on top of the rate, shared with the operations of other labels. */
  dailyCap?: { sharedWith: string[]; requests?: number };
}

/** A spec's published rate limits; `published: false` with no labels when the provider has none. */
export interface RateLimits {
  published: boolean;
  /** What the provider says about its limits, in words. */
  description: string;
  /** The provider's page, when it publishes limits. */
  url?: string;
  labels: ReadonlyMap<string, RateLimitLabel>;
  /** The limit of an operation: its label's, or none; a label the spec does not define is an error. */
  of(operation: Pick<OperationInfo, 'extensions' | 'operationId'>): RateLimitLabel | undefined;
}

interface RawLabel {
  requests: number;
  per: RateLimitWindow;
  scope: RateLimitLabel['scope'];
  description: string;
  dailyCap?: { sharedWith: string[]; requests?: number };
}

interface RawRateLimits {
  published: boolean;
  description: string;
  url?: string;
  labels?: Record<string, RawLabel>;
}

/** Reads and checks a bundled spec's root `x-rtc-rate-limits`; `where` names the spec in errors. */
export function rateLimits(openapi: unknown, where = 'the spec'): RateLimits {
  const raw = (openapi as { 'x-rtc-rate-limits'?: unknown } | undefined)?.['x-rtc-rate-limits'];
  if (raw === undefined) {
    throw new Error(
      `${where} has no x-rtc-rate-limits (see tools/openapi-model/schemas/x-rtc-rate-limits.schema.json)`,
    );
  }
  const problems = extensionProblems('x-rtc-rate-limits', raw);
  if (problems.length > 0)
    throw new Error(`${where}: invalid x-rtc-rate-limits: ${describeProblems(problems)}`);
  const limits = raw as RawRateLimits;
  const labels = new Map<string, RateLimitLabel>();
  for (const [label, value] of Object.entries(limits.labels ?? {})) {
    const windowSeconds = RATE_LIMIT_WINDOW_SECONDS[value.per];
    labels.set(label, { label, ...value, windowSeconds, requestsPerSecond: value.requests / windowSeconds });
  }
  for (const { label, dailyCap } of labels.values()) {
    for (const other of dailyCap?.sharedWith ?? []) {
      if (!labels.has(other) || other === label)
        throw new Error(
          `${where}: x-rtc-rate-limits label ${label} shares its daily cap with unknown "${other}"`,
        );
    }
  }
  return {
    published: limits.published,
    description: limits.description,
    ...(limits.url ? { url: limits.url } : {}),
    labels,
    of(operation) {
      const label = operation.extensions['x-rtc-rate-limit'];
      if (label === undefined) return undefined;
      const found = typeof label === 'string' ? labels.get(label) : undefined;
      if (!found) {
        throw new Error(
          `${where}: ${operation.operationId}'s x-rtc-rate-limit ${JSON.stringify(label)} is not a label of x-rtc-rate-limits (${[...labels.keys()].join(', ') || 'which publishes none'})`,
        );
      }
      return found;
    },
  };
}
