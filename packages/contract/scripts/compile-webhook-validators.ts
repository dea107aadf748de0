/**
 * Build step, called by compile-validators.ts: compiles the webhook payload and header validators
 * of each bundled spec into `dist/generated/<provider>.webhooks.js` (contract and strict, all
 * errors) and `<provider>.webhooks.fast.js` (strict, first error only), plus
 * `dist/generated/webhooks.json`, the list of events they belong to.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  annotationKeywords,
  type BundledSpec,
  describeWebhooks,
  inlineReferences,
  toWebhookJsonSchemaDocument,
  WEBHOOKS_KEYWORD,
} from '@rtc-sessions/openapi-model';
import { _ } from 'ajv/dist/2020.js';
import standaloneModule from 'ajv/dist/standalone/index.js';
import { createContractAjv } from '../src/ajv.js';
import { formats } from '../src/formats.js';
import { LOCATION_KEYWORD } from '../src/violations.js';
import type { WebhookManifest, WebhookManifestEvent } from '../src/webhook-validators.js';

const standaloneCode = standaloneModule.default;

function compileProviderWebhooks(
  { id: provider, doc: spec }: BundledSpec,
  outDir: string,
  prelude: string,
): WebhookManifestEvent[] {
  const base = `https://rtc-sessions.dev/contract/${provider}/webhooks`;
  const contractDoc = toWebhookJsonSchemaDocument(spec, {
    id: `${base}/contract.json`,
    locationKeyword: LOCATION_KEYWORD,
  });
  const strictDoc = toWebhookJsonSchemaDocument(spec, {
    id: `${base}/strict.json`,
    locationKeyword: LOCATION_KEYWORD,
    strict: true,
  });
  const keywords = [...annotationKeywords(spec, LOCATION_KEYWORD), WEBHOOKS_KEYWORD];
  const code = { source: true, esm: true, formats: _`formats`, optimize: true } as const;
  const ajv = createContractAjv({ formats, keywords, code });
  ajv.addSchema(contractDoc);
  ajv.addSchema(strictDoc);
  const fastAjv = createContractAjv({ formats, keywords, code, firstErrorOnly: true });
  fastAjv.addSchema(strictDoc);

  // one export per schema: events share header schemas, and a module may define a function once
  const exportsByName: Record<string, string> = {};
  const exportFor = new Map<string, string>();
  const exportName = (ref: string): string => {
    let name = exportFor.get(ref);
    if (!name) {
      name = `w${exportFor.size}`;
      exportFor.set(ref, name);
      exportsByName[name] = ref;
    }
    return name;
  };
  const fastExports: Record<string, string> = {};
  const fastExport = (pointer: string): string => {
    const name = `wf${Object.keys(fastExports).length}`;
    const id = `${base}/fast/${name}.json`;
    fastAjv.addSchema(inlineReferences(strictDoc, pointer, id));
    fastExports[name] = id;
    return name;
  };

  const events = describeWebhooks(spec).map((hook) => ({
    ...hook,
    contract: exportName(`${base}/contract.json${hook.schema}`),
    strict: exportName(`${base}/strict.json${hook.schema}`),
    fast: fastExport(hook.schema),
    headers: hook.headers.map((header) => ({
      ...header,
      validate: exportName(`${base}/contract.json${header.schema}`),
    })),
  }));
  writeFileSync(join(outDir, `${provider}.webhooks.js`), `${prelude}${standaloneCode(ajv, exportsByName)}\n`);
  writeFileSync(
    join(outDir, `${provider}.webhooks.fast.js`),
    `${prelude}${standaloneCode(fastAjv, fastExports)}\n`,
  );
  return events;
}

/** Writes the webhook validators of every provider and their manifest; returns how many events. */
export function compileWebhookValidators(specs: BundledSpec[], outDir: string, prelude: string): number {
  const manifest: WebhookManifest = {
    format: 'rtc-sessions/webhook-manifest@1',
    providers: {} as WebhookManifest['providers'],
  };
  let count = 0;
  for (const spec of specs) {
    const events = compileProviderWebhooks(spec, outDir, prelude);
    manifest.providers[spec.id] = { events };
    count += events.length;
  }
  writeFileSync(join(outDir, 'webhooks.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return count;
}
