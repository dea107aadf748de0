/**
 * Where each provider's bundled spec is read from: the workspace's `@rtc-sessions/spec-<p>` when
 * it resolves (this repository), else the copy the package ships in `dist/specs/` (an install
 * from the registry: the spec packages are not published).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  type BundledSpec,
  bundledSpecPath,
  providerFacts,
  specDependencies,
  specPackageName,
} from '@rtc-sessions/openapi-model';

const packageJson = new URL('../package.json', import.meta.url);

/** The providers: the spec packages the package.json names (dependencies or devDependencies). */
export const specProviders: readonly string[] = specDependencies(packageJson);

/** The spec file of a provider, or undefined when neither the spec package nor the copy exists. */
export function findSpecFile(provider: string): string | undefined {
  try {
    const path = bundledSpecPath(provider, packageJson);
    if (existsSync(path)) return path;
  } catch {
    // not in a workspace: the shipped copy below
  }
  const shipped = fileURLToPath(new URL(`./specs/${provider}.openapi.json`, import.meta.url));
  return existsSync(shipped) ? shipped : undefined;
}

/** Reads a provider's bundled spec and its facts. */
export function loadSpec(provider: string): BundledSpec {
  const specPackage = specPackageName(provider);
  const specPath = findSpecFile(provider);
  if (!specPath) {
    throw new Error(
      `cannot find the bundled spec of ${provider}; build it first (pnpm turbo run build --filter=${specPackage})`,
    );
  }
  const doc = JSON.parse(readFileSync(specPath, 'utf8')) as Record<string, unknown>;
  const facts = providerFacts(doc, specPath);
  if (facts.id !== provider)
    throw new Error(`${specPath}: info.x-rtc-provider.id is "${facts.id}", expected "${provider}"`);
  return { id: provider, specPackage, specPath, doc, facts };
}
