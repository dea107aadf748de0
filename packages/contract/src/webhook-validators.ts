import { readFileSync } from 'node:fs';
import { checkBody, checkHeaders } from './checks.js';
import { loadCompiled, type ValidatorOf } from './compiled.js';
import { ContractLookupError, IncompleteBuildError } from './errors.js';
import { lookupProvider, type ManifestHeader, type Provider, providerIds } from './manifest.js';
import type { ValidationResult } from './validators.js';

/** One event in `dist/generated/webhooks.json`: its description and the names of its compiled validators. */
export interface WebhookManifestEvent {
  /** The key under `webhooks:`, which is the event name the payload carries. */
  event: string;
  method: string;
  /** The media type of the payload (`application/json`). */
  contentType: string;
  /** Pointer of the payload schema in the spec. */
  schema: string;
  /** The payload property whose `const` names the event (`event`, `webhookType`, `type`). */
  discriminator: string | null;
  contract: string;
  strict: string;
  fast: string;
  /** The request headers the spec declares (the signature and its timestamp). */
  headers: ManifestHeader[];
  /** The spec's examples of the payload, by name (`trigger` sends one), `$ref`s resolved at build. */
  examples: Record<string, unknown>;
}

export interface WebhookManifest {
  format: typeof WEBHOOK_MANIFEST_FORMAT;
  providers: Record<Provider, { events: WebhookManifestEvent[] }>;
}

export interface WebhookToValidate {
  provider: string;
  /** The event name, as the spec's `webhooks:` key (`session.started`, `participant-joined`…). */
  event: string;
  /** The parsed JSON payload. */
  body: unknown;
  /** The delivery's request headers (any case); the ones the spec declares are validated. */
  headers?: Record<string, string>;
  /** Treat properties the contract does not describe as errors instead of warnings. */
  strict?: boolean;
}

export interface WebhookValidators {
  readonly providers: readonly Provider[];
  /** The events the provider's spec describes. */
  events(provider: string): readonly WebhookManifestEvent[];
  /** Throws ContractLookupError for an unknown provider or event, naming the known ones. */
  event(provider: string, event: string): WebhookManifestEvent;
  /**
   * The event name a payload carries in the provider's discriminator property (`event`,
   * `webhookType`, `type`), or undefined when there is none; it may name an event the spec lacks.
   */
  eventName(provider: string, body: unknown): string | undefined;
  validateWebhook(input: WebhookToValidate): ValidationResult;
}

export const WEBHOOK_MANIFEST_FORMAT = 'rtc-sessions/webhook-manifest@2';

let cachedManifest: WebhookManifest | undefined;

/** The build's webhook manifest (read once). */
export function readWebhookManifest(): WebhookManifest {
  if (cachedManifest) return cachedManifest;
  const url = new URL('./generated/webhooks.json', import.meta.url);
  let manifest: WebhookManifest;
  try {
    manifest = JSON.parse(readFileSync(url, 'utf8')) as WebhookManifest;
  } catch (error) {
    throw new IncompleteBuildError(`${url.pathname} is missing: rebuild @rtc-sessions/contract`, {
      cause: error,
    });
  }
  if (manifest.format !== WEBHOOK_MANIFEST_FORMAT) {
    throw new IncompleteBuildError(
      `${url.pathname} is ${String(manifest.format)}: rebuild @rtc-sessions/contract`,
    );
  }
  cachedManifest = manifest;
  return manifest;
}

/** An event's manifest entry, without loading any validator; ContractLookupError naming the known ones. */
export function webhookEvent(provider: string, name: string): WebhookManifestEvent {
  lookupProvider(provider);
  const events = readWebhookManifest().providers[provider]?.events ?? [];
  const found = events.find((e) => e.event === name);
  if (!found) {
    throw new ContractLookupError(
      `unknown webhook event "${name}" for ${provider} (known: ${events.map((e) => e.event).join(', ')})`,
    );
  }
  return found;
}

/** The property values that name the event in a payload, by the provider's discriminators. */
function eventNameOf(discriminators: readonly string[], body: unknown): string | undefined {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return undefined;
  for (const property of discriminators) {
    const value = (body as Record<string, unknown>)[property];
    if (typeof value === 'string') return value;
  }
  return undefined;
}

/** Checks a delivery's payload and declared headers: the same checks as a response's. */
function validateDelivery(
  hook: WebhookManifestEvent,
  input: WebhookToValidate,
  validatorOf: ValidatorOf,
): ValidationResult {
  const { errors, warnings } = checkBody(
    validatorOf,
    hook,
    input.body,
    input.strict === true,
    hook.contentType,
  );
  if (input.headers) errors.push(...checkHeaders(input.headers, hook.headers, validatorOf));
  return { ok: errors.length === 0, errors, warnings };
}

/** Loads the webhook validators compiled at build time (dist/generated/*.webhooks*.js). */
export async function loadWebhookValidators(): Promise<WebhookValidators> {
  const manifest = readWebhookManifest();
  const providers = providerIds();
  const compiled = await loadCompiled(providers, '.webhooks');
  const index = new Map<Provider, Map<string, WebhookManifestEvent>>(
    providers.map((p) => [p, new Map((manifest.providers[p]?.events ?? []).map((e) => [e.event, e]))]),
  );
  const discriminators = new Map<Provider, string[]>(
    providers.map((p) => {
      const names = (manifest.providers[p]?.events ?? []).flatMap((e) =>
        e.discriminator ? [e.discriminator] : [],
      );
      return [p, [...new Set(names)]];
    }),
  );
  const events = (provider: string): readonly WebhookManifestEvent[] => {
    lookupProvider(provider);
    return manifest.providers[provider]?.events ?? [];
  };
  const event = (provider: string, name: string): WebhookManifestEvent => {
    const known = events(provider);
    const found = index.get(provider)?.get(name);
    if (!found) {
      throw new ContractLookupError(
        `unknown webhook event "${name}" for ${provider} (known: ${known.map((e) => e.event).join(', ')})`,
      );
    }
    return found;
  };
  return {
    providers,
    events,
    event,
    eventName: (provider, body) => {
      events(provider);
      return eventNameOf(discriminators.get(provider) ?? [], body);
    },
    validateWebhook: (input) =>
      validateDelivery(event(input.provider, input.event), input, compiled(input.provider)),
  };
}
