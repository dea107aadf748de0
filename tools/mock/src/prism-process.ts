/**
 * Prism as a child process: start it (mock or proxy mode) on a loopback port, wait until it
 * answers HTTP, stop it; keep its output's tail for errors.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { RtcSessionsError } from '@rtc-sessions/runtime';

const require = createRequire(import.meta.url);

/** Raised when the mock cannot start; the message carries the tail of Prism's output. */
export class MockStartError extends RtcSessionsError {
  override readonly name = 'MockStartError';
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

export interface PrismProcess {
  /** `http://127.0.0.1:<port>`. */
  origin: string;
  port: number;
  /** Settles with Prism's exit code once the process has exited. */
  exited: Promise<number | null>;
  /** The tail of Prism's log (its validation messages among them), ANSI codes stripped. */
  output(): string;
  stop(): Promise<void>;
}

export interface LaunchOptions {
  /** Names the process in errors (`Prism for zoom-videosdk`). */
  label: string;
  /** Prism's arguments after its binary: `mock SPEC …` or `proxy SPEC UPSTREAM …`. */
  args: string[];
  /** Port on 127.0.0.1; 0 picks a free one (retried if another process takes it first). */
  port: number;
  startTimeoutMs: number;
}

/** Starts Prism on 127.0.0.1 and resolves once it answers HTTP. */
export async function launchPrism(options: LaunchOptions): Promise<PrismProcess> {
  const attempts = options.port === 0 ? 3 : 1;
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const port = options.port === 0 ? await findFreePort() : options.port;
    try {
      return await launchOnce(options, port);
    } catch (error) {
      lastError = error;
      if (!(error instanceof MockStartError && /EADDRINUSE/.test(error.message))) throw error;
    }
  }
  throw lastError;
}

function spawnPrism(args: string[], port: number) {
  const child = spawn(process.execPath, [prismBin(), ...args, '-h', '127.0.0.1', '-p', String(port)], {
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
  return { child, tail, exited, stop };
}

async function launchOnce(options: LaunchOptions, port: number): Promise<PrismProcess> {
  const { label, startTimeoutMs } = options;
  await assertPortFree(port);
  const { child, tail, exited, stop } = spawnPrism(options.args, port);
  let spawnError: Error | undefined;
  child.once('error', (error) => {
    spawnError = error;
  });
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + startTimeoutMs;
  let done = false;
  const exitedFirst = exited.then((code) => {
    if (done) return;
    throw new MockStartError(
      `${label} exited (code ${code}) before answering on ${origin}; its output ends:\n${tail}`,
    );
  });
  const ready = (async () => {
    while (!done) {
      if (spawnError) throw new MockStartError(`could not start ${label}: ${spawnError.message}`);
      if (Date.now() > deadline) {
        throw new MockStartError(
          `${label} did not answer on ${origin} within ${startTimeoutMs} ms; its output ends:\n${tail}`,
        );
      }
      try {
        // Any HTTP answer (even 404 or 401) means the server is up.
        const response = await fetch(`${origin}/`, { signal: AbortSignal.timeout(1_000) });
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
  return { origin, port, exited, output: () => tail.toString(), stop };
}
