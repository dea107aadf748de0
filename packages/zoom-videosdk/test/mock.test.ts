import { type RunningMock, startMock } from '@rtc-sessions/mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../src/index.js';

describe('against the Prism mock of the spec', { timeout: 60_000 }, () => {
  let mock: RunningMock;
  beforeAll(async () => {
    mock = await startMock({ provider: 'zoom-videosdk' });
  }, 60_000);
  afterAll(async () => {
    await mock?.stop();
  });

  it('lists, walks pages and gets one session (double-encoded id)', async () => {
    const client = createClient({ apiKey: 'k', apiSecret: 's', baseUrl: mock.url });
    const query = { type: 'past', from: '2021-10-01', to: '2021-10-31' } as const;
    const { data } = await client.GET('/videosdk/sessions', { params: { query } });
    expect(data?.sessions?.length).toBeGreaterThan(0);
    // Prism answers the same example (with the same next_page_token) for every page: the walk
    // yields the first page, and the second one's repeated cursor ends it with a PaginationError.
    let pages = 0;
    const walk = async () => {
      for await (const page of client.pages('/videosdk/sessions', { params: { query } }, { maxPages: 3 })) {
        expect(Array.isArray(page.sessions)).toBe(true);
        pages++;
      }
    };
    await expect(walk()).rejects.toMatchObject({ name: 'PaginationError', reason: 'repeated-cursor' });
    expect(pages).toBe(1);
    const id = data?.sessions?.[0]?.id ?? '';
    const one = await client.GET('/videosdk/sessions/{sessionId}', {
      params: { path: { sessionId: id }, query: { type: 'past' } },
    });
    expect(one.data?.id).toBeTypeOf('string');
  });
});
