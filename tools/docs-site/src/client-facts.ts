/**
 * What the docs need from a provider's client package `@rtc-sessions/<id>`: its name (for the
 * TypeScript samples) and the environment variables `createClient()` reads.
 *
 * The variable names live with the client today (`credentialEnv`); they are moving into the spec's
 * `info.x-rtc-provider`. Only `credentialEnvOf` reads them, so that move changes this one function.
 */

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

function isCredentialEnv(value: unknown): value is CredentialEnv {
  const candidate = value as Partial<CredentialEnv> | undefined;
  return (
    typeof candidate?.tokenEnv === 'string' &&
    Array.isArray(candidate.keys) &&
    candidate.keys.every(
      (pair) => Array.isArray(pair) && pair.length === 2 && pair.every((s) => typeof s === 'string'),
    )
  );
}

export async function credentialEnvOf(id: string): Promise<CredentialEnv> {
  const name = clientPackageOf(id);
  let client: { credentialEnv?: unknown };
  try {
    client = (await import(name)) as { credentialEnv?: unknown };
  } catch (error) {
    throw new Error(
      `cannot import ${name} to read its credentialEnv; build it first with \`pnpm turbo run build --filter=${name}\``,
      { cause: error },
    );
  }
  if (!isCredentialEnv(client.credentialEnv)) {
    throw new Error(`${name} exports no credentialEnv of the form { keys: [option, variable][], tokenEnv }`);
  }
  return client.credentialEnv;
}
