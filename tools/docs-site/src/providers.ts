import {
  describeOperations,
  loadBundledSpec,
  resolvePointer,
  specDependencies,
  bundledSpecPath as specPathFrom,
} from '@rtc-sessions/openapi-model';

// The spec walking (operations, facts, where a bundled spec is) is @rtc-sessions/openapi-model's;
// this module keeps only what the site shows of it.
const packageJson = new URL('../package.json', import.meta.url);

export interface Operation {
  method: string;
  path: string;
  operationId: string;
  summary: string;
  /** The operation's tags: Redoc groups its menu by the first. */
  tags: string[];
}

export interface ProviderDocs {
  /** The provider id: the redocly.yaml alias and the folder of its page in dist/. */
  id: string;
  /** The workspace package holding the bundled spec. */
  specPackage: string;
  title: string;
  version: string;
  summary: string;
  operations: Operation[];
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

/** Reads the operations of a bundled spec, in the order the spec lists them. */
export function operationsOf(document: unknown): Operation[] {
  return describeOperations(document).map((op) => {
    // describeOperations names an operation without an id `<method> <path>`; the docs need the spec's own.
    const { operationId } = resolvePointer(document, op.pointer) as { operationId?: unknown };
    if (!op.summary || typeof operationId !== 'string') {
      // The lint config requires both; a bundle without them was not built from a linted spec.
      throw new Error(`${op.method} ${op.path} has no operationId or summary`);
    }
    return {
      method: op.method.toLowerCase(),
      path: op.path,
      operationId: op.operationId,
      summary: op.summary,
      tags: op.tags,
    };
  });
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
    operations: operationsOf(doc),
  };
}

export function loadProviders(): ProviderDocs[] {
  return providerIds().map(loadProvider);
}
