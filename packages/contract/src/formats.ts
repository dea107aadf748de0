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

// Character classes of RFC 3986, ASCII only, as bit flags per character code.
const REG_NAME = 1; // unreserved and sub-delims: allowed anywhere after the scheme
const PATH_EXTRA = 2; // ':' '@': allowed in path segments, query and fragment
const QUERY_EXTRA = 4; // '/' '?': allowed in query and fragment
const SCHEME = 8; // letters, digits, '+' '-' '.'
const HEX = 16;
const URI_CHARS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  const alnum = /[A-Za-z0-9]/.test(ch);
  URI_CHARS[c] =
    (alnum || "-._~!$&'()*+,;=".includes(ch) ? REG_NAME : 0) |
    (ch === ':' || ch === '@' ? PATH_EXTRA : 0) |
    (ch === '/' || ch === '?' ? QUERY_EXTRA : 0) |
    (alnum || ch === '+' || ch === '-' || ch === '.' ? SCHEME : 0) |
    (/[0-9A-Fa-f]/.test(ch) ? HEX : 0);
}

function charClass(s: string, i: number): number {
  const c = s.charCodeAt(i);
  return c < 128 ? (URI_CHARS[c] as number) : 0;
}

/**
 * Whether `s` has the common shape `scheme://host[:port][/path][?query][#fragment]` with a
 * registered-name host and only ASCII URI characters: every such string is a URI by
 * ajv-formats' `uri` pattern too. False means "not decided here", not "invalid".
 */
function isCommonUri(s: string): boolean {
  const n = s.length;
  const first = s.charCodeAt(0) | 32;
  if (first < 97 || first > 122) return false;
  let i = 1;
  while (i < n && charClass(s, i) & SCHEME) i++;
  if (s.charCodeAt(i) !== 58 /* : */ || s.charCodeAt(i + 1) !== 47 || s.charCodeAt(i + 2) !== 47)
    return false;
  i += 3;
  // allowed: 0 host, then REG_NAME | PATH_EXTRA in the path, then | QUERY_EXTRA after '?' or '#'
  let allowed = REG_NAME;
  let fragment = false;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c === 37 /* % */) {
      if (!(charClass(s, i + 1) & HEX && charClass(s, i + 2) & HEX)) return false;
      i += 3;
      continue;
    }
    if (allowed === REG_NAME) {
      if (c === 58 /* : port */) {
        i++;
        while (i < n && (s.charCodeAt(i) - 48) >>> 0 < 10) i++;
        allowed = REG_NAME | PATH_EXTRA;
        if (i < n && s.charCodeAt(i) !== 47 && s.charCodeAt(i) !== 63 && s.charCodeAt(i) !== 35) return false;
        continue;
      }
      if (c === 47 /* / */) allowed = REG_NAME | PATH_EXTRA;
    }
    if (c === 47 && allowed === (REG_NAME | PATH_EXTRA)) {
      i++;
      continue;
    }
    if (c === 63 /* ? */ && !fragment && allowed !== (REG_NAME | PATH_EXTRA | QUERY_EXTRA)) {
      allowed = REG_NAME | PATH_EXTRA | QUERY_EXTRA;
      i++;
      continue;
    }
    if (c === 35 /* # */ && !fragment) {
      allowed = REG_NAME | PATH_EXTRA | QUERY_EXTRA;
      fragment = true;
      i++;
      continue;
    }
    if (!(charClass(s, i) & allowed)) return false;
    i++;
  }
  return true;
}

const fullUri = fullFormats.uri as (s: string) => boolean;

/**
 * ajv-formats' `full` `uri` check, exactly: the common `scheme://host/path` shape is accepted by
 * a scan of the characters, anything else goes to ajv-formats' pattern (whose large alternation
 * for IP literals costs about as much as the date-time check on a list of session links).
 */
export function isUri(s: string): boolean {
  return isCommonUri(s) || fullUri(s);
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
