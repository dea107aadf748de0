import { parseArgs } from 'node:util';
import { ConfigurationError } from '@rtc-sessions/runtime';
import { isTransient } from '@rtc-sessions/runtime/internal';
import { CheckpointError, OutputError, PaginationError, UsageError } from './errors.js';
import {
  type ExportOptions,
  type ExportProgress,
  type RateLimitSource,
  rateLimitSources,
  runExport,
  STDOUT,
} from './export/export.js';
import { type Format, formats, type TimeFormat, timeFormats } from './export/rows.js';
import { MAX_CONCURRENCY } from './limiter.js';
import { checkProviderId, loadAdapter, providerIds } from './registry.js';
import { resolveQuery } from './sessions.js';
import { closest } from './suggest.js';

/** Sent with `--base-url` when no credential variable is set: a stand-in server (a mock) needs none. */
export const PLACEHOLDER_TOKEN = 'rtc-sessions-placeholder-token';

/** The flags: one table feeds both the parser and the help text. */
const flags = {
  provider: { type: 'string', arg: 'P', help: providerIds().join(' | ') },
  from: {
    type: 'string',
    arg: 'DATE',
    help: 'sessions started at or after (yyyy-mm-dd or ISO date-time, UTC)',
  },
  to: { type: 'string', arg: 'DATE', help: 'sessions started at or before (a bare date: that whole day)' },
  room: { type: 'string', arg: 'ID', help: 'only this room' },
  live: { type: 'boolean', help: 'only live sessions' },
  ended: { type: 'boolean', help: 'only ended sessions' },
  'max-sessions': { type: 'string', arg: 'N', help: 'stop after N sessions' },
  'max-pages': { type: 'string', arg: 'N', help: 'fetch at most N pages of the session list' },
  participants: { type: 'boolean', help: 'one row per participant join (attendance)' },
  format: { type: 'string', arg: 'jsonl|csv', help: 'JSON Lines, or CSV for a spreadsheet' },
  out: { type: 'string', arg: 'FILE|-', help: 'the output (- for stdout)' },
  times: {
    type: 'string',
    arg: 'iso|spreadsheet',
    help: 'how instants are written (default: spreadsheet for csv)',
  },
  'no-bom': { type: 'boolean', help: 'csv: no UTF-8 byte order mark' },
  'base-url': { type: 'string', arg: 'URL', help: 'another server (a mock: no credentials needed)' },
  concurrency: { type: 'string', arg: 'N', help: `requests in flight, 1-${MAX_CONCURRENCY} (default 4)` },
  'page-size': { type: 'string', arg: 'N', help: "records per page (default: the spec's)" },
  'max-attempts': {
    type: 'string',
    arg: 'N',
    help: 'attempts per request on transient failures, 429s included',
  },
  'rate-limits': {
    type: 'string',
    arg: 'published|discover',
    help: "pace at the provider's published limits (default), or find the server's from its 429s",
  },
  resume: { type: 'boolean', help: 'continue an interrupted export into the same file' },
  force: { type: 'boolean', help: 'start over although --out holds a partial export' },
  help: { type: 'boolean', short: 'h', help: 'this text' },
} as const;

const flagLines = Object.entries(flags).map(([name, flag]) => [
  `--${name}${'arg' in flag ? ` ${flag.arg}` : ''}`,
  flag.help,
]);
const width = Math.max(...flagLines.map(([left]) => (left as string).length));
const USAGE = [
  'usage: rtc-sessions export --provider P --format jsonl|csv --out FILE|- [options]',
  ...flagLines.map(([left, help]) => `  ${(left as string).padEnd(width)}  ${help}`),
  'exit codes: 0 done, 1 failed (resumable when it says so), 2 bad input, locked or partial output',
].join('\n');

const parserOptions = Object.fromEntries(
  Object.entries(flags).map(([name, flag]) => [
    name,
    { type: flag.type, ...('short' in flag && { short: flag.short }) },
  ]),
) as { [K in keyof typeof flags]: { type: (typeof flags)[K]['type'] } };

function integer(flag: string, value: string | undefined, max = Number.MAX_SAFE_INTEGER): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? 'a positive integer' : `an integer from 1 to ${max}`;
    throw new UsageError(`--${flag} must be ${range}, got "${value}"`);
  }
  return n;
}

function oneOf<T extends string>(
  flag: string,
  value: string | undefined,
  allowed: readonly T[],
): T | undefined {
  if (value === undefined || allowed.includes(value as T)) return value as T | undefined;
  const near = closest(value, allowed);
  throw new UsageError(
    `unknown --${flag} "${value}"${near ? ` (did you mean "${near}"?)` : ''}; expected ${allowed.join(' or ')}`,
  );
}

function parseFlags(argv: string[]) {
  try {
    return parseArgs({ args: argv, options: parserOptions, allowPositionals: true, strict: true });
  } catch (error) {
    const message = (error as Error).message;
    const flag = /option '([^']+)'/.exec(message)?.[1]?.replace(/^-+/, '');
    if (flag && (error as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const near = closest(flag, Object.keys(flags));
      throw new UsageError(`unknown option --${flag}${near ? ` (did you mean --${near}?)` : ''}`);
    }
    throw new UsageError(message.split('\n')[0] ?? message);
  }
}

function checkCommand(positionals: string[]): void {
  const [command, ...extra] = positionals;
  if (command !== 'export') {
    const near = command ? closest(command, ['export']) : undefined;
    throw new UsageError(
      command
        ? `unknown command "${command}"${near ? ' (did you mean "export"?)' : ''}`
        : 'missing command "export"',
    );
  }
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);
}

type Args = Omit<ExportOptions, 'onPage'>;

/** The export the command line asks for; `undefined` for `--help`. */
export function parse(argv: string[]): Args | undefined {
  const { values, positionals } = parseFlags(argv);
  if (values.help) return undefined;
  checkCommand(positionals);
  if (!values.provider) throw new UsageError('missing --provider');
  if (!values.out) throw new UsageError('missing --out FILE (or - for stdout)');
  if (!values.format) throw new UsageError('missing --format (jsonl or csv)');
  const format = oneOf<Format>('format', values.format, formats) as Format;
  if (values.live && values.ended) throw new UsageError('--live and --ended exclude each other');
  if (values.resume && values.force) throw new UsageError('--resume and --force exclude each other');
  if (values.out === STDOUT && values.resume)
    throw new UsageError('--resume needs a file: --out - has no checkpoint');
  const query = resolveQuery({
    ...(values.from !== undefined && { from: values.from }),
    ...(values.to !== undefined && { to: values.to }),
    ...(values.room !== undefined && { room: values.room }),
    ...((values.live || values.ended) && { live: values.live === true }),
    ...optional('maxSessions', integer('max-sessions', values['max-sessions'])),
    ...optional('maxPages', integer('max-pages', values['max-pages'])),
  });
  return {
    provider: checkProviderId(values.provider),
    query,
    participants: values.participants ?? false,
    format,
    out: values.out,
    resume: values.resume ?? false,
    force: values.force ?? false,
    bom: !values['no-bom'],
    ...optional('times', oneOf<TimeFormat>('times', values.times, timeFormats)),
    ...optional('baseUrl', values['base-url']),
    ...optional('concurrency', integer('concurrency', values.concurrency, MAX_CONCURRENCY)),
    ...optional('pageSize', integer('page-size', values['page-size'])),
    ...attempts(integer('max-attempts', values['max-attempts'], 100)),
    ...optional('rateLimits', oneOf<RateLimitSource>('rate-limits', values['rate-limits'], rateLimitSources)),
  };
}

/** `--max-attempts N` bounds every retry, 429s too (the API keeps more for 429s by default). */
function attempts(n: number | undefined) {
  return n === undefined ? {} : { maxAttempts: n, maxRateLimitedRetries: n - 1 };
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

/**
 * `--base-url` without any of the provider's credential variables: a stand-in server (a mock, a
 * simulator) accepts any token, so a placeholder is sent — as `rtc-contract live --base-url` does.
 */
async function placeholderCredentials(args: Args, env: NodeJS.ProcessEnv, stderr: NodeJS.WritableStream) {
  if (args.baseUrl === undefined) return {};
  const adapter = await loadAdapter(checkProviderId(args.provider));
  const { keys, tokenEnv } = adapter.credentialEnv;
  if ([...keys.map(([, name]) => name), tokenEnv].some((name) => env[name])) return {};
  stderr.write(`rtc-sessions: no ${tokenEnv} set: sending a placeholder token to ${args.baseUrl}\n`);
  return { credentials: { token: PLACEHOLDER_TOKEN } };
}

function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.round(seconds);
  if (s >= 3600) return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
  return s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}

/** A progress line on a terminal, redrawn at most four times a second; nothing otherwise. */
function progressReporter(stream: NodeJS.WriteStream, started: number) {
  if (!stream.isTTY) return { update: () => {}, clear: () => {} };
  let last = 0;
  let startPages: number | undefined;
  return {
    update(progress: ExportProgress) {
      startPages ??= progress.pages - 1;
      const now = Date.now();
      if (now - last < 250) return;
      last = now;
      const elapsed = (now - started) / 1000;
      const rate = progress.rows / Math.max(elapsed, 0.001);
      const donePages = progress.pages - startPages;
      const total = progress.totalPages;
      const left = total !== undefined ? total - progress.pages : undefined;
      const eta =
        left !== undefined && donePages > 0 ? ` · ETA ${formatDuration((left * elapsed) / donePages)}` : '';
      const pages = total !== undefined ? `${progress.pages}/${total}` : `${progress.pages}`;
      stream.write(`\r\x1b[2Kpages ${pages} · rows ${progress.rows} · ${Math.round(rate)} rows/s${eta}`);
    },
    clear() {
      stream.write('\r\x1b[2K');
    },
  };
}

/** One line for a failure, and its exit code: 2 for what the user must change, 1 for the rest. */
function explain(error: unknown, args: Args | undefined): { code: number; line: string } {
  const message = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
  if (error instanceof Error && error.name === 'MissingCredentialsError' && args) {
    const advice = message.replace(/, or pass connect\(.*$/, '');
    return {
      code: 2,
      line: `${advice}, or point --base-url at a stand-in server (no credentials needed there)`,
    };
  }
  if (
    error instanceof ConfigurationError ||
    error instanceof CheckpointError ||
    error instanceof OutputError
  ) {
    return { code: 2, line: message };
  }
  const toFile = args !== undefined && args.out !== STDOUT;
  if (isTransient(error)) {
    return {
      code: 1,
      line: `export failed: ${message}${toFile ? '; run again with --resume to continue' : ''}`,
    };
  }
  if (error instanceof PaginationError) {
    return {
      code: 1,
      line: `export failed: ${message}; running again will not get past it: --max-pages N bounds the walk`,
    };
  }
  const kept = toFile
    ? `; the rows so far are kept: once the cause is fixed, --resume continues (or --force starts over)`
    : '';
  return { code: 1, line: `export failed: ${message}${kept}` };
}

/** Runs the CLI; resolves to the exit code (0 done, 1 failed, 2 bad input, locked or partial output). */
export async function main(
  argv: string[],
  stderr: NodeJS.WriteStream = process.stderr,
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  let args: Args | undefined;
  try {
    args = parse(argv);
    if (!args) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    const started = Date.now();
    const progress = progressReporter(stderr, started);
    const credentials = await placeholderCredentials(args, env, stderr);
    const result = await runExport({ ...args, ...credentials, onPage: progress.update }).finally(
      progress.clear,
    );
    const seconds = (Date.now() - started) / 1000;
    const where = result.out === STDOUT ? 'stdout' : result.out;
    stderr.write(
      `rtc-sessions: ${result.resumed ? 'resumed and finished' : 'exported'} ${result.rows} rows (${result.pages} pages) to ${where} in ${seconds.toFixed(1)} s (${Math.round(result.rows / Math.max(seconds, 0.001))} rows/s)\n`,
    );
    return 0;
  } catch (error) {
    const { code, line } = explain(error, args);
    stderr.write(`rtc-sessions: ${line}\n`);
    return code;
  }
}
