/**
 * `rtc-contract listen`: a local webhook receiver for development and staging (point a tunnel at
 * it). Each delivery is verified with the provider's scheme (secrets from the environment), its
 * payload validated against the event's schema in the spec, and reported on one line (values
 * redacted as cassettes are); a provider's URL-validation challenge is answered (its adapter says
 * how); verified deliveries of known events can be recorded as redacted cassettes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { WebhookAdapter } from '@rtc-sessions/runtime/internal';
import { InputError } from './errors.js';
import { scrubViolations } from './exchange.js';
import { requireProvider } from './manifest.js';
import type { Violation } from './violations.js';
import { isVerificationError, loadWebhookAdapter } from './webhook-adapters.js';
import { redactWebhookCassette, type WebhookCassette } from './webhook-cassette.js';
import { loadWebhookValidators, type WebhookValidators } from './webhook-validators.js';

/** A delivery larger than this is answered 413 and not checked. */
export const MAX_DELIVERY_BYTES = 5 * 1024 * 1024;
/**
 * How much of an oversized delivery is read (and dropped) so that the sender, still writing, gets
 * the 413 instead of a reset connection; past this the connection is closed.
 */
export const MAX_DISCARD_BYTES = 64 * 1024 * 1024;

/** The verdict on one delivery. */
export interface DeliveryReport {
  /** ISO time of receipt. */
  at: string;
  /** The event name the body carries, when it could be read. */
  event: string | undefined;
  /**
   * `ok`: authentic and within the contract; `violations`: authentic, breaks the contract;
   * `unknown-event`: authentic, an event the spec does not describe; `rejected`: verification failed
   * (or the delivery was too large).
   */
  verdict: 'ok' | 'violations' | 'unknown-event' | 'rejected';
  /** The verification failure's reason (or `too_large`), for `rejected`. */
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

type Body = { ok: true; bytes: Buffer } | { ok: false; size: number };

/**
 * The request body up to MAX_DELIVERY_BYTES; beyond, the rest is read and dropped (up to
 * MAX_DISCARD_BYTES, then the connection is closed) so that the 413 reaches the sender.
 */
function readBody(request: IncomingMessage): Promise<Body> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_DELIVERY_BYTES) chunks.push(chunk);
      else if (size > MAX_DISCARD_BYTES) request.destroy();
    });
    request.on('end', () =>
      resolve(size > MAX_DELIVERY_BYTES ? { ok: false, size } : { ok: true, bytes: Buffer.concat(chunks) }),
    );
    request.on('error', reject);
    request.on('close', () => {
      if (!request.complete) reject(new InputError('the sender closed the connection mid-delivery'));
    });
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

/** What a running receiver needs for each delivery. */
interface Receiver {
  provider: string;
  options: ListenOptions;
  env: Readonly<Record<string, string | undefined>>;
  adapter: WebhookAdapter;
  verify: ReturnType<WebhookAdapter['createVerifier']>;
  validators: WebhookValidators;
  knownSecrets: string[];
  sequence: number;
}

interface Delivery {
  event: string;
  rawText: string;
  body: unknown;
  headers: Record<string, string>;
  path: string;
  status: number;
  answer: unknown;
  at: string;
}

/** Writes a verified delivery of a known event as a redacted cassette (with --record). */
function record(receiver: Receiver, delivery: Delivery): string | undefined {
  const { options, provider } = receiver;
  if (options.recordDir === undefined) return undefined;
  const cassette: WebhookCassette = {
    format: 'rtc-sessions/cassette@1',
    provider,
    webhook: delivery.event,
    recordedAt: delivery.at,
    source: 'rtc-contract listen',
    request: {
      method: 'POST',
      path: delivery.path,
      headers: delivery.headers,
      body: delivery.body,
      bodyText: delivery.rawText,
    },
    response: {
      status: delivery.status,
      ...(delivery.answer !== undefined ? { body: delivery.answer } : {}),
    },
  };
  const safe = redactWebhookCassette(cassette, {
    knownSecrets: receiver.knownSecrets,
    keepHeaders: receiver.validators.event(provider, delivery.event).headers.map((h) => h.name),
    extraSecretHeaders: receiver.adapter.secretHeaders(receiver.env),
  });
  const dir = join(options.recordDir, provider, 'webhooks', delivery.event);
  mkdirSync(dir, { recursive: true });
  receiver.sequence += 1;
  const file = join(dir, `${delivery.at.replace(/[:.]/g, '-')}-${receiver.sequence}.json`);
  writeFileSync(file, `${JSON.stringify(safe, null, 2)}\n`);
  return file;
}

/** A delivery whose signature did not verify: 401 (400 for a body that is not JSON). */
function rejected(receiver: Receiver, raw: Buffer, error: { reason: string; message: string }, at: string) {
  let event: string | undefined;
  try {
    event = receiver.validators.eventName(receiver.provider, JSON.parse(raw.toString('utf8')));
  } catch {
    event = undefined;
  }
  const status = error.reason === 'malformed_body' ? 400 : 401;
  const report: DeliveryReport = {
    at,
    event,
    verdict: 'rejected',
    reason: error.reason,
    message: error.message,
    status,
    errors: [],
    warnings: [],
  };
  return { report, reply: { error: error.reason } as unknown };
}

/** Verifies, validates and (with --record) records one delivery; the report and the answer to send. */
async function handle(receiver: Receiver, request: IncomingMessage, raw: Buffer, at: string) {
  const { provider, validators, env } = receiver;
  let event: Awaited<ReturnType<Receiver['verify']>>;
  try {
    event = await receiver.verify(raw, request.headers);
  } catch (error) {
    if (!isVerificationError(error)) throw error;
    return rejected(receiver, raw, error, at);
  }
  const answer = receiver.adapter.reply(event, env);
  const status = answer?.status ?? 200;
  const reply = answer?.body ?? { received: true };
  if (!validators.events(provider).some((e) => e.event === event.event)) {
    return {
      report: {
        at,
        event: event.event,
        verdict: 'unknown-event',
        status,
        errors: [],
        warnings: [],
      } as DeliveryReport,
      reply,
    };
  }
  const headers = flatHeaders(request);
  const result = validators.validateWebhook({
    provider,
    event: event.event,
    body: event.body,
    headers,
    strict: receiver.options.strict === true,
  });
  const path = request.url ?? '/';
  const recorded = record(receiver, {
    event: event.event,
    rawText: raw.toString('utf8'),
    body: event.body,
    headers,
    path,
    status,
    answer: answer?.body,
    at,
  });
  const report: DeliveryReport = {
    at,
    event: event.event,
    verdict: result.ok ? 'ok' : 'violations',
    status,
    // reports quote payload values: scrubbed as the cassettes are
    errors: scrubViolations(result.errors, receiver.knownSecrets),
    warnings: scrubViolations(result.warnings, receiver.knownSecrets),
    ...(recorded ? { recorded } : {}),
  };
  return { report, reply };
}

function failure(status: number, reason: string, message: string): DeliveryReport {
  return {
    at: new Date().toISOString(),
    event: undefined,
    verdict: 'rejected',
    reason,
    message,
    status,
    errors: [],
    warnings: [],
  };
}

/** One request to the receiver: a POST is read (bounded), handled and answered; the report goes out. */
async function serve(receiver: Receiver, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const send = (status: number, body: unknown) => {
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(JSON.stringify(body));
  };
  if (request.method !== 'POST') return send(405, { error: 'webhook deliveries are POSTs' });
  const at = new Date().toISOString();
  let report: DeliveryReport;
  try {
    const body = await readBody(request);
    if (!body.ok) {
      send(413, { error: 'too_large', limit: MAX_DELIVERY_BYTES });
      report = failure(
        413,
        'too_large',
        `the delivery is ${body.size} bytes, more than ${MAX_DELIVERY_BYTES}`,
      );
    } else {
      const handled = await handle(receiver, request, body.bytes, at);
      send(handled.report.status, handled.reply);
      report = handled.report;
    }
  } catch (error) {
    if (!response.headersSent && !request.destroyed) send(500, { error: 'internal' });
    report = failure(500, 'internal_error', error instanceof Error ? error.message : String(error));
  }
  receiver.options.onDelivery?.(report);
}

/**
 * Starts the receiver. Throws WebhookVerificationError `missing_secret` (naming the variable) when a
 * required secret is not in the environment.
 */
export async function startListener(options: ListenOptions): Promise<RunningListener> {
  const provider = requireProvider(options.provider);
  const env = options.env ?? process.env;
  const adapter = await loadWebhookAdapter(provider);
  const receiver: Receiver = {
    provider,
    options,
    env,
    adapter,
    verify: adapter.createVerifier(env, options.baseUrl !== undefined ? { baseUrl: options.baseUrl } : {}),
    validators: await loadWebhookValidators(),
    knownSecrets: secretValues(adapter, env),
    sequence: 0,
  };
  const server = createServer((request, response) => void serve(receiver, request, response));
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
