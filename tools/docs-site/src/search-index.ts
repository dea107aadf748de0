/**
 * One search across every API of the site, on the index page: a MiniSearch index built here at
 * build time (operations, webhooks, tags and the page sections each provider page opens with),
 * loaded by the page with no request but its own files. A query term also matches its synonyms
 * (`search-terms.ts`), so "peers" finds participants and "end room" finds "End a session".
 *
 * The term processing and the query expansion run in the browser and in Node alike: they are
 * written once, as the page's script (`SEARCH_RUNTIME`), and Node evaluates that same text.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describeOperations, type OperationInfo } from '@rtc-sessions/openapi-model';
import MiniSearch, { type Options, type SearchResult } from 'minisearch';
import { redocAnchor } from './hub.js';
import {
  AUTHENTICATION,
  GETTING_STARTED,
  LIMITS_AND_ERRORS,
  redocSlug,
  sectionRoute,
} from './page-sections.js';
import type { ProviderDocs } from './providers.js';
import { providerPageHref } from './render-index.js';
import { SEARCH_SYNONYMS } from './search-terms.js';

export interface SearchDocument {
  id: string;
  kind: 'operation' | 'webhook' | 'tag' | 'section';
  /** The provider's title. */
  provider: string;
  title: string;
  /** Path template, event name or section name. */
  key: string;
  operationId: string;
  keywords: string;
  text: string;
  /** Relative to the index page. */
  href: string;
}

/**
 * The page's search script: `processTerm` (lower case, a plural's `s` dropped, so "limits" finds
 * "limit") and `expandQuery` (each term OR its synonyms; all terms must match). Plain ES5 so it
 * runs as written in the page.
 */
export const SEARCH_RUNTIME = `
function processTerm(term) {
  var t = String(term).toLowerCase();
  if (t.length > 3 && /[^s]s$/.test(t)) t = t.slice(0, -1);
  return t;
}
function fuzzyOf(term) {
  return term.length > 4 ? 0.2 : false;
}
function expandQuery(query, synonyms) {
  var words = String(query).split(/[\\s.,;:!?/_{}()-]+/).map(processTerm).filter(Boolean);
  return {
    combineWith: 'AND',
    queries: words.map(function (word) {
      var group = [word];
      for (var i = 0; i < synonyms.length; i++) {
        var set = synonyms[i].map(processTerm);
        if (set.indexOf(word) >= 0) set.forEach(function (s) { if (group.indexOf(s) < 0) group.push(s); });
      }
      return { combineWith: 'OR', queries: group };
    }),
  };
}
`;

type Runtime = {
  processTerm: (term: string) => string;
  fuzzyOf: (term: string) => number | false;
  expandQuery: (query: string, synonyms: readonly (readonly string[])[]) => unknown;
};
const runtime = new Function(
  `${SEARCH_RUNTIME}\nreturn { processTerm: processTerm, fuzzyOf: fuzzyOf, expandQuery: expandQuery };`,
)() as Runtime;
export const { processTerm, fuzzyOf, expandQuery } = runtime;

/** The index's options; the page passes the same ones (`searchOptionsScript`) to `MiniSearch.loadJSON`. */
export const SEARCH_FIELDS = ['title', 'key', 'keywords', 'provider', 'text'] as const;
export const STORE_FIELDS = ['kind', 'provider', 'title', 'key', 'href'] as const;
/** A title match counts most: "Rate limits and error codes" outranks an operation that mentions a limit. */
export const SEARCH_BOOST = { title: 4, key: 2, keywords: 2, provider: 1, text: 1 } as const;
const SEARCH_DEFAULTS = { prefix: true, fuzzy: fuzzyOf, boost: SEARCH_BOOST };

function indexOptions(): Options<SearchDocument> {
  return {
    fields: [...SEARCH_FIELDS],
    storeFields: [...STORE_FIELDS],
    processTerm,
    searchOptions: { ...SEARCH_DEFAULTS, processTerm },
  };
}

function plainText(markdown: string | undefined, limit = 600): string {
  return (markdown ?? '')
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/[`*_#>|[\]]/g, ' ')
    .replace(/\(https?:[^)]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, limit);
}

/** The sections every provider page opens with (`page-sections.ts`), with words a reader may search them by. */
export const PAGE_SECTIONS = [
  { title: AUTHENTICATION, keywords: 'token key secret header jwt' },
  { title: GETTING_STARTED, keywords: 'install first request quick start webhook trigger' },
  { title: LIMITS_AND_ERRORS, keywords: 'rate limit 429 throttle quota error code status' },
] as const;

function entryDocument(provider: ProviderDocs, entry: OperationInfo): SearchDocument {
  return {
    id: `${provider.id}:${entry.kind}:${entry.operationId}`,
    kind: entry.kind,
    provider: provider.title,
    title: entry.summary ?? entry.operationId,
    key: entry.path,
    operationId: entry.operationId,
    keywords: entry.tags.join(' '),
    text: plainText(entry.description),
    href: `${providerPageHref(provider.id)}${redocAnchor(entry.tags[0], entry.operationId)}`,
  };
}

/** Every operation, webhook, tag and opening section of every provider, as search documents. */
export function searchDocuments(providers: ProviderDocs[]): SearchDocument[] {
  const documents: SearchDocument[] = [];
  for (const provider of providers) {
    const page = providerPageHref(provider.id);
    for (const section of PAGE_SECTIONS) {
      documents.push({
        id: `${provider.id}:section:${redocSlug(section.title)}`,
        kind: 'section',
        provider: provider.title,
        title: section.title,
        key: redocSlug(section.title),
        operationId: '',
        keywords: section.keywords,
        text: '',
        href: `${page}${sectionRoute(section.title)}`,
      });
    }
    for (const tag of provider.document.tags ?? []) {
      documents.push({
        id: `${provider.id}:tag:${tag.name}`,
        kind: 'tag',
        provider: provider.title,
        title: tag.name,
        key: tag.name,
        operationId: '',
        keywords: '',
        text: plainText(tag.description),
        href: `${page}#/${redocSlug(tag.name)}`,
      });
    }
    for (const entry of describeOperations(provider.document, { webhooks: true }))
      documents.push(entryDocument(provider, entry));
  }
  return documents;
}

export function buildSearchIndex(providers: ProviderDocs[]): MiniSearch<SearchDocument> {
  const index = new MiniSearch<SearchDocument>(indexOptions());
  index.addAll(searchDocuments(providers));
  return index;
}

/** Runs a query as the page does: synonyms expanded, the page's options. */
export function searchSite(index: MiniSearch<SearchDocument>, query: string): SearchResult[] {
  return index.search(expandQuery(query, SEARCH_SYNONYMS) as Parameters<typeof index.search>[0]);
}

/** The options object literal the page hands `MiniSearch.loadJSON` (its processTerm is the runtime's). */
export function searchOptionsScript(): string {
  return `{ fields: ${JSON.stringify(SEARCH_FIELDS)}, storeFields: ${JSON.stringify(STORE_FIELDS)}, processTerm: processTerm, searchOptions: { prefix: ${SEARCH_DEFAULTS.prefix}, fuzzy: fuzzyOf, boost: ${JSON.stringify(SEARCH_BOOST)}, processTerm: processTerm } }`;
}

/** Where the site keeps MiniSearch's browser build, from the site root. */
export const MINISEARCH_ASSET = 'assets/minisearch.js';

/** MiniSearch's browser build (UMD: sets `globalThis.MiniSearch`), copied into the site. */
export function miniSearchBrowserScript(): string {
  // The package's `exports` hide its UMD file; its manifest names it (`unpkg`, the CDN entry).
  let dir = dirname(createRequire(import.meta.url).resolve('minisearch'));
  for (let depth = 0; depth < 4; depth++, dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (!existsSync(manifest)) continue;
    const { name, unpkg } = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string; unpkg?: string };
    if (name === 'minisearch' && unpkg) return join(dir, unpkg);
  }
  throw new Error("minisearch's browser build is not where its package.json says (`unpkg`)");
}
