/**
 * Posting webhook deliveries as each provider does: signed with the provider's own scheme (the
 * clients' public `webhooks/testing` helpers), retried on the schedule the provider's spec
 * documents (`info.x-rtc-provider.webhookRetries`) when the receiver does not answer 2xx in time.
 */
import type { ProviderFacts } from '@rtc-sessions/openapi-model';
import { ConfigurationError } from '@rtc-sessions/runtime';

export interface RetryPolicy {
  /** How long the provider waits for an answer. */
  timeoutMs: number;
  /** Delay before each retry, after the previous attempt. */
  retryDelaysMs: number[];
  /** Where the policy is documented, or why there is none. */
  source: string;
}

/**
 * How long the simulator waits for an answer when the provider publishes no policy: our own bound
 * (not a provider fact), with a single attempt rather than an invented schedule.
 */
export const UNPUBLISHED_TIMEOUT_MS = 10_000;

/** A provider's delivery policy, from its spec's `webhookRetries`, in milliseconds. */
export function retryPolicyOf(facts: Pick<ProviderFacts, 'name' | 'webhookRetries'>): RetryPolicy {
  const retries = facts.webhookRetries;
  if (!retries.published) {
    return {
      timeoutMs: UNPUBLISHED_TIMEOUT_MS,
      retryDelaysMs: [],
      source: `${facts.name} publishes no retry policy: ${retries.note}`,
    };
  }
  return {
    timeoutMs: retries.timeoutSeconds * 1000,
    retryDelaysMs: retries.delaysSeconds.map((seconds) => seconds * 1000),
    source: retries.source,
  };
}

export interface DeliveryAttempt {
  /** Real time of the attempt (epoch ms). */
  at: number;
  status?: number;
  error?: string;
}

export interface Delivery {
  provider: string;
  event: string;
  url: string;
  /** The exact body posted. */
  body: string;
  /** The headers posted, with secret values (100ms's secret header) redacted. */
  headers: Record<string, string>;
  /** Index of the scenario step that caused it. */
  step: number;
  attempts: DeliveryAttempt[];
  /** Whether an attempt got a 2xx. */
  delivered: boolean;
}

type CreateTestDelivery = (
  body: unknown,
  options: Record<string, unknown>,
) => { body: string; headers: Record<string, string> };

export interface Signer {
  sign(body: unknown): { body: string; headers: Record<string, string> };
  /** The public key a receiver verifies with (VideoSDK), served by the simulator's REST API. */
  publicKey?: string;
  /** Values never written to a record. */
  secrets: string[];
}

/** Defaults a run signs with when the caller gives none; a receiver verifies with the same. */
export const DEFAULT_SIGNING: Readonly<Record<string, Record<string, unknown>>> = {
  'zoom-videosdk': { secretToken: 'rtc-simulator-secret-token' },
  '100ms': { secretHeaders: { 'x-rtc-simulator-secret': 'simulator-secret-value' } },
  videosdk: {},
};

/** Loads `@rtc-sessions/<provider>/webhooks/testing` (an optional peer dependency) and binds its options. */
export async function loadSigner(
  provider: string,
  options: Record<string, unknown> | undefined,
): Promise<Signer> {
  const specifier = `@rtc-sessions/${provider}/webhooks/testing`;
  let mod: { createTestDelivery?: CreateTestDelivery; TEST_WEBHOOK_PUBLIC_KEY?: string };
  try {
    mod = await import(specifier);
  } catch (error) {
    throw new ConfigurationError(
      `to sign ${provider} webhooks, install @rtc-sessions/${provider} (${(error as Error).message})`,
    );
  }
  const create = mod.createTestDelivery;
  if (typeof create !== 'function') throw new ConfigurationError(`${specifier} has no createTestDelivery`);
  const bound = { ...(DEFAULT_SIGNING[provider] ?? {}), ...(options ?? {}) };
  const secrets = collectStrings(bound);
  const publicKey =
    typeof bound.publicKey === 'string'
      ? bound.publicKey
      : bound.privateKey
        ? undefined
        : mod.TEST_WEBHOOK_PUBLIC_KEY;
  const { publicKey: _drop, ...signOptions } = bound;
  return { sign: (body) => create(body, signOptions), secrets, ...(publicKey ? { publicKey } : {}) };
}

function collectStrings(value: unknown): string[] {
  if (typeof value === 'string') return value.length >= 4 ? [value] : [];
  if (value && typeof value === 'object') return Object.values(value).flatMap(collectStrings);
  return [];
}

export function redact(headers: Record<string, string>, secrets: string[]): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers).map(([k, v]) => [k, secrets.includes(v) ? '[redacted]' : v]),
  );
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function attempt(
  url: string,
  body: string,
  headers: Record<string, string>,
  timeoutMs: number,
): Promise<DeliveryAttempt> {
  const at = Date.now();
  try {
    const response = await fetch(url, {
      method: 'POST',
      body,
      headers,
      signal: AbortSignal.timeout(timeoutMs),
    });
    await response.arrayBuffer().catch(() => undefined);
    return { at, status: response.status };
  } catch (error) {
    return { at, error: (error as Error).message };
  }
}

/**
 * Posts a signed delivery and retries it on the policy's schedule, `speed` times faster; the
 * record fills in as attempts happen. `first` settles after the first attempt, `settled` once it
 * is delivered or the retries are spent (retries run in the background, as the providers' do).
 */
export function deliver(
  record: Delivery,
  signed: { body: string; headers: Record<string, string> },
  policy: RetryPolicy,
  speed: number,
): { first: Promise<void>; settled: Promise<void> } {
  const once = async () => {
    const result = await attempt(record.url, signed.body, signed.headers, policy.timeoutMs);
    record.attempts.push(result);
    record.delivered = result.status !== undefined && result.status >= 200 && result.status < 300;
  };
  const first = once();
  const settled = (async () => {
    await first;
    for (const wait of policy.retryDelaysMs) {
      if (record.delivered) return;
      await delay(wait / speed);
      await once();
    }
  })();
  return { first, settled };
}
