/**
 * A small static file server for the built site: `pnpm preview` uses it, and so does the
 * browser test (on port 0). It binds to loopback only and serves nothing outside its root.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DEFAULT_PREVIEW_PORT = 4173;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

export interface StaticServerOptions {
  /** The folder to serve. */
  root: string;
  /** Default 127.0.0.1: the preview is for this machine only. */
  host?: string;
  /** Default 0: a free port chosen by the OS. */
  port?: number;
  /**
   * The URL path the site is served under, e.g. `/rtc-sessions/` as GitHub Pages serves a project
   * site. Default `/`. Anything outside it is a 404, so a link that escapes the site shows up.
   */
  basePath?: string;
}

export interface StaticServer {
  /** The base URL, with the base path and a trailing slash, e.g. `http://127.0.0.1:4173/rtc-sessions/`. */
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Maps a URL path to a file under root, or undefined if it would escape root. */
function resolveUnderRoot(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const file = resolve(root, `.${decoded}`);
  const fromRoot = relative(root, file);
  if (fromRoot === '..' || fromRoot.startsWith(`..${sep}`) || isAbsolute(fromRoot)) return undefined;
  return file;
}

function sendText(
  response: ServerResponse,
  status: number,
  text: string,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers });
  response.end(text);
}

/** `rtc-sessions` → `/rtc-sessions/`; `/` stays. */
export function normalizeBasePath(basePath = '/'): string {
  const trimmed = basePath.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

async function handle(
  root: string,
  basePath: string,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    sendText(response, 405, 'Method Not Allowed\n', { allow: 'GET, HEAD' });
    return;
  }
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  if (basePath !== '/' && pathname === basePath.slice(0, -1)) {
    response.writeHead(301, { location: basePath });
    response.end();
    return;
  }
  if (!pathname.startsWith(basePath)) {
    sendText(response, 404, 'Not Found\n');
    return;
  }
  let file = resolveUnderRoot(root, `/${pathname.slice(basePath.length)}`);
  if (!file) {
    sendText(response, 400, 'Bad Request\n');
    return;
  }
  let info = await stat(file).catch(() => undefined);
  if (info?.isDirectory()) {
    if (!pathname.endsWith('/')) {
      // Relative links in a folder's index.html resolve against the folder only with the slash.
      // One leading slash only: `//host/` would send the browser to another host.
      response.writeHead(301, { location: `/${pathname.replace(/^\/+/, '')}/` });
      response.end();
      return;
    }
    file = join(file, 'index.html');
    info = await stat(file).catch(() => undefined);
  }
  if (!info?.isFile()) {
    sendText(response, 404, 'Not Found\n');
    return;
  }
  response.writeHead(200, {
    'content-type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'content-length': String(info.size),
    'cache-control': 'no-cache',
  });
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  createReadStream(file)
    .on('error', () => response.destroy())
    .pipe(response);
}

export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const root = resolve(options.root);
  const rootInfo = await stat(root).catch(() => undefined);
  if (!rootInfo?.isDirectory()) throw new Error(`nothing to serve: ${root} is not a folder`);
  const host = options.host ?? '127.0.0.1';
  const basePath = normalizeBasePath(options.basePath);

  const server = createServer((request, response) => {
    handle(root, basePath, request, response).catch(() => {
      if (!response.headersSent) sendText(response, 500, 'Internal Server Error\n');
      else response.destroy();
    });
  });
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolveListen();
    });
  });
  const { port } = server.address() as AddressInfo;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${urlHost}:${port}${basePath}`,
    port,
    close: () =>
      new Promise<void>((resolveClose, reject) => {
        server.close((error) => (error ? reject(error) : resolveClose()));
        // Keep-alive connections from a browser would otherwise hold close() open.
        server.closeAllConnections();
      }),
  };
}

/** The port from `--port <n>`, `--port=<n>` or PORT, else the default. */
export function previewPort(argv: readonly string[], env: NodeJS.ProcessEnv): number {
  let raw: string | undefined = env.PORT;
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index] ?? '';
    if (argument === '--port') raw = argv[index + 1];
    else if (argument.startsWith('--port=')) raw = argument.slice('--port='.length);
  }
  if (raw === undefined || raw === '') return DEFAULT_PREVIEW_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new Error(`invalid port ${JSON.stringify(raw)}: expected an integer from 0 to 65535`);
  }
  return port;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('../dist', import.meta.url));
  const indexInfo = await stat(join(root, 'index.html')).catch(() => undefined);
  if (!indexInfo) {
    console.error(`No site in ${root}: build it first with \`pnpm --filter @rtc-sessions/docs-site build\`.`);
    process.exit(1);
  }
  const server = await startStaticServer({ root, port: previewPort(process.argv.slice(2), process.env) });
  console.log(`Docs site: ${server.url}`);
  const stop = () => {
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
