/**
 * What a resumed export already wrote: the session ids in the output before its checkpoint. A
 * session the interrupted run wrote may be listed again after the resume point (Zoom's live and
 * past windows, 100ms's live then ended sessions, a page-number list that shifted); a clean run
 * writes it once, and so must a resumed one. Read back from the output itself, so the checkpoint
 * stays small however long the export.
 */
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { CheckpointError } from '../errors.js';
import { csvText, type Format } from './rows.js';

/** Whether a session id is among those written (compared in the form the output holds it). */
export type Written = (id: string) => boolean;

const SESSION_ID = 'session_id';

function damaged(output: string, reason: string): CheckpointError {
  return new CheckpointError(`cannot resume: ${output} cannot be read back (${reason}); --force starts over`);
}

async function jsonlIds(prefix: Readable, output: string, ids: Set<string>): Promise<void> {
  for await (const line of createInterface({ input: prefix })) {
    if (line === '') continue;
    const id = (JSON.parse(line) as Record<string, unknown>)[SESSION_ID];
    if (typeof id !== 'string') throw damaged(output, `a line without a ${SESSION_ID}`);
    ids.add(id);
  }
}

async function csvIds(prefix: Readable, output: string, ids: Set<string>): Promise<void> {
  // The header names the columns; the text of a cell is what `csvText` wrote, formula guard included.
  const records = prefix.pipe(parse({ bom: true, columns: true }));
  for await (const record of records as AsyncIterable<Record<string, string>>) {
    const id = record[SESSION_ID];
    if (id === undefined) throw damaged(output, `no ${SESSION_ID} column`);
    ids.add(id);
  }
}

/**
 * Reads back the session ids of an export in `format` from the checkpointed prefix of `output`
 * (`verifyOutput` hashes it in the same pass), as a membership test for ids as the provider gives them.
 */
export function writtenSessions(output: string, format: Format): (prefix: Readable) => Promise<Written> {
  return async (prefix) => {
    const ids = new Set<string>();
    try {
      await (format === 'csv' ? csvIds(prefix, output, ids) : jsonlIds(prefix, output, ids));
    } catch (error) {
      throw error instanceof CheckpointError ? error : damaged(output, (error as Error).message);
    }
    return format === 'csv' ? (id) => ids.has(csvText(id)) : (id) => ids.has(id);
  };
}
