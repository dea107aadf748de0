import { checkNumber } from './config.js';
import { callerAbortError, PageTokenExpiredError, PaginationError } from './errors.js';
import type { Pagination } from './generated/pagination.js';
import { readPointer } from './pointer.js';

export type { Pagination } from './generated/pagination.js';

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
   * Stop after this many items (`paginate` yields this many at most; `pages` fetches no page past
   * the one that reaches it). `limit` is its older name; the smaller of the two applies.
   * @default Infinity (no limit)
   */
  maxItems?: number;
  /** The older name of {@link PaginateOptions.maxItems}. @default Infinity */
  limit?: number;
  /**
   * Fetch at most this many pages.
   * @default Infinity (no limit; a server that repeats a cursor or serves empty pages before its
   * last page still ends the walk, with a `PaginationError`)
   */
  maxPages?: number;
  /**
   * Aborts the walk, including a page being fetched ahead; the iteration throws the signal's reason
   * (our `TimeoutError` when it is an `AbortSignal.timeout()`).
   */
  signal?: AbortSignal;
}

/** The item and page bounds of a walk, checked (whole numbers ≥ 0, or Infinity). */
export function walkBounds(options: PaginateOptions, path: string): { maxItems: number; maxPages: number } {
  const where = () => `GET ${path} paginate`;
  const rule = { infinity: true, integer: true };
  const maxItems = Math.min(
    checkNumber(options.maxItems ?? Infinity, 'maxItems', where, rule),
    checkNumber(options.limit ?? Infinity, 'limit', where, rule),
  );
  return { maxItems, maxPages: checkNumber(options.maxPages ?? Infinity, 'maxPages', where, rule) };
}

/** The items of a page body; `null`/absent items (`data: null`) are an empty page. */
export function pageItems(body: unknown, pagination: Pagination): unknown[] {
  const items = readPointer(body, pagination.items);
  return Array.isArray(items) ? items : [];
}

type Query = Record<string, unknown>;

/** Fetches one page with the given query and abort signal, resolving to its parsed body. */
export type PageFetcher = (query: Query, signal: AbortSignal) => Promise<unknown>;

/** What the walk has seen so far, to tell a server whose paging would never end. */
interface WalkState {
  path: string;
  pages: number;
  /** Follows a cursor, refusing one followed before (made at the first cursor). */
  follow?: (cursor: string) => string;
}

/** A cursor named without giving it away: its length and, for a long one, its first 4 characters. */
function describeCursor(cursor: string): string {
  return `a cursor of ${cursor.length} characters${cursor.length >= 16 ? ` starting "${cursor.slice(0, 4)}"` : ''}`;
}

/**
 * Remembers every cursor a walk of `GET path` follows, and returns each new one. A server that hands
 * one back again (A→A, or A→B→A) would have the walk loop for ever: that is a `PaginationError`
 * ('repeated-cursor') naming the operation and the cursor's `field`, never the whole cursor. For
 * `paginate`/`pages` and for walks of other packages (the sessions export). A walk that starts over
 * from its first page starts a new guard.
 */
export function cursorGuard(path: string, field: string): (cursor: string) => string {
  const followed = new Set<string>();
  return (cursor) => {
    if (followed.has(cursor))
      throw new PaginationError(
        path,
        'repeated-cursor',
        followed.size + 1,
        `the server handed back ${describeCursor(cursor)} already followed (\`${field}\`)`,
      );
    followed.add(cursor);
    return cursor;
  };
}

/**
 * What comes after `body`, fetched with `query`: the next page's query, or `undefined` at the end.
 * A page-number list that serves an empty page before its claimed last page, or a cursor list that
 * hands back a cursor already followed, is a `PaginationError`: the walk would never end.
 */
function nextQuery(
  operation: ListOperation,
  query: Query,
  body: unknown,
  walk: WalkState,
): Query | undefined {
  const { pagination, params } = operation;
  const items = pageItems(body, pagination);
  if (pagination.scheme === 'page-number') {
    const current = Number(query[pagination.pageParam] ?? params[pagination.pageParam]?.default ?? 1);
    const lastPage = readPointer(body, pagination.lastPage);
    const claimed = typeof lastPage === 'number' ? lastPage : undefined;
    // (an empty first page is an empty list, whatever the count beside it says)
    if (items.length === 0 && claimed !== undefined && current < claimed && walk.pages > 1)
      throw new PaginationError(
        walk.path,
        'empty-page-before-last',
        walk.pages,
        `page ${current} is empty, yet the server claims ${claimed} pages`,
      );
    return items.length > 0 && (claimed === undefined || current < claimed)
      ? { ...query, [pagination.pageParam]: current + 1 }
      : undefined;
  }
  if (items.length === 0) return undefined;
  const cursor = readPointer(body, pagination.nextCursor);
  if (typeof cursor !== 'string' || cursor === '') return undefined;
  walk.follow ??= cursorGuard(walk.path, pagination.nextCursor);
  walk.follow(cursor);
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
  const { signal } = options;
  const { maxItems, maxPages } = walkBounds(options, path);
  if (signal?.aborted) throw callerAbortError(signal, 'GET', path);
  if (maxItems <= 0 || maxPages <= 0) return;
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
    const walk: WalkState = { path, pages: 0 };
    let itemsSeen = 0;
    while (pending) {
      const { body, query, sentAt } = await pending;
      pending = undefined;
      walk.pages++;
      itemsSeen += pageItems(body, operation.pagination).length;
      const next =
        walk.pages < maxPages && itemsSeen < maxItems ? nextQuery(operation, query, body, walk) : undefined;
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
