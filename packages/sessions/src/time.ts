import { InvalidQueryError, ProviderDataError } from './errors.js';
import type { EpochMs } from './model.js';

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-](\d{2}):(\d{2}))$/i;
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Whether the fields of a date or date-time exist on the calendar: `Date.parse` rolls
 * `2023-02-30` over to 2 March, and a filter must not silently mean another day.
 */
function onCalendar(match: RegExpExecArray): boolean {
  const [y, mo, d, h = '0', mi = '0', s = '0'] = match.slice(1, 7).map((part) => part ?? '0');
  const [oh = '0', om = '0'] = match.slice(9, 11).map((part) => part ?? '0');
  const year = Number(y);
  const month = Number(mo);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return (
    month >= 1 &&
    month <= 12 &&
    Number(d) >= 1 &&
    Number(d) <= daysInMonth &&
    Number(h) <= 23 &&
    Number(mi) <= 59 &&
    Number(s) <= 59 &&
    Number(oh) <= 23 &&
    Number(om) <= 59
  );
}

/** Epoch ms of an RFC 3339 date-time that exists on the calendar (any fraction digits, nanoseconds too); else NaN. */
export function parseRfc3339(text: string): EpochMs {
  const match = RFC3339.exec(text);
  return match && onCalendar(match) ? Date.parse(text) : Number.NaN;
}

/** A provider timestamp (RFC 3339) as epoch ms; anything else is a contract break, reported by field. */
export function parseProviderTime(value: string, field: string): EpochMs {
  const ms = typeof value === 'string' ? parseRfc3339(value) : Number.NaN;
  if (Number.isNaN(ms))
    throw new ProviderDataError(`${field}: expected an RFC 3339 date-time, got ${JSON.stringify(value)}`);
  return ms;
}

/**
 * A field the model needs: absent, it is a contract break named by field (typed as possibly
 * absent where the spec allows other shapes, e.g. Zoom's scheduled sessions without a start).
 */
export function required<T>(value: T | undefined, field: string): T {
  if (value === undefined) throw new ProviderDataError(`${field}: missing`);
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
    if (!Number.isFinite(value)) throw new InvalidQueryError(`not a valid instant: ${value}`);
    return value;
  }
  if (value instanceof Date) return parseUserInstant(value.getTime());
  const text = String(value).trim();
  const date = DATE_ONLY.exec(text);
  if (date && onCalendar(date)) {
    const ms = Date.parse(`${text}T00:00:00.000Z`);
    return endOfDay ? ms + DAY_MS - 1 : ms;
  }
  const ms = parseRfc3339(text);
  if (!Number.isNaN(ms)) return ms;
  throw new InvalidQueryError(
    `not a date (yyyy-mm-dd) or ISO date-time on the calendar: ${JSON.stringify(value)}`,
  );
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
