import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The HTTP methods an OpenAPI path item may hold operations under. */
const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/** Every spec package is named `@rtc-sessions/spec-<provider>`, and `<provider>` is also its alias in redocly.yaml. */
const SPEC_PACKAGE_PREFIX = '@rtc-sessions/spec-';

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

interface OpenApiDocument {
  info: { title: string; version: string; summary?: string; description?: string };
  paths?: Record<string, Record<string, unknown>>;
}

interface OperationObject {
  operationId?: string;
  summary?: string;
  tags?: string[];
}

/**
 * The providers the site documents: the spec packages this package depends on.
 * Reading them from package.json keeps the list in one place, the same place that makes
 * turbo rebuild the site when a spec changes.
 */
export function providerIds(): string[] {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    dependencies?: Record<string, string>;
  };
  return Object.keys(manifest.dependencies ?? {})
    .filter((name) => name.startsWith(SPEC_PACKAGE_PREFIX))
    .map((name) => name.slice(SPEC_PACKAGE_PREFIX.length));
}

/** Where the bundled spec of a provider lives (`spec/<provider>/dist/openapi.json`). */
export function bundledSpecPath(id: string): string {
  return require.resolve(`${SPEC_PACKAGE_PREFIX}${id}/openapi.json`);
}

/** Reads the operations of a bundled spec, in the order the spec lists them. */
export function operationsOf(document: OpenApiDocument): Operation[] {
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const method of HTTP_METHODS) {
      const operation = item[method] as OperationObject | undefined;
      if (!operation) continue;
      if (!operation.operationId || !operation.summary) {
        // The lint config requires both; a bundle without them was not built from a linted spec.
        throw new Error(`${method.toUpperCase()} ${path} has no operationId or summary`);
      }
      operations.push({
        method,
        path,
        operationId: operation.operationId,
        summary: operation.summary,
        tags: operation.tags ?? [],
      });
    }
  }
  return operations;
}

export function loadProvider(id: string): ProviderDocs {
  const specPath = bundledSpecPath(id);
  let document: OpenApiDocument;
  try {
    document = JSON.parse(readFileSync(specPath, 'utf8')) as OpenApiDocument;
  } catch (error) {
    throw new Error(
      `cannot read the bundled spec of ${id} at ${specPath}; build it first with ` +
        `\`pnpm turbo run build --filter=${SPEC_PACKAGE_PREFIX}${id}\``,
      { cause: error },
    );
  }
  return {
    id,
    specPackage: `${SPEC_PACKAGE_PREFIX}${id}`,
    title: document.info.title,
    version: document.info.version,
    summary: document.info.summary ?? document.info.description ?? '',
    operations: operationsOf(document),
  };
}

export function loadProviders(): ProviderDocs[] {
  return providerIds().map(loadProvider);
}
