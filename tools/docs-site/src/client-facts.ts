/**
 * What the docs say about a provider's client: its package name (for the TypeScript samples) and
 * the environment variables `createClient()` reads. Both come from the spec side: the variables are
 * the spec's `info.x-rtc-provider.credentials`, which codegen also gives the client as its
 * `credentialEnv`, so the docs need no client built to name them.
 */
import { providerFacts } from '@rtc-sessions/openapi-model';

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

/** The variables `createClient()` reads, from a bundled spec's `info.x-rtc-provider.credentials`. */
export function credentialEnvOf(bundle: unknown): CredentialEnv {
  const { credentials } = providerFacts(bundle);
  return {
    keys: credentials.keys.map(({ option, env }) => [option, env] as const),
    tokenEnv: credentials.tokenEnv,
  };
}
