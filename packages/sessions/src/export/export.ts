import { createHash, type Hash } from 'node:crypto';
import { closeSync, constants, existsSync, fsyncSync, ftruncateSync, openSync, writeSync } from 'node:fs';
import { basename } from 'node:path';
import type { Position } from '../adapter.js';
import { START } from '../adapter.js';
import { OutputError } from '../errors.js';
import type { Participant, ResolvedQuery, Session } from '../model.js';
import { orderedMap } from '../ordered.js';
import { publishedRateLimits } from '../rate-limits.js';
import { checkProviderId, clientPackageOf, loadAdapter } from '../registry.js';
import { type ClientConfig, pickClientConfig, SessionsClient } from '../sessions.js';
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
import { lockOutput } from './lock.js';
import {
  type Format,
  formatRows,
  header,
  joinColumns,
  joinRows,
  sessionColumns,
  sessionRow,
  type TimeFormat,
} from './rows.js';
import { type Written, writtenSessions } from './written.js';

/** `--out -`: the export goes to stdout (no checkpoint, no lock, no resume). */
export const STDOUT = '-';

/** {@link ExportOptions.rateLimits}: pace at the published limits, or find the server's. */
export const rateLimitSources = ['published', 'discover'] as const;
export type RateLimitSource = (typeof rateLimitSources)[number];

export type ExportOptions = Omit<ClientConfig, 'now' | 'signal' | 'limiter' | 'client' | 'rateLimits'> & {
  provider: string;
  /** The provider's credential options; absent, its environment variables. */
  credentials?: Readonly<Record<string, string>>;
  query: ResolvedQuery;
  /** One row per participant join instead of one per session. */
  participants?: boolean;
  format: Format;
  /** The output file (`-`: stdout); the checkpoint is `<out>.checkpoint.json` beside it. */
  out: string;
  /** Continue the export the checkpoint beside `out` belongs to. */
  resume?: boolean;
  /** Start over although `out` holds a partial export (its checkpoint is replaced). */
  force?: boolean;
  /** CSV: start with UTF-8's byte order mark, so Excel reads the text as UTF-8. @default true */
  bom?: boolean;
  /** How instants are written. @default 'spreadsheet' for CSV, 'iso' for JSONL */
  times?: TimeFormat;
  /**
   * Where request pacing comes from: the provider's published limits (the spec's `x-rtc-rate-limit`
   * labels and their `x-rtc-rate-limits` rates), or `discover`: the same per-label buckets, each
   * limit found from the server's own 429s (AIMD, as for a provider that publishes none). For a
   * server whose limits are not the provider's: a simulator or a staging server (a rehearsal).
   * @default 'published'
   */
  rateLimits?: RateLimitSource;
  /** Called after each page is written (progress). */
  onPage?: (progress: ExportProgress) => void;
  /** @default Date.now */
  now?: () => number;
  /** Where `--out -` writes. @default process.stdout */
  stdout?: NodeJS.WritableStream;
};

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
  /** Requests sent, retried and answered 429 (the limiter's counters). */
  requests: { sent: number; retries: number; rateLimited: number };
}

/** How often at most the checkpoint is rewritten (it is always consistent, only more or less recent). */
const CHECKPOINT_INTERVAL_MS = 100;

function openOutput(out: string, flags: number | 'r+'): number {
  try {
    return openSync(out, flags);
  } catch (error) {
    throw new OutputError(
      `cannot write ${out}: ${(error as { code?: string }).code ?? (error as Error).message}`,
    );
  }
}

/** Where rows go: a file written at known offsets (hashed, for resume), or a stream. */
interface Sink {
  bytes: number;
  hash: Hash;
  write(text: string): Promise<void>;
  finish(): Promise<void>;
  abort(): void;
}

function fileSink(file: number, bytes: number, hash: Hash): Sink {
  const sink: Sink = {
    bytes,
    hash,
    // Synchronous writes: rows land in page order, and a page is a few kilobytes.
    async write(text) {
      if (text === '') return;
      const buffer = Buffer.from(text);
      writeSync(file, buffer, 0, buffer.length, sink.bytes);
      hash.update(buffer);
      sink.bytes += buffer.length;
    },
    async finish() {
      fsyncSync(file);
      closeSync(file);
    },
    abort: () => closeSync(file),
  };
  return sink;
}

function streamSink(stream: NodeJS.WritableStream): Sink {
  const sink: Sink = {
    bytes: 0,
    hash: createHash('sha256'),
    async write(text) {
      if (text === '') return;
      sink.bytes += Buffer.byteLength(text);
      if (!stream.write(text)) await new Promise((resolve) => stream.once('drain', resolve));
    },
    async finish() {},
    abort() {},
  };
  return sink;
}

function identityOf(options: ExportOptions, provider: string): ExportIdentity {
  const { query, format } = options;
  return {
    provider,
    from: query.from ?? null,
    to: query.to ?? null,
    room: query.room ?? null,
    live: query.live ?? null,
    maxSessions: query.maxSessions ?? null,
    maxPages: query.maxPages ?? null,
    participants: options.participants ?? false,
    format,
    bom: options.bom ?? true,
    times: timesOf(options),
    pageSize: options.pageSize ?? null,
    baseUrl: options.baseUrl ?? null,
    output: basename(options.out),
  };
}

function timesOf(options: ExportOptions): TimeFormat {
  return options.times ?? (options.format === 'csv' ? 'spreadsheet' : 'iso');
}

function freshState(identity: ExportIdentity, startedAt: number): Checkpoint {
  const empty = { position: START, bytes: 0, sha256: '', rows: 0, pages: 0, sessions: 0 };
  return { format: CHECKPOINT_FORMAT, identity, startedAt, ...empty };
}

/**
 * Opens the output for this run: resumes at the checkpoint, or refuses to replace a partial export
 * without `force`, or starts afresh (the checkpoint written first, so an unwritable one is reported
 * before the output is touched).
 */
async function openRun(options: ExportOptions, identity: ExportIdentity, startedAt: number) {
  const { out } = options;
  if (out === STDOUT)
    return { state: freshState(identity, startedAt), sink: streamSink(options.stdout ?? process.stdout) };
  const checkpointFile = checkpointPath(out);
  if (options.resume) {
    const saved = await loadCheckpoint(checkpointFile, identity);
    const { hash, read: given } = await verifyOutput(out, saved, writtenSessions(out, options.format));
    const file = openOutput(out, 'r+');
    ftruncateSync(file, saved.bytes);
    return { state: saved, sink: fileSink(file, saved.bytes, hash), given };
  }
  if (existsSync(checkpointFile) && !options.force) {
    throw new OutputError(
      `${out} holds a partial export (checkpoint ${checkpointFile}): run again with --resume to continue it, or with --force to start over`,
    );
  }
  // Opened without truncating, then the checkpoint written, then emptied: an output or a checkpoint
  // that cannot be written is reported before anything is lost.
  const file = openOutput(out, constants.O_RDWR | constants.O_CREAT);
  const state = freshState(identity, startedAt);
  try {
    saveCheckpoint(checkpointFile, state);
  } catch (error) {
    closeSync(file);
    throw error;
  }
  ftruncateSync(file, 0);
  return { state, sink: fileSink(file, 0, createHash('sha256')) };
}

/**
 * Writes the export to `out`, page by page in the provider's order, checkpointing after each page
 * so that an interrupted run can be resumed into the very same bytes. Holds a lock on `out`.
 */
export async function runExport(options: ExportOptions): Promise<ExportResult> {
  const provider = checkProviderId(options.provider);
  const adapter = await loadAdapter(provider);
  const published = await publishedRateLimits(clientPackageOf(provider));
  // `discover` keeps the labels (one bucket each, so one label's 429s slow only its own requests)
  // and drops their rates: no pacing until the server answers 429.
  const rateLimits =
    (options.rateLimits ?? 'published') === 'published' ? published : { ...published, rates: {} };
  const identity = identityOf(options, adapter.id);
  // Defaults such as Zoom's "to = now" must be the same instant in a resumed run: the first run's start.
  let startedAt = (options.now ?? Date.now)();
  // Created first: missing credentials are reported before the output is touched.
  const { rateLimits: _source, ...clientOptions } = options;
  const config = pickClientConfig(clientOptions);
  const client = new SessionsClient(adapter as never, { ...config, rateLimits, now: () => startedAt });
  const release = options.out === STDOUT ? () => {} : lockOutput(options.out);
  try {
    const { state, sink, given } = await openRun(options, identity, startedAt);
    startedAt = state.startedAt;
    return await writeExport(options, client, { initial: state, sink, given });
  } finally {
    release();
  }
}

/** The rows of one page of sessions: the sessions themselves, or their participants' joins. */
async function rowsOf(
  options: ExportOptions,
  client: SessionsClient,
  sessions: Session[],
): Promise<{ text: string; count: number }> {
  const times = timesOf(options);
  if (!options.participants) {
    const rows = sessions.map((session) => sessionRow(session, times));
    return { text: formatRows(options.format, sessionColumns, rows), count: rows.length };
  }
  let text = '';
  let count = 0;
  const perSession = orderedMap(
    sessions,
    async (session) => {
      const list: Participant[] = [];
      for await (const participant of client.listParticipants(session)) list.push(participant);
      return list.flatMap((participant) => joinRows(session, participant, times));
    },
    client.limiter.concurrency,
  );
  for await (const rows of perSession) {
    text += formatRows(options.format, joinColumns, rows);
    count += rows.length;
  }
  return { text, count };
}

/** Where a run starts: its checkpoint, its output, and (resumed) the sessions already written. */
interface RunStart {
  initial: Checkpoint;
  sink: Sink;
  given?: Written | undefined;
}

async function writeExport(
  options: ExportOptions,
  client: SessionsClient,
  { initial, sink, given }: RunStart,
): Promise<ExportResult> {
  const toFile = options.out !== STDOUT;
  const checkpointFile = checkpointPath(options.out);
  const columns = options.participants ? joinColumns : sessionColumns;
  let state = initial;
  let totalPages: number | undefined;
  try {
    if (sink.bytes === 0) await sink.write(header(options.format, columns, options.bom ?? true));
    const pages = orderedMap(
      client.sessionPages(options.query, state.position, state.sessions, given),
      async (batch) => ({
        ...(await rowsOf(options, client, batch.items)),
        sessions: batch.items.length,
        after: batch.after as Position,
        totalPages: batch.totalPages,
      }),
      2,
    );
    let savedAt = 0;
    for await (const page of pages) {
      await sink.write(page.text);
      totalPages = page.totalPages ?? totalPages;
      state = {
        ...state,
        position: page.after,
        bytes: sink.bytes,
        sha256: toFile ? sink.hash.copy().digest('hex') : '',
        rows: state.rows + page.count,
        pages: state.pages + 1,
        sessions: state.sessions + page.sessions,
      };
      if (toFile && Date.now() - savedAt >= CHECKPOINT_INTERVAL_MS) {
        saveCheckpoint(checkpointFile, state);
        savedAt = Date.now();
      }
      const { pages: done, rows, startedAt } = state;
      options.onPage?.({ pages: done, rows, bytes: sink.bytes, totalPages, startedAt });
    }
    await sink.finish();
    if (toFile) await removeCheckpoint(checkpointFile);
  } catch (error) {
    // The last page written is checkpointed before the error is reported.
    if (toFile) saveCheckpoint(checkpointFile, state);
    sink.abort();
    throw error;
  }
  const { requests, retries, rateLimited } = client.limiter.stats;
  return {
    pages: state.pages,
    rows: state.rows,
    bytes: sink.bytes,
    totalPages,
    startedAt: state.startedAt,
    resumed: options.resume ?? false,
    out: options.out,
    requests: { sent: requests, retries, rateLimited },
  };
}
