/** `rtc-contract live`: its flags, their checks, and the run. */
import {
  type CommandSpec,
  commandHelp,
  formatOption,
  HELP_FLAG,
  noPositionals,
  numberOption,
  parseFlags,
  splitPair,
  urlOption,
} from './command.js';
import { UsageError } from './errors.js';
import { EXIT } from './exit-codes.js';
import { isDate } from './formats.js';
import type { Io } from './io.js';
import type { LiveOptions } from './live.js';
import { requireProvider } from './manifest.js';
import { exitCodeFor, formatReport, REPORT_FORMATS } from './report.js';
import { loadValidators } from './validators.js';

/** Pages walked per list unless `--max-pages` says otherwise. */
export const DEFAULT_MAX_PAGES = 2;

export const LIVE = {
  name: 'live',
  usage: ['live --provider P [options]'],
  summary: `Call the provider's list and get operations (a few pages, one item per list) and validate
every response, error responses included. Never calls a mutating operation that --allow-writes
does not name. An operation whose path ids no response gives is skipped (counted and listed).`,
  flags: {
    provider: { type: 'string', value: 'P', description: 'the provider to call' },
    'base-url': {
      type: 'string',
      value: 'URL',
      description:
        "call this server instead of the spec's (e.g. a Prism mock; no\ncredentials needed there: a placeholder token is sent)",
    },
    operations: {
      type: 'string',
      value: 'a,b',
      description:
        'only these operations (default: every GET operation; a GET whose path\nids no earlier response gives and no --param sets is skipped, or an\nerror when --operations names it)',
    },
    param: {
      type: 'string',
      multiple: true,
      value: 'name=value',
      description:
        "a path parameter's value (repeatable), e.g. --param peer_id=<uuid>;\notherwise ids come from earlier responses (a field of the same name)",
    },
    'allow-writes': {
      type: 'string',
      value: 'a,b',
      description:
        'also call these state-changing operations (POST/PUT/PATCH/DELETE),\nonce each and never retried; each needs --body',
    },
    body: {
      type: 'string',
      multiple: true,
      value: 'op=JSON',
      description: 'the exact request body of a write named by --allow-writes (repeatable)',
    },
    'max-pages': {
      type: 'string',
      value: 'N',
      description: `pages to walk per list (default ${DEFAULT_MAX_PAGES})`,
    },
    from: {
      type: 'string',
      value: 'YYYY-MM-DD',
      description: 'first day of the date range of lists that require one\n(default: 28 days before today)',
    },
    to: {
      type: 'string',
      value: 'YYYY-MM-DD',
      description:
        'last day of that range (default: today); the provider documents a\nrange of at most one month',
    },
    record: {
      type: 'string',
      value: 'DIR',
      description: 'write each exchange as a redacted cassette under DIR/<provider>/<operationId>/',
    },
    pseudonymize: {
      type: 'boolean',
      description: 'with --record: replace names and user ids by stable per-run pseudonyms',
    },
    strict: {
      type: 'boolean',
      description: 'properties the contract does not describe are errors, not warnings',
    },
    format: { type: 'string', value: 'F', description: 'pretty (default) | json | junit' },
    verbose: { type: 'boolean', description: 'pretty: list passing responses too' },
    help: HELP_FLAG,
  },
} as const satisfies CommandSpec;

type LiveValues = ReturnType<typeof parseFlags<typeof LIVE.flags>>['values'];

/** `a, b,,c` → `['a', 'b', 'c']`. */
function list(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

function checkDates(values: LiveValues): void {
  for (const flag of ['from', 'to'] as const) {
    const value = values[flag];
    if (value !== undefined && !isDate(value)) {
      throw new UsageError(`--${flag} must be a calendar date YYYY-MM-DD, got "${value}"`);
    }
  }
  if (values.from !== undefined && values.to !== undefined && values.from > values.to) {
    throw new UsageError(`--from ${values.from} is after --to ${values.to}`);
  }
}

/** `--allow-writes` with their `--body`: every write has exactly the body given, and every body a write. */
function writesOf(values: LiveValues): NonNullable<LiveOptions['writes']> {
  const bodies = new Map(
    (values.body ?? []).map((pair) => {
      const [operationId, text] = splitPair('--body', pair, "operationId='{…}'");
      try {
        return [operationId, JSON.parse(text) as unknown] as const;
      } catch {
        throw new UsageError(`--body ${operationId}: not JSON: ${text}`);
      }
    }),
  );
  const writeIds = list(values['allow-writes']);
  for (const id of bodies.keys()) {
    if (!writeIds.includes(id)) throw new UsageError(`--body ${id}: ${id} is not named by --allow-writes`);
  }
  return writeIds.map((operationId) => {
    if (!bodies.has(operationId)) {
      throw new UsageError(
        `--allow-writes ${operationId}: a write sends exactly the body you give; add --body ${operationId}='{…}'`,
      );
    }
    return { operationId, body: bodies.get(operationId) };
  });
}

/** The run's options from the command line, every flag checked before anything is sent. */
function liveOptions(values: LiveValues, io: Io): Omit<LiveOptions, 'validators'> {
  const provider = requireProvider(values.provider);
  const maxPages =
    numberOption('--max-pages', values['max-pages'], { integer: true, min: 1 }) ?? DEFAULT_MAX_PAGES;
  const baseUrl = urlOption('--base-url', values['base-url']);
  if (values.pseudonymize && values.record === undefined)
    throw new UsageError('--pseudonymize only applies with --record');
  checkDates(values);
  const operations = values.operations === undefined ? undefined : list(values.operations);
  return {
    provider,
    ...(baseUrl ? { baseUrl: values['base-url'] as string } : {}),
    ...(operations ? { operations } : {}),
    pathValues: Object.fromEntries(
      (values.param ?? []).map((pair) => splitPair('--param', pair, 'name=value')),
    ),
    writes: writesOf(values),
    maxPages,
    dateRange: {
      ...(values.from !== undefined ? { from: values.from } : {}),
      ...(values.to !== undefined ? { to: values.to } : {}),
    },
    ...(values.record !== undefined ? { recordDir: values.record } : {}),
    strict: values.strict === true,
    pseudonymize: values.pseudonymize === true,
    env: { ...io.env },
  };
}

/** The `live` command. */
export async function liveCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseFlags(LIVE, args);
  if (values.help) {
    io.stdout(commandHelp(LIVE));
    return EXIT.ok;
  }
  noPositionals(LIVE, positionals);
  const format = formatOption(values.format, REPORT_FORMATS);
  const options = liveOptions(values, io);
  const { runLive } = await import('./live.js');
  const results = await runLive({ ...options, validators: await loadValidators() });
  io.stdout(
    formatReport(results, format, { color: io.color, command: 'live', verbose: values.verbose === true }),
  );
  return exitCodeFor(results);
}
