import type { Participant, Session } from '../model.js';
import { toIso } from '../time.js';

/**
 * The export's rows. Instants are ISO 8601 UTC strings with milliseconds; what the provider does
 * not have is `null` (JSON) or an empty field (CSV). Keys are always in this order, so the same
 * records give the same bytes.
 */
export const sessionColumns = [
  'provider',
  'session_id',
  'room_id',
  'name',
  'start',
  'end',
  'live',
  'participant_count',
  'join_count',
] as const;

/** One row per join of a participant (attendance). */
export const joinColumns = [
  'provider',
  'session_id',
  'room_id',
  'participant_id',
  'user_id',
  'name',
  'role',
  'join_index',
  'join_start',
  'join_end',
  'join_seconds',
  'connected_seconds',
] as const;

export type Cell = string | number | boolean | null;
export type Row = Record<string, Cell>;

const orNull = <T>(value: T | undefined): T | null => (value === undefined ? null : value);

export function sessionRow(session: Session): Row {
  return {
    provider: session.provider,
    session_id: session.id,
    room_id: session.roomId,
    name: orNull(session.name),
    start: toIso(session.start),
    end: toIso(session.end),
    live: session.live,
    participant_count: orNull(session.participantCount),
    join_count: orNull(session.joinCount),
  };
}

export function joinRows(session: Session, participant: Participant): Row[] {
  return participant.joins.map((join, index) => ({
    provider: participant.provider,
    session_id: participant.sessionId,
    room_id: session.roomId,
    participant_id: participant.id,
    user_id: orNull(participant.userId),
    name: participant.name,
    role: orNull(participant.role),
    join_index: index + 1,
    join_start: toIso(join.start),
    join_end: toIso(join.end),
    join_seconds: join.end === null ? null : (join.end - join.start) / 1000,
    connected_seconds: participant.connectedSeconds,
  }));
}

export type Format = 'jsonl' | 'csv';
export const formats: readonly Format[] = ['jsonl', 'csv'];

function csvCell(value: Cell): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The header line of a CSV export (none for JSONL). */
export function header(format: Format, columns: readonly string[]): string {
  return format === 'csv' ? `${columns.join(',')}\r\n` : '';
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
