import { describe, expect, it } from 'vitest';
import {
  csvCell,
  formatRows,
  header,
  joinColumns,
  joinRows,
  sessionColumns,
  sessionRow,
} from '../src/export/rows.js';
import type { Participant, Session } from '../src/index.js';

const session: Session = {
  provider: 'zoom-videosdk',
  id: 'sfk/aOFJ==',
  roomId: 'Standup, "daily"',
  name: 'Standup, "daily"',
  start: Date.UTC(2024, 0, 2, 9, 0, 0, 50),
  end: null,
  live: true,
  participantCount: undefined,
  joinCount: 3,
  raw: {},
};
const participant: Participant = {
  provider: 'zoom-videosdk',
  sessionId: 'sfk/aOFJ==',
  id: '16778240',
  userId: undefined,
  name: 'Jill\nChill',
  role: undefined,
  joins: [
    { start: Date.UTC(2024, 0, 2, 9, 0, 1), end: Date.UTC(2024, 0, 2, 9, 5, 1, 500) },
    { start: Date.UTC(2024, 0, 2, 9, 6), end: null },
  ],
  connectedSeconds: 300.5,
  raw: [],
};

describe('export rows', () => {
  it('row keys are in column order (JSON Lines relies on it)', () => {
    expect(Object.keys(sessionRow(session))).toEqual([...sessionColumns]);
    for (const row of joinRows(session, participant)) expect(Object.keys(row)).toEqual([...joinColumns]);
  });

  it('JSON Lines: ISO instants, null for what the provider lacks', () => {
    expect(formatRows('jsonl', sessionColumns, [sessionRow(session)])).toBe(
      '{"provider":"zoom-videosdk","session_id":"sfk/aOFJ==","session_name":"Standup, \\"daily\\"","room_id":"Standup, \\"daily\\"","session_start_utc":"2024-01-02T09:00:00.050Z","session_end_utc":null,"live":true,"participant_count":null,"join_count":3}\n',
    );
  });

  it('CSV: RFC 4180 quoting, empty fields for null, CRLF, one row per join, the total on the first only', () => {
    expect(header('csv', joinColumns)).toBe(`\uFEFF${joinColumns.join(',')}\r\n`);
    expect(header('csv', joinColumns, false)).toBe(`${joinColumns.join(',')}\r\n`);
    const name = '"Standup, ""daily"""';
    expect(formatRows('csv', joinColumns, joinRows(session, participant, 'spreadsheet'))).toBe(
      `zoom-videosdk,sfk/aOFJ==,${name},${name},2024-01-02 09:00:00.050,,16778240,,"Jill\nChill",,1,2024-01-02 09:00:01.000,2024-01-02 09:05:01.500,300.5,300.5\r\n` +
        `zoom-videosdk,sfk/aOFJ==,${name},${name},2024-01-02 09:00:00.050,,16778240,,"Jill\nChill",,2,2024-01-02 09:06:00.000,,,\r\n`,
    );
  });

  it('neutralises formula injection as OWASP describes: a quote before = + - @ tab CR LF (and full-width forms)', () => {
    for (const text of [
      '=HYPERLINK("http://x","y")',
      '+1',
      '-2+3',
      '@SUM(A1)',
      '\tcmd',
      '\rcmd',
      '\ncmd',
      '\uFF1D1+1',
    ]) {
      expect(csvCell(text), JSON.stringify(text)).toBe(`"'${text.replace(/"/g, '""')}"`);
    }
    expect(csvCell('Zoë Müller')).toBe('Zoë Müller');
    expect(csvCell('a=b')).toBe('a=b');
    // Numbers are the export's own, never text: a negative one stays a number.
    expect(csvCell(-1.5)).toBe('-1.5');
  });
});
