import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { ErrorObject } from 'ajv/dist/2020.js';
import type { ValidationResult, Validators } from './validators.js';

export const CASSETTE_FORMAT = 'rtc-sessions/cassette@1';

/** One recorded exchange (format `rtc-sessions/cassette@1`, see cassette.schema.json). */
export interface Cassette {
  format: typeof CASSETTE_FORMAT;
  provider: string;
  operationId: string;
  recordedAt?: string;
  server?: string;
  source?: string;
  request: {
    method: string;
    path: string;
    query?: Record<string, string>;
    headers?: Record<string, string>;
    body?: unknown;
  };
  response: {
    status: number;
    headers?: Record<string, string>;
    body?: unknown;
    bodyText?: string;
  };
}

/** A file that cannot be checked: missing, not JSON, or not a cassette. Usage error, exit 2. */
export class InputError extends Error {
  override readonly name = 'InputError';
}

type CompiledValidator = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };
let cassetteValidator: CompiledValidator | undefined;

async function loadCassetteValidator(): Promise<CompiledValidator> {
  if (!cassetteValidator) {
    const module = (await import(new URL('./generated/cassette.js', import.meta.url).href)) as {
      default: CompiledValidator;
    };
    cassetteValidator = module.default;
  }
  return cassetteValidator;
}

function describeShapeError(error: ErrorObject): string {
  const where = error.instancePath || '(root)';
  if (error.keyword === 'required')
    return `${where}: missing "${(error.params as { missingProperty: string }).missingProperty}"`;
  if (error.keyword === 'const' || error.keyword === 'enum') {
    return `${where}: ${JSON.stringify(error.data)} is not ${error.keyword === 'const' ? JSON.stringify(error.schema) : `one of ${JSON.stringify(error.schema)}`}`;
  }
  if (error.keyword === 'not') return `${where}: has both "body" and "bodyText"`;
  return `${where}: ${error.message ?? error.keyword}`;
}

/** Checks a parsed value against the cassette format; throws InputError naming the first problem. */
export async function assertCassette(value: unknown, file: string): Promise<Cassette> {
  const validate = await loadCassetteValidator();
  if (!validate(value)) {
    const errors = validate.errors ?? [];
    // ajv reports the exchange/delivery conditional (`if`/`then`/`else`) before the basic shape
    const first =
      errors.find((e) => e.keyword !== 'if' && !/^#\/(then|else)\//.test(e.schemaPath)) ?? errors[0];
    throw new InputError(
      `${file}: not a ${CASSETTE_FORMAT} cassette: ${first ? describeShapeError(first) : 'invalid'}`,
    );
  }
  return value as Cassette;
}

export function readJsonFile(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(
      code === 'ENOENT'
        ? `${file}: no such file`
        : `${file}: cannot read (${code ?? (error as Error).message})`,
    );
  }
  try {
    // A UTF-8 byte order mark (Windows editors write one) is not part of the JSON text.
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new InputError(`${file}: invalid JSON (${(error as Error).message.split('\n')[0]})`);
  }
}

export async function readCassette(file: string): Promise<Cassette> {
  return assertCassette(readJsonFile(file), file);
}

/**
 * The cassette files under the given paths: files as given, folders searched recursively for
 * `*.json`, sorted by path so that runs (and shards) are deterministic.
 */
export function collectCassetteFiles(paths: readonly string[], cwd = process.cwd()): string[] {
  const found = new Set<string>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && entry.name.endsWith('.json')) found.add(full);
    }
  };
  for (const path of paths) {
    const full = resolve(cwd, path);
    let stats: ReturnType<typeof statSync>;
    try {
      stats = statSync(full);
    } catch {
      throw new InputError(`${path}: no such file or directory`);
    }
    if (stats.isDirectory()) walk(full);
    else found.add(full);
  }
  return [...found]
    .map((f) => {
      const rel = relative(cwd, f);
      return rel === '' || rel.startsWith('..') ? f : rel;
    })
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Parses `i/n` (1-based) for `--shard`. */
export function parseShard(value: string): { index: number; total: number } {
  const match = /^(\d+)\/(\d+)$/.exec(value);
  const index = Number(match?.[1]);
  const total = Number(match?.[2]);
  if (!match || total < 1 || index < 1 || index > total) {
    throw new InputError(`--shard must be i/n with 1 <= i <= n, got "${value}"`);
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

export interface CassetteResult extends ValidationResult {
  file: string;
  provider: string;
  operationId: string;
  status: number;
  request: string;
}

export async function verifyCassette(
  validators: Validators,
  cassette: Cassette,
  options: { file?: string; strict?: boolean } = {},
): Promise<CassetteResult> {
  const headers = cassette.response.headers ?? {};
  const contentType = Object.entries(headers).find(([k]) => k.toLowerCase() === 'content-type')?.[1];
  validators.operation(cassette.provider, cassette.operationId);
  const result = validators.validateResponse({
    provider: cassette.provider,
    operationId: cassette.operationId,
    status: cassette.response.status,
    contentType: contentType ?? null,
    ...('body' in cassette.response ? { body: cassette.response.body } : {}),
    ...(cassette.response.bodyText !== undefined ? { bodyText: cassette.response.bodyText } : {}),
    headers,
    strict: options.strict === true,
  });
  return {
    ...result,
    file: options.file ?? '',
    provider: cassette.provider,
    operationId: cassette.operationId,
    status: cassette.response.status,
    request: `${cassette.request.method} ${cassette.request.path}`,
  };
}
