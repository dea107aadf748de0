/**
 * What `rtc-contract listen` and `trigger` know of a provider's webhooks, read from its client
 * package: the adapter (`@rtc-sessions/<provider>/webhooks/testing`: secrets, verification,
 * signing) and the examples of its spec (`@rtc-sessions/<provider>/openapi.json`). Nothing here
 * names a provider.
 */
import { createRequire } from 'node:module';
import type { WebhookAdapter, WebhookVerificationError } from '@rtc-sessions/runtime/internal';
import { InputError } from './cassette.js';
import { isProvider, providerIds } from './manifest.js';

const require = createRequire(import.meta.url);

export function checkProvider(value: string | undefined): string {
  if (value === undefined) throw new InputError(`--provider is required (${providerIds().join(', ')})`);
  if (!isProvider(value))
    throw new InputError(`unknown provider "${value}" (known: ${providerIds().join(', ')})`);
  return value;
}

/** The provider's webhook adapter, from its client package. */
export async function loadWebhookAdapter(provider: string): Promise<WebhookAdapter> {
  const module = (await import(`@rtc-sessions/${checkProvider(provider)}/webhooks/testing`)) as {
    webhookAdapter?: WebhookAdapter;
  };
  if (!module.webhookAdapter)
    throw new Error(`@rtc-sessions/${provider}/webhooks/testing has no webhookAdapter`);
  return module.webhookAdapter;
}

/**
 * Whether an error is a client's verification failure. By name as well as by class: an install
 * where the clients and this package resolve different copies of the runtime has two classes.
 */
export function isVerificationError(error: unknown): error is WebhookVerificationError {
  return error instanceof Error && error.name === 'WebhookVerificationError' && 'reason' in error;
}

type Json = Record<string, unknown>;

function deref(spec: Json, node: unknown): unknown {
  let current = node as { $ref?: unknown } | undefined;
  for (let hops = 0; current && typeof current.$ref === 'string' && hops < 20; hops++) {
    let target: unknown = spec;
    for (const raw of current.$ref.replace(/^#\//, '').split('/')) {
      target = (target as Json | undefined)?.[raw.replace(/~1/g, '/').replace(/~0/g, '~')];
    }
    current = target as { $ref?: unknown } | undefined;
  }
  return current;
}

/** The names of the event's request-body examples in the spec, and their values. */
export function webhookExamples(provider: string, event: string): Map<string, unknown> {
  const spec = require(`@rtc-sessions/${checkProvider(provider)}/openapi.json`) as Json;
  const hooks = (spec.webhooks ?? {}) as Json;
  const item = deref(spec, hooks[event]) as Json | undefined;
  if (!item) {
    throw new InputError(
      `unknown webhook event "${event}" for ${provider} (known: ${Object.keys(hooks).join(', ')})`,
    );
  }
  const requestBody = deref(spec, (item.post as Json | undefined)?.requestBody) as Json | undefined;
  const media = ((requestBody?.content ?? {}) as Json)['application/json'] as Json | undefined;
  const examples = new Map<string, unknown>();
  for (const [name, example] of Object.entries((media?.examples ?? {}) as Json)) {
    const value = (deref(spec, example) as Json | undefined)?.value;
    if (value !== undefined) examples.set(name, value);
  }
  if (examples.size === 0 && media?.example !== undefined) examples.set('example', media.example);
  return examples;
}
