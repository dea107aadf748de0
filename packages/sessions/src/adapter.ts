import type { RequestLimiter, RunOptions } from './limiter.js';
import type { Participant, ProviderTraits, ResolvedQuery, Session } from './model.js';
import { orderedConcat, orderedMap } from './ordered.js';

/**
 * Where a walk stands, as the export's checkpoint stores it: `segment` counts the units of the
 * walk that are done (pages for a page-number list, time windows for a windowed one) and `offset`
 * the provider records already passed inside the next unit.
 */
export interface Position {
  segment: number;
  offset: number;
}

export const START: Position = { segment: 0, offset: 0 };

/** A client's credential options from its `credentialEnv`: `{ token }`, or the key + secret options. */
export type CredentialsFrom<E extends { readonly keys: readonly (readonly [string, string])[] }> =
  | { readonly token: string }
  | { readonly [K in E['keys'][number][0]]: string };

/** A page's worth of output and where the walk stands after it. */
export interface Batch<T> {
  items: T[];
  after: Position;
  /** Pages of the whole walk, when the provider tells (VideoSDK's `pageInfo.lastPage`). */
  totalPages?: number;
}

/** How a client is created for a walk. Retries are the limiter's, so clients get `retry: false`. */
export interface ClientSetup {
  baseUrl?: string;
  /**
   * The client's credential options: `{ token }`, or its key + secret (`{ apiKey, apiSecret }` for
   * Zoom, …). Absent, the client reads its environment variables.
   */
  credentials?: Readonly<Record<string, string>>;
  /** @default process.env */
  env?: Record<string, string | undefined>;
  fetch?: (input: Request) => Promise<Response>;
  timeoutMs?: number;
}

/** A shared allowance of list requests (`maxPages`): every page fetched takes one. */
export class PageBudget {
  private used = 0;
  constructor(readonly max: number) {}
  /** Takes one page; `false` when the allowance is spent (the walk ends there). */
  take(): boolean {
    if (this.used >= this.max) return false;
    this.used++;
    return true;
  }
}

/** What an adapter's operations get besides their client. */
export interface WalkContext {
  limiter: RequestLimiter;
  signal?: AbortSignal | undefined;
  /** Records per page to ask for; `undefined` leaves the spec's default. */
  pageSize?: number | undefined;
  /** Clock for defaults such as "to = now". @default Date.now */
  now?: () => number;
  /** Pages of the sessions list allowed (`maxPages`); absent, unbounded. */
  budget?: PageBudget | undefined;
  /** The rate-limit bucket of an operation (its `x-rtc-rate-limit` label), for the limiter. */
  bucketOf?: ((method: string, path: string) => string | undefined) | undefined;
}

/**
 * One provider's side of the model: its client, typed against its generated types, and the mapping
 * of its records onto `Session` and `Participant`. Each lives in `src/providers/<id>/adapter.ts` and
 * exports itself as `adapter`.
 */
export interface ProviderAdapter<
  T extends ProviderTraits = ProviderTraits,
  Client = unknown,
  Credentials extends Readonly<Record<string, string>> = Readonly<Record<string, string>>,
> {
  readonly id: T['id'];
  /** The client package's `credentialEnv`: where credentials come from. */
  readonly credentialEnv: {
    readonly keys: readonly (readonly [string, string])[];
    readonly tokenEnv: string;
  };
  /** Type-only: the credential options of the client (`{ token }` or its key + secret). */
  readonly credentials?: Credentials;
  createClient(setup: ClientSetup): Client;
  /** Sessions matching `query`, in the provider's order, from `from` on. */
  listSessions(
    client: Client,
    context: WalkContext,
    query: ResolvedQuery,
    from: Position,
  ): AsyncIterable<Batch<Session<T>>>;
  getSession(client: Client, context: WalkContext, id: string): Promise<Session<T>>;
  listParticipants(client: Client, context: WalkContext, session: Session<T>): AsyncIterable<Participant<T>>;
}

/**
 * A page-number list whose first page tells the last one: fetches the first page (from `from`),
 * then the rest with up to the limiter's concurrency ahead, yielding pages in order.
 */
export async function* pageNumberWalk<Body, Item>(options: {
  from: Position;
  concurrency: number;
  fetchPage: (page: number) => Promise<Body>;
  lastPage: (body: Body) => number;
  items: (body: Body) => Item[];
  budget?: PageBudget | undefined;
}): AsyncGenerator<Batch<Item>, void, undefined> {
  const firstPage = options.from.segment + 1;
  if (options.budget && !options.budget.take()) return;
  const first = await options.fetchPage(firstPage);
  const { budget } = options;
  let lastPage = options.lastPage(first);
  const firstItems = options.items(first);
  yield { items: firstItems, after: { segment: firstPage, offset: 0 }, totalPages: lastPage };
  if (firstItems.length === 0) return;
  // A server claiming a huge `lastPage` is bounded by the budget, and an empty page ends the walk.
  const rest = (function* () {
    for (let page = firstPage + 1; page <= lastPage && (!budget || budget.take()); page++) yield page;
  })();
  const fetched = orderedMap(
    rest,
    async (page) => ({ page, body: await options.fetchPage(page) }),
    options.concurrency,
  );
  for await (const { page, body } of fetched) {
    const items = options.items(body);
    yield { items, after: { segment: page, offset: 0 }, totalPages: lastPage };
    if (items.length === 0) lastPage = page;
  }
}

/**
 * A list split into windows (time ranges, or one per `type`), each walked by cursor, up to
 * `concurrency` windows at once; output window by window, in the order given. Resuming at
 * `{ segment, offset }` re-walks that window and drops its first `offset` records: cursors are
 * not kept, since Zoom's expire after 15 minutes.
 */
export function windowedWalk<W, Item>(options: {
  windows: readonly W[];
  from: Position;
  concurrency: number;
  walkWindow: (window: W) => AsyncIterable<Item[]>;
  /** Pages a window ahead of the one being written may hold. @default 2 */
  buffer?: number;
  /** With a page budget, windows are walked one at a time, so that the pages spent are a prefix of the walk. */
  budget?: PageBudget | undefined;
}): AsyncGenerator<Batch<Item>, void, undefined> {
  const { from } = options;
  const concurrency = options.budget ? 1 : options.concurrency;
  const sources = options.windows.slice(from.segment).map((window, index) => {
    const segment = from.segment + index;
    return async function* (): AsyncGenerator<Batch<Item>> {
      let skip = index === 0 ? from.offset : 0;
      let offset = 0;
      for await (const page of options.walkWindow(window)) {
        offset += page.length;
        const drop = Math.min(skip, page.length);
        skip -= drop;
        yield { items: drop > 0 ? page.slice(drop) : page, after: { segment, offset } };
      }
      yield { items: [], after: { segment: segment + 1, offset: 0 } };
    };
  });
  return orderedConcat(sources, concurrency, options.buffer ?? 2);
}

/** How the limiter runs a GET of `path` (the spec's path template): its rate-limit bucket and signal. */
export function getOptions(context: WalkContext, path: string): RunOptions {
  return { signal: context.signal, bucket: context.bucketOf?.('GET', path) };
}

/** The client options of a walk: the credentials spread as the client's own options, retries off. */
export function clientOptions(setup: ClientSetup) {
  const { credentials, ...rest } = setup;
  return { ...credentials, ...rest, retry: false as const };
}
