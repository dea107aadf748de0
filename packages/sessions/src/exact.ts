/**
 * What every adapter's sessions go through, whatever its API could filter: the query checked
 * exactly on the client, each session once, and the walk bounded.
 */
import type { Batch } from './adapter.js';
import type { ResolvedQuery, Session } from './model.js';

/** Whether `session` matches every filter of `query` exactly (`from`/`to` on its start, inclusive). */
export function matches(session: Session, query: ResolvedQuery): boolean {
  return (
    (query.room === undefined || session.roomId === query.room) &&
    (query.from === undefined || session.start >= query.from) &&
    (query.to === undefined || session.start <= query.to) &&
    (query.live === undefined || session.live === query.live)
  );
}

/**
 * The batches with only matching sessions, each session id once (windows that overlap, a session
 * listed live and then ended, a server repeating a page), ending after `query.maxSessions`. The
 * positions are kept, so that the export checkpoints the provider's walk, not the filtered one.
 * A resumed walk passes what the interrupted one already gave: `alreadyYielded` sessions, and
 * `alreadyGiven` to tell their ids (read back from the export's output), so none is given twice.
 */
export async function* exactSessions<S extends Session>(
  batches: AsyncIterable<Batch<S>>,
  query: ResolvedQuery,
  alreadyYielded = 0,
  alreadyGiven: (id: string) => boolean = () => false,
): AsyncGenerator<Batch<S>, void, undefined> {
  const seen = new Set<string>();
  let left = (query.maxSessions ?? Number.POSITIVE_INFINITY) - alreadyYielded;
  if (left <= 0) return;
  for await (const batch of batches) {
    const items: S[] = [];
    for (const session of batch.items) {
      if (items.length >= left) break;
      if (!matches(session, query) || seen.has(session.id) || alreadyGiven(session.id)) continue;
      seen.add(session.id);
      items.push(session);
    }
    left -= items.length;
    yield { ...batch, items };
    if (left <= 0) return;
  }
}
