/** Paging and body helpers the provider modules share. */
import type { JsonObject } from '@rtc-sessions/openapi-model';
import type { SimContext, SimRequest, SimResponse } from '../context.js';
import type { SimOperation } from '../spec-facts.js';

/** Drops the keys whose value is undefined (absent fields, not `null` ones). */
export function withoutUndefined(body: Record<string, unknown>): JsonObject {
  return Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined)) as JsonObject;
}

/** The list a cursor belongs to: the operation, its path and every query parameter but the cursor. */
function listKey(req: SimRequest, cursorParam: string): string {
  const query = [...req.query.entries()]
    .filter(([k]) => k !== cursorParam)
    .sort(([a], [b]) => a.localeCompare(b));
  return `${req.path}?${new URLSearchParams(query)}`;
}

export type CursorPage<T> = { items: T[]; next: string; size: number } | { response: SimResponse };

/**
 * An opaque-token page (Zoom): the token names the list and the offset and expires after the
 * spec's `cursorLifetimeSeconds`; an expired or foreign token is the operation's 400.
 */
export function cursorPage<T>(
  ctx: SimContext,
  req: SimRequest,
  op: SimOperation,
  all: readonly T[],
): CursorPage<T> {
  const paging = op.pagination;
  if (paging?.scheme !== 'cursor') throw new Error(`${op.info.operationId} is not a cursor list`);
  const size = ctx.intParam(req, op, paging.sizeParam);
  const token = req.query.get(paging.cursorParam) ?? '';
  const list = listKey(req, paging.cursorParam);
  let offset = 0;
  if (token !== '') {
    const redeemed = ctx.cursors.redeem(token, list);
    const expiredByFault = ctx.random.chance(ctx.faults.expiredCursorRate ?? 0);
    if ('problem' in redeemed || expiredByFault) {
      const why = 'problem' in redeemed ? redeemed.problem : 'expired';
      return {
        response: ctx.error(
          op,
          400,
          `The next page token is ${why === 'expired' ? 'expired' : 'invalid'}.`,
          undefined,
          300,
        ),
      };
    }
    offset = redeemed.offset;
  }
  const items = all.slice(offset, offset + size);
  const more = offset + size < all.length;
  // A scheme without a documented lifetime keeps its tokens good for the whole run.
  const lifetimeMs =
    paging.cursorLifetimeSeconds === undefined
      ? Number.POSITIVE_INFINITY
      : paging.cursorLifetimeSeconds * 1000;
  let next = more ? ctx.cursors.issue(list, offset + size, lifetimeMs) : '';
  if (token !== '' && ctx.random.chance(ctx.faults.repeatedCursorRate ?? 0)) next = token;
  return { items, next, size };
}
