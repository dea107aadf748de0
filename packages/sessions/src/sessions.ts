import { ConfigurationError } from '@rtc-sessions/runtime';
import { keysOf, rejectUnknownKeys, validKeys } from '@rtc-sessions/runtime/internal';
import {
  type Batch,
  type ClientSetup,
  PageBudget,
  type Position,
  type ProviderAdapter,
  START,
  type WalkContext,
} from './adapter.js';
import { InvalidQueryError, MissingCredentialsError } from './errors.js';
import { exactSessions } from './exact.js';
import { type LimiterOptions, RequestLimiter } from './limiter.js';
import type { Participant, ProviderTraits, ResolvedQuery, Session, SessionQuery } from './model.js';
import { type PublishedRateLimits, publishedRateLimits } from './rate-limits.js';
import {
  type AdapterOf,
  type ClientOf,
  type CredentialsOf,
  clientPackageOf,
  loadAdapter,
  type ProviderId,
  type TraitsOf,
} from './registry.js';
import { parseUserInstant } from './time.js';

/** Options shared by every call: how to reach the provider and how hard to push it. */
export interface SessionsOptions
  extends Omit<ClientSetup, 'credentials'>,
    Pick<LimiterOptions, 'maxAttempts' | 'maxRateLimitedRetries' | 'maxDelayMs' | 'rates'> {
  /**
   * Requests in flight at most, across everything this client walks (1 to 64).
   * @default 4
   */
  concurrency?: number;
  /** Share one limiter (and its back-off) between several clients. */
  limiter?: RequestLimiter;
  /** Records per page to ask for. @default the provider's default (from its spec) */
  pageSize?: number;
  signal?: AbortSignal;
  /** @default Date.now */
  now?: () => number;
  /**
   * The rate limits requests are bucketed and paced by.
   * @default the provider's published limits, from the spec its client ships (`publishedRateLimits`)
   */
  rateLimits?: PublishedRateLimits;
}

/** How {@link connect} reaches the provider: credentials for a new client, or a client of your own. */
export type ConnectOptions<P extends ProviderId> = SessionsOptions &
  (
    | {
        /** `{ token }` or the key + secret options; absent, the client's environment variables. */
        credentials?: CredentialsOf<P>;
        client?: never;
      }
    | {
        /**
         * A client of the provider's package (`createClient()` of `@rtc-sessions/<provider>`), used
         * as is. Create it with `retry: false`, so that 429s reach the shared limiter at once.
         */
        client: ClientOf<P>;
        credentials?: never;
      }
  );

/** What a {@link SessionsClient} is built from: {@link ConnectOptions} of any provider, untyped. */
export type ClientConfig = SessionsOptions & {
  credentials?: Readonly<Record<string, string>>;
  client?: unknown;
};

const clientConfigKeys = keysOf<ClientConfig>({
  baseUrl: true,
  credentials: true,
  client: true,
  env: true,
  fetch: true,
  timeoutMs: true,
  maxAttempts: true,
  maxRateLimitedRetries: true,
  maxDelayMs: true,
  rates: true,
  concurrency: true,
  limiter: true,
  pageSize: true,
  signal: true,
  now: true,
  rateLimits: true,
});
const validClientKeys = validKeys(clientConfigKeys);
const validQueryKeys = validKeys(
  keysOf<SessionQuery>({ from: true, to: true, room: true, live: true, maxSessions: true, maxPages: true }),
);

/** The options of `options` a client is built from (the export's own are left out). */
export function pickClientConfig(options: ClientConfig): ClientConfig {
  return Object.fromEntries(
    clientConfigKeys.filter((key) => options[key] !== undefined).map((key) => [key, options[key]]),
  ) as ClientConfig;
}

function count(name: string, value: number | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!Number.isInteger(value) || value < 1) {
    throw new InvalidQueryError(`${name} must be a positive integer, got ${value}`);
  }
  return value;
}

/** Resolves a query's instants and bounds; `to` as a bare date means the end of that day (UTC). */
export function resolveQuery(query: SessionQuery = {}): ResolvedQuery {
  rejectUnknownKeys(query, validQueryKeys, () => 'listSessions');
  const from = query.from === undefined ? undefined : parseUserInstant(query.from);
  const to = query.to === undefined ? undefined : parseUserInstant(query.to, true);
  if (from !== undefined && to !== undefined && to < from) {
    throw new InvalidQueryError(
      `"to" (${new Date(to).toISOString()}) is before "from" (${new Date(from).toISOString()})`,
    );
  }
  return {
    from,
    to,
    room: query.room,
    live: query.live,
    maxSessions: count('maxSessions', query.maxSessions),
    maxPages: count('maxPages', query.maxPages),
  };
}

/** The env variables of `adapter`'s credentials, if none is set (for an error that names them). */
function missingCredentials(
  adapter: ProviderAdapter,
  env: Record<string, string | undefined>,
): string | undefined {
  const { keys, tokenEnv } = adapter.credentialEnv;
  if (keys.every(([, name]) => env[name]) || env[tokenEnv]) return undefined;
  const pair = keys.map(([, name]) => name).join(' and ');
  return `${pair} (or ${tokenEnv} to a ready token)`;
}

function createClient(adapter: ProviderAdapter, options: ClientConfig): unknown {
  if (options.client !== undefined) return options.client;
  const { baseUrl, env, fetch, timeoutMs, credentials } = options;
  if (!credentials) {
    const missing = missingCredentials(adapter, env ?? process.env);
    if (missing) {
      const [key, secret] = adapter.credentialEnv.keys.map(([option]) => option);
      throw new MissingCredentialsError(
        `${adapter.id}: no credentials. Set ${missing}, or pass connect('${adapter.id}', { credentials: { token } }) (or { ${key}, ${secret} }), or { client }`,
      );
    }
  }
  return adapter.createClient({
    ...(credentials !== undefined && { credentials }),
    ...(baseUrl !== undefined && { baseUrl }),
    ...(env !== undefined && { env }),
    ...(fetch !== undefined && { fetch }),
    ...(timeoutMs !== undefined && { timeoutMs }),
  });
}

/** One provider's sessions in the normalized model. Create with {@link connect}. */
export class SessionsClient<T extends ProviderTraits = ProviderTraits> {
  readonly provider: T['id'];
  /** The limiter every request of this client goes through. */
  readonly limiter: RequestLimiter;
  private readonly client: unknown;
  private readonly context: WalkContext;

  constructor(
    private readonly adapter: ProviderAdapter<T>,
    options: ClientConfig = {},
  ) {
    this.provider = adapter.id;
    rejectUnknownKeys(options, validClientKeys, () => `connect('${adapter.id}')`);
    if (options.pageSize !== undefined && !(Number.isInteger(options.pageSize) && options.pageSize >= 1)) {
      throw new ConfigurationError(`pageSize must be a positive integer, got ${options.pageSize}`);
    }
    this.limiter =
      options.limiter ??
      new RequestLimiter({
        ...(options.concurrency !== undefined && { concurrency: options.concurrency }),
        ...(options.maxAttempts !== undefined && { maxAttempts: options.maxAttempts }),
        ...(options.maxRateLimitedRetries !== undefined && {
          maxRateLimitedRetries: options.maxRateLimitedRetries,
        }),
        ...(options.maxDelayMs !== undefined && { maxDelayMs: options.maxDelayMs }),
        rates: { ...options.rateLimits?.rates, ...options.rates },
      });
    this.client = createClient(adapter as ProviderAdapter, options);
    this.context = {
      limiter: this.limiter,
      signal: options.signal,
      pageSize: options.pageSize,
      bucketOf: options.rateLimits?.labelOf,
      ...(options.now && { now: options.now }),
    };
  }

  /**
   * The sessions matching `query`, each once, in the provider's order. Every filter is exact: what
   * the provider's API cannot filter is filtered here (the README says which, per provider).
   */
  async *listSessions(query: SessionQuery = {}): AsyncGenerator<Session<T>, void, undefined> {
    for await (const batch of this.sessionPages(resolveQuery(query))) yield* batch.items;
  }

  /**
   * The pages of {@link listSessions}, each with the position after it (the export checkpoints
   * these). A resumed walk passes what the interrupted one gave: `yielded` sessions (for
   * `maxSessions`), and `given` to tell their ids, so that none is given twice.
   */
  sessionPages(
    query: ResolvedQuery,
    from: Position = START,
    yielded = 0,
    given?: (id: string) => boolean,
  ): AsyncIterable<Batch<Session<T>>> {
    const budget = query.maxPages !== undefined ? new PageBudget(query.maxPages) : undefined;
    const context = { ...this.context, budget };
    const batches = this.adapter.listSessions(this.client, context, query, from);
    return exactSessions(batches, query, yielded, given);
  }

  /** One session by its provider id. Throws the client's `ApiError` (404) when there is none. */
  getSession(id: string): Promise<Session<T>> {
    return this.adapter.getSession(this.client, this.context, id);
  }

  /**
   * The participants of a session, each with every join. A live session's come from the
   * provider's live (active) participants where it has such an operation.
   */
  listParticipants(session: Session<T>): AsyncIterable<Participant<T>> {
    return this.adapter.listParticipants(this.client, this.context, session);
  }
}

/**
 * A client for provider `provider`: `await connect('zoom-videosdk', { credentials: { apiKey, apiSecret } })`,
 * `await connect(id, { client })` with a client of the provider's package, or `await connect(id)` to
 * read the client's environment variables.
 */
export async function connect<P extends ProviderId>(
  provider: P,
  options: ConnectOptions<P> = {} as ConnectOptions<P>,
): Promise<SessionsClient<TraitsOf<P>>> {
  const adapter = (await loadAdapter(provider)) as AdapterOf<P> as unknown as ProviderAdapter<TraitsOf<P>>;
  const rateLimits = options.rateLimits ?? (await publishedRateLimits(clientPackageOf(provider)));
  return new SessionsClient(adapter, { ...(options as ClientConfig), rateLimits });
}

/** {@link SessionsClient.listSessions} of a fresh client: `listSessions({ provider: 'videosdk', from: '2024-01-01' })`. */
export async function* listSessions<P extends ProviderId>(
  query: SessionQuery & { provider: P },
  options?: ConnectOptions<P>,
): AsyncGenerator<Session<TraitsOf<P>>, void, undefined> {
  const { provider, ...filters } = query;
  yield* (await connect(provider, options)).listSessions(filters);
}

/** {@link SessionsClient.getSession} of a fresh client. */
export async function getSession<P extends ProviderId>(
  provider: P,
  id: string,
  options?: ConnectOptions<P>,
): Promise<Session<TraitsOf<P>>> {
  return (await connect(provider, options)).getSession(id);
}

/** {@link SessionsClient.listParticipants} of a fresh client for the session's provider. */
export async function* listParticipants<P extends ProviderId>(
  session: Session<TraitsOf<P>> & { provider: P },
  options?: ConnectOptions<P>,
): AsyncGenerator<Participant<TraitsOf<P>>, void, undefined> {
  yield* (await connect(session.provider, options)).listParticipants(session);
}
