/**
 * One measurement of the per-call benchmark (`client-overhead.ts`), in a process of its own: a
 * loopback server and ONE way of calling it, at one concurrency. Prints its figures as one JSON line.
 *
 *   tsx src/call-cost-worker.ts <variant> <concurrency> <requests> <warm-up requests>
 *
 * Why a process per variant: an app uses one client. Measured side by side in one process, the
 * ratio of two variants moved from run to run by far more than its own spread within a run (0.99× to
 * 1.25× over five runs of 200 interleaved blocks, each run's 95% interval about ±9%): they share
 * undici's and openapi-fetch's code, and, we think, the JIT's feedback from one shapes the machine
 * code the other runs. Alone, each runs the code it would run in an app.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { clientDefaults, createClient as createVideoSdkClient, type paths } from '@rtc-sessions/videosdk';
import createOpenApiFetchClient from 'openapi-fetch';
import { median, percentile } from './stats.js';

const require = createRequire(import.meta.url);

/** What one worker reports. */
export interface CallFigures {
  medianMs: number;
  p99Ms: number;
  requestsPerSecond: number;
  /** CPU time per request (client and server: this process), in µs. */
  cpuUsPerRequest: number;
  served: number;
  unauthenticated: number;
}

// ---------------------------------------------------------------------------------------------
// The server: a realistic list body, taken from the spec's own example so it stays in step with it.

interface SpecExample {
  components: { examples: Record<string, { value: unknown }> };
}
const spec = require('@rtc-sessions/videosdk/openapi.json') as SpecExample;
const listExample = spec.components.examples.ListSessionsPublished?.value;
if (!listExample) throw new Error('the videosdk spec has no ListSessionsPublished example');
// A single page, so that nothing in the client is tempted to fetch more.
export const responseBody = JSON.stringify({
  ...(listExample as Record<string, unknown>),
  pageInfo: { currentPage: 1, perPage: 20, lastPage: 1, total: 1 },
});

// ---------------------------------------------------------------------------------------------
// The variants. Each performs one "list sessions, page 1" call and parses the JSON body.

// A fixed, obviously fake token for the baselines: they measure transport, not signing.
const staticToken = 'bench.static.token';
const query = { page: 1, perPage: 20 } as const;

/** The ways of calling the server, by the name the report prints; `make` builds one for a base URL. */
export const callVariants = {
  'raw fetch': (baseUrl: string) => async () => {
    const response = await fetch(`${baseUrl}/sessions/?page=${query.page}&perPage=${query.perPage}`, {
      headers: { authorization: staticToken },
    });
    if (!response.ok) throw new Error(`status ${response.status}`);
    return response.json();
  },
  'openapi-fetch': (baseUrl: string) => {
    const bare = createOpenApiFetchClient<paths>({ baseUrl, headers: { authorization: staticToken } });
    return async () => {
      const { data, error } = await bare.GET('/sessions/', { params: { query } });
      if (error !== undefined || data === undefined) throw new Error('openapi-fetch call failed');
      return data;
    };
  },
  // Bare openapi-fetch bounded as our client bounds each attempt (the same default timeout), the
  // cheapest way: a controller and a timer per call, as ky and openai-node do. Like for like.
  'openapi-fetch + timeout': (baseUrl: string) => {
    const bare = createOpenApiFetchClient<paths>({ baseUrl, headers: { authorization: staticToken } });
    return async () => {
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), clientDefaults.timeoutMs);
      try {
        const { data, error } = await bare.GET('/sessions/', {
          params: { query },
          signal: controller.signal,
        });
        if (error !== undefined || data === undefined) throw new Error('openapi-fetch call failed');
        return data;
      } finally {
        clearTimeout(timer);
      }
    };
  },
  'rtc-sessions client': (baseUrl: string) => {
    const ours = createVideoSdkClient({
      baseUrl,
      // Throwaway credentials for a loopback server; the client signs once and reuses the cached token.
      apiKey: 'bench-api-key',
      secret: 'bench-secret-that-is-long-enough-for-hs256',
    });
    return async () => (await ours.GET('/sessions/', { params: { query } })).data;
  },
  // Our client with no per-attempt timeout: what our layer costs apart from the signal undici follows.
  'rtc-sessions, no timeout': (baseUrl: string) => {
    const ours = createVideoSdkClient({
      baseUrl,
      apiKey: 'bench-api-key',
      secret: 'bench-secret-that-is-long-enough-for-hs256',
      timeoutMs: Number.POSITIVE_INFINITY,
    });
    return async () => (await ours.GET('/sessions/', { params: { query } })).data;
  },
} satisfies Record<string, (baseUrl: string) => () => Promise<unknown>>;
export type CallVariant = keyof typeof callVariants;

async function runRound(call: () => Promise<unknown>, concurrency: number, total: number) {
  const latencies: number[] = new Array(total);
  let next = 0;
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        const index = next++;
        const t0 = performance.now();
        await call();
        latencies[index] = performance.now() - t0;
      }
    }),
  );
  const cpu = process.cpuUsage(cpuBefore);
  return { latencies, wallMs: performance.now() - started, cpuUs: cpu.user + cpu.system };
}

async function main(argv: readonly string[]): Promise<CallFigures> {
  const [name, concurrencyText, requestsText, warmupText] = argv;
  const make = callVariants[name as CallVariant];
  if (!make)
    throw new Error(
      `unknown variant ${JSON.stringify(name)}; known: ${Object.keys(callVariants).join(', ')}`,
    );
  const [concurrency, requests, warmup] = [concurrencyText, requestsText, warmupText].map(Number) as [
    number,
    number,
    number,
  ];
  let served = 0;
  let unauthenticated = 0;
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    served++;
    // Every variant sends an Authorization header; count the ones that do not, to catch a broken set-up.
    if (!request.headers.authorization) unauthenticated++;
    response.writeHead(200, {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(responseBody),
    });
    response.end(responseBody);
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const call = make(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  await runRound(call, concurrency, warmup);
  const { latencies, wallMs, cpuUs } = await runRound(call, concurrency, requests);
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return {
    medianMs: median(latencies),
    p99Ms: percentile(latencies, 99),
    requestsPerSecond: (requests / wallMs) * 1000,
    cpuUsPerRequest: cpuUs / requests,
    served,
    unauthenticated,
  };
}

// Run as a worker (not when the orchestrator imports the variants' names).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.stdout.write(`${JSON.stringify(await main(process.argv.slice(2)))}\n`);
}
