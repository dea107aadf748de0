import { readFileSync } from 'node:fs';
import { isProvider, type ManifestHeader, type Provider, providerIds } from './manifest.js';
import {
  type CompiledValidator,
  ContractLookupError,
  checkBody,
  checkHeaders,
  type ValidationResult,
} from './validators.js';
import type { Violation } from './violations.js';

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
}

export interface WebhookManifest {
  format: 'rtc-sessions/webhook-manifest@1';
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

/** Loads the webhook validators compiled at build time (dist/generated/*.webhooks*.js). */
export async function loadWebhookValidators(): Promise<WebhookValidators> {
  const manifest = JSON.parse(
    readFileSync(new URL('./generated/webhooks.json', import.meta.url), 'utf8'),
  ) as WebhookManifest;
  const providers = providerIds();
  const modules = new Map<Provider, Record<string, CompiledValidator>>();
  await Promise.all(
    providers.map(async (provider) => {
      const [reporting, fast] = await Promise.all([
        import(new URL(`./generated/${provider}.webhooks.js`, import.meta.url).href),
        import(new URL(`./generated/${provider}.webhooks.fast.js`, import.meta.url).href),
      ]);
      modules.set(provider, { ...reporting, ...fast });
    }),
  );
  const index = new Map<Provider, Map<string, WebhookManifestEvent>>(
    providers.map((p) => [p, new Map((manifest.providers[p]?.events ?? []).map((e) => [e.event, e]))]),
  );
  const events = (provider: string): readonly WebhookManifestEvent[] => {
    if (!isProvider(provider)) {
      throw new ContractLookupError(`unknown provider "${provider}" (known: ${providers.join(', ')})`);
    }
    return manifest.providers[provider]?.events ?? [];
  };
  const event = (provider: string, name: string): WebhookManifestEvent => {
    const known = events(provider);
    const found = index.get(provider as Provider)?.get(name);
    if (!found) {
      throw new ContractLookupError(
        `unknown webhook event "${name}" for ${provider} (known: ${known.map((e) => e.event).join(', ')})`,
      );
    }
    return found;
  };
  const discriminators = new Map<Provider, string[]>(
    providers.map((p) => [
      p,
      [
        ...new Set(
          (manifest.providers[p]?.events ?? []).flatMap((e) => (e.discriminator ? [e.discriminator] : [])),
        ),
      ],
    ]),
  );
  const eventName = (provider: string, body: unknown): string | undefined => {
    events(provider);
    if (!body || typeof body !== 'object' || Array.isArray(body)) return undefined;
    for (const property of discriminators.get(provider as Provider) ?? []) {
      const value = (body as Record<string, unknown>)[property];
      if (typeof value === 'string') return value;
    }
    return undefined;
  };
  const validator = (provider: Provider, name: string): CompiledValidator => {
    const fn = modules.get(provider)?.[name];
    if (!fn)
      throw new Error(
        `compiled webhook validator ${name} of ${provider} is missing; rebuild @rtc-sessions/contract`,
      );
    return fn;
  };

  function validateWebhook(input: WebhookToValidate): ValidationResult {
    const provider = input.provider as Provider;
    const hook = event(input.provider, input.event);
    const errors: Violation[] = [];
    const warnings: Violation[] = [];
    const validatorOf = (name: string) => validator(provider, name);
    // the same body and header checks as a response's
    const found = checkBody(validatorOf, hook, input.body, input.strict === true, hook.contentType);
    errors.push(...found.errors);
    warnings.push(...found.warnings);
    if (input.headers) errors.push(...checkHeaders(input.headers, hook.headers, validatorOf));
    return { ok: errors.length === 0, errors, warnings };
  }

  return { providers, events, event, eventName, validateWebhook };
}
