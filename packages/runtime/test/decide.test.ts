import { describe, expect, it } from 'vitest';
import {
  type AttemptSummary,
  type Decision,
  decide,
  type RetryContext,
  retryDefaults,
} from '../src/internal.js';

const context: RetryContext = {
  method: 'GET',
  attempts: 1,
  elapsedMs: 0,
  policy: retryDefaults,
  canRefreshToken: false,
  now: Date.parse('2026-01-01T00:00:00Z'),
  random: 0.5,
};
const answered = (status: number, retryAfter: string | null = null): AttemptSummary => ({
  kind: 'answered',
  status,
  retryAfter,
});
const failed = (networkCode?: string, timeout = false): AttemptSummary => ({
  kind: 'failed',
  timeout,
  networkCode,
});
const done: Decision = { done: true };
// the first back-off with random 0.5: half of initialDelayMs
const backoff = { retryIn: retryDefaults.initialDelayMs / 2 };

/** [name, outcome, context changes, decision]: the whole retry policy, no socket. */
const table: [string, AttemptSummary, Partial<RetryContext>, Decision][] = [
  ['GET 429 without Retry-After: back-off', answered(429), {}, backoff],
  ['GET 429 + Retry-After: 2 (seconds)', answered(429, '2'), {}, { retryIn: 2000 }],
  [
    'GET 429 + Retry-After as an ISO date 3 s ahead',
    answered(429, '2026-01-01T00:00:03Z'),
    {},
    { retryIn: 3000 },
  ],
  ['GET 429 + Retry-After beyond maxElapsedMs: done', answered(429, '3600'), {}, done],
  ['GET 502, 503, 504: back-off', answered(503), {}, backoff],
  ['GET 500: done', answered(500), {}, done],
  ['GET 404: done', answered(404), {}, done],
  ['GET 503 on the last allowed attempt: done', answered(503), { attempts: 3 }, done],
  ['GET 503 when the wait would pass maxElapsedMs: done', answered(503), { elapsedMs: 59_900 }, done],
  ['POST 503: done (it may have acted)', answered(503), { method: 'POST' }, done],
  ['GET connection reset: back-off', failed('ECONNRESET'), {}, backoff],
  ['GET timeout: back-off', failed(undefined, true), {}, backoff],
  ['POST connection reset: done (it may have been sent)', failed('ECONNRESET'), { method: 'POST' }, done],
  ['POST timeout: done', failed(undefined, true), { method: 'POST' }, done],
  ['POST refused (nothing sent): back-off', failed('ECONNREFUSED'), { method: 'POST' }, backoff],
  ['POST DNS failure (nothing sent): back-off', failed('ENOTFOUND'), { method: 'POST' }, backoff],
  [
    'GET 401 with a token that can be re-signed: refresh',
    answered(401),
    { canRefreshToken: true },
    { refreshToken: true },
  ],
  [
    'GET 403 with a token that can be re-signed: refresh',
    answered(403),
    { canRefreshToken: true },
    { refreshToken: true },
  ],
  ['GET 401 with a given token: done', answered(401), {}, done],
  [
    'POST 401 with a token that can be re-signed: done',
    answered(401),
    { method: 'POST', canRefreshToken: true },
    done,
  ],
  [
    'second back-off doubles the bound',
    answered(503),
    { attempts: 2 },
    { retryIn: retryDefaults.initialDelayMs },
  ],
];

describe('decide: the retry policy', () => {
  it.each(table)('%s', (_name, outcome, changes, want) => {
    expect(decide(outcome, { ...context, ...changes })).toEqual(want);
  });
});
