import { type RunningMock, startMock } from '@rtc-sessions/mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './support/cli.js';

// `rtc-contract live` reaches the read operations that need path ids (taken from earlier responses
// or --param) and calls a state-changing operation only when --allow-writes names it, with the
// exact --body given. The built CLI runs against the Prism mocks of the specs; its report lists
// every exchange it had (one result per response), so the tests count what was sent from it.

interface Report {
  results: Array<{ name: string; operationId: string; status: number; ok: boolean; skipped?: string }>;
  summary: { skipped: number };
}

let hms: RunningMock;
let vsdk: RunningMock;
beforeAll(async () => {
  [hms, vsdk] = await Promise.all([startMock({ provider: '100ms' }), startMock({ provider: 'videosdk' })]);
}, 90_000);
afterAll(async () => {
  await Promise.all([hms?.stop(), vsdk?.stop()]);
});

const live = (mock: RunningMock, provider: string, ...args: string[]) =>
  runCli(['live', '--provider', provider, '--base-url', mock.url, '--format', 'json', ...args]);

describe('rtc-contract live: read operations that need path ids', { timeout: 60_000 }, () => {
  it('VideoSDK: both quality-stats operations, ids from the sessions list and its participants', async () => {
    const result = await live(vsdk, 'videosdk');
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout) as Report;
    const byOp = new Map(report.results.map((r) => [r.operationId, r]));
    expect(byOp.get('getSessionQualityStats')?.name).toBe('GET /sessions/621497578bea0d0404c35c4c/stats');
    // the participant id is the first participantId of the sessions list's first item
    expect(byOp.get('getParticipantQualityStats')?.name).toBe(
      'GET /sessions/621497578bea0d0404c35c4c/participant/but3ihic/stats',
    );
    expect(report.results.every((r) => r.name.startsWith('GET '))).toBe(true);
    expect(report.results.filter((r) => !r.ok)).toEqual([]);
    expect(result.code).toBe(0);
  });

  it('100ms: the room id of a session reaches the active-room reads; the peers list links its peer ids', async () => {
    const plain = JSON.parse((await live(hms, '100ms')).stdout) as Report;
    // the peer id comes from the link on listActiveRoomPeers (a key of its `peers` map): nothing skipped
    expect(plain.summary.skipped).toBe(0);
    expect(plain.results.map((r) => r.operationId)).toEqual([
      'listSessions',
      'getSession',
      'getActiveRoom',
      'listActiveRoomPeers',
      'getActiveRoomPeer',
    ]);
    expect(plain.results.find((r) => r.operationId === 'getActiveRoom')?.name).toBe(
      'GET /active-rooms/631a0f990e6ffae22efa610c',
    );
    expect(plain.results.find((r) => r.operationId === 'getActiveRoomPeer')?.name).toBe(
      'GET /active-rooms/631a0f990e6ffae22efa610c/peers/dcd88eb0-83e6-486a-bcae-c3be5e0f2c20',
    );

    // named alone, the peers list that links its ids is not called: the peer id needs --param
    const named = await live(hms, '100ms', '--operations', 'getActiveRoomPeer');
    expect(named.code).toBe(2);
    expect(named.stderr).toContain('getActiveRoomPeer: no value for its path parameter peer_id');
    expect(named.stderr).toContain('--param peer_id=<value>');

    const given = await live(hms, '100ms', '--operations', 'getActiveRoomPeer', '--param', 'peer_id=p-1');
    const report = JSON.parse(given.stdout) as Report;
    // only the named operation is reported; the list that gave the room id is not
    expect(report.results.map((r) => [r.name, r.ok])).toEqual([
      ['GET /active-rooms/631a0f990e6ffae22efa610c/peers/p-1', true],
    ]);
    expect(given.code).toBe(0);
  });
});

describe('rtc-contract live: writes only when named', { timeout: 60_000 }, () => {
  it('by default, and for a write named in --operations, sends no request that is not a GET', async () => {
    const report = JSON.parse((await live(hms, '100ms')).stdout) as Report;
    expect(report.results.length).toBeGreaterThan(0);
    expect(report.results.every((r) => r.name.startsWith('GET '))).toBe(true);
    const refused = await live(hms, '100ms', '--operations', 'endActiveRoom');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('endActiveRoom is a POST');
    expect(refused.stderr).toContain('--allow-writes');
  });

  it('calls each named write once, with the given body, and checks its response', async () => {
    const result = await live(
      hms,
      '100ms',
      '--operations',
      'listSessions',
      '--allow-writes',
      'endActiveRoom,removeActiveRoomPeers',
      '--body',
      'endActiveRoom={"reason":"done","lock":false}',
      '--body',
      'removeActiveRoomPeers={"role":"guest"}',
    );
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout) as Report;
    expect(report.results.map((r) => [r.name, r.status, r.ok])).toEqual([
      ['GET /sessions', 200, true],
      ['POST /active-rooms/631a0f990e6ffae22efa610c/end-room', 200, true],
      ['POST /active-rooms/631a0f990e6ffae22efa610c/remove-peers', 200, true],
    ]);
    expect(result.code).toBe(0);
  });

  it('reports a write body the spec rejects as the documented 400, sent once', async () => {
    // remove-peers needs peer_id or role: Prism answers the documented 400
    const result = await live(
      hms,
      '100ms',
      '--operations',
      'listSessions',
      '--allow-writes',
      'removeActiveRoomPeers',
      '--body',
      'removeActiveRoomPeers={"reason":"nobody named"}',
    );
    const report = JSON.parse(result.stdout) as Report;
    const writes = report.results.filter((r) => r.operationId === 'removeActiveRoomPeers');
    expect(writes.map((r) => r.status)).toEqual([400]);
  });

  it.each([
    [['--allow-writes', 'endActiveRoom'], "add --body endActiveRoom='{…}'"],
    [['--body', 'endActiveRoom={}'], 'endActiveRoom is not named by --allow-writes'],
    [['--allow-writes', 'endActiveRoom', '--body', 'endActiveRoom={nope'], 'not JSON'],
    [['--param', 'peer_id'], '--param takes name=value'],
    [['--allow-writes', 'getActiveRoom', '--body', 'getActiveRoom={}'], 'it is a GET'],
  ])('%j is a usage error: %s', async (args, message) => {
    const result = await live(hms, '100ms', ...args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stdout).toBe('');
  });
});
