import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli.js';
import { bundledScenario, findFreePort } from '../src/index.js';

const dir = mkdtempSync(join(tmpdir(), 'rtc-mock-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, {
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
    stopRequested: Promise.resolve(),
  });
  return { code, out, err };
}

describe('rtc-mock flags', () => {
  it.each([
    [['--simulat'], /Unknown option '--simulat'/],
    [['--seed', '3'], /--seed needs --simulate/],
    [['--simulate', '--seed', 'x'], /--seed must be a whole number/],
    [['--simulate', '--sessions', '-5'], /--sessions/],
    [['--simulate', '--speed', '0'], /--speed must be a positive number/],
    [['--simulate', '--speed', 'Infinity'], /--speed must be a positive number or "max"/],
    [['--simulate', '--faults', 'latency=-1'], /--faults latency must be a number from 0/],
    [['--simulate', '--webhooks', 'http://127.0.0.1:1/x'], /--webhooks needs --scenario/],
    [['--simulate', '--scenario', 'a.yaml', '--webhooks', 'ftp://x'], /--webhooks must be an http\(s\) URL/],
    [['--simulate', '--dynamic'], /does not go with --simulate/],
    [['--provider', 'nope'], /unknown provider "nope"/],
    [['--100ms-port', '70000'], /--100ms-port must be a whole number from 0 to 65535/],
  ])('%j is a usage error', async (argv, message) => {
    const { code, err } = await run(argv as string[]);
    expect(code).toBe(2);
    expect(err).toMatch(message);
  });
});

describe('rtc-mock --simulate (the bin)', () => {
  it('serves the simulator, plays a scenario, and saves the world on SIGTERM', async () => {
    const port = await findFreePort();
    const state = join(dir, 'world.json');
    const bin = fileURLToPath(new URL('../bin/rtc-mock.js', import.meta.url));
    const args = ['--simulate', '--provider', '100ms', `--100ms-port=${port}`, '--seed', '4'];
    const child = spawn(process.execPath, [
      bin,
      ...args,
      '--scenario',
      bundledScenario('ends-while-connected'),
      '--speed',
      'max',
      '--save',
      state,
    ]);
    let out = '';
    child.stdout.on('data', (c: Buffer) => {
      out += c;
    });
    child.stderr.on('data', (c: Buffer) => {
      out += c;
    });
    await expect.poll(() => out, { timeout: 60_000, interval: 100 }).toContain('Ctrl-C');
    expect(out).toContain(`http://127.0.0.1:${port}/v2`);
    expect(out).toMatch(/\+60s end: 0 deliveries/);
    const response = await fetch(`http://127.0.0.1:${port}/v2/sessions?active=false&limit=10`, {
      headers: { authorization: 'Bearer t' },
    });
    const newest = (await response.json()).data[0];
    expect(newest.room_id).toBeDefined();
    const code = await new Promise<number | null>((resolve) => {
      child.once('exit', resolve);
      child.kill('SIGTERM');
    });
    expect(code).toBe(0);
    expect(existsSync(state)).toBe(true);
    const saved = JSON.parse(readFileSync(state, 'utf8'));
    expect(saved.providers['100ms'].sessions.some((s: { name: string }) => s.name === 'support-call')).toBe(
      true,
    );
  });
});
