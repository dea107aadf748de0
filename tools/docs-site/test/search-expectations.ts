/**
 * What the hub's search must rank first, by query: the operation (or section) a reader means,
 * whatever word their provider uses for it. Shared by the unit test of the index and the browser test.
 */
export const FIRST_RESULTS: readonly (readonly [string, RegExp])[] = [
  // A participants operation, by any provider's word.
  ['participants', /^(List peers|Fetch the participants of a session|List session users) /],
  ['peers', /^(List peers|Fetch the participants of a session|List session users) /],
  // Ending a session is "end room" at 100ms.
  ['end session', /^(End a session|End an active room|Update session status\b.*) /],
  ['end room', /^(End a session|End an active room|Update session status\b.*) /],
  // Where a provider says how its webhooks are signed (its Webhooks section).
  ['webhook signature', /^Webhooks .*#\/webhooks$/],
  ['rate limit', /^Rate limits and error codes .*#\/section\/rate-limits-and-error-codes$/],
];
