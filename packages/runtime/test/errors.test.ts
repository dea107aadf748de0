import { describe, expect, it } from 'vitest';
import {
  ApiError,
  ConfigurationError,
  ConnectionError,
  PageTokenExpiredError,
  RtcSessionsError,
  TimeoutError,
} from '../src/index.js';

describe('one error family', () => {
  const errors = [
    new ApiError({ status: 404, provider: 'p', method: 'GET', path: '/x', body: '' }),
    new ConnectionError('GET', '/x', 'ECONNRESET'),
    new TimeoutError('GET', '/x', 50),
    new PageTokenExpiredError('/x', 900, 901),
    new ConfigurationError('no credentials'),
  ];

  it.each(errors.map((e) => [e.name, e] as const))(
    '%s is an RtcSessionsError and an Error',
    (name, error) => {
      expect(error).toBeInstanceOf(RtcSessionsError);
      expect(error).toBeInstanceOf(Error);
      expect(error.name).toBe(name);
      expect(String(error)).toMatch(new RegExp(`^${name}: `));
    },
  );

  it('a TimeoutError is a kind of ConnectionError, not the other way round', () => {
    expect(new TimeoutError('GET', '/x', 50)).toBeInstanceOf(ConnectionError);
    expect(new ConnectionError('GET', '/x', undefined)).not.toBeInstanceOf(TimeoutError);
  });

  it("the network error code is `networkCode`, so it never reads as the provider's `code`", () => {
    const connection = new ConnectionError('GET', '/x', 'ECONNREFUSED');
    expect(connection.networkCode).toBe('ECONNREFUSED');
    expect('code' in connection).toBe(false);
    const api = new ApiError({ status: 404, provider: 'p', method: 'GET', path: '/x', body: '', code: 3001 });
    expect(api.code).toBe(3001);
    expect('networkCode' in api).toBe(false);
  });

  it('ApiError messages start with the title the client gives, else the provider id', () => {
    const init = { status: 404, provider: 'zoom-videosdk', method: 'GET', path: '/x', body: '' };
    expect(new ApiError({ ...init, title: 'Zoom Video SDK' }).message).toBe('Zoom Video SDK GET /x → 404');
    expect(new ApiError(init).message).toBe('zoom-videosdk GET /x → 404');
    expect(new ApiError({ ...init, title: 'Zoom Video SDK' }).provider).toBe('zoom-videosdk');
  });

  it("a TimeoutError from the caller's signal says so and keeps the signal's reason as cause", () => {
    const reason = new DOMException('timed out', 'TimeoutError');
    const error = new TimeoutError('GET', '/x', undefined, { cause: reason });
    expect(error.timeoutMs).toBeUndefined();
    expect(error.cause).toBe(reason);
    expect(error.message).toBe("GET /x got no complete response before the caller's timeout signal fired");
  });
});
