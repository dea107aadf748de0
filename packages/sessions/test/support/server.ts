import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What a loopback route sees of a request. */
export interface SeenRequest {
  method: string;
  /** The path as sent, percent-encoding kept (Zoom's double-encoded ids). */
  rawPath: string;
  query: Record<string, string>;
  at: number;
  /** The request's headers (loopback tests check what was sent, e.g. a placeholder token). */
  headers?: Record<string, string | string[] | undefined>;
}

export interface Answer {
  status: number;
  body?: unknown;
  /** The body already serialized (fixtures that serve the same page many times). */
  bodyText?: string;
  headers?: Record<string, string>;
  /** Milliseconds to wait before answering (latency). */
  delayMs?: number;
}

export type Handler = (request: SeenRequest) => Answer | Promise<Answer>;

export interface LoopbackServer {
  url: string;
  requests: SeenRequest[];
  close(): Promise<void>;
}

function seen(request: IncomingMessage): SeenRequest {
  const target = request.url ?? '/';
  const [rawPath = '/', search = ''] = target.split('?');
  return {
    method: request.method ?? 'GET',
    rawPath,
    query: Object.fromEntries(new URLSearchParams(search)),
    at: Date.now(),
    headers: request.headers,
  };
}

/** An HTTP server on 127.0.0.1 answering every request with `handler`'s answer, as JSON. */
export async function startServer(handler: Handler, { basePath = '' } = {}): Promise<LoopbackServer> {
  const requests: SeenRequest[] = [];
  const server: Server = createServer(async (req, res) => {
    const request = seen(req);
    requests.push(request);
    try {
      const answer = await handler({ ...request, rawPath: request.rawPath.slice(basePath.length) });
      if (answer.delayMs) await new Promise((resolve) => setTimeout(resolve, answer.delayMs));
      res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
      res.end(answer.bodyText ?? (answer.body === undefined ? '' : JSON.stringify(answer.body)));
    } catch (error) {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ message: String(error) }));
    }
  });
  server.keepAliveTimeout = 60_000;
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${basePath}`,
    requests,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
