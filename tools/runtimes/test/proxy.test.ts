/**
 * The README's proxy example: undici's `ProxyAgent` through a client's `fetch` option, against a
 * loopback CONNECT proxy written here. The proxy records each tunnel and can refuse, so the test
 * proves the request went through it (and not around it).
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { connect, type Socket } from 'node:net';
import { json, startServer, type TestServer } from '@rtc-sessions/test-helpers/server';
import { ConnectionError, createClient } from '@rtc-sessions/zoom-videosdk';
import { ProxyAgent, fetch as undiciFetch } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

interface Proxy {
  url: string;
  /** `host:port` of each CONNECT, with its Proxy-Authorization header. */
  tunnels: { target: string; authorization: string | undefined }[];
  close(): Promise<void>;
}

/** A CONNECT proxy on 127.0.0.1 that tunnels to loopback targets; it answers 407 without `credentials`. */
async function startProxy(credentials: string): Promise<Proxy> {
  const tunnels: Proxy['tunnels'] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((_req, res) => {
    res.writeHead(405).end('CONNECT only');
  });
  server.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
    sockets.add(client);
    const authorization = req.headers['proxy-authorization'];
    tunnels.push({ target: String(req.url), authorization });
    if (authorization !== `Basic ${btoa(credentials)}`) {
      client.end('HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic\r\n\r\n');
      return;
    }
    const [host, port] = String(req.url).split(':');
    if (host !== '127.0.0.1') {
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = connect(Number(port), host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    tunnels,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/**
 * The README example (packages/runtime/README.md, "Proxies"): undici's own fetch with its
 * ProxyAgent, so every request of the client tunnels through the proxy.
 */
function proxiedFetch(proxy: ProxyAgent) {
  return async (request: Request): Promise<Response> => {
    const headers: Record<string, string> = {};
    request.headers.forEach((value, name) => {
      headers[name] = value;
    });
    const response = await undiciFetch(request.url, {
      method: request.method,
      headers,
      body: request.body ? await request.arrayBuffer() : undefined,
      signal: request.signal,
      dispatcher: proxy,
    });
    // undici's Response has the standard fields the client reads (its type is undici's own)
    return response as unknown as Response;
  };
}

let target: TestServer;
let proxy: Proxy;
beforeAll(async () => {
  target = await startServer((_req, res) =>
    json(res, 200, {
      from: '2024-05-01',
      to: '2024-05-31',
      page_size: 30,
      next_page_token: '',
      sessions: [],
    }),
  );
  proxy = await startProxy('user:pass');
});
afterAll(async () => {
  await target?.close();
  await proxy?.close();
});

describe("undici's ProxyAgent through the client's fetch option", () => {
  it('sends the request through the CONNECT proxy', async () => {
    const agent = new ProxyAgent({ uri: proxy.url, token: `Basic ${btoa('user:pass')}` });
    try {
      const client = createClient({
        token: 't',
        baseUrl: target.url,
        fetch: proxiedFetch(agent),
        retry: false,
      });
      const { data } = await client.GET('/videosdk/sessions', {
        params: { query: { from: '2024-05-01', to: '2024-05-31' } },
      });
      expect(data?.sessions).toEqual([]);
      const { host } = new URL(target.url);
      expect(proxy.tunnels).toContainEqual({ target: host, authorization: `Basic ${btoa('user:pass')}` });
      expect(target.requests.at(-1)?.headers.authorization).toBe('Bearer t');
    } finally {
      await agent.close();
    }
  });

  it('fails as a ConnectionError when the proxy refuses: the request cannot go around it', async () => {
    const before = target.requests.length;
    const agent = new ProxyAgent({ uri: proxy.url, token: `Basic ${btoa('user:wrong')}` });
    try {
      const client = createClient({
        token: 't',
        baseUrl: target.url,
        fetch: proxiedFetch(agent),
        retry: false,
      });
      await expect(
        client.GET('/videosdk/sessions', { params: { query: { from: '2024-05-01', to: '2024-05-31' } } }),
      ).rejects.toBeInstanceOf(ConnectionError);
      expect(target.requests.length).toBe(before);
      expect(proxy.tunnels.at(-1)?.authorization).toBe(`Basic ${btoa('user:wrong')}`);
    } finally {
      await agent.close();
    }
  });
});
