import type { Participant, Session } from '../model.js';

/**
 * The export's rows. Keys are always in column order, so the same records give the same bytes.
 * What the provider does not have is `null` (JSON) or an empty cell (CSV). Every instant is UTC,
 * and its column says so (`_utc`).
 */
export const sessionColumns = [
  'provider',
  'session_id',
  'session_name',
  'room_id',
  'session_start_utc',
  'session_end_utc',
  'live',
  'participant_count',
  'join_count',
] as const;

/**
 * One row per join of a participant (attendance), each with its session's name, start and end.
 * `join_seconds` is this join's length; the participant's total (joins that overlap counted once)
 * is only on the participant's first join row, so that summing either column counts nobody twice.
 */
export const joinColumns = [
  'provider',
  'session_id',
  'session_name',
  'room_id',
  'session_start_utc',
  'session_end_utc',
  'participant_id',
  'user_id',
  'participant_name',
  'role',
  'join_number',
  'joined_at_utc',
  'left_at_utc',
  'join_seconds',
  'participant_total_seconds_first_join_only',
] as const;

export type Cell = string | number | boolean | null;
export type Row = Record<string, Cell>;

/**
 * How instants are written: `iso` (`2024-01-31T09:05:00.250Z`), or `spreadsheet`
 * (`2024-01-31 09:05:00.250`, which Excel and LibreOffice read as a date-time; UTC, as the column
 * name says).
 */
export type TimeFormat = 'iso' | 'spreadsheet';
export const timeFormats: readonly TimeFormat[] = ['iso', 'spreadsheet'];

function instant(ms: number | null, times: TimeFormat): string | null {
  if (ms === null) return null;
  const iso = new Date(ms).toISOString();
  return times === 'iso' ? iso : `${iso.slice(0, 10)} ${iso.slice(11, 23)}`;
}

const orNull = <T>(value: T | undefined): T | null => (value === undefined ? null : value);

export function sessionRow(session: Session, times: TimeFormat = 'iso'): Row {
  return {
    provider: session.provider,
    session_id: session.id,
    session_name: orNull(session.name),
    room_id: session.roomId,
    session_start_utc: instant(session.start, times),
    session_end_utc: instant(session.end, times),
    live: session.live,
    participant_count: orNull(session.participantCount),
    join_count: orNull(session.joinCount),
  };
}

export function joinRows(session: Session, participant: Participant, times: TimeFormat = 'iso'): Row[] {
  return participant.joins.map((join, index) => ({
    provider: participant.provider,
    session_id: participant.sessionId,
    session_name: orNull(session.name),
    room_id: session.roomId,
    session_start_utc: instant(session.start, times),
    session_end_utc: instant(session.end, times),
    participant_id: participant.id,
    user_id: orNull(participant.userId),
    participant_name: participant.name,
    role: orNull(participant.role),
    join_number: index + 1,
    joined_at_utc: instant(join.start, times),
    left_at_utc: instant(join.end, times),
    join_seconds: join.end === null ? null : (join.end - join.start) / 1000,
    participant_total_seconds_first_join_only: index === 0 ? participant.connectedSeconds : null,
  }));
}

export type Format = 'jsonl' | 'csv';
export const formats: readonly Format[] = ['jsonl', 'csv'];

/** UTF-8's byte order mark: without it Excel reads a CSV as the local code page ("ZoÃ«"). */
export const BOM = '\uFEFF';

/**
 * OWASP's CSV-injection defence: a text cell that starts with `=`, `+`, `-`, `@`, a tab, a carriage
 * return or a line feed (or their full-width forms) would be read as a formula, so it is prefixed
 * with a single quote — shown as text, and the value stays readable. Numbers are ours, never text.
 */
const FORMULA_START = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;

/** A text cell as a spreadsheet reads it back (before RFC 4180 quoting): formula-neutralised. */
export function csvText(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function csvCell(value: Cell): string {
  if (value === null) return '';
  if (typeof value !== 'string') return String(value);
  const text = csvText(value);
  return /[",\r\n']/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The header line of a CSV export (none for JSONL), after the BOM unless `bom` is false. */
export function header(format: Format, columns: readonly string[], bom = true): string {
  return format === 'csv' ? `${bom ? BOM : ''}${columns.join(',')}\r\n` : '';
}

/** Rows as lines: JSON Lines (`\n`) or CSV (RFC 4180, `\r\n`). */
export function formatRows(format: Format, columns: readonly string[], rows: Row[]): string {
  let text = '';
  for (const row of rows) {
    text +=
      format === 'csv'
        ? `${columns.map((c) => csvCell(row[c] ?? null)).join(',')}\r\n`
        : // The row builders set the keys in column order: no replacer needed (and none is faster).
          `${JSON.stringify(row)}\n`;
  }
  return text;
}
