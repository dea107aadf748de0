import type { Provider } from './schema.js';

/** The environment variables `rtc-contract live` (through the client packages) reads credentials from. */
export const CREDENTIAL_ENV: Record<Provider, { key: string; secret: string; token: string }> = {
  videosdk: { key: 'VIDEOSDK_API_KEY', secret: 'VIDEOSDK_SECRET', token: 'VIDEOSDK_TOKEN' },
  'zoom-videosdk': {
    key: 'ZOOM_VIDEOSDK_API_KEY',
    secret: 'ZOOM_VIDEOSDK_API_SECRET',
    token: 'ZOOM_VIDEOSDK_TOKEN',
  },
  '100ms': { key: 'HMS_ACCESS_KEY', secret: 'HMS_SECRET', token: 'HMS_MANAGEMENT_TOKEN' },
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
