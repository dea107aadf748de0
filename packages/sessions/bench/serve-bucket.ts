/**
 * The rate-limit benchmark's loopback server, in its own process: VideoSDK's `GET /sessions/` over
 * generated sessions behind a token bucket (`rate` tokens a second, `burst` at most). A request
 * that finds no token gets a 429 with `Retry-After` in (fractional) seconds until the next token.
 *
 *   serve-bucket.ts <sessions> <page size> <rate/s> <burst>   prints its URL; `stats` on stdin
 *   prints `{"ok":N,"limited":N}` and resets the counters (and refills the bucket); EOF stops it.
 */
import { startServer } from '../test/support/server.js';
import { videoSdkSessions } from '../test/support/synthetic.js';

const [total = '10000', perPage = '10', rateText = '200', burstText = '10'] = process.argv.slice(2);
const rate = Number(rateText);
const burst = Number(burstText);
const pages = videoSdkSessions({ total: Number(total), perPage: Number(perPage), cache: true });
for (let page = 1; page <= Math.ceil(Number(total) / Number(perPage)); page++) {
  await pages({ method: 'GET', rawPath: '/sessions/', query: { page: String(page) }, at: 0 });
}

let tokens = burst;
let refilledAt = performance.now();
const counts = { ok: 0, limited: 0 };

/** Takes a token if there is one; else the seconds until there is. */
function take(): number {
  const now = performance.now();
  tokens = Math.min(burst, tokens + ((now - refilledAt) / 1000) * rate);
  refilledAt = now;
  if (tokens >= 1) {
    tokens -= 1;
    return 0;
  }
  return (1 - tokens) / rate;
}

const server = await startServer(async (request) => {
  const wait = take();
  if (wait > 0) {
    counts.limited++;
    return {
      status: 429,
      headers: { 'retry-after': wait.toFixed(3) },
      body: { message: 'rate limit exceeded' },
    };
  }
  counts.ok++;
  return pages(request);
});
process.stdout.write(`${server.url}\n`);
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk: string) => {
  if (!chunk.includes('stats')) return;
  process.stdout.write(`${JSON.stringify(counts)}\n`);
  counts.ok = 0;
  counts.limited = 0;
  tokens = burst;
  refilledAt = performance.now();
});
process.stdin.on('end', async () => {
  await server.close();
  process.exit(0);
});
