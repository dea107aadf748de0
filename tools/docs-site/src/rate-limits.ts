/**
 * Rate limits and webhook retries as the docs show them. What each label allows is read with
 * @rtc-sessions/openapi-model's `rateLimits(document)` (the one reader of the root
 * `x-rtc-rate-limits`, which also resolves an operation's `x-rtc-rate-limit`), the retry policy
 * with `providerFacts(document).webhookRetries`. A provider that publishes none is said to.
 */
import {
  type OperationInfo,
  providerFacts,
  type RateLimitLabel,
  type RateLimits,
  rateLimits,
  type WebhookRetries,
} from '@rtc-sessions/openapi-model';
import type { SpecDocument } from './spec-document.js';

// read once per document: every operation's paragraph and row asks
const read = new WeakMap<SpecDocument, RateLimits>();

/** The spec's published rate limits (its labels, their figures and the provider's page). */
export function rateLimitTable(document: SpecDocument): RateLimits {
  let limits = read.get(document);
  if (!limits) {
    limits = rateLimits(document, document.info.title);
    read.set(document, limits);
  }
  return limits;
}

/** An operation's limit; a label the spec does not define is an error naming the defined ones. */
export function rateLimitOf(document: SpecDocument, operation: OperationInfo): RateLimitLabel | undefined {
  return rateLimitTable(document).of(operation);
}

/** The figures of a label in words: `40 requests per second per account, daily cap shared with X`. */
export function rateLimitFigures(limit: RateLimitLabel): string {
  return `${limit.requests} requests per ${limit.per} per ${limit.scope}${dailyCapText(limit) ? `, ${dailyCapText(limit)}` : ''}`;
}

/** A label's daily cap in words, or '' when it has none. */
export function dailyCapText(limit: RateLimitLabel): string {
  const cap = limit.dailyCap;
  if (!cap) return '';
  const size = cap.requests === undefined ? 'daily cap' : `daily cap of ${cap.requests} requests`;
  return cap.sharedWith.length > 0 ? `${size} shared with ${cap.sharedWith.join(', ')}` : size;
}

/** The Markdown paragraph appended to an operation's description. */
export function rateLimitParagraph(document: SpecDocument, operation: OperationInfo): string {
  const limit = rateLimitOf(document, operation);
  if (!limit) return '**Rate limit:** the provider publishes none for this operation.';
  const url = rateLimitTable(document).url;
  const source = url ? ` ([the provider's limits](${url}))` : '';
  return `**Rate limit:** ${limit.label} — ${rateLimitFigures(limit)}${source}.`;
}

/** One line for the index's comparison table. */
export function rateLimitSummary(document: SpecDocument, operations: OperationInfo[]): string {
  const limits = new Map<string, RateLimitLabel>();
  for (const operation of operations) {
    const limit = rateLimitOf(document, operation);
    if (limit) limits.set(limit.label, limit);
  }
  if (limits.size === 0) return 'none published';
  return [...limits.values()].map((limit) => `${limit.label}: ${rateLimitFigures(limit)}`).join('; ');
}

/** The provider's webhook retry policy (`info.x-rtc-provider.webhookRetries`). */
export function webhookRetries(document: SpecDocument): WebhookRetries {
  return providerFacts(document, document.info.title).webhookRetries;
}

const seconds = (value: number) => (value % 60 === 0 && value >= 60 ? `${value / 60} min` : `${value} s`);

/** The retry policy in words, with its source link when the provider publishes one. */
export function webhookRetriesText(retries: WebhookRetries): string {
  if (!retries.published) return `None published: ${retries.note}`;
  const delays =
    retries.delaysSeconds.length === 0
      ? 'no retries'
      : `${retries.delaysSeconds.length} retries, after ${retries.delaysSeconds.map(seconds).join(', ')} (each counted from the previous attempt)`;
  const note = retries.note ? ` ${retries.note}` : '';
  return `Timeout ${seconds(retries.timeoutSeconds)} for the receiver's 2xx; ${delays}.${note} ([source](${retries.source}))`;
}
