/**
 * Rate-limit benchmark: the export against a loopback server enforcing a token bucket
 * (bench/serve-bucket.ts), 10,000 VideoSDK sessions in pages of 40 (250 requests), twice:
 *   - published: the limiter is given the bucket's rate, as the export gives it a spec's
 *     `x-rtc-rate-limit` (VideoSDK publishes none, so `rates.default` stands in for it);
 *   - unpublished: no rate given, the limiter finds it from the 429s (AIMD).
 * Prints, per run, the rate achieved as a share of the allowed one, the share of requests answered
 * 429, and the wall time against the floor (requests ÷ allowed rate), over several rounds with
 * their spread.
 *
 *   pnpm --filter @rtc-sessions/sessions bench:rate [-- --rate 40 --burst 4 --page-size 40 --rounds 2]
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { runExport } from '../src/export/export.js';
import { resolveQuery } from '../src/index.js';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: {
    sessions: { type: 'string', default: '10000' },
    // 250 requests at 40/s: a 6.25 s floor per run, and a rate a loaded 2-core machine can keep.
    'page-size': { type: 'string', default: '40' },
    rate: { type: 'string', default: '40' },
    burst: { type: 'string', default: '4' },
    concurrency: { type: 'string', default: '4' },
    rounds: { type: 'string', default: '2' },
  },
});
const total = Number(values.sessions);
const perPage = Number(values['page-size']);
const rate = Number(values.rate);
const requests = Math.ceil(total / perPage);
const floorMs = (requests / rate) * 1000;

const child = spawn(
  process.execPath,
  [
    '--import',
    'tsx',
    new URL('./serve-bucket.ts', import.meta.url).pathname,
    String(total),
    String(perPage),
    String(rate),
    String(values.burst),
  ],
  { stdio: ['pipe', 'pipe', 'inherit'] },
);
const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
const url = ((await lines.next()).value as string).trim();
async function serverStats(): Promise<{ ok: number; limited: number }> {
  child.stdin.write('stats\n');
  return JSON.parse((await lines.next()).value as string);
}
const dir = await mkdtemp(join(tmpdir(), 'rtc-sessions-rate-'));

/** Warm-up, not measured: modules loaded (and compiled by tsx), sockets and JIT warm. */
async function warmUp() {
  await runExport({
    provider: 'videosdk',
    credentials: { token: 'bench-token' },
    baseUrl: url,
    query: resolveQuery({ maxPages: 20 }),
    format: 'jsonl',
    out: join(dir, 'warm-up.jsonl'),
    force: true,
    pageSize: perPage,
  });
}

async function round(published: boolean) {
  await serverStats(); // resets the counters and refills the bucket
  const started = performance.now();
  const result = await runExport({
    provider: 'videosdk',
    credentials: { token: 'bench-token' },
    baseUrl: url,
    query: resolveQuery({}),
    format: 'jsonl',
    out: join(dir, `${published ? 'published' : 'unpublished'}.jsonl`),
    force: true,
    pageSize: perPage,
    concurrency: Number(values.concurrency),
    ...(published && { rates: { default: rate } }),
  });
  const ms = performance.now() - started;
  const seen = await serverStats();
  if (result.rows !== total) throw new Error(`exported ${result.rows} rows, not ${total}`);
  return {
    shareOfRate: seen.ok / (ms / 1000) / rate,
    share429: seen.limited / (seen.ok + seen.limited),
    overFloor: ms / floorMs,
    seconds: ms / 1000,
  };
}

const spread = (xs: number[], digits = 2, scale = 1) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const f = (x: number) => (x * scale).toFixed(digits);
  return `median ${f(sorted[Math.floor(sorted.length / 2)] as number)} (min ${f(sorted[0] as number)}, max ${f(sorted.at(-1) as number)})`;
};

try {
  console.log(
    `rate-limit benchmark: ${total} sessions, ${requests} requests of ${perPage}, bucket ${rate}/s burst ${values.burst}, concurrency ${values.concurrency}; floor ${(floorMs / 1000).toFixed(2)} s`,
  );
  await warmUp();
  for (const published of [true, false]) {
    const results = [];
    for (let i = 0; i < Number(values.rounds); i++) results.push(await round(published));
    const [rateBar, limitedBar] = published ? ['≥ 90%', '≤ 1%'] : ['≥ 80%', '≤ 5%'];
    console.log(
      `${published ? 'published  ' : 'unpublished'}: rate achieved ${spread(
        results.map((r) => r.shareOfRate),
        1,
        100,
      )} % of allowed (target ${rateBar});` +
        ` 429s ${spread(
          results.map((r) => r.share429),
          2,
          100,
        )} % of requests (target ${limitedBar});` +
        ` wall / floor ${spread(results.map((r) => r.overFloor))}${published ? ' (target ≤ 1.15)' : ''}`,
    );
  }
  console.log(
    `machine: ${cpus().length} cores, load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} at the end`,
  );
} finally {
  child.stdin.end();
  await once(child, 'exit');
  await rm(dir, { recursive: true, force: true });
}
