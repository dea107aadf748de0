/**
 * `rtc-contract live --base-url <simulator>`: every GET operation of every provider is reached
 * (its path ids come from earlier responses of the stateful simulator) and nothing is skipped;
 * every response passes the contract, on top of Prism's own check in front of the simulator.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { type RunningSimulator, startSimulator } from '@rtc-sessions/mock';
import { describeOperations, loadBundledSpec } from '@rtc-sessions/openapi-model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const bin = join(dirname(require.resolve('@rtc-sessions/contract/package.json')), 'bin', 'rtc-contract.js');
const packageJson = new URL('../package.json', import.meta.url);

function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
    const child = spawn(process.execPath, [bin, ...args], { env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startSimulator({ seed: 3 });
}, 120_000);
afterAll(() => sim?.stop());

/**
 * The path ids no list response carries under the parameter's own name (Zoom's users list their
 * `id`, not a `userId`; its ingestions a `stream_id`; 100ms's peers an `id`): given with
 * `--param`, taken from the simulator's state, for the session and room `live` picks (the newest).
 */
function params(provider: string): string[] {
  const world = sim.provider(provider).context.world;
  const live = world.sessions.find((s) => s.state === 'live');
  if (!live) throw new Error(`${provider}: the seeded world has no live session`);
  if (provider === 'zoom-videosdk') {
    const ingestion = (world.extra?.ingestions as Array<{ stream_id: string }> | undefined)?.[0];
    return [
      '--param',
      `userId=${live.participants[0]?.joins[0]?.id}`,
      '--param',
      `streamId=${ingestion?.stream_id}`,
    ];
  }
  if (provider === '100ms') {
    expect(world.sessions[0]).toBe(live);
    const peer = live.participants.flatMap((p) => p.joins).find((j) => j.end === null);
    if (!peer) throw new Error('100ms: the newest live session has nobody connected');
    return ['--param', `peer_id=${peer.id}`];
  }
  return [];
}

describe('rtc-contract live against the simulator', () => {
  it.each(['videosdk', 'zoom-videosdk', '100ms'])(
    '%s: every GET reached, nothing skipped, no violation',
    async (provider) => {
      const gets = describeOperations(loadBundledSpec(provider, packageJson).doc)
        .filter((op) => op.method === 'GET')
        .map((op) => op.operationId);
      const args = [
        'live',
        '--provider',
        provider,
        '--base-url',
        sim.baseUrl(provider),
        '--format',
        'json',
        '--strict',
      ];
      const { code, stdout, stderr } = await run([...args, ...params(provider)]);
      expect(stderr).toBe('');
      expect(code).toBe(0);
      const report = JSON.parse(stdout);
      const text = JSON.stringify(report);
      expect(text).not.toMatch(/skipped/i);
      expect(report.summary).toMatchObject({ failed: 0, errored: 0, warnings: 0 });
      const reached = new Set(report.results.map((r: { operationId: string }) => r.operationId));
      for (const operationId of gets) expect(reached.has(operationId), `${operationId} reached`).toBe(true);
    },
    120_000,
  );
});
