/**
 * What `rtc-contract listen` and `trigger` know of a provider's webhooks, read from its client
 * package at the specifier the manifest records (the build found the client and checked it): the
 * adapter (`<client>/webhooks/testing`: secrets, verification, signing). The examples `trigger`
 * sends are in the webhook manifest. Nothing here names a provider or builds a package name.
 */
import type { WebhookAdapter, WebhookVerificationError } from '@rtc-sessions/runtime/internal';
import { ContractLookupError, IncompleteBuildError } from './errors.js';
import { lookupProvider, type ManifestWebhooks, readManifest } from './manifest.js';

/** The manifest's webhook specifiers of a known provider; an input error when its client has none. */
function webhookModules(provider: string): ManifestWebhooks {
  const entry = lookupProvider(provider);
  if (!entry.webhooks)
    throw new ContractLookupError(`${provider} has no webhooks (its client ${entry.client} exports none)`);
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
  if (!module.webhookAdapter) throw new IncompleteBuildError(`${adapter} has no webhookAdapter`);
  return module.webhookAdapter;
}

/**
 * Whether an error is a client's verification failure. By name as well as by class: an install
 * where the clients and this package resolve different copies of the runtime has two classes.
 */
export function isVerificationError(error: unknown): error is WebhookVerificationError {
  return error instanceof Error && error.name === 'WebhookVerificationError' && 'reason' in error;
}
