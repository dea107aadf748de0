/**
 * The rate limits a provider publishes, read from its spec — the one home of that fact — as the
 * client package ships it (`<client>/openapi.json`): each operation's `x-rtc-rate-limit` label, and
 * what each label allows in the spec's root `x-rtc-rate-limits.labels` (`{ requests: 80, per:
 * second, … }`, checked against its JSON Schema by the spec's lint). A provider whose spec
 * publishes none (`published: false`) labels nothing: the limiter discovers its limits.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { ProviderDataError } from './errors.js';

export interface PublishedRateLimits {
  /** Whether the provider publishes limits (`x-rtc-rate-limits.published`). */
  published: boolean;
  /** Requests per second by label. */
  rates: Record<string, number>;
  /** The label of `METHOD /path` (the spec's path template), if it has one. */
  labelOf(method: string, path: string): string | undefined;
}

// Units of the schema's `per` (tools/openapi-model/schemas/x-rtc-rate-limits.schema.json).
const WINDOW_SECONDS: Readonly<Record<string, number>> = { second: 1, minute: 60, hour: 3600, day: 86_400 };

/** `{ requests: 20, per: minute }` → 1/3 request per second. */
export function labelRate(label: string, value: unknown): number {
  const { requests, per } = (value ?? {}) as { requests?: unknown; per?: unknown };
  const seconds =
    typeof per === 'string' && Object.hasOwn(WINDOW_SECONDS, per) ? WINDOW_SECONDS[per] : undefined;
  if (!(Number.isInteger(requests) && (requests as number) > 0 && seconds !== undefined)) {
    throw new ProviderDataError(
      `x-rtc-rate-limits.labels.${label}: expected { requests: <positive integer>, per: second|minute|hour|day }, got ${JSON.stringify(value)}`,
    );
  }
  return (requests as number) / seconds;
}

interface SpecDocument {
  'x-rtc-rate-limits'?: { published?: unknown; labels?: Record<string, unknown> };
  paths?: Record<string, Record<string, { 'x-rtc-rate-limit'?: unknown } | undefined>>;
}

/** The published limits of a spec document (already parsed). */
export function rateLimitsOf(document: SpecDocument): PublishedRateLimits {
  const root = document['x-rtc-rate-limits'];
  const rates: Record<string, number> = {};
  for (const [label, value] of Object.entries(root?.labels ?? {})) rates[label] = labelRate(label, value);
  const labels = new Map<string, string>();
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const [method, operation] of Object.entries(item ?? {})) {
      const label = operation?.['x-rtc-rate-limit'];
      if (typeof label !== 'string') continue;
      if (!Object.hasOwn(rates, label)) {
        throw new ProviderDataError(
          `${method.toUpperCase()} ${path}: x-rtc-rate-limit "${label}" is not a label of x-rtc-rate-limits`,
        );
      }
      labels.set(`${method.toUpperCase()} ${path}`, label);
    }
  }
  return {
    published: root?.published === true,
    rates,
    labelOf: (method, path) => labels.get(`${method.toUpperCase()} ${path}`),
  };
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
