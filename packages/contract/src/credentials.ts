import { credentialEnv as hmsEnv } from '@rtc-sessions/100ms';
import { credentialEnv as videoSdkEnv } from '@rtc-sessions/videosdk';
import { credentialEnv as zoomEnv } from '@rtc-sessions/zoom-videosdk';
import type { Provider } from './schema.js';

type ClientCredentialEnv = {
  readonly keys: readonly [readonly [string, string], readonly [string, string]];
  readonly tokenEnv: string;
};

// The client packages declare these (their `createClient` reads them): read, never repeated here.
function names({ keys: [[, key], [, secret]], tokenEnv }: ClientCredentialEnv) {
  return { key, secret, token: tokenEnv };
}

/** The environment variables `rtc-contract live` (through the client packages) reads credentials from. */
export const CREDENTIAL_ENV: Record<Provider, { key: string; secret: string; token: string }> = {
  videosdk: names(videoSdkEnv),
  'zoom-videosdk': names(zoomEnv),
  '100ms': names(hmsEnv),
};

/** Live checks without credentials: the message names the variables to set (never a value). Exit 3. */
export class MissingCredentialsError extends Error {
  override readonly name = 'MissingCredentialsError';
  constructor(provider: Provider) {
    const env = CREDENTIAL_ENV[provider];
    super(
      `no credentials for ${provider}: set ${env.key} and ${env.secret}, or ${env.token} ` +
        '(or pass --base-url to check a mock, which needs none)',
    );
  }
}
