import { type RunningMock, startMock } from '@rtc-sessions/mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../src/index.js';

describe('against the Prism mock of the spec', { timeout: 60_000 }, () => {
  let mock: RunningMock;
  beforeAll(async () => {
    mock = await startMock({ provider: '100ms' });
  }, 60_000);
  afterAll(async () => {
    await mock?.stop();
  });

  it('lists, walks pages and gets one session', async () => {
    const client = createClient({ accessKey: 'k', secret: 's', baseUrl: mock.url });
    const { data } = await client.GET('/sessions', { params: { query: { active: false } } });
    expect(data?.data?.length).toBeGreaterThan(0);
    let pages = 0;
    for await (const page of client.pages(
      '/sessions',
      { params: { query: { active: false } } },
      { maxPages: 3 },
    )) {
      expect(page.limit).toBeTypeOf('number');
      pages++;
    }
    expect(pages).toBeGreaterThan(0);
    const id = data?.data?.[0]?.id ?? '';
    const one = await client.GET('/sessions/{session_id}', { params: { path: { session_id: id } } });
    expect(one.data?.id).toBe(id);
  });
});
