import { describe, expect, it } from 'vitest';
import { ApiError, ConfigurationError, ConnectionError, TimeoutError } from '../src/errors.js';
import { isTransient, statusOf } from '../src/transient.js';

const apiError = (status: number) =>
  new ApiError({ status, provider: 'test', method: 'GET', path: '/x', body: '' });

describe('isTransient: the one classification of "worth another try"', () => {
  it.each([
    ['a connection error', new ConnectionError('GET', '/x', 'ECONNRESET'), true],
    ['a timeout', new TimeoutError('GET', '/x', 1000), true],
    ['a 429', apiError(429), true],
    ['a 503', apiError(503), true],
    ['a 500', apiError(500), false],
    ['a 404', apiError(404), false],
    ['a DOMException named TimeoutError (not a client error)', new DOMException('t', 'TimeoutError'), false],
    ['a configuration error', new ConfigurationError('bad'), false],
    ['a plain Error', new Error('x'), false],
  ])('%s → %s', (_name, error, want) => {
    expect(isTransient(error)).toBe(want);
  });

  it('statusOf reads an ApiError or a numeric status, nothing else', () => {
    expect(statusOf(apiError(502))).toBe(502);
    expect(statusOf({ status: 429 })).toBe(429);
    expect(statusOf({ status: '429' })).toBeUndefined();
    expect(statusOf(null)).toBeUndefined();
  });
});
