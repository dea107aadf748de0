/**
 * `rtc-contract proxy` with the stateful simulator as the upstream (issue 17): a typed client's
 * traffic goes through the proxy to the simulator's own URL (unchecked by Prism, so what the
 * simulator answers reaches the proxy as it is). A clean run ends with a report and exit 0; a
 * simulator response broken on purpose (a session id that is a number, as tools/mock's Prism test
 * breaks one) is reported with its pointer, expected and actual, exit 1.
 */
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { createClient } from '@rtc-sessions/100ms';
import { type RunningSimulator, startSimulator } from '@rtc-sessions/mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './support/cli.js';

const TOKEN = 'app-token-through-the-proxy';
let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startSimulator({ seed: 9, providers: ['100ms'], prism: false });
}, 120_000);
afterAll(() => sim?.stop());

/** Starts the CLI proxy in front of the simulator; resolves with its URL (the first stderr line). */
async function startCliProxy(maxExchanges: number) {
  const child: ChildProcessWithoutNullStreams = spawn(
    process.execPath,
    [
      cli,
      'proxy',
      '--provider',
      '100ms',
      '--upstream',
      sim.provider('100ms').directUrl,
      '--port',
      '0',
      '--format',
      'json',
      '--max-exchanges',
      String(maxExchanges),
    ],
    { env: { ...process.env, NO_COLOR: '1' } },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const found = /proxying (http:\/\/\S+) →/.exec(stderr);
      if (found?.[1]) resolve(found[1]);
    });
    child.on('exit', () => reject(new Error(`proxy exited early: ${stderr}`)));
  });
  const code = new Promise<number>((resolve) => child.on('exit', (c) => resolve(c ?? -1)));
  return { url, code, out: () => stdout, err: () => stderr };
}

describe('rtc-contract proxy in front of the simulator', { timeout: 120_000 }, () => {
  it('a clean run: every exchange conforms, the report says so, exit 0', async () => {
    const proxy = await startCliProxy(3);
    const client = createClient({ baseUrl: `${proxy.url}/v2`, token: TOKEN, retry: false });
    const list = await client.GET('/sessions', { params: { query: { limit: 10 } } });
    const first = list.data?.data?.[0];
    expect(first?.id).toBe(sim.provider('100ms').context.world.sessions[0]?.id);
    const one = await client.GET('/sessions/{session_id}', {
      params: { path: { session_id: first?.id ?? '' } },
    });
    expect(one.data?.id).toBe(first?.id);
    const room = await client.GET('/active-rooms/{room_id}', {
      params: { path: { room_id: first?.room_id ?? '' } },
    });
    expect(room.response.status).toBeLessThan(500);
    expect(await proxy.code).toBe(0);
    const report = JSON.parse(proxy.out());
    expect(report.command).toBe('proxy');
    expect(report.summary).toMatchObject({ total: 3, passed: 3, failed: 0, errored: 0 });
    expect(report.results.map((r: { operationId: string }) => r.operationId)).toEqual([
      'listSessions',
      'getSession',
      'getActiveRoom',
    ]);
    expect(proxy.out()).not.toContain(TOKEN);
  });

  it('a broken simulator response: reported with pointer, expected and actual, exit 1', async () => {
    const session = sim.provider('100ms').context.world.sessions[0] as { id: unknown };
    const id = session.id;
    session.id = 123;
    try {
      const proxy = await startCliProxy(1);
      const client = createClient({ baseUrl: `${proxy.url}/v2`, token: TOKEN, retry: false });
      const list = await client.GET('/sessions', { params: { query: { limit: 10 } } });
      // The proxy relays the answer as it came: the app sees what the simulator sent.
      expect(list.data?.data?.[0]?.id).toBe(123);
      expect(await proxy.code).toBe(1);
      const report = JSON.parse(proxy.out());
      expect(report.summary).toMatchObject({ total: 1, failed: 1 });
      expect(report.results[0].operationId).toBe('listSessions');
      expect(report.results[0].errors).toContainEqual(
        expect.objectContaining({ pointer: '/data/0/id', expected: 'string', actual: 123 }),
      );
      expect(proxy.err()).toMatch(/GET \/sessions\?limit=10 → 200 \d+ violation/);
    } finally {
      session.id = id;
    }
  });
});
