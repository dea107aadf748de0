/**
 * The simulator's HTTP face for one provider (Prism proxies to it): routes a request to its
 * operation, applies the run's faults, calls the handler and writes the answer.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ProviderModule, SimContext, SimRequest, SimResponse } from './context.js';
import { RateLimiter } from './faults.js';
import type { SimOperation } from './spec-facts.js';

/** Request bodies are small JSON objects; anything bigger is refused. */
const MAX_BODY_BYTES = 1024 * 1024;

function route(
  ctx: SimContext,
  method: string,
  path: string,
): { op: SimOperation; params: Record<string, string> } | null {
  for (const op of ctx.facts.operations.values()) {
    if (op.info.method !== method) continue;
    const match = op.pattern.exec(path);
    if (!match) continue;
    const params: Record<string, string> = {};
    op.paramNames.forEach((name, i) => {
      params[name] = decodeURIComponent(match[i + 1] ?? '');
    });
    return { op, params };
  }
  return null;
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error(`request body over ${MAX_BODY_BYTES} bytes`);
    chunks.push(chunk as Buffer);
  }
  if (size === 0) return undefined;
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** 429 with the provider's rate-limit headers (the names the operation's 429 response declares). */
function rateLimited(ctx: SimContext, op: SimOperation, limiter: RateLimiter): SimResponse | null {
  if (!ctx.faults.rateLimit || !op.rateLimit) return null;
  const { label, limit, windowMs } = op.rateLimit;
  const spent = limiter.take(label, limit, windowMs);
  if (!spent) return null;
  const declared = new Set(
    op.info.responses.find((r) => r.status === '429')?.headers.map((h) => h.name.toLowerCase()),
  );
  const headers: Record<string, string> = { 'retry-after': String(spent.retryAfterSeconds) };
  const values: Record<string, string> = {
    'x-ratelimit-category': label,
    'x-ratelimit-type': windowMs <= 1000 ? 'QPS' : 'Per-minute',
    'x-ratelimit-limit': String(limit),
    'x-ratelimit-remaining': String(spent.remaining),
  };
  for (const [name, value] of Object.entries(values)) if (declared.has(name)) headers[name] = value;
  return ctx.error(op, 429, `You have exceeded the ${label} rate limit.`, headers);
}

/** A documented 5xx of the operation (the fault needs one the contract allows). */
function serverError(ctx: SimContext, op: SimOperation): SimResponse | null {
  if (!ctx.random.chance(ctx.faults.errorRate ?? 0)) return null;
  const documented = op.info.responses.find((r) => /^5(\d\d|XX)$/.test(r.status));
  const status = documented ? Number(documented.status.replace('XX', '00')) : 503;
  return ctx.error(op, status, 'The server is unavailable; try again later.');
}

async function answer(
  ctx: SimContext,
  module: ProviderModule,
  limiter: RateLimiter,
  req: IncomingMessage,
): Promise<SimResponse> {
  const url = new URL(req.url ?? '/', 'http://simulator');
  const found = route(ctx, req.method ?? 'GET', url.pathname);
  if (!found)
    return { status: 404, body: { code: 404, message: `no operation ${req.method} ${url.pathname}` } };
  const { op, params } = found;
  const body = await readBody(req);
  const limited = rateLimited(ctx, op, limiter) ?? serverError(ctx, op);
  if (limited) return limited;
  const handler = module.handlers[op.info.operationId];
  if (!handler) return ctx.error(op, 501, `${op.info.operationId} is not simulated`);
  const request: SimRequest = {
    method: op.info.method,
    path: url.pathname,
    query: url.searchParams,
    params,
    body,
  };
  return handler(ctx, request, op);
}

async function write(ctx: SimContext, res: ServerResponse, out: SimResponse): Promise<void> {
  const headers: Record<string, string> = { ...(out.headers ?? {}) };
  const requestIdHeader = ctx.facts.spec.facts.requestIdHeaders[0];
  if (requestIdHeader) headers[requestIdHeader] = ctx.random.hex(32);
  if (out.body === undefined) {
    res.writeHead(out.status, headers).end();
    return;
  }
  let text = JSON.stringify(out.body);
  const huge = ctx.faults.hugeBodyBytes ?? 0;
  // Whitespace after a JSON value is still the same JSON: the body is big, and still valid.
  if (text.length < huge) text += ' '.repeat(huge - text.length);
  const bytes = Buffer.from(text, 'utf8');
  res.writeHead(out.status, {
    ...headers,
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(bytes.length),
  });
  const slow = ctx.faults.slowBodyMs ?? 0;
  if (slow <= 0) {
    res.end(bytes);
    return;
  }
  const parts = 10;
  const step = Math.ceil(bytes.length / parts);
  for (let i = 0; i < parts && !res.destroyed; i++) {
    res.write(bytes.subarray(i * step, (i + 1) * step));
    await delay(slow / parts);
  }
  res.end();
}

export interface SimServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

/** Serves one provider's simulator on a free loopback port. */
export async function startSimServer(ctx: SimContext, module: ProviderModule): Promise<SimServer> {
  const limiter = new RateLimiter(ctx.clock);
  const server = createServer((req, res) => {
    void (async () => {
      let out: SimResponse;
      try {
        out = await answer(ctx, module, limiter, req);
      } catch (error) {
        out = { status: 400, body: { code: 400, message: (error as Error).message } };
      }
      if (ctx.faults.latencyMs) await delay(ctx.faults.latencyMs);
      await write(ctx, res, out);
    })().catch(() => res.destroy());
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
