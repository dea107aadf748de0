/**
 * `rtc-contract listen`: a local webhook receiver for development and staging (point a tunnel at
 * it). Each delivery is verified with the provider's scheme (secrets from the environment), its
 * payload validated against the event's schema in the spec, and reported on one line; a provider's
 * URL-validation challenge is answered (its adapter says how); verified deliveries of known events can
 * be recorded as redacted cassettes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { join } from 'node:path';
import type { WebhookAdapter } from '@rtc-sessions/runtime/internal';
import { InputError } from './cassette.js';
import { parseFlags } from './flags.js';
import type { Violation } from './violations.js';
import {
  checkProvider,
  isVerificationError,
  loadWebhookAdapter,
  webhookProviderIds,
} from './webhook-adapters.js';
import { redactWebhookCassette, type WebhookCassette } from './webhook-cassette.js';
import { loadWebhookValidators, type WebhookValidators } from './webhook-validators.js';

// The exit codes of cli.ts (EXIT): 1 violations, 3 missing credentials.
const EXIT_VIOLATIONS = 1;
const EXIT_CREDENTIALS = 3;
const MAX_BODY_BYTES = 5 * 1024 * 1024;

/** The verdict on one delivery. */
export interface DeliveryReport {
  /** ISO time of receipt. */
  at: string;
  /** The event name the body carries, when it could be read. */
  event: string | undefined;
  /**
   * `ok`: authentic and within the contract; `violations`: authentic, breaks the contract;
   * `unknown-event`: authentic, an event the spec does not describe; `rejected`: verification failed.
   */
  verdict: 'ok' | 'violations' | 'unknown-event' | 'rejected';
  /** The verification failure's reason, for `rejected`. */
  reason?: string;
  message?: string;
  /** The status the receiver answered with. */
  status: number;
  errors: Violation[];
  warnings: Violation[];
  /** The cassette written, with --record. */
  recorded?: string;
}

export interface ListenOptions {
  provider: string;
  /** @default 0 (any free port) */
  port?: number;
  /** @default 127.0.0.1 */
  host?: string;
  /** Write verified deliveries of known events under DIR/<provider>/webhooks/<event>/. */
  recordDir?: string;
  strict?: boolean;
  /** Where a provider's published verification key is fetched from (a mock). */
  baseUrl?: string;
  env?: Readonly<Record<string, string | undefined>>;
  onDelivery?: (report: DeliveryReport) => void;
}

export interface RunningListener {
  url: string;
  server: Server;
  close(): Promise<void>;
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new InputError(`the delivery is larger than ${MAX_BODY_BYTES} bytes`));
        request.destroy();
      } else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

function flatHeaders(request: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) out[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

function secretValues(adapter: WebhookAdapter, env: Readonly<Record<string, string | undefined>>): string[] {
  return adapter.secretEnv.flatMap((v) => {
    const value = env[v.env];
    return value ? [value] : [];
  });
}

/**
 * Starts the receiver. Throws WebhookVerificationError `missing_secret` (naming the variable) when a
 * required secret is not in the environment.
 */
export async function startListener(options: ListenOptions): Promise<RunningListener> {
  const provider = checkProvider(options.provider);
  const env = options.env ?? process.env;
  const adapter = await loadWebhookAdapter(provider);
  const verify = adapter.createVerifier(
    env,
    options.baseUrl !== undefined ? { baseUrl: options.baseUrl } : {},
  );
  const validators: WebhookValidators = await loadWebhookValidators();
  const knownSecrets = secretValues(adapter, env);
  let sequence = 0;

  const record = (
    event: string,
    rawText: string,
    body: unknown,
    headers: Record<string, string>,
    path: string,
    status: number,
    answer: unknown,
    at: string,
  ): string | undefined => {
    if (options.recordDir === undefined) return undefined;
    const cassette: WebhookCassette = {
      format: 'rtc-sessions/cassette@1',
      provider,
      webhook: event,
      recordedAt: at,
      source: 'rtc-contract listen',
      request: { method: 'POST', path, headers, body, bodyText: rawText },
      response: { status, ...(answer !== undefined ? { body: answer } : {}) },
    };
    const safe = redactWebhookCassette(cassette, {
      knownSecrets,
      keepHeaders: validators.event(provider, event).headers.map((h) => h.name),
      extraSecretHeaders: adapter.secretHeaders(env),
    });
    const dir = join(options.recordDir, provider, 'webhooks', event);
    mkdirSync(dir, { recursive: true });
    sequence += 1;
    const file = join(dir, `${at.replace(/[:.]/g, '-')}-${sequence}.json`);
    writeFileSync(file, `${JSON.stringify(safe, null, 2)}\n`);
    return file;
  };

  const handle = async (request: IncomingMessage): Promise<{ report: DeliveryReport; reply: unknown }> => {
    const at = new Date().toISOString();
    const raw = await readBody(request);
    const headers = flatHeaders(request);
    let event: Awaited<ReturnType<typeof verify>>;
    try {
      event = await verify(raw, request.headers);
    } catch (error) {
      if (!isVerificationError(error)) throw error;
      const status = error.reason === 'malformed_body' ? 400 : 401;
      let name: string | undefined;
      try {
        name = validators.eventName(provider, JSON.parse(raw.toString('utf8')));
      } catch {
        name = undefined;
      }
      return {
        report: {
          at,
          event: name,
          verdict: 'rejected',
          reason: error.reason,
          message: error.message,
          status,
          errors: [],
          warnings: [],
        },
        reply: { error: error.reason },
      };
    }
    const answer = adapter.reply(event, env);
    const status = answer?.status ?? 200;
    const reply = answer?.body ?? { received: true };
    if (!validators.events(provider).some((e) => e.event === event.event)) {
      return {
        report: { at, event: event.event, verdict: 'unknown-event', status, errors: [], warnings: [] },
        reply,
      };
    }
    const result = validators.validateWebhook({
      provider,
      event: event.event,
      body: event.body,
      headers,
      strict: options.strict === true,
    });
    const recorded = record(
      event.event,
      raw.toString('utf8'),
      event.body,
      headers,
      request.url ?? '/',
      status,
      answer?.body,
      at,
    );
    return {
      report: {
        at,
        event: event.event,
        verdict: result.ok ? 'ok' : 'violations',
        status,
        errors: result.errors,
        warnings: result.warnings,
        ...(recorded ? { recorded } : {}),
      },
      reply,
    };
  };

  const server = createServer((request, response) => {
    const send = (status: number, body: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    if (request.method !== 'POST') {
      send(405, { error: 'webhook deliveries are POSTs' });
      return;
    }
    handle(request).then(
      ({ report, reply }) => {
        send(report.status, reply);
        options.onDelivery?.(report);
      },
      (error: unknown) => {
        const status = error instanceof InputError ? 413 : 500;
        send(status, { error: 'internal' });
        options.onDelivery?.({
          at: new Date().toISOString(),
          event: undefined,
          verdict: 'rejected',
          reason: status === 413 ? 'too_large' : 'internal_error',
          message: error instanceof Error ? error.message : String(error),
          status,
          errors: [],
          warnings: [],
        });
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const host = options.host ?? '127.0.0.1';
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}/`,
    server,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function show(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
}

/** One line per delivery: time, event, verdict, then the violations (pointer: expected, actual). */
export function formatDeliveryLine(report: DeliveryReport): string {
  const head = `${report.at} ${report.event ?? '(no event)'} → ${report.status}`;
  switch (report.verdict) {
    case 'ok':
      return `${head} ok${report.warnings.length ? ` (${report.warnings.length} warnings: ${report.warnings.map((w) => w.pointer || w.keyword).join(', ')})` : ''}`;
    case 'unknown-event':
      return `${head} verified; event not in the spec (not validated, not recorded)`;
    case 'rejected':
      return `${head} REJECTED ${report.reason}: ${report.message}`;
    case 'violations':
      return `${head} VIOLATES the contract: ${report.errors
        .map(
          (v) =>
            `${v.in === 'header' ? `header ${v.header}` : v.pointer || '(root)'} ${v.keyword} expected ${show(v.expected)}, got ${show(v.actual)}`,
        )
        .join('; ')}`;
  }
}

export const LISTEN_HELP = `rtc-contract listen --provider P [--port N] [--host H] [--record DIR] [--strict] [--format pretty|json] [--max N] [--base-url URL]
  A local webhook receiver: verifies each delivery's signature, validates its payload against the
  spec, prints one line per delivery (json: one JSON object per line), answers a provider's
  endpoint URL validation challenge, and with --record writes redacted cassettes under DIR/<provider>/webhooks/<event>/.
  Secrets come from the environment (the message names the variable when one is missing).
  --port N      default 8787 (0: any free port); the first line printed is the URL
  --max N       stop after N deliveries (exit 1 if any was rejected or broke the contract)
  --base-url    where a provider's published verification key is fetched from (e.g. the mock)
`;

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
  return `Environment (listen, and trigger's signing)\n${lines.join('\n')}\n`;
}

/** The `listen` command. Resolves with the exit code once stopped (--max, SIGINT, SIGTERM). */
export async function listenCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseFlags('listen', args, {
    provider: { type: 'string' },
    port: { type: 'string' },
    host: { type: 'string' },
    record: { type: 'string' },
    strict: { type: 'boolean', default: false },
    format: { type: 'string' },
    max: { type: 'string' },
    'base-url': { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (values.help) {
    process.stdout.write(LISTEN_HELP + (await webhookEnvironmentHelp()));
    return 0;
  }
  if (positionals.length > 0)
    throw new InputError(`listen takes no positional arguments, got "${positionals[0]}"`);
  const port = Number(values.port ?? 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new InputError(`--port must be a port number, got "${values.port}"`);
  const max = values.max === undefined ? undefined : Number(values.max);
  if (max !== undefined && (!Number.isInteger(max) || max < 1))
    throw new InputError(`--max must be a positive integer, got "${values.max}"`);
  const format = values.format ?? 'pretty';
  if (format !== 'pretty' && format !== 'json')
    throw new InputError(`--format must be pretty or json, got "${format}"`);

  let failures = 0;
  let seen = 0;
  let stop: () => void = () => {};
  const stopped = new Promise<void>((resolve) => {
    stop = resolve;
  });
  let listener: RunningListener;
  try {
    listener = await startListener({
      provider: values.provider as string,
      port,
      ...(values.host !== undefined ? { host: values.host } : {}),
      ...(values.record !== undefined ? { recordDir: values.record } : {}),
      ...(values['base-url'] !== undefined ? { baseUrl: values['base-url'] } : {}),
      strict: values.strict,
      onDelivery: (report) => {
        seen += 1;
        if (report.verdict === 'rejected' || report.verdict === 'violations') failures += 1;
        process.stdout.write(`${format === 'json' ? JSON.stringify(report) : formatDeliveryLine(report)}\n`);
        if (max !== undefined && seen >= max) stop();
      },
    });
  } catch (error) {
    if (isVerificationError(error) && error.reason === 'missing_secret') {
      process.stderr.write(`rtc-contract: ${error.message}\n`);
      return EXIT_CREDENTIALS;
    }
    throw error;
  }
  process.stdout.write(
    format === 'json'
      ? `${JSON.stringify({ listening: listener.url, provider: values.provider })}\n`
      : `listening on ${listener.url} for ${values.provider} webhooks (Ctrl-C stops)\n`,
  );
  const onSignal = () => stop();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  await stopped;
  process.off('SIGINT', onSignal);
  process.off('SIGTERM', onSignal);
  await listener.close();
  return failures > 0 ? EXIT_VIOLATIONS : 0;
}
