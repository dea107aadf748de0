/**
 * A lock on an export's output: `<out>.lock`, created exclusively and holding the writer's pid,
 * so that two exports to the same file cannot interleave their rows. A lock whose process is gone
 * (killed) is taken over.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { OutputError } from '../errors.js';

export function lockPath(output: string): string {
  return `${output}.lock`;
}

interface LockInfo {
  pid: number;
  host: string;
  startedAt: string;
}

function readLock(path: string): LockInfo | undefined {
  try {
    const info = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockInfo>;
    return typeof info.pid === 'number' && typeof info.host === 'string'
      ? { pid: info.pid, host: info.host, startedAt: String(info.startedAt) }
      : undefined;
  } catch {
    return undefined;
  }
}

/** Whether the lock's process still runs (on another host, it is assumed to). */
function alive(info: LockInfo): boolean {
  if (info.host !== hostname()) return true;
  try {
    process.kill(info.pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM';
  }
}

/** Takes the lock of `output`; throws {@link OutputError} naming the process that holds it. Returns the release. */
export function lockOutput(output: string): () => void {
  const path = lockPath(output);
  const mine: LockInfo = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(path, `${JSON.stringify(mine)}\n`, { flag: 'wx' });
      return () => rmSync(path, { force: true });
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code !== 'EEXIST') {
        throw new OutputError(`cannot write ${output}: ${code ?? (error as Error).message}`);
      }
    }
    const holder = readLock(path);
    if (holder && alive(holder)) {
      throw new OutputError(
        `${output} is being written by another export: process ${holder.pid} on ${holder.host}, since ${holder.startedAt} (lock ${path}); wait for it to finish, or stop it`,
      );
    }
    // Its process is gone (or the lock is unreadable): a stale lock, taken over.
    rmSync(path, { force: true });
  }
  throw new OutputError(`cannot lock ${output}: ${path} keeps reappearing`);
}
