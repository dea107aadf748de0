/**
 * The rate limits a provider publishes, read from its spec — the one home of that fact — as the
 * client package ships it (`<client>/openapi.json`): each operation's `x-rtc-rate-limit` label, and
 * what each label allows in the spec's root `x-rtc-rate-limits.labels` ("about 80 requests per
 * second per account"). A provider whose spec labels nothing publishes no limit: the limiter
 * discovers it.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { ProviderDataError } from './errors.js';

export interface PublishedRateLimits {
  /** Requests per second by label. */
  rates: Record<string, number>;
  /** The label of `METHOD /path` (the spec's path template), if it has one. */
  labelOf(method: string, path: string): string | undefined;
}

const UNIT_SECONDS: Record<string, number> = { second: 1, minute: 60, hour: 3600, day: 86_400 };
const RATE = /(\d+(?:\.\d+)?)\s+requests?\s+(?:per|an?|each)\s+(second|minute|hour|day)\b/i;

/** "about 80 requests per second per account" → 80; "… 20 requests per minute …" → 1/3. */
export function parseRate(label: string, text: string): number {
  const match = RATE.exec(text);
  if (!match) {
    throw new ProviderDataError(
      `x-rtc-rate-limits.labels.${label}: cannot read a rate ("N requests per second|minute|hour|day") from ${JSON.stringify(text)}`,
    );
  }
  return Number(match[1]) / (UNIT_SECONDS[(match[2] as string).toLowerCase()] as number);
}

interface SpecDocument {
  'x-rtc-rate-limits'?: { labels?: Record<string, unknown> };
  paths?: Record<string, Record<string, { 'x-rtc-rate-limit'?: unknown } | undefined>>;
}

/** The published limits of a spec document (already parsed). */
export function rateLimitsOf(document: SpecDocument): PublishedRateLimits {
  const rates: Record<string, number> = {};
  for (const [label, text] of Object.entries(document['x-rtc-rate-limits']?.labels ?? {})) {
    if (typeof text === 'string') rates[label] = parseRate(label, text);
  }
  const labels = new Map<string, string>();
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const [method, operation] of Object.entries(item ?? {})) {
      const label = operation?.['x-rtc-rate-limit'];
      if (typeof label === 'string') labels.set(`${method.toUpperCase()} ${path}`, label);
    }
  }
  return { rates, labelOf: (method, path) => labels.get(`${method.toUpperCase()} ${path}`) };
}

const require = createRequire(import.meta.url);
const cache = new Map<string, Promise<PublishedRateLimits>>();

/** The published limits of client package `packageName`, from the spec it ships (read once). */
export function publishedRateLimits(packageName: string): Promise<PublishedRateLimits> {
  let limits = cache.get(packageName);
  if (!limits) {
    limits = readFile(require.resolve(`${packageName}/openapi.json`), 'utf8').then((text) =>
      rateLimitsOf(JSON.parse(text) as SpecDocument),
    );
    cache.set(packageName, limits);
  }
  return limits;
}
