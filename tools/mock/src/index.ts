import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  bundledSpecPath,
  loadBundledSpec,
  specDependencies,
  specPackageName,
} from '@rtc-sessions/openapi-model';

const require = createRequire(import.meta.url);
const packageJson = new URL('../package.json', import.meta.url);

/** A provider id (`videosdk`…): one of {@link providers}. */
export type Provider = string;

/** The providers whose specs can be mocked: the spec packages this package depends on. */
export const providers: readonly Provider[] = specDependencies(packageJson);

/**
 * The fixed port `pnpm mock` serves a provider on: its spec's `info.x-rtc-provider.mockPort`
 * (tests use free ports instead).
 */
export function defaultPort(provider: Provider): number {
  assertProvider(provider);
  let port = mockPorts.get(provider);
  if (port === undefined) {
    port = loadBundledSpec(provider, packageJson).facts.mockPort;
    mockPorts.set(provider, port);
  }
  return port;
}
// Each port read once: reading it parses the whole bundled spec.
const mockPorts = new Map<Provider, number>();

function assertProvider(provider: Provider): void {
  if (!providers.includes(provider)) {
    throw new MockStartError(
      `unknown provider "${String(provider)}" (expected one of ${providers.join(', ')})`,
    );
  }
}

export interface StartMockOptions {
  /** Which provider's spec to serve. */
  provider: Provider;
  /** Port on 127.0.0.1; `0` (the default) picks a free port. */
  port?: number;
  /**
   * Dynamic mode (`prism mock -d`): bodies are generated from the schemas instead of taken from
   * the spec's examples. Per request, `Prefer: dynamic=true` does the same. Default `false`.
   */
  dynamic?: boolean;
  /** Serve this OpenAPI document instead of the provider's bundled spec (tests, local edits). */
  specPath?: string;
  /** How long to wait for Prism to answer HTTP before giving up. Default 60 000 ms. */
  startTimeoutMs?: number;
}

export interface RunningMock {
  /** Base URL of the mock, e.g. `http://127.0.0.1:41234`; use it as a client's `baseUrl`. */
  readonly url: string;
  readonly port: number;
  readonly provider: Provider;
  /** The OpenAPI document Prism serves. */
  readonly specPath: string;
  /** Settles with Prism's exit code once the process has exited (after `stop()`, or on a crash). */
  readonly exited: Promise<number | null>;
  /** Stops Prism and resolves once the process has exited. Safe to call more than once. */
  stop(): Promise<void>;
}

/** Raised when the mock cannot start; the message carries the tail of Prism's output. */
export class MockStartError extends Error {
  override readonly name = 'MockStartError';
}

/** Path of the provider's bundled spec (`@rtc-sessions/spec-<p>/openapi.json`); throws if it is not built. */
export function specPathFor(provider: Provider): string {
  assertProvider(provider);
  const specPackage = specPackageName(provider);
  let path: string;
  try {
    path = bundledSpecPath(provider, packageJson);
  } catch {
    throw missingSpec(specPackage, `${specPackage}/openapi.json`);
  }
  // require.resolve does not check that an exports target exists on every Node version.
  if (!existsSync(path)) throw missingSpec(specPackage, path);
  return path;
}

function missingSpec(specPackage: string, path: string): MockStartError {
  return new MockStartError(
    `the bundled spec ${path} does not exist: build it first (pnpm turbo run build --filter=${specPackage})`,
  );
}

/** Asks the OS for a free loopback port: Prism needs a concrete one. */
export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('no port assigned'))));
    });
  });
}

const prismBin = (): string => {
  const manifestPath = require.resolve('@stoplight/prism-cli/package.json');
  const manifest = require(manifestPath) as { bin: { prism: string } };
  // Through a file URL and back, so a checkout path with spaces, `%` or `#` stays a valid path.
  return fileURLToPath(new URL(manifest.bin.prism, pathToFileURL(manifestPath)));
};

/** Keeps the last `limit` characters of a stream, for error messages. */
class OutputTail {
  private text = '';
  constructor(private readonly limit = 4000) {}
  push(chunk: Buffer | string): void {
    this.text = (this.text + chunk.toString()).slice(-this.limit);
  }
  toString(): string {
    // Prism colours its log lines; strip the escape codes so the message reads as text.
    // biome-ignore lint/suspicious/noControlCharactersInRegex: matching ANSI escapes is the point
    return this.text.replace(/\u001b\[[0-9;]*m/g, '').trim();
  }
}

// Prism children still running; killed if the parent exits without stopping them.
const running = new Set<ChildProcess>();
let exitHookInstalled = false;
function trackChild(child: ChildProcess): void {
  running.add(child);
  child.once('exit', () => running.delete(child));
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.once('exit', () => {
      for (const c of running) c.kill('SIGKILL');
    });
  }
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts Prism for one provider on 127.0.0.1 and resolves once it answers HTTP requests. */
export async function startMock(options: StartMockOptions): Promise<RunningMock> {
  const { provider, dynamic = false, startTimeoutMs = 60_000 } = options;
  const specPath = options.specPath ?? specPathFor(provider);
  if (!existsSync(specPath)) throw new MockStartError(`spec file ${specPath} does not exist`);
  const requestedPort = options.port ?? 0;
  if (!Number.isInteger(requestedPort) || requestedPort < 0 || requestedPort > 65_535) {
    throw new MockStartError(`invalid port ${requestedPort}`);
  }
  // A port found free can be taken by someone else before Prism binds it: retry with a new one.
  const attempts = requestedPort === 0 ? 3 : 1;
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const port = requestedPort === 0 ? await findFreePort() : requestedPort;
    try {
      return await launch({ provider, port, dynamic, specPath, startTimeoutMs });
    } catch (error) {
      lastError = error;
      if (!(error instanceof MockStartError && /EADDRINUSE/.test(error.message))) throw error;
    }
  }
  throw lastError;
}

/** Fails early when an explicit port is taken: otherwise whatever listens there could pass for Prism. */
async function assertPortFree(port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        new MockStartError(`port ${port} on 127.0.0.1 is not available (${error.code ?? error.message})`),
      ),
    );
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
  });
}

async function launch(opts: {
  provider: Provider;
  port: number;
  dynamic: boolean;
  specPath: string;
  startTimeoutMs: number;
}): Promise<RunningMock> {
  const { provider, port, dynamic, specPath, startTimeoutMs } = opts;
  await assertPortFree(port);
  const args = [prismBin(), 'mock', specPath, '-h', '127.0.0.1', '-p', String(port)];
  if (dynamic) args.push('-d');
  const child = spawn(process.execPath, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  trackChild(child);
  const tail = new OutputTail();
  // Always drain both pipes: Prism logs every request, and a full pipe would block it.
  child.stdout?.on('data', (chunk: Buffer) => tail.push(chunk));
  child.stderr?.on('data', (chunk: Buffer) => tail.push(chunk));

  const exited = new Promise<number | null>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });
  let spawnError: Error | undefined;
  child.once('error', (error) => {
    spawnError = error;
  });

  const url = `http://127.0.0.1:${port}`;
  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const killTimer = setTimeout(() => child.kill('SIGKILL'), 5_000);
        await exited;
        clearTimeout(killTimer);
      }
    })();
    return stopping;
  };

  const deadline = Date.now() + startTimeoutMs;
  let done = false;
  const exitedFirst = exited.then((code) => {
    if (done) return;
    throw new MockStartError(
      `Prism for ${provider} exited (code ${code}) before answering on ${url}; its output ends:\n${tail}`,
    );
  });
  const ready = (async () => {
    while (!done) {
      if (spawnError)
        throw new MockStartError(`could not start Prism for ${provider}: ${spawnError.message}`);
      if (Date.now() > deadline) {
        throw new MockStartError(
          `Prism for ${provider} did not answer on ${url} within ${startTimeoutMs} ms; its output ends:\n${tail}`,
        );
      }
      try {
        // Any HTTP answer (even 404 or 401) means the server is up.
        const response = await fetch(`${url}/`, { signal: AbortSignal.timeout(1_000) });
        await response.arrayBuffer();
        return;
      } catch {
        await delay(100);
      }
    }
  })();
  try {
    await Promise.race([ready, exitedFirst]);
  } catch (error) {
    done = true;
    await stop();
    throw error;
  }
  done = true;
  return { url, port, provider, specPath, exited, stop };
}
