/**
 * What the docs say about a provider's client: its package name (for the TypeScript samples) and
 * the environment variables `createClient()` reads. Both come from the spec side: the variables are
 * the spec's `info.x-rtc-provider.credentials`, which codegen also gives the client as its
 * `credentialEnv`, so the docs need no client built to name them.
 */
import { loadBundledSpec } from '@rtc-sessions/openapi-model';

const packageJson = new URL('../package.json', import.meta.url);

export interface CredentialEnv {
  /** `[option, environment variable]` pairs of the key + secret the client signs tokens with. */
  keys: readonly (readonly [string, string])[];
  /** The variable holding a ready token: what a curl sample sends. */
  tokenEnv: string;
}

/** Client packages are named after the provider id, as the spec packages are (`@rtc-sessions/spec-<id>`). */
export function clientPackageOf(id: string): string {
  return `@rtc-sessions/${id}`;
}

/** The variables `createClient()` reads, from the provider's spec (`info.x-rtc-provider.credentials`). */
export async function credentialEnvOf(id: string): Promise<CredentialEnv> {
  const { credentials } = loadBundledSpec(id, packageJson).facts;
  return {
    keys: credentials.keys.map(({ option, env }) => [option, env] as const),
    tokenEnv: credentials.tokenEnv,
  };
}
