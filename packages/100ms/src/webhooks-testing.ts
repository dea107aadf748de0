/**
 * 100ms deliveries for tests and local development (`rtc-contract trigger`), and the adapter
 * `rtc-contract listen` receives 100ms webhooks through.
 */
import {
  missingSecretVariable,
  type TestDelivery,
  testDelivery,
  type WebhookAdapter,
  type WebhookSecretVariable,
} from '@rtc-sessions/runtime/internal';
import { verifyWebhook, webhookSecrets } from './webhooks.js';

export interface TestDeliveryOptions {
  /** The secret headers to send, name → value. */
  secretHeaders: Readonly<Record<string, string>>;
}

/** A delivery of `body` (an object is serialized compactly) with the secret headers, as 100ms sends it. */
export function createTestDelivery(body: unknown, options: TestDeliveryOptions): TestDelivery {
  return testDelivery(body, () => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    for (const [name, value] of Object.entries(options.secretHeaders)) headers[name.toLowerCase()] = value;
    return headers;
  });
}

const headerNameVariable: WebhookSecretVariable = webhookSecrets.headerName;
const headerValueVariable: WebhookSecretVariable = webhookSecrets.headerValue;

function secretHeadersFrom(
  env: Readonly<Record<string, string | undefined>>,
  value?: string,
): Record<string, string> {
  const name = env[headerNameVariable.env];
  if (!name) throw missingSecretVariable(headerNameVariable);
  const secret = value ?? env[headerValueVariable.env];
  if (!secret) throw missingSecretVariable(headerValueVariable);
  return { [name]: secret };
}

/** 100ms for `rtc-contract listen` and `trigger`. */
export const webhookAdapter: WebhookAdapter = {
  // the header's name is the user's choice, so it comes from the environment too
  secretHeaders: (env) => {
    const name = env[headerNameVariable.env];
    return name ? [name.toLowerCase()] : [];
  },
  secretEnv: [headerNameVariable, headerValueVariable],
  createVerifier(env) {
    const secretHeaders = secretHeadersFrom(env);
    return (rawBody, headers) => verifyWebhook(rawBody, headers, { secretHeaders });
  },
  reply: () => undefined,
  sign(body, env, options = {}) {
    return createTestDelivery(body, { secretHeaders: secretHeadersFrom(env, options.secret) });
  },
};
