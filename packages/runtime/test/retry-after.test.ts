import { describe, expect, it } from 'vitest';
import { parseRetryAfter } from '../src/internal.js';

const now = Date.UTC(2024, 5, 1, 12, 0, 0);

describe('parseRetryAfter', () => {
  it.each([
    ['delta-seconds', '120', 120_000],
    ['an HTTP date', 'Sat, 01 Jun 2024 12:00:30 GMT', 30_000],
    ["an ISO timestamp (Zoom's daily limits)", '2024-06-01T12:01:00Z', 60_000],
    ['a past date', 'Sat, 01 Jun 2024 11:00:00 GMT', 0],
    ['absent', null, undefined],
    ['empty', ' ', undefined],
    ['garbage', 'soon', undefined],
    // V8's lenient date parser reads these as dates in 2001: they must not mean "retry now".
    ['a negative number', '-1', undefined],
    ['numbers with spaces', '5 5', undefined],
  ])('%s', (_name, value, want) => {
    expect(parseRetryAfter(value, now)).toBe(want);
  });
});
