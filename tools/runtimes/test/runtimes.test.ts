/**
 * The smoke suite (src/smoke.ts), bundled once, on Node, Bun, Deno and workerd (as a worker script,
 * with no compatibility flag), against one loopback harness server. Each runtime must report the
 * same outcomes: a paged list, the error family's `instanceof` chains, and valid / tampered / stale
 * deliveries of each provider verified on Web Crypto.
 */
import { execFile, spawn } from 'node:child_process';
import { generateKeyPairSync, sign } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createTestDelivery as hmsDelivery } from '@rtc-sessions/100ms/webhooks/testing';
import { json, startServer, type TestServer } from '@rtc-sessions/test-helpers/server';
import {
  TEST_WEBHOOK_PUBLIC_KEY,
  createTestDelivery as videoSdkDelivery,
} from '@rtc-sessions/videosdk/webhooks/testing';
import { createTestDelivery as zoomDelivery } from '@rtc-sessions/zoom-videosdk/webhooks/testing';
import { jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { binaryOf } from '../src/binaries.js';
import { bundle, nodeImportsOf } from '../src/bundle.js';
import type { Delivery, SmokeInput } from '../src/smoke.js';

const run = promisify(execFile);

const ZOOM = {
  apiKey: 'zoom-key',
  apiSecret: 'zoom-api-secret-never-printed',
  secretToken: 'zoom-hook-secret',
};
const HMS_SECRET_HEADERS = { 'x-hms-secret': 'hms-header-value' };

const zoomEvent = { event: 'session.started', event_ts: 1, payload: { object: { id: 's1' } } };
const videoSdkEvent = { webhookType: 'participant-joined', data: { meetingId: 'm', participantName: 'Ann' } };
const hmsEvent = {
  version: '2.0',
  id: 'e1',
  account_id: 'a',
  timestamp: '2024-01-01T00:00:00Z',
  type: 'peer.join.success',
  data: { room_id: 'r', session_id: 's', peer_id: 'p', role: 'host', joined_at: '2024-01-01T00:00:00Z' },
};

/** The deliveries, signed in Node now: each runtime verifies the same bytes. */
function smokeInput(): SmokeInput {
  const zoomValid = zoomDelivery(zoomEvent, { secretToken: ZOOM.secretToken });
  const zoomStale = zoomDelivery(zoomEvent, {
    secretToken: ZOOM.secretToken,
    now: () => Date.now() - 600_000,
  });
  const tamper = (d: Delivery): Delivery => ({
    ...d,
    body: d.body.replace('"s1"', '"s2"').replace('Ann', 'Bob').replace('"host"', '"guest"'),
  });
  const videoSdkValid = videoSdkDelivery(videoSdkEvent);
  const otherKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
  const hmsValid = hmsDelivery(hmsEvent, { secretHeaders: HMS_SECRET_HEADERS });
  const { 'x-hms-secret': _secret, ...hmsWithout } = hmsValid.headers;
  return {
    zoom: { ...ZOOM, deliveries: { valid: zoomValid, tampered: tamper(zoomValid), stale: zoomStale } },
    videosdk: {
      publicKey: TEST_WEBHOOK_PUBLIC_KEY,
      deliveries: {
        valid: videoSdkValid,
        tampered: tamper(videoSdkValid),
        otherKey: {
          ...videoSdkValid,
          headers: {
            'videosdk-signature': sign('sha256', Buffer.from(videoSdkValid.body), otherKey).toString(
              'base64',
            ),
          },
        },
      },
    },
    hms: {
      secretHeaders: HMS_SECRET_HEADERS,
      deliveries: {
        valid: hmsValid,
        tampered: { ...hmsValid, headers: { ...hmsValid.headers, 'x-hms-secret': 'hms-header-valuf' } },
        missingHeader: { ...hmsValid, headers: hmsWithout },
      },
    },
  };
}

const expected = {
  'zoom.paginate': 's1,s2,s3',
  'hms.get': 'room-1',
  'error.api': 'ApiError<RtcSessionsError<Error',
  'error.timeout': 'TimeoutError<ConnectionError<RtcSessionsError<Error',
  'error.configuration': 'ConfigurationError<RtcSessionsError<Error',
  'zoom.valid': 'ok session.started',
  'zoom.tampered': 'bad_signature',
  'zoom.stale': 'stale_timestamp',
  'videosdk.valid': 'ok participant-joined',
  'videosdk.tampered': 'bad_signature',
  'videosdk.otherKey': 'bad_signature',
  'hms.valid': 'ok peer.join.success',
  'hms.tampered': 'bad_signature',
  'hms.missingHeader': 'missing_header',
  'error.webhook': 'WebhookVerificationError<RtcSessionsError<Error',
  'error.tolerance': 'ConfigurationError<RtcSessionsError<Error',
};

let dir: string;
let harness: TestServer;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rtc-runtimes-'));
  const input = smokeInput();
  harness = await startServer((req, res, seen) => {
    const url = new URL(seen.url, 'http://x');
    if (url.pathname === '/smoke/input') return json(res, 200, input);
    if (url.pathname === '/videosdk/sessions') {
      const second = url.searchParams.get('next_page_token') === 'p2';
      return json(res, 200, {
        from: '2024-05-01',
        to: '2024-05-31',
        page_size: 2,
        next_page_token: second ? '' : 'p2',
        sessions: second ? [{ id: 's3' }] : [{ id: 's1' }, { id: 's2' }],
      });
    }
    if (url.pathname === '/videosdk/sessions/missing')
      return json(res, 404, { code: 3001, message: 'not found' });
    if (url.pathname === '/videosdk/sessions/stall') return; // never answers
    if (url.pathname === '/active-rooms/room-1')
      return json(res, 200, { id: 'room-1', name: 'r', session: {} });
    json(res, 404, { message: `no ${req.method} ${url.pathname} here` });
  });
});

afterAll(async () => {
  await harness?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Checks the report, and that each client signed its own tokens (Web Crypto HS256) verifiably. */
async function expectSmokePassed(report: unknown, seenFrom: number): Promise<void> {
  expect(report).toEqual(expected);
  const seen = harness.requests.slice(seenFrom);
  const zoomAuth = seen.find((r) => r.url.startsWith('/videosdk/sessions?'))?.headers.authorization;
  const hmsAuth = seen.find((r) => r.url === '/active-rooms/room-1')?.headers.authorization;
  const zoomClaims = await jwtVerify(
    String(zoomAuth).replace(/^Bearer /, ''),
    new TextEncoder().encode(ZOOM.apiSecret),
  );
  expect(zoomClaims.payload).toMatchObject({ iss: ZOOM.apiKey });
  const hmsClaims = await jwtVerify(
    String(hmsAuth).replace(/^Bearer /, ''),
    new TextEncoder().encode('hms-secret'),
  );
  expect(hmsClaims.payload).toMatchObject({ access_key: 'hms-key', type: 'management' });
}

describe('the bundle', () => {
  it('imports no node:* module, so a worker loads it without nodejs_compat', async () => {
    const meta = await bundle('worker.ts', join(dir, 'check.mjs'));
    expect(nodeImportsOf(meta)).toEqual({});
  });
});

describe.each([
  ['node', () => process.execPath, (file: string) => [file]],
  ['bun', () => binaryOf('bun'), (file: string) => [file]],
  [
    'deno',
    () => binaryOf('deno'),
    (file: string) => ['run', '--no-config', '--no-npm', '--no-remote', '--allow-net=127.0.0.1', file],
  ],
])('%s', (name, binary, args) => {
  it('runs the smoke suite', async () => {
    const file = join(dir, `smoke-${name}.mjs`);
    await bundle('cli.ts', file);
    const before = harness.requests.length;
    const { stdout } = await run(binary(), [...args(file), harness.url], {
      cwd: dir,
      env: {
        PATH: process.env.PATH,
        HOME: dir,
        DENO_DIR: join(dir, 'deno'),
        DENO_NO_UPDATE_CHECK: '1',
        DO_NOT_TRACK: '1',
      },
      timeout: 60_000,
    });
    const { runtime, report } = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}');
    expect(runtime).toMatch(new RegExp(`^${name} `));
    await expectSmokePassed(report, before);
  });
});

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const workerdConfig = (port: number) => `using Workerd = import "/workerd/workerd.capnp";

const config :Workerd.Config = (
  services = [
    (name = "smoke", worker = .smoke),
    # the harness is on loopback, which the default outbound ("public" only) refuses
    (name = "loopback", network = (allow = ["local"])),
  ],
  sockets = [(name = "http", address = "127.0.0.1:${port}", http = (), service = "smoke")],
);

const smoke :Workerd.Worker = (
  modules = [(name = "worker", esModule = embed "smoke-worker.mjs")],
  compatibilityDate = "2026-11-01",
  globalOutbound = "loopback",
);
`;

describe('workerd', () => {
  it('runs the smoke suite as a worker script, with no compatibility flag', async () => {
    await bundle('worker.ts', join(dir, 'smoke-worker.mjs'));
    const port = await freePort();
    await writeFile(join(dir, 'smoke.capnp'), workerdConfig(port));
    expect(workerdConfig(port)).not.toMatch(/compatibilityFlags|nodejs_compat/);
    const child = spawn(binaryOf('workerd'), ['serve', join(dir, 'smoke.capnp')], {
      cwd: dir,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    try {
      const before = harness.requests.length;
      let response: Response | undefined;
      for (let tries = 0; tries < 100 && !response; tries++) {
        response = await fetch(`http://127.0.0.1:${port}/?harness=${encodeURIComponent(harness.url)}`).catch(
          async () => {
            await new Promise((resolve) => setTimeout(resolve, 100));
            return undefined;
          },
        );
      }
      const text = await response?.text();
      expect(response?.status, `${text}\n${stderr}`).toBe(200);
      const { runtime, report } = JSON.parse(String(text));
      expect(runtime).toBe('workerd');
      await expectSmokePassed(report, before);
    } finally {
      child.kill();
    }
  });
});
