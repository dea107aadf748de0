/**
 * What `rtc-contract listen` and `trigger` know of a provider's webhooks, read from its client
 * package at the specifiers the manifest records (the build found the client and checked them):
 * the adapter (`<client>/webhooks/testing`: secrets, verification, signing) and the examples of
 * its spec (`<client>/openapi.json`). Nothing here names a provider or builds a package name.
 */
import { createRequire } from 'node:module';
import type { WebhookAdapter, WebhookVerificationError } from '@rtc-sessions/runtime/internal';
import { InputError } from './cassette.js';
import { isProvider, type ManifestWebhooks, providerIds, readManifest } from './manifest.js';

const require = createRequire(import.meta.url);

export function checkProvider(value: string | undefined): string {
  if (value === undefined) throw new InputError(`--provider is required (${providerIds().join(', ')})`);
  if (!isProvider(value))
    throw new InputError(`unknown provider "${value}" (known: ${providerIds().join(', ')})`);
  return value;
}

/** The manifest's webhook specifiers of a known provider; an input error when its client has none. */
function webhookModules(provider: string): ManifestWebhooks {
  const entry = readManifest().providers[checkProvider(provider)];
  if (!entry?.webhooks)
    throw new InputError(`${provider} has no webhooks (its client ${entry?.client} exports none)`);
  return entry.webhooks;
}

/** The providers whose clients have webhooks, in the manifest's order. */
export function webhookProviderIds(): string[] {
  return Object.entries(readManifest().providers)
    .filter(([, entry]) => entry.webhooks !== null)
    .map(([provider]) => provider);
}

/** The provider's webhook adapter, from its client package. */
export async function loadWebhookAdapter(provider: string): Promise<WebhookAdapter> {
  const { adapter } = webhookModules(provider);
  const module = (await import(adapter)) as { webhookAdapter?: WebhookAdapter };
  if (!module.webhookAdapter) throw new Error(`${adapter} has no webhookAdapter`);
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
  const spec = require(webhookModules(provider).spec) as Json;
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
