import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { type ProviderFacts, providerFacts } from './provider.js';

/** Every spec is the workspace package `@rtc-sessions/spec-<provider id>`. */
export const SPEC_PACKAGE_PREFIX = '@rtc-sessions/spec-';

/** The npm name of a provider's spec package. */
export function specPackageName(id: string): string {
  return `${SPEC_PACKAGE_PREFIX}${id}`;
}

/**
 * The providers a package works with: the spec packages its package.json depends on (dependencies,
 * then devDependencies), in the order listed. The dependency is also what makes turbo rebuild the
 * package when a spec changes, so there is no second list to keep in step.
 */
export function specDependencies(packageJson: URL | string): string[] {
  const path = packageJson instanceof URL ? fileURLToPath(packageJson) : packageJson;
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as {
    dependencies?: Record<string, string>;
    devDependencies?: Record<string, string>;
  };
  const names = [...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.devDependencies ?? {})];
  return [...new Set(names)]
    .filter((name) => name.startsWith(SPEC_PACKAGE_PREFIX))
    .map((name) => name.slice(SPEC_PACKAGE_PREFIX.length));
}

/** A provider's bundled spec, found from the package that depends on it. */
export interface BundledSpec {
  id: string;
  specPackage: string;
  /** Absolute path of `dist/openapi.json`. */
  specPath: string;
  /** The parsed OpenAPI document. */
  doc: Record<string, unknown>;
  facts: ProviderFacts;
}

/** Where `@rtc-sessions/spec-<id>/openapi.json` resolves from `packageJson`'s package. */
export function bundledSpecPath(id: string, packageJson: URL | string): string {
  return createRequire(packageJson).resolve(`${specPackageName(id)}/openapi.json`);
}

/** Reads one provider's bundled spec and its facts; says how to build it when it is missing. */
export function loadBundledSpec(id: string, packageJson: URL | string): BundledSpec {
  const specPackage = specPackageName(id);
  let specPath: string;
  let doc: Record<string, unknown>;
  try {
    specPath = bundledSpecPath(id, packageJson);
    doc = JSON.parse(readFileSync(specPath, 'utf8'));
  } catch (error) {
    throw new Error(
      `cannot read the bundled spec ${specPackage}/openapi.json; build it first ` +
        `(pnpm turbo run build --filter=${specPackage})`,
      { cause: error },
    );
  }
  const facts = providerFacts(doc, `${specPackage}/openapi.json`);
  if (facts.id !== id)
    throw new Error(`${specPackage}/openapi.json: info.x-rtc-provider.id is "${facts.id}", expected "${id}"`);
  return { id, specPackage, specPath, doc, facts };
}

/** Every provider `packageJson`'s package depends on, loaded. */
export function loadBundledSpecs(packageJson: URL | string): BundledSpec[] {
  return specDependencies(packageJson).map((id) => loadBundledSpec(id, packageJson));
}
