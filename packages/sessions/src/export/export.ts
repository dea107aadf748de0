import { createHash, type Hash } from 'node:crypto';
import { closeSync, fsyncSync, ftruncateSync, openSync, writeSync } from 'node:fs';
import { basename } from 'node:path';
import { type Position, START } from '../adapter.js';
import type { Participant, ResolvedQuery, Session } from '../model.js';
import { orderedMap } from '../ordered.js';
import { loadAdapter } from '../registry.js';
import { SessionsClient, type SessionsOptions } from '../sessions.js';
import {
  CHECKPOINT_FORMAT,
  type Checkpoint,
  checkpointPath,
  type ExportIdentity,
  loadCheckpoint,
  removeCheckpoint,
  saveCheckpoint,
  verifyOutput,
} from './checkpoint.js';
import {
  type Format,
  formatRows,
  header,
  joinColumns,
  joinRows,
  sessionColumns,
  sessionRow,
} from './rows.js';

export interface ExportOptions extends Omit<SessionsOptions, 'now' | 'signal' | 'limiter'> {
  provider: string;
  query: ResolvedQuery;
  /** One row per participant join instead of one per session. */
  participants?: boolean;
  format: Format;
  /** The output file; the checkpoint is `<out>.checkpoint.json` beside it. */
  out: string;
  /** Continue the export the checkpoint beside `out` belongs to. */
  resume?: boolean;
  /** Called after each page is written (progress). */
  onPage?: (progress: ExportProgress) => void;
  /** @default Date.now */
  now?: () => number;
}

export interface ExportProgress {
  pages: number;
  rows: number;
  bytes: number;
  /** Pages of the whole walk, when the provider tells. */
  totalPages: number | undefined;
  startedAt: number;
}

export interface ExportResult extends ExportProgress {
  resumed: boolean;
  out: string;
}

/** The output cannot be opened for writing. */
export class OutputError extends Error {
  override name = 'OutputError';
}

/** How often at most the checkpoint is rewritten (it is always consistent, only more or less recent). */
const CHECKPOINT_INTERVAL_MS = 100;

function openOutput(out: string, flags: 'w' | 'r+'): number {
  try {
    return openSync(out, flags);
  } catch (error) {
    throw new OutputError(
      `cannot write ${out}: ${(error as { code?: string }).code ?? (error as Error).message}`,
    );
  }
}

/**
 * Writes the export to `out`, page by page in the provider's order, checkpointing after each page
 * so that an interrupted run can be resumed into the very same bytes.
 */
export async function runExport(options: ExportOptions): Promise<ExportResult> {
  const adapter = await loadAdapter(options.provider);
  const participants = options.participants ?? false;
  const { query, format, out } = options;
  const identity: ExportIdentity = {
    provider: adapter.id,
    from: query.from ?? null,
    to: query.to ?? null,
    room: query.room ?? null,
    live: query.live ?? null,
    participants,
    format,
    pageSize: options.pageSize ?? null,
    baseUrl: options.baseUrl ?? null,
    output: basename(out),
  };
  const checkpointFile = checkpointPath(out);
  const now = options.now ?? Date.now;
  // Defaults such as Zoom's "to = now" must be the same instant in a resumed run: the first run's start.
  let startedAt = now();
  // Created first: missing credentials are reported before the output is touched.
  const client = new SessionsClient(adapter, { ...options, now: () => startedAt });

  let file: number;
  let hash: Hash;
  let state: Checkpoint;
  if (options.resume) {
    const saved = await loadCheckpoint(checkpointFile, identity);
    hash = await verifyOutput(out, saved);
    file = openOutput(out, 'r+');
    ftruncateSync(file, saved.bytes);
    state = saved;
    startedAt = saved.startedAt;
  } else {
    file = openOutput(out, 'w');
    hash = createHash('sha256');
    state = {
      format: CHECKPOINT_FORMAT,
      identity,
      startedAt,
      position: START,
      bytes: 0,
      sha256: '',
      rows: 0,
      pages: 0,
    };
  }

  try {
    const columns = participants ? joinColumns : sessionColumns;
    let bytes = state.bytes;
    // Synchronous writes: rows land in page order, and a page is a few kilobytes.
    const write = (text: string) => {
      if (text === '') return;
      const buffer = Buffer.from(text);
      writeSync(file, buffer, 0, buffer.length, bytes);
      hash.update(buffer);
      bytes += buffer.length;
    };
    if (bytes === 0) await write(header(format, columns));
    if (!options.resume)
      await saveCheckpoint(checkpointFile, { ...state, bytes, sha256: hash.copy().digest('hex') });

    const rowsOf = async (sessions: Session[]): Promise<{ text: string; count: number }> => {
      if (!participants)
        return { text: formatRows(format, columns, sessions.map(sessionRow)), count: sessions.length };
      let text = '';
      let count = 0;
      const perSession = orderedMap(
        sessions,
        async (session) => {
          const list: Participant[] = [];
          for await (const participant of client.listParticipants(session)) list.push(participant);
          return list.flatMap((participant) => joinRows(session, participant));
        },
        client.limiter.concurrency,
      );
      for await (const rows of perSession) {
        text += formatRows(format, columns, rows);
        count += rows.length;
      }
      return { text, count };
    };

    let totalPages: number | undefined;
    const pages = orderedMap(
      client.sessionPages(query, state.position),
      async (batch) => ({ ...(await rowsOf(batch.items)), after: batch.after, totalPages: batch.totalPages }),
      2,
    );
    let savedAt = 0;
    for await (const page of pages) {
      write(page.text);
      totalPages = page.totalPages ?? totalPages;
      const position: Position = page.after;
      state = {
        ...state,
        position,
        bytes,
        sha256: hash.copy().digest('hex'),
        rows: state.rows + page.count,
        pages: state.pages + 1,
      };
      if (Date.now() - savedAt >= CHECKPOINT_INTERVAL_MS) {
        saveCheckpoint(checkpointFile, state);
        savedAt = Date.now();
      }
      options.onPage?.({
        pages: state.pages,
        rows: state.rows,
        bytes,
        totalPages,
        startedAt: state.startedAt,
      });
    }
    fsyncSync(file);
    closeSync(file);
    await removeCheckpoint(checkpointFile);
    return {
      pages: state.pages,
      rows: state.rows,
      bytes,
      totalPages,
      startedAt: state.startedAt,
      resumed: options.resume ?? false,
      out,
    };
  } catch (error) {
    // The last page written is checkpointed before the error is reported.
    saveCheckpoint(checkpointFile, state);
    closeSync(file);
    throw error;
  }
}
