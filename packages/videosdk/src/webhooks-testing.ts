/// <reference types="node" />
/**
 * Signed VideoSDK deliveries for tests and local development (`rtc-contract trigger`), and the
 * adapter `rtc-contract listen` receives VideoSDK webhooks through.
 */
import { createPrivateKey, sign } from 'node:crypto';
import {
  type TestDelivery,
  testDelivery,
  type WebhookAdapter,
  type WebhookSecretVariable,
} from '@rtc-sessions/runtime/internal';
import { TEST_WEBHOOK_PRIVATE_KEY, TEST_WEBHOOK_PUBLIC_KEY } from './webhook-test-keypair.js';
import { createPublicKeyFetcher, SIGNATURE_HEADER, verifyWebhook, webhookSecrets } from './webhooks.js';

export { TEST_WEBHOOK_PRIVATE_KEY, TEST_WEBHOOK_PUBLIC_KEY };

export interface TestDeliveryOptions {
  /** PEM private key to sign with. @default the published TEST key pair's, which the mock's public-key operation matches */
  privateKey?: string;
}

/** The `videosdk-signature` of exactly these bytes. */
export function signWebhookForTest(body: string, options: TestDeliveryOptions = {}): Record<string, string> {
  const key = createPrivateKey(options.privateKey ?? TEST_WEBHOOK_PRIVATE_KEY);
  return {
    'content-type': 'application/json',
    [SIGNATURE_HEADER]: sign('sha256', Buffer.from(body, 'utf8'), key).toString('base64'),
  };
}

/**
 * A delivery of `body` signed as VideoSDK signs it: an object is serialized compactly
 * (`JSON.stringify`), the bytes VideoSDK's own sample code verifies.
 */
export function createTestDelivery(body: unknown, options: TestDeliveryOptions = {}): TestDelivery {
  return testDelivery(body, (text) => signWebhookForTest(text, options));
}

const publicKeyVariable: WebhookSecretVariable = webhookSecrets.publicKey;

/** VideoSDK for `rtc-contract listen` and `trigger`. */
export const webhookAdapter: WebhookAdapter = {
  secretHeaders: () => [],
  secretEnv: [publicKeyVariable],
  createVerifier(env, options = {}) {
    const publicKey =
      env[publicKeyVariable.env] ||
      createPublicKeyFetcher(options.baseUrl !== undefined ? { baseUrl: options.baseUrl } : {});
    return (rawBody, headers) => verifyWebhook(rawBody, headers, { publicKey });
  },
  reply: () => undefined,
  sign(body, _env, options = {}) {
    return createTestDelivery(body, options.secret !== undefined ? { privateKey: options.secret } : {});
  },
};
