/** The `listen` and `trigger` commands: their flag tables, their shared prologue, and their runs. */
import { readFileSync } from 'node:fs';
import {
  type CommandSpec,
  commandHelp,
  formatOption,
  HELP_FLAG,
  noPositionals,
  numberOption,
  parseFlags,
} from './command.js';
import { InputError, UsageError } from './errors.js';
import { EXIT } from './exit-codes.js';
import { type Io, untilStopped } from './io.js';
import { loadWebhookAdapter, webhookProviderIds } from './webhook-adapters.js';
import { formatDeliveryLine, type RunningListener, startListener } from './webhook-listen.js';
import { type TriggerResult, trigger } from './webhook-trigger.js';

/** The port `listen` takes unless `--port` says otherwise. */
export const DEFAULT_LISTEN_PORT = 8787;

export const LISTEN = {
  name: 'listen',
  usage: ['listen --provider P [--port N] [--record DIR]'],
  summary: `A local webhook receiver: verifies each delivery's signature, validates its payload against the
spec, prints one line per delivery (json: one JSON object per line, values redacted as cassettes
are), answers a provider's endpoint URL validation challenge, and with --record writes redacted
cassettes under DIR/<provider>/webhooks/<event>/. A delivery over 5 MiB gets a 413.
Secrets come from the environment (the message names the variable when one is missing).`,
  flags: {
    provider: { type: 'string', value: 'P', description: 'whose deliveries to expect' },
    port: {
      type: 'string',
      value: 'N',
      description: `default ${DEFAULT_LISTEN_PORT} (0: any free port); the first line printed is the URL`,
    },
    host: { type: 'string', value: 'H', description: 'the address to listen on (default 127.0.0.1)' },
    record: {
      type: 'string',
      value: 'DIR',
      description: 'write verified deliveries as redacted cassettes under DIR',
    },
    strict: {
      type: 'boolean',
      description: 'properties the contract does not describe are errors, not warnings',
    },
    format: { type: 'string', value: 'F', description: 'pretty (default) | json' },
    max: {
      type: 'string',
      value: 'N',
      description: 'stop after N deliveries (exit 1 if any was rejected or broke the contract)',
    },
    'base-url': {
      type: 'string',
      value: 'URL',
      description: "where a provider's published verification key is fetched from (e.g. the mock)",
    },
    help: HELP_FLAG,
  },
} as const satisfies CommandSpec;

export const TRIGGER = {
  name: 'trigger',
  usage: ['trigger --provider P EVENT --to URL [--secret S] [--example NAME] [--body FILE]'],
  summary: `Posts a correctly signed delivery of EVENT (the spec's example, or the bytes of --body FILE) to
URL, with the headers the provider sends. The secret comes from the environment, as for listen,
or from --secret. A provider that signs with a private key gets the published TEST key pair's
unless --secret gives another PEM; the mock serves its public half, so a handler that fetches
the provider's key from the mock verifies the delivery.
Exit 0 when the endpoint answers 2xx, 1 otherwise.`,
  flags: {
    provider: {
      type: 'string',
      value: 'P',
      description: 'whose delivery to send (its signing scheme and examples)',
    },
    to: { type: 'string', value: 'URL', description: 'the endpoint to post to' },
    secret: {
      type: 'string',
      value: 'S',
      description: "the signing secret instead of the environment's (a PEM for a key pair)",
    },
    example: {
      type: 'string',
      value: 'NAME',
      description: "which of the spec's examples of EVENT to send (default: the first)",
    },
    body: { type: 'string', value: 'FILE', description: 'send the bytes of FILE instead of an example' },
    timeout: {
      type: 'string',
      value: 'SECONDS',
      description: 'give up on the endpoint after this long (default 30)',
    },
    help: HELP_FLAG,
  },
} as const satisfies CommandSpec;

/** The environment variables of every provider's webhooks, from their adapters. */
export async function webhookEnvironmentHelp(): Promise<string> {
  const lines = await Promise.all(
    webhookProviderIds().map(async (provider) => {
      const variables = (await loadWebhookAdapter(provider)).secretEnv.map(
        (v) => `${v.env}${v.required ? '' : ' (optional)'}: ${v.description}`,
      );
      return `  ${provider.padEnd(14)}${variables.join('\n                ')}`;
    }),
  );
  return `\nEnvironment (listen, and trigger's signing)\n${lines.join('\n')}\n`;
}

/** The help of `listen` and `trigger`: the command's own, then the webhook secrets' variables. */
async function webhookHelp(command: CommandSpec): Promise<string> {
  return commandHelp(command, await webhookEnvironmentHelp());
}

/** The `listen` command. Resolves with the exit code once stopped (--max, SIGINT, SIGTERM). */
export async function listenCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseFlags(LISTEN, args);
  if (values.help) {
    io.stdout(await webhookHelp(LISTEN));
    return EXIT.ok;
  }
  noPositionals(LISTEN, positionals);
  const port = numberOption('--port', values.port, { integer: true, max: 65535 }) ?? DEFAULT_LISTEN_PORT;
  const max = numberOption('--max', values.max, { integer: true, min: 1 });
  const format = formatOption(values.format, ['pretty', 'json'] as const);
  let failures = 0;
  let seen = 0;
  const { stopped, stop } = untilStopped();
  let listener: RunningListener;
  try {
    listener = await startListener({
      provider: values.provider as string,
      port,
      ...(values.host !== undefined ? { host: values.host } : {}),
      ...(values.record !== undefined ? { recordDir: values.record } : {}),
      ...(values['base-url'] !== undefined ? { baseUrl: values['base-url'] } : {}),
      strict: values.strict === true,
      env: io.env,
      onDelivery: (report) => {
        seen += 1;
        if (report.verdict === 'rejected' || report.verdict === 'violations') failures += 1;
        io.stdout(`${format === 'json' ? JSON.stringify(report) : formatDeliveryLine(report)}\n`);
        if (max !== undefined && seen >= max) stop();
      },
    });
  } catch (error) {
    stop();
    throw error;
  }
  io.stdout(
    format === 'json'
      ? `${JSON.stringify({ listening: listener.url, provider: values.provider })}\n`
      : `listening on ${listener.url} for ${values.provider} webhooks (Ctrl-C stops)\n`,
  );
  await stopped;
  await listener.close();
  return failures > 0 ? EXIT.violations : EXIT.ok;
}

function readBodyFile(path: string | undefined): string | undefined {
  if (path === undefined) return undefined;
  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw new InputError(`cannot read --body file ${path}`);
  }
}

/** The `trigger` command. */
export async function triggerCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseFlags(TRIGGER, args);
  if (values.help) {
    io.stdout(await webhookHelp(TRIGGER));
    return EXIT.ok;
  }
  if (positionals.length !== 1) throw new UsageError('trigger takes exactly one EVENT (see --help)');
  if (values.to === undefined) throw new UsageError('--to URL is required');
  const timeout = numberOption('--timeout', values.timeout, { min: 0.001 });
  const body = readBodyFile(values.body);
  const event = positionals[0] as string;
  let result: TriggerResult;
  try {
    result = await trigger({
      provider: values.provider as string,
      event,
      to: values.to,
      env: io.env,
      ...(values.secret !== undefined ? { secret: values.secret } : {}),
      ...(values.example !== undefined ? { example: values.example } : {}),
      ...(body !== undefined ? { body } : {}),
      ...(timeout !== undefined ? { timeoutMs: timeout * 1000 } : {}),
    });
  } catch (error) {
    // fetch's "fetch failed" TypeError (refused, reset, DNS) or the timeout: the endpoint's problem
    const cause = (error as { cause?: unknown }).cause;
    if ((error instanceof TypeError && cause !== undefined) || (error as Error).name === 'TimeoutError') {
      const why = cause instanceof Error ? cause.message : (error as Error).message;
      throw new InputError(`could not reach ${values.to}: ${why}`);
    }
    throw error;
  }
  const answer = result.response.length > 200 ? `${result.response.slice(0, 197)}...` : result.response;
  io.stdout(`${event} → ${values.to} ${result.status} ${answer}\n`);
  return result.status >= 200 && result.status < 300 ? EXIT.ok : EXIT.violations;
}
