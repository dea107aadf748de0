/**
 * `rtc-contract verify`: recorded cassettes (API exchanges and webhook deliveries), or one raw
 * response body, checked against the contract.
 */
import { type Cassette, readCassette, verifyCassette } from './cassette.js';
import { findCassettes, parseShard, readJsonFile, shardFiles } from './cassette-files.js';
import { type CommandSpec, commandHelp, formatOption, HELP_FLAG, oneLine, parseFlags } from './command.js';
import { InputError, UsageError } from './errors.js';
import { EXIT } from './exit-codes.js';
import type { Io } from './io.js';
import { requireProvider } from './manifest.js';
import { type CheckResult, exitCodeFor, formatReport, REPORT_FORMATS } from './report.js';
import { loadValidators, type Validators } from './validators.js';
import { isWebhookCassette, verifyWebhookCassette } from './webhook-cassette.js';
import { loadWebhookValidators, type WebhookValidators } from './webhook-validators.js';

export const VERIFY = {
  name: 'verify',
  usage: [
    'verify [options] PATHS...',
    'verify --provider P --operation OPERATION_ID --status CODE [--content-type T] FILE',
  ],
  summary: `Validate recorded cassettes (files, or folders searched recursively for *.json, symbolic links
followed): API exchanges against their operation, webhook deliveries against their event. With
--operation and --status: one raw JSON response body.`,
  flags: {
    provider: { type: 'string', value: 'P', description: 'only cassettes of P; raw-body mode: the provider' },
    strict: {
      type: 'boolean',
      description: 'properties the contract does not describe are errors, not warnings',
    },
    format: { type: 'string', value: 'F', description: 'pretty (default) | json | junit' },
    verbose: { type: 'boolean', description: 'pretty: list passing responses and deliveries too' },
    shard: {
      type: 'string',
      value: 'i/n',
      description: 'check only shard i of n (deterministic split of the path-sorted files)',
    },
    operation: { type: 'string', value: 'ID', description: 'raw-body mode: the operation the body answers' },
    status: { type: 'string', value: 'CODE', description: 'raw-body mode: the HTTP status it came with' },
    'content-type': { type: 'string', value: 'T', description: 'raw-body mode: its Content-Type' },
    help: HELP_FLAG,
  },
} as const satisfies CommandSpec;

type VerifyValues = ReturnType<typeof parseFlags<typeof VERIFY.flags>>['values'];

/** Raw-body mode: one JSON file, validated as the response of one operation with one status. */
async function verifyRawBody(values: VerifyValues, positionals: readonly string[]): Promise<CheckResult[]> {
  const provider = requireProvider(values.provider);
  if (values.operation === undefined) throw new UsageError('--operation is required with --status');
  if (values.status === undefined || !/^[1-5]\d\d$/.test(values.status)) {
    throw new UsageError(`--status must be an HTTP status code, got "${values.status ?? ''}"`);
  }
  if (positionals.length !== 1) throw new UsageError('raw-body mode takes exactly one FILE');
  if (values.shard !== undefined) throw new UsageError('--shard applies to cassettes, not to a raw body');
  const file = positionals[0] as string;
  const validators = await loadValidators();
  const op = validators.operation(provider, values.operation);
  if (validators.findResponses(provider, op.operationId, values.status).length === 0) {
    const documented = [...new Set(op.responses.map((r) => r.status))].join(', ');
    throw new UsageError(
      `status ${values.status} is not documented for ${provider} ${op.operationId} (documented: ${documented})`,
    );
  }
  const result = validators.validateResponse({
    provider,
    operationId: op.operationId,
    status: values.status,
    contentType: values['content-type'] ?? null,
    body: readJsonFile(file),
    strict: values.strict === true,
  });
  const { ok, errors, warnings } = result;
  return [
    {
      name: file,
      provider,
      operationId: op.operationId,
      status: Number(values.status),
      kind: 'response',
      ok,
      errors,
      warnings,
    },
  ];
}

/** A file that could not be checked, as an errored result: what the file says of itself, if anything. */
function erroredResult(file: string, message: string, cassette?: Partial<Cassette>): CheckResult {
  const text = (value: unknown) => (typeof value === 'string' ? value : 'unknown');
  const webhook = isWebhookCassette(cassette);
  const status = cassette?.response?.status;
  return {
    name: file,
    provider: text(cassette?.provider),
    operationId: text(webhook ? cassette.webhook : cassette?.operationId),
    kind: webhook ? 'webhook' : typeof cassette?.operationId === 'string' ? 'response' : 'unrecognized',
    status: typeof status === 'number' ? status : 0,
    ok: false,
    errors: [],
    warnings: [],
    error: message,
  };
}

/** Checks one cassette file; an InputError when it cannot be (the caller decides to go on or stop). */
async function checkCassetteFile(
  file: string,
  validators: Validators,
  webhooks: () => Promise<WebhookValidators>,
  options: { provider: string | undefined; strict: boolean },
): Promise<CheckResult | undefined> {
  const cassette = await readCassette(file);
  if (options.provider !== undefined && cassette.provider !== options.provider) return undefined;
  const webhook = isWebhookCassette(cassette);
  const checked = webhook
    ? verifyWebhookCassette(await webhooks(), cassette, { file, strict: options.strict })
    : await verifyCassette(validators, cassette, { file, strict: options.strict });
  const { provider, operationId, status, ok, errors, warnings } = checked;
  return {
    name: file,
    provider,
    operationId,
    status,
    kind: webhook ? 'webhook' : 'response',
    ok,
    errors,
    warnings,
  };
}

/** A usage error met in a file (an unknown operation in it…) is that file's input error. */
function asFileError(path: string, error: UsageError): InputError {
  return new InputError(error.message.startsWith(path) ? error.message : `${path}: ${error.message}`);
}

/** What an errored result can say of a file's content: the JSON if it parses, else nothing. */
function partialCassette(file: string): Partial<Cassette> | undefined {
  try {
    const value = readJsonFile(file);
    return value && typeof value === 'object' ? (value as Partial<Cassette>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Cassette mode. Machine-read reports (json, junit) must stay whole: a cassette or folder that
 * cannot be checked is an errored test case there, and the others are still checked. Pretty output
 * stops at the first.
 */
async function verifyCassettes(
  values: VerifyValues,
  positionals: readonly string[],
  keepGoing: boolean,
  io: Io,
): Promise<CheckResult[]> {
  const provider = values.provider === undefined ? undefined : requireProvider(values.provider);
  if (positionals.length === 0)
    throw new UsageError('verify needs at least one cassette file or folder (see --help)');
  const shard = values.shard === undefined ? undefined : parseShard(values.shard);
  const { files, problems } = findCassettes(positionals);
  const entries: Array<{ path: string; problem?: string }> = [
    ...files.map((path) => ({ path })),
    ...problems.map(({ path, message }) => ({ path, problem: message })),
  ].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  if (entries.length === 0) throw new UsageError(`no *.json cassettes found under ${positionals.join(', ')}`);
  const validators = await loadValidators();
  let webhookValidators: Promise<WebhookValidators> | undefined; // loaded on the first webhook delivery
  const webhooks = () => (webhookValidators ??= loadWebhookValidators());
  const results: CheckResult[] = [];
  for (const entry of shard ? shardFiles(entries, shard) : entries) {
    try {
      if (entry.problem !== undefined) throw new InputError(entry.problem);
      const result = await checkCassetteFile(entry.path, validators, webhooks, {
        provider,
        strict: values.strict === true,
      });
      if (result) results.push(result);
    } catch (caught) {
      // an unknown provider or operation inside a cassette is that file's problem
      const error = caught instanceof UsageError ? asFileError(entry.path, caught) : caught;
      if (!keepGoing || !(error instanceof InputError)) throw error;
      io.stderr(`rtc-contract: ${oneLine(error.message)}\n`);
      results.push(
        erroredResult(
          entry.path,
          error.message,
          entry.problem !== undefined ? undefined : partialCassette(entry.path),
        ),
      );
    }
  }
  return results;
}

/** The `verify` command. */
export async function verifyCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseFlags(VERIFY, args);
  if (values.help) {
    io.stdout(commandHelp(VERIFY));
    return EXIT.ok;
  }
  const format = formatOption(values.format, REPORT_FORMATS);
  const rawBody = values.operation !== undefined || values.status !== undefined;
  const results = rawBody
    ? await verifyRawBody(values, positionals)
    : await verifyCassettes(values, positionals, format !== 'pretty', io);
  io.stdout(
    formatReport(results, format, { color: io.color, command: 'verify', verbose: values.verbose === true }),
  );
  return exitCodeFor(results);
}
