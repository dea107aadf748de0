import { closestKey, editDistance } from '@rtc-sessions/runtime/internal';

/**
 * The candidate closest to `input` (the runtime's edit distance, ignoring case), if it is close
 * enough to be a likely misspelling.
 */
export function closest(input: string, candidates: readonly string[]): string | undefined {
  const best = closestKey(input, candidates);
  return best !== undefined && editDistance(input, best) <= Math.max(2, Math.floor(input.length / 3))
    ? best
    : undefined;
}
