/**
 * The docs copy of a bundled spec: what Redoc renders. The bundle itself (what clients and the
 * download links use) is not changed; the copy adds, generated from the spec at build time:
 * - `x-codeSamples` (curl + TypeScript) on every operation and webhook,
 * - the Authentication section at the top of `info.description`,
 * - each operation's rate limit, and participant search terms,
 * - unwrapped descriptions (search snippets keep their spaces) and a `v`-prefixed version label.
 */
import { describeOperations, type Json } from '@rtc-sessions/openapi-model';
import { authSection } from './auth.js';
import type { CredentialEnv } from './client-facts.js';
import { codeSamplesFor } from './code-samples.js';
import { gettingStarted } from './getting-started.js';
import { limitsAndErrors } from './limits-and-errors.js';
import { LIMITS_AND_ERRORS, sectionRoute } from './page-sections.js';
import { unwrapDescriptions } from './prose.js';
import { rateLimitOf, rateLimitParagraph } from './rate-limits.js';
import { extraSearchTerms } from './search-terms.js';
import { operationObject, type SpecDocument } from './spec-document.js';
import type { WebhookSecretVariable } from './webhook-facts.js';

/** `2` → `v2`, `v2` → `v2`: one way to write a version on every page. */
export function versionLabel(version: string): string {
  return /^\d/.test(version) ? `v${version}` : version;
}

export interface DocsCopyContext {
  /** The provider id (`rtc-contract --provider`). */
  providerId: string;
  clientPackage: string;
  env: CredentialEnv;
  /** The client's export that signs a token from key and secret (`webhook-facts.ts`). */
  tokenSigner: string;
  /** The variables `rtc-contract` signs and verifies webhooks with (`webhook-facts.ts`). */
  webhookEnv: readonly WebhookSecretVariable[];
}

function appendParagraph(text: string | undefined, paragraph: string): string {
  const base = (text ?? '').trimEnd();
  return base === '' ? `${paragraph}\n` : `${base}\n\n${paragraph}\n`;
}

export function docsCopy(bundle: SpecDocument, context: DocsCopyContext): SpecDocument {
  const document = structuredClone(bundle);
  const sampleContext = { ...context, document };

  // Read before any is written: the samples come from the bundle's operations as they are.
  const entries = describeOperations(document, { webhooks: true });
  const rated = entries.some((entry) => entry.kind === 'operation' && rateLimitOf(document, entry));
  for (const entry of entries) {
    const operation = operationObject(document, entry);
    operation['x-codeSamples'] = codeSamplesFor(sampleContext, entry);
    if (entry.kind === 'operation')
      operation.description = appendParagraph(operation.description, rateLimitParagraph(document, entry));
    const terms = extraSearchTerms(entry);
    if (terms.length > 0)
      operation.description = appendParagraph(
        operation.description,
        `*Also searchable as:* ${terms.join(', ')}.`,
      );
  }

  const rateLimits = rated
    ? `Each operation names its rate-limit label and what it allows, under its description; [${LIMITS_AND_ERRORS}](${sectionRoute(LIMITS_AND_ERRORS)}) has them all.`
    : `The provider publishes no rate limits for these operations ([${LIMITS_AND_ERRORS}](${sectionRoute(LIMITS_AND_ERRORS)})).`;
  document.info.version = versionLabel(document.info.version);
  document.info.description = [
    authSection(document, context.env, context.clientPackage),
    `**Rate limits.** ${rateLimits}`,
    '',
    gettingStarted(sampleContext, entries),
    '',
    limitsAndErrors(bundle, entries),
    '',
    '## About this description',
    '',
    (bundle.info.description ?? '').trim(),
    '',
  ].join('\n');

  unwrapDescriptions(document as unknown as Json);
  return document;
}
