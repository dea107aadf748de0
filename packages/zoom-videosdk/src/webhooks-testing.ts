/**
 * Signed Zoom deliveries for tests and local development (`rtc-contract trigger`), and the adapter
 * `rtc-contract listen` receives Zoom webhooks through.
 */
import {
  missingSecretVariable,
  type TestDelivery,
  testDelivery,
  type WebhookAdapter,
  type WebhookSecretVariable,
} from '@rtc-sessions/runtime/internal';
import {
  answerUrlValidationSync,
  isUrlValidation,
  SIGNATURE_HEADER,
  TIMESTAMP_HEADER,
  verifyWebhook,
  webhookSecrets,
  type ZoomWebhookEvent,
  zoomSignature,
} from './webhooks.js';

export interface TestDeliveryOptions {
  secretToken: string;
  /** Clock in epoch milliseconds; the delivery is stamped with it. @default Date.now */
  now?: () => number;
}

/** The headers Zoom sends with `body` (signature and timestamp, plus the content type). */
export function signWebhookForTest(body: string, options: TestDeliveryOptions): Record<string, string> {
  const timestamp = String(Math.floor((options.now ?? Date.now)() / 1000));
  return {
    'content-type': 'application/json; charset=utf-8',
    [TIMESTAMP_HEADER]: timestamp,
    [SIGNATURE_HEADER]: zoomSignature(body, timestamp, options.secretToken),
  };
}

/** A delivery of `body` (an object is serialized compactly, as Zoom sends it) signed as Zoom signs it. */
export function createTestDelivery(body: unknown, options: TestDeliveryOptions): TestDelivery {
  return testDelivery(body, (text) => signWebhookForTest(text, options));
}

const secretTokenVariable: WebhookSecretVariable = webhookSecrets.secretToken;

function secretTokenFrom(env: Readonly<Record<string, string | undefined>>): string {
  const token = env[secretTokenVariable.env];
  if (!token) throw missingSecretVariable(secretTokenVariable);
  return token;
}

/** Zoom for `rtc-contract listen` and `trigger`. */
export const webhookAdapter: WebhookAdapter = {
  secretHeaders: () => [],
  secretEnv: [secretTokenVariable],
  createVerifier(env) {
    const secretToken = secretTokenFrom(env);
    return (rawBody, headers) => verifyWebhook(rawBody, headers, { secretToken });
  },
  reply(event, env) {
    if (!isUrlValidation(event as ZoomWebhookEvent)) return undefined;
    const plainToken = (event.body as { payload?: { plainToken?: unknown } }).payload?.plainToken;
    if (typeof plainToken !== 'string') return { status: 400, body: { message: 'no payload.plainToken' } };
    return { status: 200, body: answerUrlValidationSync(plainToken, secretTokenFrom(env)) };
  },
  sign(body, env, options = {}) {
    const secretToken = options.secret ?? secretTokenFrom(env);
    return createTestDelivery(body, { secretToken, ...(options.now ? { now: options.now } : {}) });
  },
};
