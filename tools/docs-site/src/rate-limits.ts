/**
 * Rate limits as the docs show them. An operation names its label in `x-rtc-rate-limit`; what a
 * label allows is the spec's root `x-rtc-rate-limits` (`url` of the provider's page, `labels`).
 * A provider whose spec carries no label publishes no limit, and the docs say so.
 */
import type { OperationInfo } from '@rtc-sessions/openapi-model';
import type { SpecDocument } from './spec-document.js';

export interface RateLimitTable {
  url?: string;
  labels: Record<string, string>;
}

export function rateLimitTable(document: SpecDocument): RateLimitTable | undefined {
  const raw = document['x-rtc-rate-limits'] as Partial<RateLimitTable> | undefined;
  if (!raw) return undefined;
  return { url: typeof raw.url === 'string' ? raw.url : undefined, labels: { ...(raw.labels ?? {}) } };
}

export function rateLimitLabel(operation: OperationInfo): string | undefined {
  const label = operation.extensions['x-rtc-rate-limit'];
  return typeof label === 'string' && label !== '' ? label : undefined;
}

/** The Markdown paragraph appended to an operation's description. */
export function rateLimitParagraph(document: SpecDocument, operation: OperationInfo): string {
  const label = rateLimitLabel(operation);
  if (!label) return '**Rate limit:** the provider publishes none for this operation.';
  const table = rateLimitTable(document);
  const meaning = table?.labels[label];
  if (!meaning) {
    throw new Error(
      `${operation.operationId}: rate-limit label ${JSON.stringify(label)} is not one of the spec's x-rtc-rate-limits labels ` +
        `(${Object.keys(table?.labels ?? {}).join(', ') || 'none defined'})`,
    );
  }
  const source = table?.url ? ` ([the provider's limits](${table.url}))` : '';
  return `**Rate limit:** ${label} — ${meaning}${source}.`;
}

/** One line for the index's comparison table. */
export function rateLimitSummary(document: SpecDocument, operations: OperationInfo[]): string {
  const labels = [...new Set(operations.map(rateLimitLabel).filter((label) => label !== undefined))];
  if (labels.length === 0) return 'none published';
  const table = rateLimitTable(document);
  return labels.map((label) => `${label}: ${table?.labels[label] ?? '?'}`).join('; ');
}
