import { describeProblems, extensionProblems } from './extensions/schema.js';

/** A provider's facts: `info.x-rtc-provider` of its spec, with `info.title` and `servers[0].url`. */
export interface ProviderFacts {
  /** `spec/<id>/`, `@rtc-sessions/spec-<id>`, `@rtc-sessions/<id>`, a cassette's `provider`. */
  id: string;
  /** Short name for messages: `Zoom Video SDK`. */
  name: string;
  /** `info.title`. */
  title: string;
  /** `info.version`. */
  version: string;
  /** `servers[0].url`: the clients' default base URL. */
  baseUrl: string;
  /** The port `pnpm mock` serves the spec on. */
  mockPort: number;
  credentials: {
    /** The key, then the secret: `createClient` option and environment variable. */
    keys: [{ option: string; env: string }, { option: string; env: string }];
    /** The variable holding a ready token. */
    tokenEnv: string;
  };
  /** Response headers that may carry the request id, best first. */
  requestIdHeaders: string[];
  /** JSON pointers into an error body, tried in order. */
  errorBody: { code: string[]; message: string[]; details: string[] };
  /** The response headers that carry rate-limit figures (lower case); absent when it sends none. */
  rateLimitHeaders?: { limit?: string; remaining?: string; reset?: string; category?: string; type?: string };
  /** Webhook verification secrets by option: variable, what goes in it, whether it is required. */
  webhookSecrets?: Record<string, { env: string; description: string; required: boolean }>;
  /** How the provider retries a webhook delivery the receiver did not answer 2xx in time. */
  webhookRetries: WebhookRetries;
}

/** A provider's webhook delivery policy, or that it publishes none. */
export type WebhookRetries =
  | {
      published: true;
      /** How long the provider waits for the receiver's 2xx. */
      timeoutSeconds: number;
      /** The delay before each retry, after the previous attempt (empty: no retries). */
      delaysSeconds: number[];
      /** The provider's page that documents it. */
      source: string;
      note?: string;
    }
  | {
      published: false;
      /** What is (not) known, and where it was looked for. */
      note: string;
    };

/** Reads and checks a bundled spec's provider facts; `where` names the spec in errors. */
export function providerFacts(openapi: unknown, where = 'the spec'): ProviderFacts {
  const doc = openapi as {
    info?: { title?: string; version?: string; 'x-rtc-provider'?: unknown };
    servers?: { url?: string }[];
  };
  const raw = doc.info?.['x-rtc-provider'];
  if (raw === undefined)
    throw new Error(
      `${where} has no info.x-rtc-provider (see tools/openapi-model/schemas/x-rtc-provider.schema.json)`,
    );
  const problems = extensionProblems('x-rtc-provider', raw);
  if (problems.length > 0)
    throw new Error(`${where}: invalid info.x-rtc-provider: ${describeProblems(problems)}`);
  const baseUrl = doc.servers?.[0]?.url;
  if (!baseUrl) throw new Error(`${where} has no servers[0].url: the clients need a default base URL.`);
  const facts = raw as Omit<ProviderFacts, 'title' | 'version' | 'baseUrl'>;
  return {
    ...facts,
    title: String(doc.info?.title ?? facts.name),
    version: String(doc.info?.version ?? ''),
    baseUrl,
  };
}
