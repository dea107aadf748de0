import { createHash, type Hash } from 'node:crypto';
import { once } from 'node:events';
import { createReadStream, renameSync, writeFileSync } from 'node:fs';
import { readFile, rm, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Readable } from 'node:stream';
import type { Position } from '../adapter.js';
import { CheckpointError } from '../errors.js';

export const CHECKPOINT_FORMAT = 'rtc-sessions/export-checkpoint@2';

/** What makes two runs the same export: a checkpoint resumes only the export it was written for. */
export interface ExportIdentity {
  provider: string;
  from: number | null;
  to: number | null;
  room: string | null;
  live: boolean | null;
  participants: boolean;
  format: string;
  pageSize: number | null;
  maxSessions: number | null;
  maxPages: number | null;
  bom: boolean;
  times: string;
  /** The server asked (`--base-url`); `null` for the provider's own. */
  baseUrl: string | null;
  /** The output's file name (the checkpoint sits beside it). */
  output: string;
}

/**
 * The state of an export after its last fully written page. The output file is at least `bytes`
 * long and its first `bytes` hash to `sha256`; everything after them is cut on resume.
 */
export interface Checkpoint {
  format: typeof CHECKPOINT_FORMAT;
  identity: ExportIdentity;
  /** When the export began (epoch ms): defaults such as "to = now" are taken at this instant again. */
  startedAt: number;
  position: Position;
  bytes: number;
  sha256: string;
  rows: number;
  pages: number;
  /** Sessions written so far (for `maxSessions` on resume). */
  sessions: number;
}

export function checkpointPath(output: string): string {
  return `${output}.checkpoint.json`;
}

/**
 * Written aside and renamed, so that a kill mid-write leaves the previous checkpoint whole.
 * Synchronous: two small calls, cheaper than two trips through the thread pool per page.
 */
export function saveCheckpoint(path: string, checkpoint: Checkpoint): void {
  const temp = `${path}.tmp`;
  try {
    writeFileSync(temp, `${JSON.stringify(checkpoint, null, 2)}\n`);
    renameSync(temp, path);
  } catch (error) {
    throw new CheckpointError(
      `cannot write the checkpoint ${path}: ${(error as { code?: string }).code ?? (error as Error).message}; make its folder writable, or choose an --out in a writable folder`,
    );
  }
}

export async function removeCheckpoint(path: string): Promise<void> {
  await rm(path, { force: true });
}

function isPosition(value: unknown): value is Position {
  const p = value as Position;
  return Number.isInteger(p?.segment) && Number.isInteger(p?.offset) && p.segment >= 0 && p.offset >= 0;
}

/** Reads and checks a checkpoint against this run's identity; throws {@link CheckpointError}. */
export async function loadCheckpoint(path: string, identity: ExportIdentity): Promise<Checkpoint> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new CheckpointError(
      code === 'ENOENT'
        ? `nothing to resume: no checkpoint ${path}`
        : `cannot read checkpoint ${path}: ${code ?? (error as Error).message}`,
    );
  }
  let checkpoint: Checkpoint;
  try {
    checkpoint = JSON.parse(text) as Checkpoint;
  } catch {
    throw new CheckpointError(`checkpoint ${path} is not valid JSON`);
  }
  if (checkpoint?.format !== CHECKPOINT_FORMAT) {
    throw new CheckpointError(
      `${path} is not an rtc-sessions export checkpoint (format ${CHECKPOINT_FORMAT})`,
    );
  }
  if (
    !isPosition(checkpoint.position) ||
    !Number.isInteger(checkpoint.bytes) ||
    typeof checkpoint.sha256 !== 'string' ||
    typeof checkpoint.identity !== 'object' ||
    checkpoint.identity === null
  ) {
    throw new CheckpointError(`checkpoint ${path} is damaged`);
  }
  for (const key of Object.keys(identity) as (keyof ExportIdentity)[]) {
    if (checkpoint.identity[key] !== identity[key]) {
      throw new CheckpointError(
        `checkpoint ${path} belongs to another export: its ${key} is ${JSON.stringify(checkpoint.identity[key])}, this run's is ${JSON.stringify(identity[key])}`,
      );
    }
  }
  return checkpoint;
}

/** Reads the checkpointed prefix of the output while it is hashed: one pass over the file. */
export type ReadBack<T> = (prefix: Readable) => Promise<T>;

/** Hashes `prefix` as `readBack` consumes it; a failed read-back still hashes the rest. */
async function hashWhileReading<T>(prefix: Readable, hash: Hash, readBack: ReadBack<T> | undefined) {
  prefix.on('data', (chunk: Buffer) => hash.update(chunk));
  const ended = once(prefix, 'end');
  let outcome: { read: T } | { error: unknown } | undefined;
  if (readBack) {
    try {
      outcome = { read: await readBack(prefix) };
    } catch (error) {
      outcome = { error };
      prefix.resume();
    }
  }
  await ended;
  return outcome;
}

/**
 * Checks that the output still starts with what the checkpoint recorded, and returns the hash of
 * that prefix to continue from, and what `readBack` made of the prefix (read in the same pass).
 */
export async function verifyOutput<T>(
  output: string,
  checkpoint: Checkpoint,
  readBack?: ReadBack<T>,
): Promise<{ hash: Hash; read: T | undefined }> {
  let size: number;
  try {
    size = (await stat(output)).size;
  } catch {
    throw new CheckpointError(`cannot resume: the output ${output} is gone`);
  }
  if (size < checkpoint.bytes) {
    throw new CheckpointError(
      `cannot resume: ${basename(output)} is ${size} bytes, shorter than the ${checkpoint.bytes} the checkpoint recorded`,
    );
  }
  const hash = createHash('sha256');
  // An empty prefix is always intact: a run killed before its first page was checkpointed resumes
  // from the start (its checkpoint records no hash of nothing), and there is nothing to read back.
  if (checkpoint.bytes === 0) return { hash, read: undefined };
  const prefix = createReadStream(output, { start: 0, end: checkpoint.bytes - 1 });
  const outcome = await hashWhileReading(prefix, hash, readBack);
  // A changed file is the story even when it also could not be read back.
  if (hash.copy().digest('hex') !== checkpoint.sha256) {
    throw new CheckpointError(
      `cannot resume: ${basename(output)} was changed since the checkpoint was written`,
    );
  }
  if (outcome && 'error' in outcome) throw outcome.error;
  return { hash, read: outcome?.read };
}
