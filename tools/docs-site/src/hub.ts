/**
 * Everything the index shows about one provider, read from its bundled spec, its client package
 * and the repository (changesets, recordings): the model `renderIndex` draws.
 */

import type { ProviderChanges } from '@rtc-sessions/api-changes';
import { describeOperations, type Pagination } from '@rtc-sessions/openapi-model';
import { authOf, authOneLiner } from './auth.js';
import { clientPackageOf, credentialEnvOf } from './client-facts.js';
import { versionLabel } from './docs-copy.js';
import { redocSlug } from './page-sections.js';
import type { ProviderDocs } from './providers.js';
import { rateLimitOf, rateLimitSummary, rateLimitTable } from './rate-limits.js';
import { type ChangeNote, changeNotes, type RecordingsSummary, recordingsOf } from './repo-history.js';
import { loadAllSpecChanges, type SpecChangelog, specChangelogOf } from './spec-changelog.js';

export interface HubEntry {
  kind: 'operation' | 'webhook';
  method: string;
  /** Path template or webhook name. */
  key: string;
  operationId: string;
  summary: string;
  /** Redoc's route of the operation, relative to the provider page (`#/sessions/listsessions`). */
  anchor: string;
  rateLimit?: string;
  pagination?: string;
  docsVsServer: boolean;
}

export interface ProviderHub {
  id: string;
  title: string;
  version: string;
  summary: string;
  specPackage: string;
  clientPackage: string;
  /** Markdown (code spans only). */
  auth: string;
  pagination: string;
  rateLimits: string;
  rateLimitsUrl?: string;
  entries: HubEntry[];
  providerDocs?: { url: string; description: string };
  changes: ChangeNote[];
  /** The spec's changes since the last released bundle, each classified for client users (`@rtc-sessions/api-changes`). */
  specChanges?: SpecChangelog;
  recordings: RecordingsSummary;
}

/**
 * Redoc's route of an operation: `#/<first tag, slugged>/<operationId, lower-cased>`, the form its
 * menu links take. The browser test follows every one of them.
 */
export function redocAnchor(tag: string | undefined, operationId: string): string {
  return `#/${tag ? `${redocSlug(tag)}/` : ''}${operationId.toLowerCase()}`;
}

/** `cursor (start ← last, size limit)`: the scheme and the parameters it moves. */
export function paginationLabel(pagination: Pagination | undefined): string | undefined {
  if (!pagination) return undefined;
  const moved =
    pagination.scheme === 'cursor'
      ? `\`${pagination.cursorParam}\` ← \`${pagination.nextCursor.replace(/^\//, '')}\``
      : `\`${pagination.pageParam}\``;
  return `${pagination.scheme} (${moved}, size \`${pagination.sizeParam}\`)`;
}

const DOCS_VS_SERVER = /\*\*Docs vs\. server:?\*\*/;

export async function loadProviderHub(
  provider: ProviderDocs,
  specChanges: ProviderChanges[] = loadAllSpecChanges(),
): Promise<ProviderHub> {
  const { document } = provider;
  const env = credentialEnvOf(document);
  const clientPackage = clientPackageOf(provider.id);
  const described = describeOperations(document, { webhooks: true });
  const entries = described.map(
    (operation): HubEntry => ({
      kind: operation.kind,
      method: operation.method.toLowerCase(),
      key: operation.path,
      operationId: operation.operationId,
      summary: operation.summary ?? operation.operationId,
      anchor: redocAnchor(operation.tags[0], operation.operationId),
      rateLimit: rateLimitOf(document, operation)?.label,
      pagination: paginationLabel(operation.pagination),
      docsVsServer: DOCS_VS_SERVER.test(operation.description ?? ''),
    }),
  );
  const schemes = [
    ...new Set(entries.map((entry) => entry.pagination).filter((label) => label !== undefined)),
  ];
  const operations = described.filter((operation) => operation.kind === 'operation');
  const docsUrl = document.externalDocs?.url ?? (document.info['x-provider-docs'] as string | undefined);
  return {
    id: provider.id,
    title: provider.title,
    version: versionLabel(provider.version),
    summary: provider.summary,
    specPackage: provider.specPackage,
    clientPackage,
    auth: authOneLiner(authOf(document), env),
    pagination: schemes.length > 0 ? schemes.join('; ') : 'none (no list operations)',
    rateLimits: rateLimitSummary(document, operations),
    rateLimitsUrl: rateLimitTable(document).url,
    entries,
    providerDocs: docsUrl
      ? {
          url: docsUrl,
          description: document.externalDocs?.description ?? `${provider.title}: the provider's reference`,
        }
      : undefined,
    changes: changeNotes([clientPackage, provider.specPackage]),
    specChanges: specChangelogOf(provider.id, specChanges),
    recordings: recordingsOf(provider.id),
  };
}

export function loadHub(providers: ProviderDocs[]): Promise<ProviderHub[]> {
  const specChanges = loadAllSpecChanges();
  return Promise.all(providers.map((provider) => loadProviderHub(provider, specChanges)));
}
