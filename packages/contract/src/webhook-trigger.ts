/**
 * `rtc-contract trigger`: posts a correctly signed delivery of an event — the spec's example, or a
 * body of your own — to a webhook endpoint, as the provider would (like the Stripe CLI's trigger).
 */
import { readFileSync } from 'node:fs';
import { InputError } from './cassette.js';
import { parseFlags } from './flags.js';
import {
  checkProvider,
  isVerificationError,
  loadWebhookAdapter,
  webhookExamples,
} from './webhook-adapters.js';
import { webhookEnvironmentHelp } from './webhook-listen.js';

const EXIT_FAILED = 1; // cli.ts EXIT.violations: the endpoint did not accept the delivery
const EXIT_CREDENTIALS = 3; // cli.ts EXIT.credentials

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
}

export interface TriggerResult {
  status: number;
  /** The endpoint's answer, as text. */
  response: string;
  /** What was posted. */
  body: string;
}

/** The body trigger sends for an event: the named (or first) example of the spec, compact. */
export function exampleBody(provider: string, event: string, example?: string): string {
  const examples = webhookExamples(provider, event);
  if (examples.size === 0)
    throw new InputError(`the spec has no example for ${provider} webhook "${event}"; pass --body FILE`);
  const name = example ?? [...examples.keys()][0];
  if (name === undefined || !examples.has(name)) {
    throw new InputError(
      `no example "${example}" for ${event} (examples: ${[...examples.keys()].join(', ')})`,
    );
  }
  return JSON.stringify(examples.get(name));
}

export async function trigger(options: TriggerOptions): Promise<TriggerResult> {
  const provider = checkProvider(options.provider);
  let url: URL;
  try {
    url = new URL(options.to);
  } catch {
    throw new InputError(`--to is not a URL: "${options.to}"`);
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
  });
  return { status: response.status, response: await response.text(), body: delivery.body };
}

export const TRIGGER_HELP = `rtc-contract trigger --provider P EVENT --to URL [--secret S] [--example NAME] [--body FILE]
  Posts a correctly signed delivery of EVENT (the spec's example, or the bytes of --body FILE) to
  URL, with the headers the provider sends. The secret comes from the environment, as for listen,
  or from --secret. A provider that signs with a private key gets the published TEST key pair's
  unless --secret gives another PEM; the mock serves its public half, so a handler that fetches
  the provider's key from the mock verifies the delivery.
  Exit 0 when the endpoint answers 2xx, 1 otherwise.
`;

/** The `trigger` command. */
export async function triggerCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseFlags('trigger', args, {
    provider: { type: 'string' },
    to: { type: 'string' },
    secret: { type: 'string' },
    example: { type: 'string' },
    body: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (values.help) {
    process.stdout.write(TRIGGER_HELP + (await webhookEnvironmentHelp()));
    return 0;
  }
  if (positionals.length !== 1) throw new InputError('trigger takes exactly one EVENT (see --help)');
  if (values.to === undefined) throw new InputError('--to URL is required');
  let body: string | undefined;
  if (values.body !== undefined) {
    try {
      body = readFileSync(values.body, 'utf8');
    } catch {
      throw new InputError(`cannot read --body file ${values.body}`);
    }
  }
  const event = positionals[0] as string;
  let result: TriggerResult;
  try {
    result = await trigger({
      provider: values.provider as string,
      event,
      to: values.to,
      ...(values.secret !== undefined ? { secret: values.secret } : {}),
      ...(values.example !== undefined ? { example: values.example } : {}),
      ...(body !== undefined ? { body } : {}),
    });
  } catch (error) {
    if (isVerificationError(error) && error.reason === 'missing_secret') {
      process.stderr.write(`rtc-contract: ${error.message}\n`);
      return EXIT_CREDENTIALS;
    }
    if (error instanceof TypeError && (error as { cause?: unknown }).cause !== undefined) {
      throw new InputError(
        `could not reach ${values.to}: ${String((error.cause as Error).message ?? error.cause)}`,
      );
    }
    throw error;
  }
  const answer = result.response.length > 200 ? `${result.response.slice(0, 197)}...` : result.response;
  process.stdout.write(`${event} → ${values.to} ${result.status} ${answer}\n`);
  return result.status >= 200 && result.status < 300 ? 0 : EXIT_FAILED;
}
