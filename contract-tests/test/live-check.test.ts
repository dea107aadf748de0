import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { startMock } from '@rtc-sessions/mock';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const bin = join(dirname(require.resolve('@rtc-sessions/contract/package.json')), 'bin', 'rtc-contract.js');
const CREDENTIAL_VARS = [
  'VIDEOSDK_API_KEY',
  'VIDEOSDK_SECRET',
  'VIDEOSDK_TOKEN',
  'ZOOM_VIDEOSDK_API_KEY',
  'ZOOM_VIDEOSDK_API_SECRET',
  'ZOOM_VIDEOSDK_TOKEN',
  'HMS_ACCESS_KEY',
  'HMS_SECRET',
  'HMS_MANAGEMENT_TOKEN',
];

function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', ...extra };
  for (const name of CREDENTIAL_VARS) if (!(name in extra)) delete env[name];
  return env;
}

/** Runs the bin asynchronously (the loopback servers live in this process). */
function run(
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
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

async function serve(handler: (req: IncomingMessage, res: ServerResponse) => void) {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function session(overrides: Record<string, unknown> = {}) {
  return {
    id: '621497578bea0d0404c35c4c',
    roomId: 'abc-xyzw-lmno',
    start: '2022-02-22T07:57:11.505Z',
    end: '2022-02-22T08:02:14.119Z',
    status: 'ended',
    participants: [
      {
        participantId: 'p1',
        name: 'Alice',
        timelog: [{ start: '2022-02-22T07:57:11.505Z', end: '2022-02-22T08:02:14.119Z' }],
      },
    ],
    links: { get_room: 'https://api.videosdk.live/v2/rooms/abc-xyzw-lmno' },
    ...overrides,
  };
}

describe.each(['videosdk', 'zoom-videosdk', '100ms'] as const)(
  'rtc-contract live against the %s Prism mock',
  (provider) => {
    it.each([false, true])('dynamic=%s: every response validates, no credentials needed', async (dynamic) => {
      const mock = await startMock({ provider, dynamic });
      try {
        const { code, stdout, stderr } = await run(
          ['live', '--provider', provider, '--base-url', mock.url, '--format', 'json'],
          cleanEnv(),
        );
        expect(stderr).toBe('');
        const report = JSON.parse(stdout);
        expect(report.results.length).toBeGreaterThan(0);
        expect(report.results.filter((r: { ok: boolean }) => !r.ok)).toEqual([]);
        expect(code).toBe(0);
      } finally {
        await mock.stop();
      }
    });
  },
);

describe('rtc-contract live against a drifted provider', () => {
  it('reports the drift with pointer, expected and actual, exit 1', async () => {
    const drifted = session({ start: 1645516631505 }) as Record<string, unknown>;
    delete drifted.roomId;
    const server = await serve((req, res) => {
      res.setHeader('content-type', 'application/json');
      if (req.url?.startsWith('/sessions/?') || req.url === '/sessions/') {
        res.end(
          JSON.stringify({
            pageInfo: { currentPage: 1, perPage: 20, lastPage: 1, total: 1 },
            data: [drifted],
          }),
        );
      } else {
        res.statusCode = 404;
        res.end(JSON.stringify({ message: 'Session not found', code: 'resource_not_found' }));
      }
    });
    try {
      const { code, stdout } = await run(
        [
          'live',
          '--provider',
          'videosdk',
          '--base-url',
          server.url,
          '--operations',
          'listSessions',
          '--format',
          'json',
        ],
        cleanEnv(),
      );
      expect(code).toBe(1);
      const errors = JSON.parse(stdout).results[0].errors;
      expect(errors).toContainEqual(
        expect.objectContaining({
          pointer: '/data/0/start',
          keyword: 'type',
          expected: 'string',
          actual: 1645516631505,
        }),
      );
      expect(errors).toContainEqual(
        expect.objectContaining({
          pointer: '/data/0/roomId',
          keyword: 'required',
          expected: 'roomId',
          actual: 'missing',
        }),
      );
    } finally {
      await server.close();
    }
  });

  it('without credentials and without --base-url: names the variables to set, exit 3', async () => {
    const { code, stdout, stderr } = await run(['live', '--provider', '100ms'], cleanEnv());
    expect(code).toBe(3);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('HMS_ACCESS_KEY');
    expect(stderr).toContain('HMS_SECRET');
    expect(stderr).toContain('HMS_MANAGEMENT_TOKEN');
  });
});

describe('rtc-contract live --record redacts before anything touches disk', () => {
  it('no planted secret, nor the signed token, appears in any written byte or in the output', async () => {
    const planted = {
      key: 'planted-api-key-4f9a1c',
      secret: 'planted-secret-b7e2d0',
      bodyApiKey: 'planted-body-apikey-91d3',
      ip: '203.0.113.77',
      headerToken: 'planted-header-token-5c8e',
      cookie: 'planted-cookie-0a6f',
      queryToken: 'planted-query-token-7d21',
    };
    const seenAuthorization: string[] = [];
    const server = await serve((req, res) => {
      const auth = String(req.headers.authorization ?? '');
      seenAuthorization.push(auth);
      res.setHeader('content-type', 'application/json');
      // echo everything back: the token, the credentials, and a few secrets of its own
      res.setHeader('x-echo-authorization', auth);
      res.setHeader('x-api-key', planted.key);
      res.setHeader('x-upstream-token', planted.headerToken);
      res.setHeader('set-cookie', `session=${planted.cookie}; HttpOnly`);
      res.setHeader('x-debug', `secret=${planted.secret}`);
      const item = session({
        apiKey: planted.bodyApiKey,
        chatLink: `https://files.example.com/chat?token=${planted.queryToken}`,
        echo: { authorization: auth, apiKeyUsed: planted.key },
        participants: [
          {
            participantId: 'p1',
            name: 'Alice Planted',
            timelog: [{ start: '2022-02-22T07:57:11.505Z', end: null }],
            ip_address: planted.ip,
            geoLocation: { city: 'Pune', region: 'MH', country: 'IN' },
          },
        ],
      });
      if (req.url === '/public/rsa-public-key') {
        // the webhook public key (a GET operation too): nothing of the session to echo
        res.end(
          JSON.stringify({
            publicKey: '-----BEGIN RSA PUBLIC KEY-----\nMIIBCgKCAQEA\n-----END RSA PUBLIC KEY-----\n',
          }),
        );
      } else if (req.url?.startsWith('/sessions/?') || req.url === '/sessions/') {
        res.end(
          JSON.stringify({ pageInfo: { currentPage: 1, perPage: 20, lastPage: 1, total: 1 }, data: [item] }),
        );
      } else if (
        req.url?.endsWith('/participants/active') ||
        req.url?.endsWith('/participants') ||
        req.url?.endsWith('/stats')
      ) {
        res.statusCode = 404;
        res.end(JSON.stringify({ message: `No active participants found for ${planted.key}` }));
      } else {
        res.end(JSON.stringify({ ...item, userId: 'owner-1', activeDuration: 300 }));
      }
    });
    const dir = mkdtempSync(join(tmpdir(), 'rtc-contract-record-'));
    try {
      const { code, stdout, stderr } = await run(
        [
          'live',
          '--provider',
          'videosdk',
          '--base-url',
          server.url,
          '--record',
          dir,
          '--pseudonymize',
          '--verbose',
        ],
        cleanEnv({ VIDEOSDK_API_KEY: planted.key, VIDEOSDK_SECRET: planted.secret }),
      );
      expect(stderr).toBe('');
      expect(code).toBe(0); // undocumented echo fields are warnings
      const jwt = seenAuthorization.find((a) => a.startsWith('eyJ'));
      expect(jwt).toBeDefined();
      const files: string[] = [];
      const walk = (d: string) => {
        for (const name of readdirSync(d)) {
          const full = join(d, name);
          if (statSync(full).isDirectory()) walk(full);
          else files.push(full);
        }
      };
      walk(dir);
      expect(files.length).toBeGreaterThanOrEqual(4);
      const everything = [stdout, stderr, ...files.map((f) => readFileSync(f, 'utf8'))].join('\n');
      for (const value of [
        ...Object.values(planted),
        jwt as string,
        (jwt as string).split('.')[1] as string,
      ]) {
        expect(everything).not.toContain(value);
      }
      expect(everything).not.toContain('Alice Planted');
      // the recordings are still valid cassettes the checker accepts
      const verify = await run(['verify', dir], cleanEnv());
      expect(verify.code).toBe(0);
    } finally {
      await server.close();
    }
  });
});
