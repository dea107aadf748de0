import { fullFormats } from 'ajv-formats/dist/formats.js';

// RFC 3339 §5.6 checked by hand, one character at a time: exact (real calendar, leap seconds)
// without the regex split-and-match of ajv-formats' `full` mode, which dominates validation
// time on large lists of sessions.

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** Two ASCII digits at `at` as a number, or -1 when either is not a digit. */
function twoDigits(s: string, at: number): number {
  const a = s.charCodeAt(at) - 48;
  const b = s.charCodeAt(at + 1) - 48;
  if (a < 0 || a > 9 || b < 0 || b > 9) return -1;
  return a * 10 + b;
}

/** Whether `s` starts with a real calendar date `YYYY-MM-DD`. */
function fullDate(s: string): boolean {
  const hi = twoDigits(s, 0);
  const lo = twoDigits(s, 2);
  if (hi < 0 || lo < 0 || s.charCodeAt(4) !== 45 /* - */ || s.charCodeAt(7) !== 45) return false;
  const month = twoDigits(s, 5);
  const day = twoDigits(s, 8);
  if (month < 1 || month > 12 || day < 1) return false;
  const year = hi * 100 + lo;
  const maxDay = month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] as number);
  return day <= maxDay;
}

/** RFC 3339 `full-date`: `2024-02-29`. */
export function isDate(s: string): boolean {
  return s.length === 10 && fullDate(s);
}

/**
 * RFC 3339 `date-time`: `2022-09-06T11:17:03.65Z`, `2024-02-29T23:59:60+00:00`. `T` and `Z` may be
 * lower case (RFC 3339 §5.6 note); a space instead of `T` is not allowed. A leap second (`:60`)
 * is accepted only when the time, moved to UTC, is 23:59.
 */
export function isDateTime(s: string): boolean {
  const n = s.length;
  // shortest: YYYY-MM-DDTHH:MM:SSZ (20 characters)
  if (n < 20 || !fullDate(s)) return false;
  const t = s.charCodeAt(10);
  if (t !== 84 /* T */ && t !== 116 /* t */) return false;
  const hour = twoDigits(s, 11);
  const minute = twoDigits(s, 14);
  const second = twoDigits(s, 17);
  if (s.charCodeAt(13) !== 58 /* : */ || s.charCodeAt(16) !== 58) return false;
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 60) return false;
  let i = 19;
  if (s.charCodeAt(i) === 46 /* . */) {
    i++;
    const fractionStart = i;
    while (i < n) {
      const c = s.charCodeAt(i);
      if (c < 48 || c > 57) break;
      i++;
    }
    if (i === fractionStart) return false;
  }
  const z = s.charCodeAt(i);
  let offsetMinutes = 0;
  if (z === 90 /* Z */ || z === 122 /* z */) {
    if (i + 1 !== n) return false;
  } else if (z === 43 /* + */ || z === 45 /* - */) {
    if (i + 6 !== n || s.charCodeAt(i + 3) !== 58) return false;
    const offHour = twoDigits(s, i + 1);
    const offMinute = twoDigits(s, i + 4);
    if (offHour < 0 || offHour > 23 || offMinute < 0 || offMinute > 59) return false;
    offsetMinutes = (offHour * 60 + offMinute) * (z === 45 ? -1 : 1);
  } else {
    return false;
  }
  if (second === 60) {
    // local time minus the offset is UTC; the leap second is inserted at 23:59:60Z
    const utc = (((hour * 60 + minute - offsetMinutes) % 1440) + 1440) % 1440;
    return utc === 23 * 60 + 59;
  }
  return true;
}

type FormatDefinition = (typeof fullFormats)[keyof typeof fullFormats];

// The common shape of the URIs the providers send — `scheme://host[:port][/path][?query]`, with a
// registered-name host and only unreserved, sub-delim, ':' '@' '/' '?' characters (no '%', no
// fragment) — as one anchored pattern with no nested quantifiers: it cannot backtrack, and V8
// runs it several times faster than a character-by-character scan. Every string it matches is
// also matched by ajv-formats' `uri` pattern; anything else is decided by that pattern.
const COMMON_URI =
  /^[A-Za-z][A-Za-z0-9+.-]*:\/\/[A-Za-z0-9\-._~!$&'()*+,;=]*(?::\d*)?(?:\/[A-Za-z0-9\-._~!$&'()*+,;=:@/]*)?(?:\?[A-Za-z0-9\-._~!$&'()*+,;=:@/?]*)?$/;

const fullUri = fullFormats.uri as (s: string) => boolean;

/**
 * ajv-formats' `full` `uri` check, exactly: the common `scheme://host/path` shape is accepted by
 * a fast pattern, anything else goes to ajv-formats' pattern (whose large alternation for IP
 * literals costs about as much as the date-time check on a list of session links).
 */
export function isUri(s: string): boolean {
  return COMMON_URI.test(s) || fullUri(s);
}

/**
 * The formats the contract validators use: ajv-formats' `full` set with `date-time` and `date`
 * replaced by the exact hand-written checks above, and `uri` given a fast path that accepts the
 * same strings. The compiled (standalone) validators import
 * this object by name, so its keys must stay stable.
 */
export const formats: Record<string, FormatDefinition> = {
  ...fullFormats,
  'date-time': { type: 'string', validate: isDateTime },
  date: { type: 'string', validate: isDate },
  uri: isUri,
};
