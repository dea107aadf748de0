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
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createClient } from '@rtc-sessions/videosdk';
import { runExport } from '../src/export/export.js';

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

/** Starts `bench/serve.ts` in a child process; resolves to its URL and a stop function. */
async function serve(sessions: number, delayMs: number) {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      new URL('./serve.ts', import.meta.url).pathname,
      String(sessions),
      String(perPage),
      String(delayMs),
    ],
    { stdio: ['pipe', 'pipe', 'inherit'] },
  );
  const [chunk] = (await once(child.stdout, 'data')) as [Buffer];
  return {
    url: chunk.toString().trim(),
    close: async () => {
      child.stdin.end();
      await once(child, 'exit');
    },
  };
}

const server = await serve(total, latency);
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

async function exported() {
  const out = join(dir, 'sessions.jsonl');
  globalThis.gc?.();
  const baseline = process.memoryUsage.rss();
  peakRss = baseline;
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
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
  const cpu = process.cpuUsage(cpuBefore);
  return {
    rows: result.rows,
    ms,
    cpuMs: (cpu.user + cpu.system) / 1000,
    rssGrowth: peakRss - baseline,
    bytes: (await stat(out)).size,
  };
}

try {
  // Warm-up (JIT, sockets), not measured.
  const warmup = await serve(2000, 1);
  await runExport({
    provider: 'videosdk',
    query: { from: undefined, to: undefined, room: undefined, live: undefined },
    format: 'jsonl',
    out: join(dir, 'warmup.jsonl'),
    baseUrl: warmup.url,
    env,
    concurrency,
    pageSize: perPage,
  });
  await warmup.close();
  const seq = await sequential();
  const exp = await exported();
  const ideal = (pages * latency) / concurrency;
  const lines = [
    `export benchmark: ${total} VideoSDK sessions, ${pages} pages of ${perPage}, ${latency} ms latency, concurrency ${concurrency}`,
    `sequential walk (client.pages): ${(seq.ms / 1000).toFixed(2)} s, ${Math.round(seq.rows / (seq.ms / 1000))} rows/s (${seq.rows} rows)`,
    `export (jsonl, ${mb(exp.bytes)}):  ${(exp.ms / 1000).toFixed(2)} s, ${Math.round(exp.rows / (exp.ms / 1000))} rows/s (${exp.rows} rows, ${(exp.cpuMs / 1000).toFixed(2)} s CPU in the exporter)`,
    `speed-up vs sequential: ${(seq.ms / exp.ms).toFixed(2)}× (target ≥ 3.5×)`,
    `ideal (pages × latency ÷ concurrency): ${(ideal / 1000).toFixed(2)} s; export / ideal = ${(exp.ms / ideal).toFixed(2)}`,
    // On a loaded machine a round trip takes longer than the latency added: the same ideal with the
    // round trip the sequential walk actually saw tells the design's loss apart from the machine's.
    `round trip seen by the sequential walk: ${(seq.ms / pages).toFixed(1)} ms; export / (pages × that ÷ concurrency) = ${(exp.ms / (seq.ms / concurrency)).toFixed(2)}`,
    `peak RSS growth during the export: ${mb(exp.rssGrowth)} (target < 64 MB); peak RSS ${mb(peakRss)}`,
    // Both walks wait on the network, not the CPU, only on an idle machine: the load says how far.
    `machine: ${cpus().length} cores, load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} at the end`,
  ];
  console.log(lines.join('\n'));
  if (seq.rows !== total || exp.rows !== total) throw new Error('row counts differ from the sessions served');
} finally {
  clearInterval(sampler);
  await server.close();
  await rm(dir, { recursive: true, force: true });
}
process.exit(0);
