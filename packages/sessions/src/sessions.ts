import {
  type Batch,
  type ClientSetup,
  type Position,
  type ProviderAdapter,
  START,
  type WalkContext,
} from './adapter.js';
import { type LimiterOptions, RequestLimiter } from './limiter.js';
import type { Participant, ProviderTraits, ResolvedQuery, Session, SessionQuery } from './model.js';
import { loadAdapter, type TraitsOf } from './registry.js';
import { parseUserInstant } from './time.js';

/** Options shared by every call: how to reach the provider and how hard to push it. */
export interface SessionsOptions extends ClientSetup, Pick<LimiterOptions, 'maxAttempts' | 'maxDelayMs'> {
  /**
   * Requests in flight at most, across everything this client walks.
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
}

/** A `--to` before `--from`, or an instant that is not one. */
export class InvalidQueryError extends RangeError {
  override name = 'InvalidQueryError';
}

/** Resolves a query's instants; `to` as a bare date means the end of that day (UTC). */
export function resolveQuery(query: SessionQuery = {}): ResolvedQuery {
  let from: number | undefined;
  let to: number | undefined;
  try {
    from = query.from === undefined ? undefined : parseUserInstant(query.from);
    to = query.to === undefined ? undefined : parseUserInstant(query.to, true);
  } catch (error) {
    throw new InvalidQueryError((error as Error).message);
  }
  if (from !== undefined && to !== undefined && to < from) {
    throw new InvalidQueryError(
      `"to" (${new Date(to).toISOString()}) is before "from" (${new Date(from).toISOString()})`,
    );
  }
  return { from, to, room: query.room, live: query.live };
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
    options: SessionsOptions = {},
  ) {
    this.provider = adapter.id;
    this.limiter =
      options.limiter ??
      new RequestLimiter({
        ...(options.concurrency !== undefined && { concurrency: options.concurrency }),
        ...(options.maxAttempts !== undefined && { maxAttempts: options.maxAttempts }),
        ...(options.maxDelayMs !== undefined && { maxDelayMs: options.maxDelayMs }),
      });
    const { baseUrl, env, fetch, timeoutMs } = options;
    this.client = adapter.createClient({
      ...(baseUrl !== undefined && { baseUrl }),
      ...(env !== undefined && { env }),
      ...(fetch !== undefined && { fetch }),
      ...(timeoutMs !== undefined && { timeoutMs }),
    });
    this.context = {
      limiter: this.limiter,
      signal: options.signal,
      pageSize: options.pageSize,
      ...(options.now && { now: options.now }),
    };
  }

  /**
   * The sessions matching `query`, in the provider's order (see the provider's adapter for how
   * each filter maps onto its API, and which ones are applied on the client).
   */
  async *listSessions(query: SessionQuery = {}): AsyncGenerator<Session<T>, void, undefined> {
    for await (const batch of this.sessionPages(resolveQuery(query))) yield* batch.items;
  }

  /** The pages of {@link listSessions}, each with the position after it (the export checkpoints these). */
  sessionPages(query: ResolvedQuery, from: Position = START): AsyncIterable<Batch<Session<T>>> {
    return this.adapter.listSessions(this.client, this.context, query, from);
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

/** A client for provider `provider` (an adapter under `providers/`): `await connect('videosdk')`. */
export async function connect<P extends string>(
  provider: P,
  options: SessionsOptions = {},
): Promise<SessionsClient<TraitsOf<P>>> {
  return new SessionsClient(await loadAdapter(provider), options);
}

/** {@link SessionsClient.listSessions} of a fresh client: `listSessions({ provider: 'videosdk', from: '2024-01-01' })`. */
export async function* listSessions<P extends string>(
  query: SessionQuery & { provider: P },
  options: SessionsOptions = {},
): AsyncGenerator<Session<TraitsOf<P>>, void, undefined> {
  const { provider, ...filters } = query;
  yield* (await connect(provider, options)).listSessions(filters);
}

/** {@link SessionsClient.getSession} of a fresh client. */
export async function getSession<P extends string>(
  provider: P,
  id: string,
  options: SessionsOptions = {},
): Promise<Session<TraitsOf<P>>> {
  return (await connect(provider, options)).getSession(id);
}

/** {@link SessionsClient.listParticipants} of a fresh client for the session's provider. */
export async function* listParticipants<T extends ProviderTraits>(
  session: Session<T>,
  options: SessionsOptions = {},
): AsyncGenerator<Participant<T>, void, undefined> {
  const client = (await connect(session.provider, options)) as unknown as SessionsClient<T>;
  yield* client.listParticipants(session);
}
