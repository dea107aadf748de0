/**
 * The set-up the CLI tests share: the built `rtc-contract` run in a child process (as users run
 * it), colours off, with its exit code and both streams; and a loopback HTTP server for a test.
 */
import { execFile } from 'node:child_process';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';

export const cli = fileURLToPath(new URL('../../bin/rtc-contract.js', import.meta.url));

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  /** Added to the environment (an empty string unsets nothing: the child sees it empty). */
  env?: Record<string, string>;
  /** Run as this user (root only). */
  uid?: number;
  gid?: number;
}

/** Runs `rtc-contract ARGS` and resolves with how it ended (never rejects). */
export function runCli(args: readonly string[], options: CliOptions = {}): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [cli, ...args],
      {
        env: { ...process.env, NO_COLOR: '1', ...options.env },
        maxBuffer: 64 * 1024 * 1024,
        ...(options.uid !== undefined ? { uid: options.uid, gid: options.gid ?? options.uid } : {}),
      },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

export interface Loopback {
  server: Server;
  url: string;
  close(): Promise<void>;
}

/** An HTTP server on 127.0.0.1 and a free port, answering with `handler`. */
export async function startLoopback(
  handler: (request: IncomingMessage, response: ServerResponse) => void,
): Promise<Loopback> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    server,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
