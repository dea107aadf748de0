/**
 * The simulator's benchmark: start-up time and throughput through Prism, each against a baseline
 * measured in the same run (Prism's plain mock to start; the simulator without Prism to serve),
 * and a walk of 10,000 sessions per provider with the clients' `paginate` (the target: < 30 s).
 *
 *   pnpm --filter @rtc-sessions/mock bench            (ROUNDS=5 DURATION_MS=3000 by default)
 */
import { createClient as createHms } from '@rtc-sessions/100ms';
import { createClient as createVideoSdk } from '@rtc-sessions/videosdk';
import { createClient as createZoom } from '@rtc-sessions/zoom-videosdk';
import { startMock, startSimulator } from '../src/index.js';

const ROUNDS = Number(process.env.ROUNDS ?? 5);
const DURATION_MS = Number(process.env.DURATION_MS ?? 3000);
const CONCURRENCY = 8;
const token = 'bench-token';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
function spread(xs: number[]): string {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))] as number;
  return `median ${median(xs).toFixed(2)} (IQR ${q(0.25).toFixed(2)}–${q(0.75).toFixed(2)}, n=${xs.length})`;
}

async function startupRound(): Promise<{ mockMs: number; simMs: number }> {
  let t = performance.now();
  const mock = await startMock({ provider: '100ms' });
  const mockMs = performance.now() - t;
  await mock.stop();
  t = performance.now();
  const sim = await startSimulator({ providers: ['100ms'] });
  const simMs = performance.now() - t;
  await sim.stop();
  return { mockMs, simMs };
}

/** Requests per second against `url` for DURATION_MS, CONCURRENCY at a time. */
async function throughput(url: string): Promise<number> {
  const end = performance.now() + DURATION_MS;
  let done = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < end) {
        const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
        if (response.status !== 200) throw new Error(`${url}: ${response.status}`);
        await response.arrayBuffer();
        done++;
      }
    }),
  );
  return done / (DURATION_MS / 1000);
}

async function benchStartup(): Promise<void> {
  const rounds: Array<{ mockMs: number; simMs: number }> = [];
  for (let i = 0; i < ROUNDS; i++) rounds.push(await startupRound());
  console.log(
    `start-up, one provider (100ms): simulator + Prism proxy ${spread(rounds.map((r) => r.simMs))} ms`,
  );
  console.log(
    `  baseline Prism mock ${spread(rounds.map((r) => r.mockMs))} ms; ratio ${spread(rounds.map((r) => r.simMs / r.mockMs))}×`,
  );
  const t = performance.now();
  const all = await startSimulator({});
  console.log(`start-up, all three providers in parallel: ${(performance.now() - t).toFixed(0)} ms`);
  await all.stop();
}

async function benchThroughput(): Promise<void> {
  const sim = await startSimulator({ providers: ['100ms', 'zoom-videosdk'] });
  try {
    const cases = [
      ['100ms GET /sessions?limit=10', '100ms', '/sessions?limit=10'],
      [
        '100ms GET /sessions/{id}',
        '100ms',
        `/sessions/${sim.provider('100ms').context.world.sessions[5]?.id}`,
      ],
      [
        'zoom GET /videosdk/sessions/{id}/users',
        'zoom-videosdk',
        `/videosdk/sessions/${sim.provider('zoom-videosdk').context.world.sessions.find((s) => s.state === 'ended')?.id}/users?type=past`,
      ],
    ] as const;
    for (const [name, provider, path] of cases) {
      const p = sim.provider(provider);
      const proxied: number[] = [];
      const ratios: number[] = [];
      for (let i = 0; i < ROUNDS; i++) {
        const direct = await throughput(`${p.directUrl}${path}`);
        const through = await throughput(`${p.baseUrl}${path}`);
        proxied.push(through);
        ratios.push(through / direct);
      }
      console.log(
        `throughput ${name}, ${CONCURRENCY} concurrent: through Prism ${spread(proxied)} req/s; ÷ simulator alone ${spread(ratios)}×`,
      );
    }
  } finally {
    await sim.stop();
  }
}

/** Walks 10,000 sessions of each provider through Prism with the client's paginate. */
async function benchWalk(): Promise<void> {
  const now = Date.now();
  const sim = await startSimulator({ world: { sessions: 10_000, now, spanDays: 150 } });
  try {
    const walks: Record<string, () => Promise<number>> = {
      '100ms': async () => {
        let n = 0;
        for await (const _ of createHms({ baseUrl: sim.baseUrl('100ms'), token }).paginate('/sessions', {
          params: { query: { limit: 100 } },
        }))
          n++;
        return n;
      },
      videosdk: async () => {
        let n = 0;
        for await (const _ of createVideoSdk({ baseUrl: sim.baseUrl('videosdk'), token }).paginate(
          '/sessions/',
          { params: { query: { perPage: 100 } } },
        ))
          n++;
        return n;
      },
      'zoom-videosdk': async () => {
        // Zoom lists a date range of at most a month: walk 30-day windows back over the span.
        const client = createZoom({ baseUrl: sim.baseUrl('zoom-videosdk'), token });
        let n = 0;
        for (let end = now; end > now - 151 * 864e5; end -= 30 * 864e5) {
          const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
          const query = { type: 'past' as const, from: day(end - 29 * 864e5), to: day(end), page_size: 300 };
          for await (const _ of client.paginate('/videosdk/sessions', { params: { query } })) n++;
        }
        return (
          n + sim.provider('zoom-videosdk').context.world.sessions.filter((s) => s.state === 'live').length
        );
      },
    };
    for (const [provider, walk] of Object.entries(walks)) {
      const t = performance.now();
      const n = await walk();
      const seconds = (performance.now() - t) / 1000;
      console.log(
        `walk of ${n} sessions, ${provider}, through Prism: ${seconds.toFixed(1)} s ${seconds < 30 ? '✓ (< 30 s)' : '✗ (target < 30 s)'}`,
      );
    }
  } finally {
    await sim.stop();
  }
}

await benchStartup();
await benchThroughput();
await benchWalk();
