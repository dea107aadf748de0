import {
  loadBundledSpec,
  specDependencies,
  bundledSpecPath as specPathFrom,
} from '@rtc-sessions/openapi-model';
import type { SpecDocument } from './spec-document.js';

// The spec walking (operations, facts, where a bundled spec is) is @rtc-sessions/openapi-model's;
// this module keeps only what the site shows of it.
const packageJson = new URL('../package.json', import.meta.url);

export interface ProviderDocs {
  /** The provider id: the redocly.yaml alias and the folder of its page in dist/. */
  id: string;
  /** The workspace package holding the bundled spec. */
  specPackage: string;
  title: string;
  version: string;
  summary: string;
  /** The bundled spec, read once per build: every page of the site is made from this copy. */
  document: SpecDocument;
}

/**
 * The providers the site documents: the spec packages this package depends on.
 * Reading them from package.json keeps the list in one place, the same place that makes
 * turbo rebuild the site when a spec changes.
 */
export function providerIds(): string[] {
  return specDependencies(packageJson);
}

/** Where the bundled spec of a provider lives (`spec/<provider>/dist/openapi.json`). */
export function bundledSpecPath(id: string): string {
  return specPathFrom(id, packageJson);
}

export function loadProvider(id: string): ProviderDocs {
  const { doc, specPackage } = loadBundledSpec(id, packageJson);
  const info = doc.info as { title: string; version: string; summary?: string; description?: string };
  return {
    id,
    specPackage,
    title: info.title,
    version: info.version,
    summary: info.summary ?? info.description ?? '',
    document: doc as SpecDocument,
  };
}

export function loadProviders(): ProviderDocs[] {
  return providerIds().map(loadProvider);
}
