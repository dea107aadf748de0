/**
 * Which client package serves each provider: the dependency of @rtc-sessions/contract that is built
 * from the provider's spec package (it lists `@rtc-sessions/spec-<id>` among its own
 * dependencies), found by reading the packages rather than by guessing a name from the id. Its
 * webhook subpaths are checked here, at build time, so the CLI only reads what the manifest says.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { specDependencies } from '@rtc-sessions/openapi-model';
import type { ManifestWebhooks } from '../src/manifest.js';

/** What every generated client exports for `rtc-contract listen` and `trigger`. */
const ADAPTER_SUBPATH = 'webhooks/testing';
const SPEC_SUBPATH = 'openapi.json';

export interface ClientPackage {
  name: string;
  /** Where listen/trigger load the provider's webhook adapter and spec from; null: none exported. */
  webhooks: ManifestWebhooks | null;
}

/** Provider id → its client package, for the dependencies of the package at `packageJson`. */
export function clientPackages(packageJson: string): Map<string, ClientPackage> {
  const require = createRequire(packageJson);
  const { dependencies = {} } = JSON.parse(readFileSync(packageJson, 'utf8')) as {
    dependencies?: Record<string, string>;
  };
  const byProvider = new Map<string, ClientPackage>();
  for (const name of Object.keys(dependencies)) {
    let clientJson: string;
    try {
      clientJson = require.resolve(`${name}/package.json`);
    } catch {
      continue; // a dependency that does not export its package.json is no client of ours
    }
    for (const id of specDependencies(clientJson)) {
      const known = byProvider.get(id);
      if (known)
        throw new Error(`two dependencies are built from the ${id} spec (${known.name}, ${name}): keep one`);
      byProvider.set(id, { name, webhooks: webhookSubpaths(require, name, clientJson) });
    }
  }
  return byProvider;
}

/**
 * The client's webhook subpaths, when its export map declares them; they must resolve (a missing
 * file is an unbuilt client, and the message says which build to run).
 */
function webhookSubpaths(
  require: NodeJS.Require,
  client: string,
  clientJson: string,
): ManifestWebhooks | null {
  const { exports = {} } = JSON.parse(readFileSync(clientJson, 'utf8')) as {
    exports?: Record<string, unknown>;
  };
  const declared = [ADAPTER_SUBPATH, SPEC_SUBPATH].filter((subpath) =>
    Object.hasOwn(exports, `./${subpath}`),
  );
  if (declared.length === 0) return null;
  const [only] = declared;
  if (declared.length === 1) {
    const missing = only === ADAPTER_SUBPATH ? SPEC_SUBPATH : ADAPTER_SUBPATH;
    throw new Error(`${client} exports ./${only} but not ./${missing}: a client exports both or neither`);
  }
  const webhooks = { adapter: `${client}/${ADAPTER_SUBPATH}`, spec: `${client}/${SPEC_SUBPATH}` };
  for (const specifier of Object.values(webhooks)) {
    try {
      require.resolve(specifier);
    } catch (error) {
      throw new Error(`${specifier} does not resolve: build it (pnpm turbo run build --filter=${client})`, {
        cause: error,
      });
    }
  }
  return webhooks;
}
