/**
 * `rtc-contract trigger`: posts a correctly signed delivery of an event — the spec's example, or a
 * body of your own — to a webhook endpoint, as the provider would (like the Stripe CLI's trigger).
 */
import { InputError, UsageError } from './errors.js';
import { readBounded } from './exchange.js';
import { requireProvider } from './manifest.js';
import { loadWebhookAdapter } from './webhook-adapters.js';
import { webhookEvent } from './webhook-validators.js';

export interface TriggerOptions {
  provider: string;
  event: string;
  /** The endpoint to post to. */
  to: string;
  /** The spec example to send (its name under the event's request body). @default the first */
  example?: string;
  /** A body to send instead of an example (sent byte for byte). */
  body?: string;
  /**
   * The signing secret, instead of the environment's (a private key PEM for a provider that signs
   * with one; without it, the published TEST key pair signs).
   */
  secret?: string;
  env?: Readonly<Record<string, string | undefined>>;
  fetch?: typeof globalThis.fetch;
  /** Give up on the endpoint after this long. @default 30000 */
  timeoutMs?: number;
}

/** An endpoint's answer longer than this is not read further (trigger prints its start). */
const MAX_ANSWER_BYTES = 1024 * 1024;

export interface TriggerResult {
  status: number;
  /** The endpoint's answer, as text. */
  response: string;
  /** What was posted. */
  body: string;
}

/** The body trigger sends for an event: the named (or first) example of the spec, compact. */
export function exampleBody(provider: string, event: string, example?: string): string {
  const { examples } = webhookEvent(requireProvider(provider), event);
  const names = Object.keys(examples);
  if (names.length === 0)
    throw new InputError(`the spec has no example for ${provider} webhook "${event}"; pass --body FILE`);
  const name = example ?? names[0];
  if (name === undefined || !Object.hasOwn(examples, name)) {
    throw new InputError(`no example "${example}" for ${event} (examples: ${names.join(', ')})`);
  }
  return JSON.stringify(examples[name]);
}

export async function trigger(options: TriggerOptions): Promise<TriggerResult> {
  const provider = requireProvider(options.provider);
  let url: URL;
  try {
    url = new URL(options.to);
  } catch {
    throw new UsageError(`--to is not a URL: "${options.to}"`);
  }
  const body = options.body ?? exampleBody(provider, options.event, options.example);
  const adapter = await loadWebhookAdapter(provider);
  const delivery = adapter.sign(body, options.env ?? process.env, {
    ...(options.secret !== undefined ? { secret: options.secret } : {}),
  });
  const response = await (options.fetch ?? globalThis.fetch)(url, {
    method: 'POST',
    headers: { 'user-agent': 'rtc-contract trigger', ...delivery.headers },
    body: delivery.body,
    signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
  });
  const answer = await readBounded(response.body, MAX_ANSWER_BYTES, `the answer of ${url.href}`);
  return { status: response.status, response: answer, body: delivery.body };
}
