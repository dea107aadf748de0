/**
 * `rtc-contract listen` and `trigger` against each other on loopback, for each provider: a valid
 * example delivery, one that breaks the contract, one with a bad signature; recordings that
 * `verify` accepts; Zoom's URL validation; and the CLI wiring (exit codes, missing secrets).
 */
import { execFile } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type RunningMock, startMock } from '@rtc-sessions/mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isWebhookCassette, verifyWebhookCassette } from '../dist/webhook-cassette.js';
import { type DeliveryReport, formatDeliveryLine, startListener } from '../dist/webhook-listen.js';
import { exampleBody, trigger } from '../dist/webhook-trigger.js';
import { loadWebhookValidators } from '../dist/webhook-validators.js';

const cli = fileURLToPath(new URL('../bin/rtc-contract.js', import.meta.url));
const ZOOM_SECRET = 'zoom-listen-secret-never-recorded';
const HMS_SECRET = 'hms-listen-secret-never-recorded';
const otherKey = generateKeyPairSync('rsa', { modulusLength: 2048 })
  .privateKey.export({ type: 'pkcs8', format: 'pem' })
  .toString();

interface Case {
  provider: string;
  event: string;
  env: Record<string, string>;
  /** A body that breaks the event's contract, and the pointer of the broken rule. */
  broken: { body: unknown; pointer: string };
  /** A secret that makes the signature wrong. */
  wrongSecret: string;
  secrets: string[];
}

const cases: Case[] = [
  {
    provider: 'zoom-videosdk',
    event: 'session.user_joined',
    env: { ZOOM_WEBHOOK_SECRET_TOKEN: ZOOM_SECRET },
    broken: {
      body: { event: 'session.user_joined', event_ts: 'yesterday', payload: {} },
      pointer: '/event_ts',
    },
    wrongSecret: `${ZOOM_SECRET}-not`,
    secrets: [ZOOM_SECRET],
  },
  {
    provider: 'videosdk',
    event: 'participant-joined',
    env: {}, // the key comes from the mock's public-key operation
    broken: {
      body: { webhookType: 'participant-joined', data: { sessionId: 42 } },
      pointer: '/data/sessionId',
    },
    wrongSecret: otherKey,
    secrets: [],
  },
  {
    provider: '100ms',
    event: 'peer.join.success',
    env: { HMS_WEBHOOK_HEADER: 'X-Hook-Pass', HMS_WEBHOOK_SECRET: HMS_SECRET },
    broken: { body: { type: 'peer.join.success', data: 'not an object' }, pointer: '/data' },
    wrongSecret: 'guess',
    secrets: [HMS_SECRET],
  },
];

let videosdkMock: RunningMock;
let recordRoot: string;
beforeAll(async () => {
  videosdkMock = await startMock({ provider: 'videosdk' });
  recordRoot = mkdtempSync(join(tmpdir(), 'rtc-listen-'));
}, 60_000);
afterAll(async () => {
  await videosdkMock?.stop();
  rmSync(recordRoot, { recursive: true, force: true });
});

describe.each(cases)('listen ⇄ trigger for $provider', (c) => {
  it('verifies and validates each delivery, reports a line each, and records redacted cassettes', async () => {
    const reports: DeliveryReport[] = [];
    const recordDir = join(recordRoot, c.provider);
    const listener = await startListener({
      provider: c.provider,
      env: c.env,
      recordDir,
      baseUrl: videosdkMock.url,
      onDelivery: (report) => reports.push(report),
    });
    try {
      const to = `${listener.url}webhooks`;
      const valid = await trigger({ provider: c.provider, event: c.event, to, env: c.env });
      expect(valid.status).toBe(200);
      expect(valid.body).toBe(exampleBody(c.provider, c.event));

      const broken = await trigger({
        provider: c.provider,
        event: c.event,
        to,
        env: c.env,
        body: JSON.stringify(c.broken.body),
      });
      expect(broken.status).toBe(200);

      const forged = await trigger({
        provider: c.provider,
        event: c.event,
        to,
        env: c.env,
        secret: c.wrongSecret,
      });
      expect(forged.status).toBe(401);
    } finally {
      await listener.close();
    }

    expect(reports.map((r) => [r.event, r.verdict])).toEqual([
      [c.event, 'ok'],
      [c.event, 'violations'],
      [c.event, 'rejected'],
    ]);
    expect(reports[1]?.errors.map((e) => e.pointer)).toContain(c.broken.pointer);
    expect(formatDeliveryLine(reports[1] as DeliveryReport)).toContain(`${c.broken.pointer} `);
    expect(reports[2]?.reason).toBe('bad_signature');
    expect(formatDeliveryLine(reports[2] as DeliveryReport)).toMatch(/REJECTED bad_signature: header \S+ /);

    // the two authentic deliveries are recorded; verify passes the valid one and fails the broken one
    const dir = join(recordDir, c.provider, 'webhooks', c.event);
    const files = readdirSync(dir).sort();
    expect(files).toHaveLength(2);
    const validators = await loadWebhookValidators();
    const verdicts = files.map((file) => {
      const text = readFileSync(join(dir, file), 'utf8');
      for (const secret of c.secrets) expect(text).not.toContain(secret);
      const cassette = JSON.parse(text) as unknown;
      expect(isWebhookCassette(cassette)).toBe(true);
      return verifyWebhookCassette(validators, cassette as never, { file }).ok;
    });
    expect(verdicts.sort()).toEqual([false, true]);
  });
});

function run(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [cli, ...args],
      { env: { ...process.env, ...env } },
      (error, stdout, stderr) => {
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}

describe('the CLI', () => {
  it('listen --max and trigger against each other, Zoom URL validation included', async () => {
    const { spawn } = await import('node:child_process');
    const child = spawn(
      process.execPath,
      [cli, 'listen', '--provider', 'zoom-videosdk', '--port', '0', '--max', '2', '--format', 'json'],
      { env: { ...process.env, ZOOM_WEBHOOK_SECRET_TOKEN: ZOOM_SECRET } },
    );
    let stdout = '';
    const exited = new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? -1)));
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        const first = stdout.split('\n')[0];
        if (stdout.includes('\n') && first) resolve((JSON.parse(first) as { listening: string }).listening);
      });
      child.on('exit', () => reject(new Error(`listen exited early: ${stdout}`)));
    });
    const env = { ZOOM_WEBHOOK_SECRET_TOKEN: ZOOM_SECRET };
    const validation = await run(
      ['trigger', '--provider', 'zoom-videosdk', 'endpoint.url_validation', '--to', url],
      env,
    );
    expect(validation.code).toBe(0);
    expect(validation.stdout).toMatch(
      /endpoint\.url_validation → \S+ 200 \{"plainToken":"[^"]+","encryptedToken":"[0-9a-f]{64}"\}/,
    );
    const forged = await run([
      'trigger',
      '--provider',
      'zoom-videosdk',
      'session.ended',
      '--to',
      url,
      '--secret',
      'wrong',
    ]);
    expect(forged.code).toBe(1);
    expect(forged.stdout).toContain('401');
    expect(await exited).toBe(1); // one delivery was rejected
    const lines = stdout
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => JSON.parse(line) as DeliveryReport);
    expect(lines.map((l) => [l.event, l.verdict])).toEqual([
      ['endpoint.url_validation', 'ok'],
      ['session.ended', 'rejected'],
    ]);
    expect(stdout).not.toContain(ZOOM_SECRET);
  });

  it('names the variable to set when a secret is missing (exit 3), and unknown events and providers (exit 2)', async () => {
    const noSecret = await run(['listen', '--provider', '100ms', '--port', '0'], {
      HMS_WEBHOOK_HEADER: '',
      HMS_WEBHOOK_SECRET: '',
    });
    expect(noSecret.code).toBe(3);
    expect(noSecret.stderr).toContain('set HMS_WEBHOOK_HEADER to');
    const noToken = await run(
      ['trigger', '--provider', 'zoom-videosdk', 'session.started', '--to', 'http://127.0.0.1:9/'],
      {
        ZOOM_WEBHOOK_SECRET_TOKEN: '',
      },
    );
    expect(noToken.code).toBe(3);
    expect(noToken.stderr).toContain('set ZOOM_WEBHOOK_SECRET_TOKEN to');
    const unknown = await run([
      'trigger',
      '--provider',
      'videosdk',
      'session-startd',
      '--to',
      'http://127.0.0.1:9/',
    ]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown webhook event "session-startd" for videosdk (known: ');
    // the known ids are the manifest's, on one line
    const known = Object.keys(
      JSON.parse(readFileSync(new URL('../dist/generated/manifest.json', import.meta.url), 'utf8')).providers,
    );
    for (const args of [
      ['listen', '--provider', 'zoom'],
      ['trigger', '--provider', 'zoom', 'session.started', '--to', 'http://127.0.0.1:9/'],
    ]) {
      const provider = await run(args);
      expect(provider.code).toBe(2);
      expect(provider.stderr.trim().split('\n')).toHaveLength(1);
      expect(provider.stderr).toContain(`unknown provider "zoom" (known: ${known.join(', ')})`);
    }
    // a flag of the other command: our one-line message naming the closest flag, not Node's
    const flag = await run(['listen', '--provider', 'videosdk', '--to', 'http://127.0.0.1:9/']);
    expect(flag.code).toBe(2);
    expect(flag.stderr.trim()).toBe(
      'rtc-contract: unknown flag --to for listen; did you mean --port? (see rtc-contract listen --help)',
    );
  });
});
