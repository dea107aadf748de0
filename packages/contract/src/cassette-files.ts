/**
 * Finding and reading the files `verify` checks, safely: a path named directly must be a folder or
 * a regular file (a FIFO or a device would block the read forever); folders are walked with
 * symbolic links followed (a link to a file or a folder counts as what it points to, a folder
 * reached twice is walked once, whatever loops the links make); whatever cannot be read is
 * reported by path, never skipped without a word. Every read and walk is bounded.
 */
import {
  closeSync,
  constants,
  fstatSync,
  openSync,
  readdirSync,
  readFileSync,
  realpathSync,
  type Stats,
  statSync,
} from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { InputError, UsageError } from './errors.js';

/** Folders nest at most this deep under a path given to `verify`. */
export const MAX_FOLDER_DEPTH = 64;
/** A cassette or raw body larger than this is not read (recordings are kilobytes; a 10,000-session list is 9 MiB). */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

/** Something under a given folder that could not be read or walked, by its path. */
export interface FileProblem {
  path: string;
  message: string;
}

export interface CassetteSearch {
  /** The `*.json` files found, each once, in path order (relative to `cwd` when below it). */
  files: string[];
  /** What could not be read or walked (a folder, a broken link…), in path order. */
  problems: FileProblem[];
}

function errnoCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
}

/** What a non-regular, non-folder entry is, for the message. */
function kindOf(stats: Stats): string {
  if (stats.isFIFO()) return 'a FIFO';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isSocket()) return 'a socket';
  return 'not a file or folder';
}

class Walker {
  readonly found = new Map<string, string>(); // real path → path as reached
  readonly problems: FileProblem[] = [];
  private readonly walked = new Set<string>(); // real paths of folders walked

  walk(dir: string, depth: number): void {
    let real: string;
    let entries: string[];
    try {
      real = realpathSync(dir);
      if (this.walked.has(real)) return; // reached again through a link: already walked
      this.walked.add(real);
      if (depth > MAX_FOLDER_DEPTH) throw new InputError(`nested deeper than ${MAX_FOLDER_DEPTH} folders`);
      entries = readdirSync(dir).sort();
    } catch (error) {
      this.problems.push({ path: dir, message: `${dir}: cannot read folder (${errnoCode(error)})` });
      return;
    }
    for (const name of entries) {
      if (name === 'node_modules' || name.startsWith('.')) continue;
      this.visit(join(dir, name), name.endsWith('.json'), depth);
    }
  }

  /** One entry of a folder: followed if it is a link, walked if a folder, kept if a `*.json` file. */
  private visit(full: string, json: boolean, depth: number): void {
    let stats: Stats;
    try {
      stats = statSync(full); // follows links: a link counts as what it points to
    } catch (error) {
      const code = errnoCode(error);
      const why =
        code === 'ELOOP' ? 'a loop of symbolic links' : code === 'ENOENT' ? 'a broken symbolic link' : code;
      this.problems.push({ path: full, message: `${full}: cannot read (${why})` });
      return;
    }
    if (stats.isDirectory()) this.walk(full, depth + 1);
    else if (!json) return;
    else if (stats.isFile()) this.keep(full);
    else this.problems.push({ path: full, message: `${full}: not a regular file (${kindOf(stats)})` });
  }

  keep(file: string): void {
    let real = file;
    try {
      real = realpathSync(file);
    } catch {
      // checked when read
    }
    if (!this.found.has(real)) this.found.set(real, file);
  }
}

function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel === '' || rel.startsWith('..') ? path : rel;
}

const byPath = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The cassette files under the given paths: files as given, folders searched recursively for
 * `*.json` (symbolic links followed), sorted by path so that runs (and shards) are deterministic;
 * and what could not be read there. A path that does not exist, or names something that is neither
 * a folder nor a regular file, is a UsageError at once.
 */
export function findCassettes(paths: readonly string[], cwd = process.cwd()): CassetteSearch {
  const walker = new Walker();
  for (const path of paths) {
    const full = resolve(cwd, path);
    let stats: Stats;
    try {
      stats = statSync(full);
    } catch (error) {
      const code = errnoCode(error);
      throw new UsageError(
        code === 'ENOENT' ? `${path}: no such file or directory` : `${path}: cannot read (${code})`,
      );
    }
    if (stats.isDirectory()) walker.walk(full, 0);
    else if (stats.isFile()) walker.keep(full);
    else throw new UsageError(`${path}: not a regular file (${kindOf(stats)})`);
  }
  return {
    files: [...walker.found.values()].map((f) => displayPath(f, cwd)).sort(byPath),
    problems: walker.problems
      .map((p) => ({ ...p, path: displayPath(p.path, cwd) }))
      .sort((a, b) => byPath(a.path, b.path)),
  };
}

/**
 * The cassette files under the given paths (see findCassettes); throws InputError naming the first
 * thing that could not be read.
 */
export function collectCassetteFiles(paths: readonly string[], cwd = process.cwd()): string[] {
  const { files, problems } = findCassettes(paths, cwd);
  const [first] = problems;
  if (first) throw new InputError(first.message);
  return files;
}

/**
 * A file's text: opened without blocking (a FIFO has no writer to wait for), checked to be a
 * regular file no larger than MAX_FILE_BYTES, then read. InputError otherwise.
 */
export function readTextFile(file: string): string {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const code = errnoCode(error);
    throw new InputError(code === 'ENOENT' ? `${file}: no such file` : `${file}: cannot read (${code})`);
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new InputError(`${file}: not a regular file (${kindOf(stats)})`);
    if (stats.size > MAX_FILE_BYTES) {
      throw new InputError(
        `${file}: ${stats.size} bytes, more than the ${MAX_FILE_BYTES} a cassette may have`,
      );
    }
    return readFileSync(fd, 'utf8');
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${file}: cannot read (${errnoCode(error)})`);
  } finally {
    closeSync(fd);
  }
}

/** A JSON file's value (a UTF-8 byte order mark is not part of the JSON text). InputError otherwise. */
export function readJsonFile(file: string): unknown {
  const text = readTextFile(file);
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new InputError(`${file}: invalid JSON (${(error as Error).message.split('\n')[0]})`);
  }
}

/** Parses `i/n` (1-based) for `--shard`. */
export function parseShard(value: string): { index: number; total: number } {
  const match = /^(\d+)\/(\d+)$/.exec(value);
  const index = Number(match?.[1]);
  const total = Number(match?.[2]);
  if (!match || total < 1 || index < 1 || index > total) {
    throw new UsageError(`--shard must be i/n with 1 <= i <= n, got "${value}"`);
  }
  return { index, total };
}

/**
 * The i-th of n deterministic shards of a path-sorted list: round-robin by position, so shards
 * differ in size by at most one and together hold every file exactly once.
 */
export function shardFiles<T>(files: readonly T[], shard: { index: number; total: number }): T[] {
  return files.filter((_, position) => position % shard.total === shard.index - 1);
}
