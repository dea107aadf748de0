/**
 * The providers' paging schemes over a simulator's lists: opaque cursors that expire (Zoom's
 * `next_page_token`), "after this id" cursors (100ms `start`/`last`) and page numbers (VideoSDK).
 */
import type { Random } from './random.js';

interface IssuedCursor {
  /** The list it belongs to: operation and filters; a token is only good for the same list. */
  list: string;
  offset: number;
  expiresAt: number;
}

export type Redeemed = { offset: number } | { problem: 'expired' | 'unknown' };

/** Zoom-style opaque page tokens, each good for `lifetimeMs` after it was issued. */
export class CursorStore {
  private readonly issued = new Map<string, IssuedCursor>();
  constructor(
    private readonly random: Random,
    private readonly clock: () => number,
  ) {}

  issue(list: string, offset: number, lifetimeMs: number): string {
    // 35 characters, like Zoom's tokens; drawn from the seeded source so runs repeat.
    const token = this.random.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 35);
    this.issued.set(token, { list, offset, expiresAt: this.clock() + lifetimeMs });
    // Bound the memory a long run holds: forget tokens that have expired.
    if (this.issued.size > 10_000) this.sweep();
    return token;
  }

  redeem(token: string, list: string): Redeemed {
    const cursor = this.issued.get(token);
    if (!cursor || cursor.list !== list) return { problem: 'unknown' };
    if (this.clock() >= cursor.expiresAt) return { problem: 'expired' };
    return { offset: cursor.offset };
  }

  /** Makes every token issued so far expire now (the expired-cursor fault, and tests). */
  expireAll(): void {
    for (const cursor of this.issued.values()) cursor.expiresAt = 0;
  }

  private sweep(): void {
    const now = this.clock();
    for (const [token, cursor] of this.issued) if (now >= cursor.expiresAt) this.issued.delete(token);
  }
}

export interface PageNumberResult<T> {
  items: T[];
  pageInfo: { currentPage: number; perPage: number; lastPage: number; total: number };
}

/** VideoSDK's `page`/`perPage` with a true `pageInfo`: `lastPage` is at least 1. */
export function pageByNumber<T>(all: readonly T[], page: number, perPage: number): PageNumberResult<T> {
  const from = (page - 1) * perPage;
  return {
    items: all.slice(from, from + perPage),
    pageInfo: {
      currentPage: page,
      perPage,
      lastPage: Math.max(1, Math.ceil(all.length / perPage)),
      total: all.length,
    },
  };
}

/** 100ms: the items after the one whose id is `start` (all of them without `start`). */
export function pageAfterId<T>(
  all: readonly T[],
  idOf: (item: T) => string,
  start: string | null,
  limit: number,
) {
  let from = 0;
  if (start) {
    const index = all.findIndex((item) => idOf(item) === start);
    if (index === -1) return null;
    from = index + 1;
  }
  const items = all.slice(from, from + limit);
  const last = items.length > 0 ? idOf(items[items.length - 1] as T) : '';
  return { items, last };
}
