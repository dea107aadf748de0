import type { EpochMs } from './model.js';

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** A provider timestamp (RFC 3339) as epoch ms; anything else is a contract break, reported by field. */
export function parseProviderTime(value: string, field: string): EpochMs {
  const ms = RFC3339.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(ms))
    throw new TypeError(`${field}: expected an RFC 3339 date-time, got ${JSON.stringify(value)}`);
  return ms;
}

/**
 * A field the model needs: absent, it is a contract break named by field (typed as possibly
 * absent where the spec allows other shapes, e.g. Zoom's scheduled sessions without a start).
 */
export function required<T>(value: T | undefined, field: string): T {
  if (value === undefined) throw new TypeError(`${field}: missing`);
  return value;
}

/** Like {@link parseProviderTime} for optional fields: `null`/absent stays `null`. */
export function parseOptionalTime(value: string | null | undefined, field: string): EpochMs | null {
  return value === null || value === undefined ? null : parseProviderTime(value, field);
}

/**
 * A user's instant: epoch ms, a `Date`, an ISO date-time, or a date `yyyy-mm-dd` (UTC midnight, or
 * with `endOfDay` the day's last millisecond, so `--to 2024-01-31` includes that day).
 */
export function parseUserInstant(value: EpochMs | Date | string, endOfDay = false): EpochMs {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`not a valid instant: ${value}`);
    return value;
  }
  if (value instanceof Date) return parseUserInstant(value.getTime());
  const text = value.trim();
  if (DATE_ONLY.test(text)) {
    const ms = Date.parse(`${text}T00:00:00.000Z`);
    if (!Number.isNaN(ms) && new Date(ms).toISOString().startsWith(text))
      return endOfDay ? ms + DAY_MS - 1 : ms;
  } else if (RFC3339.test(text)) {
    const ms = Date.parse(text);
    if (!Number.isNaN(ms)) return ms;
  }
  throw new RangeError(`not a date (yyyy-mm-dd) or ISO date-time: ${JSON.stringify(value)}`);
}

export const DAY_MS = 24 * 60 * 60 * 1000;

/** The UTC calendar date `yyyy-mm-dd` of an instant. */
export function utcDate(ms: EpochMs): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** `date` plus `months` calendar months, the day clamped to the target month's length (Jan 31 + 1 → Feb 28). */
export function addMonthsClamped(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, lastDay));
  return first.toISOString().slice(0, 10);
}

/** `date` plus `days` days. */
export function addDays(date: string, days: number): string {
  return utcDate(Date.parse(`${date}T00:00:00.000Z`) + days * DAY_MS);
}

/** The instant as the export writes it: ISO 8601 UTC, three fraction digits. */
export function toIso(ms: EpochMs | null): string | null {
  return ms === null ? null : new Date(ms).toISOString();
}
