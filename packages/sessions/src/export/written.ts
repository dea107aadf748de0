/**
 * What a resumed export already wrote: the session ids in the output before its checkpoint. A
 * session the interrupted run wrote may be listed again after the resume point (Zoom's live and
 * past windows, 100ms's live then ended sessions, a page-number list that shifted); a clean run
 * writes it once, and so must a resumed one. Read back from the output itself, so the checkpoint
 * stays small however long the export.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parse } from 'csv-parse';
import { CheckpointError } from '../errors.js';
import { csvText, type Format } from './rows.js';

/** Whether a session id is among those written (compared in the form the output holds it). */
export type Written = (id: string) => boolean;

const SESSION_ID = 'session_id';

function damaged(output: string, reason: string): CheckpointError {
  return new CheckpointError(`cannot resume: ${output} cannot be read back (${reason}); --force starts over`);
}

async function jsonlIds(output: string, bytes: number, ids: Set<string>): Promise<void> {
  const lines = createInterface({ input: createReadStream(output, { start: 0, end: bytes - 1 }) });
  for await (const line of lines) {
    if (line === '') continue;
    const id = (JSON.parse(line) as Record<string, unknown>)[SESSION_ID];
    if (typeof id !== 'string') throw damaged(output, `a line without a ${SESSION_ID}`);
    ids.add(id);
  }
}

async function csvIds(output: string, bytes: number, ids: Set<string>): Promise<void> {
  // The header names the columns; the text of a cell is what `csvText` wrote, formula guard included.
  const records = createReadStream(output, { start: 0, end: bytes - 1 }).pipe(
    parse({ bom: true, columns: true }),
  );
  for await (const record of records as AsyncIterable<Record<string, string>>) {
    const id = record[SESSION_ID];
    if (id === undefined) throw damaged(output, `no ${SESSION_ID} column`);
    ids.add(id);
  }
}

/**
 * The session ids in the first `bytes` of `output` (an export in `format`), as a membership test
 * for ids as the provider gives them. The prefix was checked against the checkpoint's hash first.
 */
export async function writtenSessions(output: string, bytes: number, format: Format): Promise<Written> {
  const ids = new Set<string>();
  if (bytes === 0) return () => false;
  try {
    await (format === 'csv' ? csvIds(output, bytes, ids) : jsonlIds(output, bytes, ids));
  } catch (error) {
    throw error instanceof CheckpointError ? error : damaged(output, (error as Error).message);
  }
  return format === 'csv' ? (id) => ids.has(csvText(id)) : (id) => ids.has(id);
}
