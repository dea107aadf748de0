import { readFileSync } from 'node:fs';
import type { Answer, Handler, SeenRequest } from './server.js';

/** A recorded exchange (`rtc-sessions/cassette@1`), as far as the tests need it. */
export interface Cassette {
  provider: string;
  operationId: string;
  request: { method: string; path: string; query: Record<string, string> };
  response: { status: number; headers: Record<string, string>; body?: unknown };
}

/** The repository's recordings, as they are now. */
export const recordingsDir = new URL('../../../../contract-tests/recordings/', import.meta.url);
const fixtures = new URL('../fixtures/', import.meta.url);

/**
 * A recording, from this package's copy (`test/fixtures/recorded/`) so that field-by-field
 * assertions keep their input: `recording('videosdk/listSessions/published-fetch-sessions-page')`.
 */
export function recording(name: string): Cassette {
  return JSON.parse(readFileSync(new URL(`recorded/${name}.json`, fixtures), 'utf8')) as Cassette;
}

/** A cassette of this package's fixtures (recordings reshaped into the cases the recordings lack). */
export function fixture(name: string): Cassette {
  return JSON.parse(readFileSync(new URL(`${name}.json`, fixtures), 'utf8')) as Cassette;
}

/** The same cassette answering another request (path, query) — the body unchanged. */
export function at(cassette: Cassette, path: string, query: Record<string, string> = {}): Cassette {
  return { ...cassette, request: { ...cassette.request, path, query } };
}

function matches(cassette: Cassette, request: SeenRequest): boolean {
  if (cassette.request.method !== request.method || cassette.request.path !== request.rawPath) return false;
  // Every recorded query parameter must be in the request with the same value; the request may carry more.
  return Object.entries(cassette.request.query).every(([key, value]) => request.query[key] === value);
}

/**
 * Answers each request with the response of the first cassette whose method, path and query
 * (recorded parameters only) it matches; others get a 599 naming the request.
 */
export function replay(cassettes: Cassette[]): Handler {
  return (request): Answer => {
    // The most specific cassette first: the one with the most query parameters.
    const found = [...cassettes]
      .sort((a, b) => Object.keys(b.request.query).length - Object.keys(a.request.query).length)
      .find((c) => matches(c, request));
    if (!found) {
      return {
        status: 599,
        body: {
          message: `no cassette for ${request.method} ${request.rawPath}?${new URLSearchParams(request.query)}`,
        },
      };
    }
    const headers = { ...found.response.headers };
    delete headers['content-length'];
    return { status: found.response.status, headers, body: found.response.body };
  };
}
