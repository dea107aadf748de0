import { type RunningMock, startMock } from '@rtc-sessions/mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../src/index.js';

// The client against Prism serving the spec: requests the spec accepts, bodies the client reads.
describe('against the Prism mock of the spec', { timeout: 60_000 }, () => {
  let mock: RunningMock;
  beforeAll(async () => {
    mock = await startMock({ provider: 'videosdk' });
  }, 60_000);
  afterAll(async () => {
    await mock?.stop();
  });

  it('lists, walks pages and gets one session', async () => {
    const client = createClient({ apiKey: 'k', secret: 's', baseUrl: mock.url });
    const { data } = await client.GET('/sessions/', { params: { query: { page: 1, perPage: 2 } } });
    expect(data?.data.length).toBeGreaterThan(0);
    const lastPage = data?.pageInfo.lastPage ?? 0;
    let pages = 0;
    for await (const page of client.pages('/sessions/', { params: { query: { perPage: 2 } } })) {
      expect(Array.isArray(page.data)).toBe(true);
      pages++;
    }
    expect(pages).toBe(lastPage);
    const id = data?.data[0]?.id ?? '';
    const one = await client.GET('/sessions/{sessionId}', { params: { path: { sessionId: id } } });
    expect(one.data?.id).toBeTypeOf('string');
  });
});
