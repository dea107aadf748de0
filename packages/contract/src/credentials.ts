import { ConfigurationError } from '@rtc-sessions/runtime';
import { lookupProvider, type Provider } from './manifest.js';

/**
 * The environment variables `rtc-contract live` (through the client packages) reads credentials
 * from, by provider: each spec's `info.x-rtc-provider.credentials`, as the clients read them.
 */
export function credentialEnv(provider: Provider): { key: string; secret: string; token: string } {
  return lookupProvider(provider).credentials;
}

/** Live checks without credentials: the message names the variables to set (never a value). Exit 3. */
export class MissingCredentialsError extends ConfigurationError {
  override name = 'MissingCredentialsError';
  constructor(provider: Provider) {
    const env = credentialEnv(provider);
    super(
      `no credentials for ${provider}: set ${env.key} and ${env.secret}, or ${env.token} ` +
        '(or pass --base-url to check a mock, which needs none)',
    );
  }
}
