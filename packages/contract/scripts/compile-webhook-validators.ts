/**
 * Build step, called by compile-validators.ts: compiles the webhook payload and header validators
 * of each bundled spec into `dist/generated/<provider>.webhooks.js` (contract and strict, all
 * errors) and `<provider>.webhooks.fast.js` (strict, first error only), plus
 * `dist/generated/webhooks.json`, the list of events they belong to with their examples.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  annotationKeywords,
  type BundledSpec,
  describeOperations,
  describeWebhooks,
  toWebhookJsonSchemaDocument,
  WEBHOOKS_KEYWORD,
} from '@rtc-sessions/openapi-model';
import { LOCATION_KEYWORD } from '../src/violations.js';
import {
  WEBHOOK_MANIFEST_FORMAT,
  type WebhookManifest,
  type WebhookManifestEvent,
} from '../src/webhook-validators.js';
import { CompiledModules } from './compiled-modules.js';

/** The request-body examples of each webhook (`$ref`s followed by openapi-model), by event. */
function webhookExamples(spec: unknown): Map<string, Record<string, unknown>> {
  const byEvent = new Map<string, Record<string, unknown>>();
  for (const hook of describeOperations(spec, { webhooks: true })) {
    if (hook.kind !== 'webhook') continue;
    const all = hook.requestBody.flatMap((media) => media.examples).filter((e) => e.value !== undefined);
    // the named examples, else the single `example`: the first is what `trigger` sends by default
    const named = all.filter((e) => e.name !== null);
    const chosen = named.length > 0 ? named : all;
    byEvent.set(hook.path, Object.fromEntries(chosen.map((e) => [e.name ?? 'example', e.value])));
  }
  return byEvent;
}

function compileProviderWebhooks(
  { id: provider, doc: spec }: BundledSpec,
  outDir: string,
): WebhookManifestEvent[] {
  const base = `https://rtc-sessions.dev/contract/${provider}/webhooks`;
  const locationKeyword = LOCATION_KEYWORD;
  const modules = new CompiledModules(
    base,
    {
      contract: toWebhookJsonSchemaDocument(spec, { id: `${base}/contract.json`, locationKeyword }),
      strict: toWebhookJsonSchemaDocument(spec, { id: `${base}/strict.json`, locationKeyword, strict: true }),
    },
    [...annotationKeywords(spec, LOCATION_KEYWORD), WEBHOOKS_KEYWORD],
    'w',
  );
  const examples = webhookExamples(spec);
  const events = describeWebhooks(spec).map((hook) => ({
    ...hook,
    contract: modules.validator(hook.schema),
    strict: modules.validator(hook.schema, true),
    fast: modules.fast(hook.schema),
    headers: hook.headers.map((header) => ({ ...header, validate: modules.validator(header.schema) })),
    examples: examples.get(hook.event) ?? {},
  }));
  modules.write(outDir, `${provider}.webhooks`);
  return events;
}

/** Writes the webhook validators of every provider and their manifest; returns how many events. */
export function compileWebhookValidators(specs: BundledSpec[], outDir: string): number {
  const manifest: WebhookManifest = { format: WEBHOOK_MANIFEST_FORMAT, providers: {} };
  let count = 0;
  for (const spec of specs) {
    const events = compileProviderWebhooks(spec, outDir);
    manifest.providers[spec.id] = { events };
    count += events.length;
  }
  writeFileSync(join(outDir, 'webhooks.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return count;
}
