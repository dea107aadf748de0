import { readFileSync } from 'node:fs';
import {
  collectCassetteFiles,
  InputError,
  parseShard,
  readCassette,
  readJsonFile,
  shardFiles,
  verifyCassette,
} from './cassette.js';
import { credentialEnv, MissingCredentialsError } from './credentials.js';
import { oneLine, parseFlags } from './flags.js';
import { isDate } from './formats.js';
import { isProvider, type Provider, providerIds, readManifest } from './manifest.js';
import { type CheckResult, formatReport, REPORT_FORMATS, type ReportFormat } from './report.js';
import { ContractLookupError, loadValidators } from './validators.js';
import { isWebhookCassette, verifyWebhookCassette } from './webhook-cassette.js';
import { loadWebhookValidators, type WebhookValidators } from './webhook-validators.js';

/** Exit codes, documented in --help and the README. */
export const EXIT = { ok: 0, violations: 1, usage: 2, credentials: 3 } as const;

class UsageError extends Error {}

/** `--help`: the providers and their variables come from the build's manifest (each spec's facts). */
function help(): string {
  const { providers } = readManifest();
  const ids = Object.keys(providers);
  const width = Math.max(...ids.map((id) => id.length)) + 2;
  const names = ids.map((id) => providers[id]?.name ?? id).join(', ');
  const envLines = ids.map((id) => {
    const env = credentialEnv(id);
    return `  ${id.padEnd(width)}${env.key} + ${env.secret}, or ${env.token}`;
  });
  const dated = ids.flatMap((id) =>
    (providers[id]?.operations ?? [])
      .filter((op) => op.parameters.some((p) => p.in === 'query' && p.required && p.name === 'from'))
      .map((op) => `${id} ${op.operationId}`),
  );
  return `rtc-contract — check provider responses against the rtc-sessions contracts
(${names} sessions APIs; OpenAPI 3.1, JSON Schema 2020-12)

Usage
  rtc-contract verify [options] PATHS...
      Validate recorded cassettes (files, or folders searched recursively for *.json):
      API exchanges against their operation, webhook deliveries against their event.
  rtc-contract verify --provider P --operation OPERATION_ID --status CODE [--content-type T] FILE
      Validate one raw JSON response body.
  rtc-contract live --provider P [options]
      Call the provider's list and get operations (a few pages, one item per list) and
      validate every response, error responses included. Never calls a mutating operation
      that --allow-writes does not name.
  rtc-contract listen --provider P [--port N] [--record DIR]
      Receive webhooks locally: verify, validate, print a line per delivery (listen --help).
  rtc-contract trigger --provider P EVENT --to URL [--secret S]
      Post a correctly signed example delivery of EVENT to an endpoint (trigger --help).
  rtc-contract help | --help
  rtc-contract --version

Options (verify and live)
  --provider P          ${ids.join(' | ')}  (verify: only cassettes of P)
  --strict              properties the contract does not describe are errors, not warnings
  --format F            pretty (default) | json | junit
  --verbose             pretty: list passing responses and deliveries too
Options (verify)
  --shard i/n           check only shard i of n (deterministic split of the path-sorted files)
  --operation ID, --status CODE, --content-type TYPE   raw-body mode (see above)
Options (live)
  --base-url URL        call this server instead of the spec's (e.g. a Prism mock; no
                        credentials needed there: a placeholder token is sent)
  --operations a,b      only these operations (default: every GET operation; a GET whose path
                        ids no earlier response gives and no --param sets is skipped, or an
                        error when --operations names it)
  --param name=value    a path parameter's value (repeatable), e.g. --param peer_id=<uuid>;
                        otherwise ids come from earlier responses (a field of the same name)
  --allow-writes a,b    also call these state-changing operations (POST/PUT/PATCH/DELETE),
                        once each and never retried; each needs --body
  --body op=JSON        the exact request body of a write named by --allow-writes (repeatable)
  --max-pages N         pages to walk per list (default 2)
  --from YYYY-MM-DD     first day of the date range of lists that require one
                        (${dated.join(', ') || 'none'}; default: 28 days before today)
  --to YYYY-MM-DD       last day of that range (default: today); the provider documents a
                        range of at most one month
  --record DIR          write each exchange as a redacted cassette under DIR/<provider>/<operationId>/
  --pseudonymize        with --record: replace names and user ids by stable per-run pseudonyms

Environment (live, unless --base-url is given)
${envLines.join('\n')}
  NO_COLOR        disable colours (colours are only used when stdout is a terminal)

Exit codes
  0  every response and delivery matches its contract (warnings allowed)
  1  contract violations found
  2  usage or configuration error (bad flag, missing file, invalid JSON, not a cassette,
     unknown provider, operation or status); with --format json or junit, a cassette that
     cannot be checked is an errored test case in the report and the rest are still checked
  3  live: credentials missing (the message names the variables to set)
`;
}

function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return manifest.version;
}

function useColor(): boolean {
  return process.stdout.isTTY === true && !process.env.NO_COLOR;
}

function parseFormat(value: string | undefined): ReportFormat {
  const format = (value ?? 'pretty') as ReportFormat;
  if (!REPORT_FORMATS.includes(format)) {
    throw new UsageError(`--format must be one of ${REPORT_FORMATS.join(', ')}, got "${value}"`);
  }
  return format;
}

function parseProvider(value: string | undefined, required: boolean): Provider | undefined {
  if (value === undefined) {
    if (required) throw new UsageError(`--provider is required (${providerIds().join(', ')})`);
    return undefined;
  }
  if (!isProvider(value))
    throw new UsageError(`unknown provider "${value}" (known: ${providerIds().join(', ')})`);
  return value;
}

function exitCodeFor(results: readonly CheckResult[]): number {
  if (results.some((r) => r.error !== undefined)) return EXIT.usage;
  return results.every((r) => r.ok) ? EXIT.ok : EXIT.violations;
}

/** A cassette that could not be checked (unreadable, not JSON, not a cassette, unknown operation…). */
function erroredResult(file: string, message: string): CheckResult {
  let cassette: {
    provider?: unknown;
    operationId?: unknown;
    webhook?: unknown;
    response?: { status?: unknown };
  } = {};
  try {
    cassette = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  } catch {
    // unreadable or not JSON: nothing more to say than the message
  }
  const text = (value: unknown) => (typeof value === 'string' ? value : 'unknown');
  const webhook = isWebhookCassette(cassette);
  return {
    name: file,
    provider: text(cassette?.provider),
    operationId: text(webhook ? cassette.webhook : cassette?.operationId),
    kind: webhook ? 'webhook' : typeof cassette?.operationId === 'string' ? 'response' : 'unrecognized',
    status: typeof cassette?.response?.status === 'number' ? cassette.response.status : 0,
    ok: false,
    errors: [],
    warnings: [],
    error: message,
  };
}

async function verify(args: string[]): Promise<number> {
  const { values, positionals } = parseFlags('verify', args, {
    provider: { type: 'string' },
    strict: { type: 'boolean', default: false },
    format: { type: 'string' },
    shard: { type: 'string' },
    operation: { type: 'string' },
    status: { type: 'string' },
    'content-type': { type: 'string' },
    verbose: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (values.help) {
    process.stdout.write(help());
    return EXIT.ok;
  }
  const format = parseFormat(values.format);
  const validators = await loadValidators();
  let results: CheckResult[];

  if (values.operation !== undefined || values.status !== undefined) {
    const provider = parseProvider(values.provider, true) as string;
    if (values.operation === undefined) throw new UsageError('--operation is required with --status');
    if (values.status === undefined || !/^[1-5]\d\d$/.test(values.status)) {
      throw new UsageError(`--status must be an HTTP status code, got "${values.status ?? ''}"`);
    }
    if (positionals.length !== 1) throw new UsageError('raw-body mode takes exactly one FILE');
    if (values.shard !== undefined) throw new UsageError('--shard applies to cassettes, not to a raw body');
    const file = positionals[0] as string;
    const op = validators.operation(provider, values.operation);
    if (validators.findResponses(provider, op.operationId, values.status).length === 0) {
      const documented = [...new Set(op.responses.map((r) => r.status))].join(', ');
      throw new UsageError(
        `status ${values.status} is not documented for ${provider} ${op.operationId} (documented: ${documented})`,
      );
    }
    const body = readJsonFile(file);
    const result = validators.validateResponse({
      provider,
      operationId: op.operationId,
      status: values.status,
      contentType: values['content-type'] ?? null,
      body,
      strict: values.strict,
    });
    results = [
      {
        name: file,
        provider,
        operationId: op.operationId,
        status: Number(values.status),
        kind: 'response',
        ok: result.ok,
        errors: result.errors,
        warnings: result.warnings,
      },
    ];
  } else {
    const provider = parseProvider(values.provider, false);
    if (positionals.length === 0)
      throw new UsageError('verify needs at least one cassette file or folder (see --help)');
    const shard = values.shard === undefined ? undefined : parseShard(values.shard);
    const all = collectCassetteFiles(positionals);
    if (all.length === 0) throw new UsageError(`no *.json cassettes found under ${positionals.join(', ')}`);
    const files = shard ? shardFiles(all, shard) : all;
    // Machine-read reports (json, junit) must stay whole: a cassette that cannot be checked is an
    // errored test case there, and the others are still checked. Pretty output stops at it.
    const keepGoing = format !== 'pretty';
    results = [];
    let webhooks: WebhookValidators | undefined; // loaded on the first webhook delivery
    for (const file of files) {
      try {
        const cassette = await readCassette(file);
        if (provider !== undefined && cassette.provider !== provider) continue;
        let checked: Awaited<ReturnType<typeof verifyCassette>>;
        const kind = isWebhookCassette(cassette) ? 'webhook' : 'response';
        if (isWebhookCassette(cassette)) {
          webhooks ??= await loadWebhookValidators();
          checked = verifyWebhookCassette(webhooks, cassette, { file, strict: values.strict });
        } else {
          checked = await verifyCassette(validators, cassette, { file, strict: values.strict });
        }
        results.push({
          name: file,
          provider: checked.provider,
          operationId: checked.operationId,
          status: checked.status,
          kind,
          ok: checked.ok,
          errors: checked.errors,
          warnings: checked.warnings,
        });
      } catch (caught) {
        const error =
          caught instanceof ContractLookupError ? new InputError(`${file}: ${caught.message}`) : caught;
        if (!keepGoing || !(error instanceof InputError)) throw error;
        process.stderr.write(`rtc-contract: ${oneLine(error.message)}\n`);
        results.push(erroredResult(file, error.message));
      }
    }
  }
  process.stdout.write(
    formatReport(results, format, { color: useColor(), command: 'verify', verbose: values.verbose }),
  );
  return exitCodeFor(results);
}

/** `name=value` → `[name, value]`, for flags that take pairs. */
function splitPair(flag: string, pair: string, shape: string): [string, string] {
  const at = pair.indexOf('=');
  if (at <= 0) throw new UsageError(`${flag} takes ${shape}, got "${pair}"`);
  return [pair.slice(0, at), pair.slice(at + 1)];
}

async function live(args: string[]): Promise<number> {
  const { values, positionals } = parseFlags('live', args, {
    provider: { type: 'string' },
    'base-url': { type: 'string' },
    operations: { type: 'string' },
    param: { type: 'string', multiple: true },
    'allow-writes': { type: 'string' },
    body: { type: 'string', multiple: true },
    'max-pages': { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    record: { type: 'string' },
    strict: { type: 'boolean', default: false },
    pseudonymize: { type: 'boolean', default: false },
    format: { type: 'string' },
    verbose: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (values.help) {
    process.stdout.write(help());
    return EXIT.ok;
  }
  if (positionals.length > 0)
    throw new UsageError(`live takes no positional arguments, got "${positionals[0]}"`);
  const provider = parseProvider(values.provider, true) as Provider;
  const format = parseFormat(values.format);
  const maxPages = values['max-pages'] === undefined ? 2 : Number(values['max-pages']);
  if (!Number.isInteger(maxPages) || maxPages < 1) {
    throw new UsageError(`--max-pages must be a positive integer, got "${values['max-pages']}"`);
  }
  if (values['base-url'] !== undefined) {
    try {
      new URL(values['base-url']);
    } catch {
      throw new UsageError(`--base-url is not a URL: "${values['base-url']}"`);
    }
  }
  if (values.pseudonymize && values.record === undefined)
    throw new UsageError('--pseudonymize only applies with --record');
  for (const flag of ['from', 'to'] as const) {
    const value = values[flag];
    if (value !== undefined && !isDate(value))
      throw new UsageError(`--${flag} must be a calendar date YYYY-MM-DD, got "${value}"`);
  }
  if (values.from !== undefined && values.to !== undefined && values.from > values.to)
    throw new UsageError(`--from ${values.from} is after --to ${values.to}`);
  const pathValues = Object.fromEntries(
    (values.param ?? []).map((pair) => splitPair('--param', pair, 'name=value')),
  );
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
  const writeIds = (values['allow-writes'] ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const id of bodies.keys())
    if (!writeIds.includes(id)) throw new UsageError(`--body ${id}: ${id} is not named by --allow-writes`);
  const writes = writeIds.map((operationId) => {
    if (!bodies.has(operationId)) {
      throw new UsageError(
        `--allow-writes ${operationId}: a write sends exactly the body you give; add --body ${operationId}='{…}'`,
      );
    }
    return { operationId, body: bodies.get(operationId) };
  });
  const { runLive } = await import('./live.js');
  const validators = await loadValidators();
  const results = await runLive({
    validators,
    provider,
    ...(values['base-url'] !== undefined ? { baseUrl: values['base-url'] } : {}),
    ...(values.operations !== undefined
      ? {
          operations: values.operations
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean),
        }
      : {}),
    pathValues,
    writes,
    maxPages,
    dateRange: {
      ...(values.from !== undefined ? { from: values.from } : {}),
      ...(values.to !== undefined ? { to: values.to } : {}),
    },
    ...(values.record !== undefined ? { recordDir: values.record } : {}),
    strict: values.strict,
    pseudonymize: values.pseudonymize,
    env: process.env,
  });
  process.stdout.write(
    formatReport(results, format, { color: useColor(), command: 'live', verbose: values.verbose }),
  );
  return exitCodeFor(results);
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'verify':
        return await verify(rest);
      case 'listen':
        return await (await import('./webhook-listen.js')).listenCommand(rest);
      case 'trigger':
        return await (await import('./webhook-trigger.js')).triggerCommand(rest);
      case 'live':
        return await live(rest);
      case '--version':
      case '-V':
        process.stdout.write(`${packageVersion()}\n`);
        return EXIT.ok;
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        process.stdout.write(help());
        return command === undefined ? EXIT.usage : EXIT.ok;
      default:
        throw new UsageError(
          `unknown command "${command}" (commands: verify, live, listen, trigger, help; flags: --help, --version)`,
        );
    }
  } catch (error) {
    if (error instanceof MissingCredentialsError) {
      process.stderr.write(`rtc-contract: ${oneLine(error.message)}\n`);
      return EXIT.credentials;
    }
    const known =
      error instanceof UsageError || error instanceof InputError || error instanceof ContractLookupError;
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`rtc-contract: ${known ? '' : 'internal error: '}${oneLine(message)}\n`);
    return EXIT.usage;
  }
}

process.exitCode = await main(process.argv.slice(2));
