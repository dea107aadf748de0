import { callerAbortError, PageTokenExpiredError } from './errors.js';

/** `x-rtc-pagination` of a list operation, as the generated `listOperations` carry it. */
export type Pagination =
  | {
      readonly scheme: 'page-number';
      readonly pageParam: string;
      readonly sizeParam: string;
      /** JSON pointer of the items in a page body. */
      readonly items: string;
      /** JSON pointer of the number of the last page. */
      readonly lastPage: string;
    }
  | {
      readonly scheme: 'cursor';
      readonly cursorParam: string;
      readonly sizeParam: string;
      readonly items: string;
      /** JSON pointer of the cursor of the next page; empty or absent on the last page. */
      readonly nextCursor: string;
      /** How long a cursor stays valid after it was issued, in seconds. */
      readonly cursorLifetimeSeconds?: number;
      /** A page with fewer items than the page size is the last one (the cursor does not say). */
      readonly endsOnShortPage?: boolean;
    };

/** One list operation of the generated `listOperations`. */
export interface ListOperation {
  readonly pagination: Pagination;
  /** Limits and defaults of the paging parameters, from the spec (a parameter without any is left out). */
  readonly params: Readonly<
    Record<string, { readonly default?: unknown; readonly minimum?: number; readonly maximum?: number }>
  >;
}

/** Options of `paginate` and `pages`. */
export interface PaginateOptions {
  /**
   * Stop after this many items (`paginate` yields exactly this many at most; `pages` fetches no
   * page past the one that reaches it).
   * @default no limit
   */
  limit?: number;
  /**
   * Fetch at most this many pages.
   * @default no limit
   */
  maxPages?: number;
  /**
   * Aborts the walk, including a page being fetched ahead; the iteration throws the signal's reason
   * (our `TimeoutError` when it is an `AbortSignal.timeout()`).
   */
  signal?: AbortSignal;
}

/** Reads a JSON pointer (`/data/participants`) from a body; `undefined` when absent. */
export function readPointer(body: unknown, pointer: string): unknown {
  if (pointer === '') return body;
  let current = body;
  for (const raw of pointer.slice(1).split('/')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[raw.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return current;
}

/** The items of a page body; `null`/absent items (`data: null`) are an empty page. */
export function pageItems(body: unknown, pagination: Pagination): unknown[] {
  const items = readPointer(body, pagination.items);
  return Array.isArray(items) ? items : [];
}

type Query = Record<string, unknown>;

/** Fetches one page with the given query and abort signal, resolving to its parsed body. */
export type PageFetcher = (query: Query, signal: AbortSignal) => Promise<unknown>;

/** What comes after `body`, fetched with `query`: the next page's query, or `undefined` at the end. */
function nextQuery(operation: ListOperation, query: Query, body: unknown): Query | undefined {
  const { pagination, params } = operation;
  const items = pageItems(body, pagination);
  if (items.length === 0) return undefined;
  if (pagination.scheme === 'page-number') {
    const current = Number(query[pagination.pageParam] ?? params[pagination.pageParam]?.default ?? 1);
    const lastPage = readPointer(body, pagination.lastPage);
    if (typeof lastPage === 'number' && current >= lastPage) return undefined;
    return { ...query, [pagination.pageParam]: current + 1 };
  }
  const cursor = readPointer(body, pagination.nextCursor);
  if (typeof cursor !== 'string' || cursor === '') return undefined;
  const sizeParam = params[pagination.sizeParam];
  // The server serves a size outside the spec's limits as the nearest limit: compare with that, or a
  // `limit` above the maximum would make every full page look short and end the walk early.
  const size = Math.min(
    Math.max(Number(query[pagination.sizeParam] ?? sizeParam?.default), sizeParam?.minimum ?? 0),
    sizeParam?.maximum ?? Infinity,
  );
  if (pagination.endsOnShortPage && Number.isFinite(size) && items.length < size) return undefined;
  return { ...query, [pagination.cursorParam]: cursor };
}

/**
 * Walks the pages of a list: yields each page body, fetching the next one while the caller
 * works on the current one (never more than one ahead), and holding no earlier page.
 */
export async function* walkPages(
  operation: ListOperation,
  path: string,
  firstQuery: Query,
  fetchPage: PageFetcher,
  options: PaginateOptions & { now?: () => number } = {},
): AsyncGenerator<unknown, void, undefined> {
  const now = options.now ?? Date.now;
  const { limit = Infinity, maxPages = Infinity, signal } = options;
  if (signal?.aborted) throw callerAbortError(signal, 'GET', path);
  if (limit <= 0 || maxPages <= 0) return;
  // One controller for the whole walk: the caller's signal, or leaving the loop early, stops a page in flight.
  const controller = new AbortController();
  const onAbort = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', onAbort, { once: true });
  const lifetime =
    operation.pagination.scheme === 'cursor' ? operation.pagination.cursorLifetimeSeconds : undefined;

  const request = (query: Query) => {
    // The server issues the page's cursor after this moment: ageing it from here errs on the safe side.
    const sentAt = now();
    const pending = fetchPage(query, controller.signal).then((body) => ({ body, query, sentAt }));
    pending.catch(() => {}); // read when awaited; a page fetched ahead must not fail unobserved
    return pending;
  };

  try {
    let pending: ReturnType<typeof request> | undefined = request(firstQuery);
    let pagesSeen = 0;
    let itemsSeen = 0;
    while (pending) {
      const { body, query, sentAt } = await pending;
      pending = undefined;
      pagesSeen++;
      itemsSeen += pageItems(body, operation.pagination).length;
      const next = pagesSeen < maxPages && itemsSeen < limit ? nextQuery(operation, query, body) : undefined;
      if (next) {
        // The cursor in `body` was issued while its request was under way; the caller may have held
        // the previous page long after that. A stale token is never sent: this page is still good, then the walk ends.
        const ageSeconds = (now() - sentAt) / 1000;
        if (lifetime !== undefined && ageSeconds >= lifetime) {
          yield body;
          throw new PageTokenExpiredError(path, lifetime, ageSeconds);
        }
        pending = request(next);
      }
      yield body;
    }
  } finally {
    signal?.removeEventListener('abort', onAbort);
    controller.abort();
  }
}
