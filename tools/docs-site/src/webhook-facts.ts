/**
 * What the docs say about receiving a provider's webhooks: the variables `rtc-contract` signs and
 * verifies deliveries with. They are the client's (its `webhooks/testing` adapter, the one
 * `rtc-contract listen` and `trigger` load), so the docs read them from there instead of naming them.
 */

/** One variable a webhook adapter reads (`@rtc-sessions/runtime`'s `WebhookSecretVariable`). */
export interface WebhookSecretVariable {
  readonly env: string;
  readonly description: string;
  readonly required: boolean;
}

function isVariable(value: unknown): value is WebhookSecretVariable {
  if (value === null || typeof value !== 'object') return false;
  const { env, description, required } = value as Record<string, unknown>;
  return typeof env === 'string' && typeof description === 'string' && typeof required === 'boolean';
}

/** The webhook variables of a client package (`@rtc-sessions/<id>`), from its `webhooks/testing` adapter. */
export async function webhookEnvOf(clientPackage: string): Promise<WebhookSecretVariable[]> {
  const module = (await import(`${clientPackage}/webhooks/testing`)) as {
    webhookAdapter?: { secretEnv?: unknown };
  };
  const variables = module.webhookAdapter?.secretEnv;
  if (!Array.isArray(variables) || !variables.every(isVariable)) {
    throw new Error(
      `${clientPackage}/webhooks/testing exports no webhookAdapter.secretEnv of {env, description, required}`,
    );
  }
  return variables;
}

/**
 * The exported function of a client that signs an API token from key and secret
 * (`signHmsManagementToken`…): the one export named `sign…Token`.
 */
export async function tokenSignerOf(clientPackage: string): Promise<string> {
  const module = (await import(clientPackage)) as Record<string, unknown>;
  const signers = Object.keys(module).filter(
    (name) => /^sign\w*Token$/.test(name) && typeof module[name] === 'function',
  );
  if (signers.length !== 1)
    throw new Error(
      `${clientPackage} should export one sign…Token function, found: ${signers.join(', ') || 'none'}`,
    );
  return signers[0] as string;
}
