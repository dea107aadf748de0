import { parseArgs } from 'node:util';
import { CheckpointError } from './export/checkpoint.js';
import { type ExportProgress, OutputError, runExport } from './export/export.js';
import { type Format, formats } from './export/rows.js';
import { UnknownProviderError } from './registry.js';
import { InvalidQueryError, resolveQuery } from './sessions.js';
import { closest } from './suggest.js';

const USAGE = `usage: rtc-sessions export --provider P [--from DATE] [--to DATE] [--room ID] [--live | --ended]
                            [--participants] --format jsonl|csv --out FILE [--base-url URL]
                            [--concurrency N] [--page-size N] [--max-attempts N] [--resume]`;

const options = {
  provider: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  room: { type: 'string' },
  live: { type: 'boolean' },
  ended: { type: 'boolean' },
  participants: { type: 'boolean' },
  format: { type: 'string' },
  out: { type: 'string' },
  'base-url': { type: 'string' },
  concurrency: { type: 'string' },
  'page-size': { type: 'string' },
  'max-attempts': { type: 'string' },
  resume: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Bad input: the message is printed as one line and the process exits with 2. */
class UsageError extends Error {
  override name = 'UsageError';
}

function positiveInteger(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new UsageError(`--${flag} must be a positive integer, got "${value}"`);
  return n;
}

function parse(argv: string[]) {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof options; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = (error as Error).message;
    const flag = /option '([^']+)'/.exec(message)?.[1]?.replace(/^-+/, '');
    if (flag && (error as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const near = closest(flag, Object.keys(options));
      throw new UsageError(`unknown option --${flag}${near ? ` (did you mean --${near}?)` : ''}`);
    }
    throw new UsageError(message.split('\n')[0] ?? message);
  }
  const { values, positionals } = parsed;
  if (values.help) return undefined;
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
  if (!values.provider) throw new UsageError('missing --provider');
  if (!values.out) throw new UsageError('missing --out FILE');
  if (!values.format) throw new UsageError('missing --format (jsonl or csv)');
  if (!formats.includes(values.format as Format)) {
    const near = closest(values.format, formats);
    throw new UsageError(
      `unknown --format "${values.format}"${near ? ` (did you mean "${near}"?)` : ''}; expected jsonl or csv`,
    );
  }
  if (values.live && values.ended) throw new UsageError('--live and --ended exclude each other');
  let query: ReturnType<typeof resolveQuery>;
  try {
    query = resolveQuery({
      ...(values.from !== undefined && { from: values.from }),
      ...(values.to !== undefined && { to: values.to }),
      ...(values.room !== undefined && { room: values.room }),
      ...((values.live || values.ended) && { live: values.live === true }),
    });
  } catch (error) {
    if (error instanceof InvalidQueryError) throw new UsageError(error.message);
    throw error;
  }
  return {
    provider: values.provider,
    query,
    participants: values.participants ?? false,
    format: values.format as Format,
    out: values.out,
    resume: values.resume ?? false,
    baseUrl: values['base-url'],
    concurrency: positiveInteger('concurrency', values.concurrency),
    pageSize: positiveInteger('page-size', values['page-size']),
    maxAttempts: positiveInteger('max-attempts', values['max-attempts']),
  };
}

function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.round(seconds);
  return s >= 3600
    ? `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`
    : s >= 60
      ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`
      : `${s}s`;
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
      const left = progress.totalPages !== undefined ? progress.totalPages - progress.pages : undefined;
      const eta =
        left !== undefined && donePages > 0 ? ` · ETA ${formatDuration((left * elapsed) / donePages)}` : '';
      const pages =
        progress.totalPages !== undefined ? `${progress.pages}/${progress.totalPages}` : `${progress.pages}`;
      stream.write(`\r\x1b[2Kpages ${pages} · rows ${progress.rows} · ${Math.round(rate)} rows/s${eta}`);
    },
    clear() {
      stream.write('\r\x1b[2K');
    },
  };
}

/** Runs the CLI; resolves to the exit code (0 done, 1 failed and resumable, 2 bad input). */
export async function main(argv: string[], stderr: NodeJS.WriteStream = process.stderr): Promise<number> {
  let args: ReturnType<typeof parse>;
  try {
    args = parse(argv);
  } catch (error) {
    stderr.write(`rtc-sessions: ${(error as Error).message}\n`);
    return 2;
  }
  if (!args) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const started = Date.now();
  const progress = progressReporter(stderr, started);
  try {
    const result = await runExport({
      provider: args.provider,
      query: args.query,
      participants: args.participants,
      format: args.format,
      out: args.out,
      resume: args.resume,
      ...(args.concurrency !== undefined && { concurrency: args.concurrency }),
      ...(args.baseUrl !== undefined && { baseUrl: args.baseUrl }),
      ...(args.pageSize !== undefined && { pageSize: args.pageSize }),
      ...(args.maxAttempts !== undefined && { maxAttempts: args.maxAttempts }),
      onPage: progress.update,
    });
    progress.clear();
    const seconds = (Date.now() - started) / 1000;
    stderr.write(
      `rtc-sessions: ${result.resumed ? 'resumed and finished' : 'exported'} ${result.rows} rows (${result.pages} pages) to ${result.out} in ${seconds.toFixed(1)} s (${Math.round(result.rows / Math.max(seconds, 0.001))} rows/s)\n`,
    );
    return 0;
  } catch (error) {
    progress.clear();
    const message = ((error as Error).message ?? String(error)).split('\n')[0];
    const name = (error as Error).name;
    const badInput =
      error instanceof UnknownProviderError ||
      error instanceof CheckpointError ||
      error instanceof OutputError ||
      name === 'ConfigurationError';
    if (badInput) {
      stderr.write(`rtc-sessions: ${message}\n`);
      return 2;
    }
    stderr.write(`rtc-sessions: export failed: ${message}; run again with --resume to continue\n`);
    return 1;
  }
}
