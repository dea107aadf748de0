// The behaviour of openapi-fetch the runtime relies on, pinned: an upgrade that changes it fails
// here, not in a user's app.
import createClient from 'openapi-fetch';
import { describe, expect, it } from 'vitest';
import { PlainRequest } from '../src/internal.js';

interface Paths {
  '/x': {
    get: { responses: { 200: { content: { 'application/json': { n: number } } } } };
    post: {
      requestBody: { content: { 'application/json': { a: number } } };
      responses: { 200: { content: { 'application/json': { n: number } } } };
    };
  };
}

describe('openapi-fetch, as the runtime uses it', () => {
  it("hands a call's own `fetch` the Request it built, and uses it instead of the client's", async () => {
    const seen: string[] = [];
    const client = createClient<Paths>({
      baseUrl: 'http://api.test',
      fetch: async () => {
        seen.push('client');
        return Response.json({ n: 0 });
      },
    });
    const own = async (request: Request) => {
      seen.push(`call ${request.method} ${request.url}`);
      return Response.json({ n: 1 });
    };
    const { data } = await client.GET('/x', { fetch: own });
    expect(data).toEqual({ n: 1 });
    expect(seen).toEqual(['call GET http://api.test/x']);
  });

  it('reads the body through the json() or text() of the Response our fetch returns', async () => {
    // The pipeline reads (and caps) the body itself, then hands openapi-fetch a Response whose
    // json() and text() give what it read.
    for (const headers of [{ 'content-length': '9' }, {}] as Record<string, string>[]) {
      const client = createClient<Paths>({
        baseUrl: 'http://api.test',
        fetch: async () => {
          const response = new Response('{"n":"x"}', { headers });
          await response.text(); // consumed, as the pipeline leaves it
          return Object.assign(response, { json: async () => ({ n: 2 }), text: async () => '{"n":2}' });
        },
      });
      expect((await client.GET('/x')).data).toEqual({ n: 2 });
    }
  });

  it("builds each call's request with the `Request` option's class, from the URL and an init, and hands that object to fetch", async () => {
    const seen: unknown[] = [];
    const client = createClient<Paths>({
      baseUrl: 'http://api.test',
      Request: PlainRequest as unknown as typeof Request,
      fetch: async (request) => {
        seen.push(request);
        return Response.json({ n: 3 });
      },
    });
    const { data } = await client.POST('/x', { body: { a: 1 }, headers: { 'x-h': 'v' } });
    expect(data).toEqual({ n: 3 });
    const [request] = seen;
    expect(request).toBeInstanceOf(PlainRequest);
    // what the pipeline reads of it: the URL, the method, one Headers, the serialized body, redirect
    expect(request).toMatchObject({
      url: 'http://api.test/x',
      method: 'POST',
      body: '{"a":1}',
      redirect: 'follow',
    });
    expect((request as PlainRequest).headers.get('x-h')).toBe('v');
    expect((request as PlainRequest).headers.get('content-type')).toBe('application/json');
  });
});
