import { ConfigurationError } from './errors.js';

/** Where a provider's credentials come from: option names and the environment variables behind them. */
export interface CredentialSpec<K extends string> {
  /** The provider's name, at the start of messages. */
  title: string;
  /** The key + secret pair signed into a token: `[option name, env variable]` each. */
  keys: readonly [readonly [K, string], readonly [K, string]];
  /** The env variable holding a ready token. */
  tokenEnv: string;
}

export type ResolvedCredentials<K extends string> =
  | { kind: 'token'; token: string }
  | { kind: 'keys'; keys: Record<K, string> };

function readEnv(): Record<string, string | undefined> {
  // Read through globalThis so the runtime also loads where there is no `process` (browsers, workers).
  return (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env ?? {};
}

/**
 * Picks credentials: an explicit `token`, then explicit key + secret, then the env key + secret,
 * then the env token. A half-given pair or nothing at all is a `ConfigurationError` naming what to
 * set (never any value).
 */
export function resolveCredentials<K extends string>(
  spec: CredentialSpec<K>,
  options: Partial<Record<K | 'token', string | undefined>>,
  env: Record<string, string | undefined> = readEnv(),
): ResolvedCredentials<K> {
  const [[keyOption, keyEnv], [secretOption, secretEnv]] = spec.keys;
  if (options.token) return { kind: 'token', token: options.token };
  const key = options[keyOption];
  const secret = options[secretOption];
  if (key || secret) {
    if (key && secret)
      return { kind: 'keys', keys: { [keyOption]: key, [secretOption]: secret } as Record<K, string> };
    throw new ConfigurationError(
      `${spec.title}: \`${key ? secretOption : keyOption}\` is missing — pass both \`${keyOption}\` and \`${secretOption}\`, or \`token\`.`,
    );
  }
  const envKey = env[keyEnv];
  const envSecret = env[secretEnv];
  if (envKey && envSecret) {
    return { kind: 'keys', keys: { [keyOption]: envKey, [secretOption]: envSecret } as Record<K, string> };
  }
  const envToken = env[spec.tokenEnv];
  if (envToken) return { kind: 'token', token: envToken };
  const missing = envKey ? secretEnv : envSecret ? keyEnv : `${keyEnv} and ${secretEnv}`;
  throw new ConfigurationError(
    `${spec.title}: no credentials. Set ${missing} (or ${spec.tokenEnv} to a ready token), ` +
      `or pass \`${keyOption}\` and \`${secretOption}\` (or \`token\`) to createClient.`,
  );
}
