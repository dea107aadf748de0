import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import {
  defaultPort,
  findFreePort,
  MockStartError,
  providers,
  type RunningMock,
  specPathFor,
  startMock,
} from '../src/index.js';

const cleanups: Array<() => Promise<void> | void> = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

const isListening = (port: number) =>
  new Promise<boolean>((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(true));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(false)));
  });

describe('startMock', () => {
  it.each(providers)('serves the %s spec on a free loopback port and stops cleanly', async (provider) => {
    const mock = await startMock({ provider });
    cleanups.push(() => mock.stop());
    expect(mock.provider).toBe(provider);
    const basePath = new URL(
      JSON.parse(readFileSync(specPathFor(provider), 'utf8')).servers[0].url,
    ).pathname.replace(/\/$/, '');
    expect(mock.origin).toBe(`http://127.0.0.1:${mock.port}`);
    expect(mock.url).toBe(`${mock.origin}${basePath}`);
    expect(mock.port).toBeGreaterThan(0);

    // The first path of the spec answers (with auth, so Prism's security check passes).
    const spec = JSON.parse(readFileSync(specPathFor(provider), 'utf8')) as {
      paths: Record<string, unknown>;
    };
    const listPath = Object.keys(spec.paths).find((p) => !p.includes('{')) ?? '/';
    const response = await fetch(`${mock.url}${listPath}`, { headers: { authorization: 'Bearer test' } });
    expect(response.status).not.toBe(404);
    await response.arrayBuffer();

    expect(await isListening(mock.port)).toBe(true);
    await mock.stop();
    await mock.stop(); // idempotent
    await expect(mock.exited).resolves.not.toBeUndefined();
    expect(await isListening(mock.port)).toBe(false);
  });

  it('honours an explicit port', async () => {
    const port = await findFreePort();
    const mock = await startMock({ provider: '100ms', port });
    cleanups.push(() => mock.stop());
    expect(mock.port).toBe(port);
    expect(mock.origin).toBe(`http://127.0.0.1:${port}`);
    await mock.stop();
  });

  it('gives two mocks of the same provider different ports', async () => {
    const mocks: RunningMock[] = await Promise.all([
      startMock({ provider: 'videosdk' }),
      startMock({ provider: 'videosdk', dynamic: true }),
    ]);
    for (const m of mocks) cleanups.push(() => m.stop());
    expect(mocks[0]?.port).not.toBe(mocks[1]?.port);
    await Promise.all(mocks.map((m) => m.stop()));
  });

  it('rejects when the spec file is missing, naming it', async () => {
    const missing = join(tmpdir(), 'rtc-sessions-no-such-spec.json');
    await expect(startMock({ provider: 'videosdk', specPath: missing })).rejects.toThrow(MockStartError);
    await expect(startMock({ provider: 'videosdk', specPath: missing })).rejects.toThrow(missing);
  });

  it('rejects with the tail of Prism output when Prism exits', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rtc-mock-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{ "this is": "not an OpenAPI document" ');
    const error = await startMock({ provider: 'videosdk', specPath: broken }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MockStartError);
    expect((error as Error).message).toMatch(/exited/);
    expect((error as Error).message).toMatch(/Error parsing/);
  });

  it('rejects when the port is already taken', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => new Promise<void>((resolve) => blocker.close(() => resolve())));
    const address = blocker.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    await expect(startMock({ provider: '100ms', port })).rejects.toThrow(/EADDRINUSE/);
  });

  it('rejects an unknown provider', () => {
    expect(() => specPathFor('nope')).toThrow(/unknown provider/);
    expect(() => defaultPort('nope')).toThrow(/unknown provider "nope" \(expected one of /);
  });

  it("mocks the spec packages it depends on, each on its spec's x-rtc-provider.mockPort", () => {
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    expect([...providers].sort()).toEqual(
      [...Object.keys(manifest.dependencies), ...Object.keys(manifest.devDependencies)]
        .filter((name) => name.startsWith('@rtc-sessions/spec-'))
        .map((name) => name.slice('@rtc-sessions/spec-'.length))
        .sort(),
    );
    for (const provider of providers) {
      const spec = JSON.parse(readFileSync(specPathFor(provider), 'utf8'));
      expect(defaultPort(provider)).toBe(spec.info['x-rtc-provider'].mockPort);
    }
    // `pnpm mock` starts them all at once: no two may share a port
    expect(new Set(providers.map(defaultPort)).size).toBe(providers.length);
  });
});

describe('pnpm mock (the CLI)', () => {
  it('starts the chosen mocks, prints their URLs and the Prefer hints, and exits 0 on SIGTERM', async () => {
    const [a, b] = [await findFreePort(), await findFreePort()];
    const cli = fileURLToPath(new URL('../bin/rtc-mock.js', import.meta.url));
    // The bin itself (it runs the built CLI), so the signal reaches the CLI.
    const child = spawn(
      process.execPath,
      [cli, '--provider', 'videosdk', '--provider', '100ms', `--videosdk-port=${a}`, `--100ms-port=${b}`],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    cleanups.push(() => {
      if (child.exitCode === null) child.kill('SIGKILL');
    });
    let out = '';
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
    });
    child.stderr.on('data', (c: Buffer) => {
      out += c.toString();
    });
    await new Promise<void>((resolve, reject) => {
      const check = setInterval(() => {
        if (out.includes('Ctrl-C')) {
          clearInterval(check);
          resolve();
        }
      }, 50);
      child.once('exit', (code) => {
        clearInterval(check);
        reject(new Error(`CLI exited early (${code}): ${out}`));
      });
    });
    expect(out).toContain(`http://127.0.0.1:${a}`);
    expect(out).toContain(`http://127.0.0.1:${b}`);
    expect(out).toContain('Prefer: dynamic=true');
    expect(out).toContain('Prefer: code=404');
    const response = await fetch(`http://127.0.0.1:${b}/v2/sessions`);
    expect(response.status).toBe(401); // Prism enforces the spec's security
    await response.arrayBuffer();

    const code = await new Promise<number | null>((resolve) => {
      child.once('exit', (c) => resolve(c));
      child.kill('SIGTERM');
    });
    expect(code).toBe(0);
    expect(await isListening(a)).toBe(false);
    expect(await isListening(b)).toBe(false);
  });
});
