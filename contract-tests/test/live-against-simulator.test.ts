/**
 * `rtc-contract live --base-url <simulator>`: every GET operation of every provider is reached
 * with no `--param` (its path ids come from earlier responses of the stateful simulator, found
 * where the spec's `links` say: Zoom's users give `userId`, its ingestions `streamId`, 100ms's
 * peers map `peer_id`) and nothing is skipped; every response passes the contract, on top of
 * Prism's own check in front of the simulator.
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
      const { code, stdout, stderr } = await run(args);
      expect(stderr).toBe('');
      expect(code).toBe(0);
      const report = JSON.parse(stdout);
      expect(report.summary).toMatchObject({ failed: 0, errored: 0, skipped: 0, warnings: 0 });
      const statuses = report.results.map((r: { status: number }) => r.status);
      expect(statuses.every((status: number) => status >= 200 && status < 300)).toBe(true);
      const reached = new Set(report.results.map((r: { operationId: string }) => r.operationId));
      for (const operationId of gets) expect(reached.has(operationId), `${operationId} reached`).toBe(true);
    },
    120_000,
  );
});
