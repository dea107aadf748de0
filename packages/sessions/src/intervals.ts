import type { Interval } from './model.js';

/** Oldest join first; an open join sorts after closed ones that started at the same time. */
export function sortJoins(joins: Interval[]): Interval[] {
  return [...joins].sort((a, b) => a.start - b.start || (a.end ?? Infinity) - (b.end ?? Infinity));
}

/**
 * Seconds covered by the closed intervals, overlaps counted once, in milliseconds precision. Open
 * intervals add nothing, so the figure is the same whenever it is read.
 */
export function connectedSeconds(joins: Interval[]): number {
  const closed = joins
    .filter((j): j is { start: number; end: number } => j.end !== null && j.end > j.start)
    .sort((a, b) => a.start - b.start);
  let totalMs = 0;
  let coveredUntil = -Infinity;
  for (const { start, end } of closed) {
    const from = Math.max(start, coveredUntil);
    if (end > from) totalMs += end - from;
    coveredUntil = Math.max(coveredUntil, end);
  }
  return totalMs / 1000;
}

/** Groups records in first-seen order by a key, keeping each group's records in order. */
export function groupBy<T>(records: Iterable<T>, key: (record: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const record of records) {
    const k = key(record);
    const group = groups.get(k);
    if (group) group.push(record);
    else groups.set(k, [record]);
  }
  return [...groups.values()];
}
