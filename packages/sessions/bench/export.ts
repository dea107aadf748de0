/**
 * Export benchmark: a loopback server serves 100,000 VideoSDK sessions in pages of 100 with 30 ms
 * added latency per request. Measures, in one run:
 *   - a sequential walk (the client's own `pages()`, one request at a time, one page fetched ahead
 *     as it does) — the baseline;
 *   - the export (`runExport`, JSONL to a temp file) at the given concurrency;
 * and prints rows/s, wall times, the speed-up, the ratio to the ideal (pages × latency ÷
 * concurrency) and the peak RSS growth of the export.
 *
 *   pnpm --filter @rtc-sessions/sessions bench [-- --sessions 100000 --latency 30 --concurrency 4]
 */
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createClient } from '@rtc-sessions/videosdk';
import { runExport } from '../src/export/export.js';
import { startServer } from '../test/support/server.js';
import { videoSdkSessions } from '../test/support/synthetic.js';

const { values } = parseArgs({
  // pnpm passes the `--` separator through.
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: {
    sessions: { type: 'string', default: '100000' },
    'page-size': { type: 'string', default: '100' },
    latency: { type: 'string', default: '30' },
    concurrency: { type: 'string', default: '4' },
  },
});
const total = Number(values.sessions);
const perPage = Number(values['page-size']);
const latency = Number(values.latency);
const concurrency = Number(values.concurrency);
const pages = Math.ceil(total / perPage);

const server = await startServer(videoSdkSessions({ total, perPage, delayMs: latency }));
const env = { VIDEOSDK_TOKEN: 'bench-token' };
const dir = await mkdtemp(join(tmpdir(), 'rtc-sessions-bench-'));

// Peak RSS sampled every 10 ms (process.resourceUsage().maxRSS is a lifetime peak, not per phase).
let peakRss = 0;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
}, 10);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function sequential(): Promise<{ rows: number; ms: number }> {
  const client = createClient({ baseUrl: server.url, env });
  const started = performance.now();
  let rows = 0;
  for await (const page of client.pages('/sessions/', { params: { query: { perPage } } }))
    rows += page.data.length;
  return { rows, ms: performance.now() - started };
}

async function exported(): Promise<{ rows: number; ms: number; rssGrowth: number; bytes: number }> {
  const out = join(dir, 'sessions.jsonl');
  globalThis.gc?.();
  const baseline = process.memoryUsage.rss();
  peakRss = baseline;
  const started = performance.now();
  const result = await runExport({
    provider: 'videosdk',
    query: { from: undefined, to: undefined, room: undefined, live: undefined },
    format: 'jsonl',
    out,
    baseUrl: server.url,
    env,
    concurrency,
    pageSize: perPage,
  });
  const ms = performance.now() - started;
  return { rows: result.rows, ms, rssGrowth: peakRss - baseline, bytes: (await stat(out)).size };
}

try {
  // Warm-up (JIT, sockets), not measured.
  await runExport({
    provider: 'videosdk',
    query: { from: undefined, to: undefined, room: undefined, live: undefined },
    format: 'jsonl',
    out: join(dir, 'warmup.jsonl'),
    baseUrl: (await startServer(videoSdkSessions({ total: 2000, perPage, delayMs: 1 }))).url,
    env,
    concurrency,
    pageSize: perPage,
  });
  const seq = await sequential();
  const exp = await exported();
  const ideal = (pages * latency) / concurrency;
  const lines = [
    `export benchmark: ${total} VideoSDK sessions, ${pages} pages of ${perPage}, ${latency} ms latency, concurrency ${concurrency}`,
    `sequential walk (client.pages): ${(seq.ms / 1000).toFixed(2)} s, ${Math.round(seq.rows / (seq.ms / 1000))} rows/s (${seq.rows} rows)`,
    `export (jsonl, ${mb(exp.bytes)}):  ${(exp.ms / 1000).toFixed(2)} s, ${Math.round(exp.rows / (exp.ms / 1000))} rows/s (${exp.rows} rows)`,
    `speed-up vs sequential: ${(seq.ms / exp.ms).toFixed(2)}× (target ≥ 3.5×)`,
    `ideal (pages × latency ÷ concurrency): ${(ideal / 1000).toFixed(2)} s; export / ideal = ${(exp.ms / ideal).toFixed(2)}`,
    `peak RSS growth during the export: ${mb(exp.rssGrowth)} (target < 64 MB); peak RSS ${mb(peakRss)}`,
  ];
  console.log(lines.join('\n'));
  if (seq.rows !== total || exp.rows !== total) throw new Error('row counts differ from the sessions served');
} finally {
  clearInterval(sampler);
  await server.close();
  await rm(dir, { recursive: true, force: true });
}
process.exit(0);
