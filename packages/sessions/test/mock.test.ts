import { type RunningMock, startMock } from '@rtc-sessions/mock';
import { afterAll, describe, expect, it } from 'vitest';
import { connect, type Session } from '../src/index.js';

// The adapters against Prism serving each spec: Prism answers 422 to a request the spec does not
// allow (a missing `from`, a wrong type), so this checks what the adapters send, not only what they read.
const running: RunningMock[] = [];
afterAll(async () => {
  await Promise.all(running.map((mock) => mock.stop()));
});

async function mocked(provider: 'videosdk' | 'zoom-videosdk' | '100ms', env: Record<string, string>) {
  const mock = await startMock({ provider });
  running.push(mock);
  return connect(provider, { baseUrl: mock.url, env, maxAttempts: 1 });
}

function expectNormalized(session: Session) {
  expect(session.id).toBeTypeOf('string');
  expect(Number.isFinite(session.start)).toBe(true);
  expect(session.end === null || Number.isFinite(session.end)).toBe(true);
  expect(session.raw).toBeTypeOf('object');
}

describe('against the Prism mocks', { timeout: 120_000 }, () => {
  it('videosdk: every page the example announces, one session, its participants', async () => {
    const sessions = await mocked('videosdk', { VIDEOSDK_TOKEN: 'mock-token' });
    const list: Session[] = [];
    for await (const s of sessions.listSessions({ room: 'abc-xyzw-lmno', live: false })) list.push(s);
    expect(list.length).toBeGreaterThan(0);
    list.forEach(expectNormalized);
    const one = await sessions.getSession(list[0]?.id ?? '');
    expectNormalized(one);
    let joins = 0;
    for await (const p of sessions.listParticipants(one)) joins += p.joins.length;
    expect(joins).toBeGreaterThan(0);
  });

  it('zoom-videosdk: a session and its users; a list whose example repeats its cursor is refused, not looped', async () => {
    const sessions = await mocked('zoom-videosdk', { ZOOM_VIDEOSDK_TOKEN: 'mock-token' });
    const one = await sessions.getSession('sfk/aOFJSJSYhGwk1hnxgw==');
    expectNormalized(one);
    expect(one.live).toBe(false);
    let users = 0;
    for await (const p of sessions.listParticipants(one)) users += p.joins.length;
    expect(users).toBeGreaterThan(0);
    await expect(async () => {
      for await (const s of sessions.listSessions({ from: '2021-12-01', to: '2021-12-31', live: false })) {
        expectNormalized(s);
      }
    }).rejects.toThrow(/returned the cursor it was sent/);
  });

  it('100ms: ended sessions, one session, its peers', async () => {
    const sessions = await mocked('100ms', { HMS_MANAGEMENT_TOKEN: 'mock-token' });
    const list: Session[] = [];
    for await (const s of sessions.listSessions({ live: false, from: '2022-09-01', to: '2022-09-30' }))
      list.push(s);
    expect(list.length).toBeGreaterThan(0);
    list.forEach(expectNormalized);
    const one = await sessions.getSession(list[0]?.id ?? '');
    let joins = 0;
    for await (const p of sessions.listParticipants(one)) joins += p.joins.length;
    expect(joins).toBe(one.joinCount);
  });
});
