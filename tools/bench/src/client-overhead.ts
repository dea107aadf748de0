/**
 * Client overhead benchmark: how much latency and throughput the typed client costs on top of a raw
 * `fetch` and of bare openapi-fetch, how long each client takes to import (over `node -e 0`), and how
 * big the runtime and each provider client are once bundled.
 *
 *   pnpm --filter @rtc-sessions/bench bench            (build the client packages first)
 *
 * One loopback node:http server answers every request with the same small, realistic list body (the
 * VideoSDK.live `listSessions` example from the bundled spec). Five ways of calling it are measured in
 * the same run, each alone in a fresh process (server included), round by round so that drift in the
 * machine hits all of them alike:
 *   - raw `fetch` + `response.json()` (the baseline),
 *   - bare `openapi-fetch` `createClient<paths>()` with the generated `paths`,
 *   - the same, bounded by our client's default timeout (a controller and a timer per call), like for like,
 *   - our client with key+secret auth (signed once, then the cached token) and retries on (the default),
 *   - our client with no timeout (`timeoutMs: Infinity`): our layer apart from the signal undici follows.
 * Each is run at concurrency 1 and 32; figures are medians over rounds, after a warm-up.
 */
import { spawnSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import {
  bundleCeilingBytes,
  bundleTargetBytes,
  bundleWithDepsCeilingBytes,
  bundleWithDepsTargetBytes,
  importTargetMs,
  overOpenApiFetchTarget,
  overRawFetchTarget,
} from './budgets.js';
import { bundleSize, thirdParty } from './bundle-size.js';
import { type CallFigures, type CallVariant, callVariants, responseBody } from './call-cost-worker.js';
import { clientPackages } from './client-packages.js';
import { median, percentile } from './stats.js';

const concurrencies = [1, 32] as const;
const rounds = Number(process.env.BENCH_ROUNDS ?? 7);
const requestsPerRound = Number(process.env.BENCH_REQUESTS ?? 8_000);
const warmupRequests = Number(process.env.BENCH_WARMUP ?? 3_000);
const importRuns = Number(process.env.BENCH_IMPORT_RUNS ?? 15);
const clients = clientPackages();

// ---------------------------------------------------------------------------------------------
// Per-call cost. Each measurement is a fresh process (`call-cost-worker.ts` says why) running one
// variant at one concurrency; a round runs every variant once, in an order rotated round by round, so
// that drift in the machine hits all of them alike. Figures are medians over rounds.

const workerPath = fileURLToPath(new URL('./call-cost-worker.ts', import.meta.url));
const variantNames = Object.keys(callVariants) as CallVariant[];
let requestsServed = 0;
let unauthenticated = 0;

function runWorker(variant: CallVariant, concurrency: number): CallFigures {
  // The same loader as this process (tsx), so the worker runs from source as this does.
  const child = spawnSync(
    process.execPath,
    [
      ...process.execArgv,
      workerPath,
      variant,
      String(concurrency),
      String(requestsPerRound),
      String(warmupRequests),
    ],
    { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' },
  );
  if (child.status !== 0)
    throw new Error(`the ${variant} worker failed (exit ${child.status}): ${child.stderr}`);
  const figures = JSON.parse(child.stdout) as CallFigures;
  requestsServed += figures.served;
  unauthenticated += figures.unauthenticated;
  return figures;
}

/** A CPU-per-request ratio of two variants, taken within each round (they run back to back). */
interface PairedRatios {
  median: number;
  q1: number;
  q3: number;
}

/**
 * The per-round CPU ratios printed, `[variant, over]`. The first is issue 16's bar; the others say
 * where the difference comes from: the per-attempt timeout (a signal undici follows) or our layer.
 */
const comparisons = [
  ['rtc-sessions client', 'openapi-fetch'],
  ['rtc-sessions client', 'openapi-fetch + timeout'],
  ['rtc-sessions, no timeout', 'openapi-fetch'],
  ['openapi-fetch + timeout', 'openapi-fetch'],
] as const satisfies readonly (readonly [CallVariant, CallVariant])[];

function pairedRatios(rounds: readonly Map<CallVariant, CallFigures>[], of: CallVariant, over: CallVariant) {
  // Within a round the variants run seconds apart, so a slow spell of the machine hits both sides
  // of a ratio; the median of these is steadier than a ratio of medians.
  const ratios = rounds.flatMap((round) => {
    const [a, b] = [round.get(of)?.cpuUsPerRequest, round.get(over)?.cpuUsPerRequest];
    return a === undefined || b === undefined ? [] : [a / b];
  });
  return { median: median(ratios), q1: percentile(ratios, 25), q3: percentile(ratios, 75) };
}

function measure(concurrency: number): { results: Map<CallVariant, Figures>; paired: PairedRatios[] } {
  const perVariant = new Map(variantNames.map((name) => [name, [] as CallFigures[]]));
  const perRound: Map<CallVariant, CallFigures>[] = [];
  for (let round = 0; round < rounds; round++) {
    // Rotate the order each round so no variant always runs first (or last) on a warm machine.
    const order = variantNames.map((_, i) => variantNames[(i + round) % variantNames.length] as CallVariant);
    const thisRound = new Map(order.map((name) => [name, runWorker(name, concurrency)]));
    for (const [name, figures] of thisRound) perVariant.get(name)?.push(figures);
    perRound.push(thisRound);
  }
  const paired = comparisons.map(([of, over]) => pairedRatios(perRound, of, over));
  const results = new Map(
    [...perVariant].map(([name, runs]) => {
      const of = (pick: (f: CallFigures) => number) => median(runs.map(pick));
      return [
        name,
        {
          medianMs: of((f) => f.medianMs),
          p99Ms: of((f) => f.p99Ms),
          requestsPerSecond: of((f) => f.requestsPerSecond),
          cpuUsPerRequest: of((f) => f.cpuUsPerRequest),
        },
      ];
    }),
  );
  return { results, paired };
}

/** One variant's figures at one concurrency: the medians over rounds of what its workers reported. */
type Figures = Omit<CallFigures, 'served' | 'unauthenticated'>;

const cpuList = cpus();
console.log('rtc-sessions client overhead benchmark');
console.log(
  `node ${process.version} (${process.platform}/${process.arch}), ${cpuList.length} × ${cpuList[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
);
console.log(
  `loopback node:http server, ${Buffer.byteLength(responseBody)} B JSON body; ${rounds} rounds × ${requestsPerRound} requests per variant and concurrency, each in a fresh process after ${warmupRequests} warm-up requests; medians over rounds\n`,
);

let overTarget = false;
let overOpenApiFetch = false;
const overBare: string[] = [];
for (const concurrency of concurrencies) {
  const { results, paired } = measure(concurrency);
  const baseline = results.get('raw fetch');
  const bareFigures = results.get('openapi-fetch');
  const oursFigures = results.get('rtc-sessions client');
  if (!baseline || !bareFigures || !oursFigures) throw new Error('no baseline');
  const latencyOverBare = oursFigures.medianMs / bareFigures.medianMs;
  const throughputOverBare = bareFigures.requestsPerSecond / oursFigures.requestsPerSecond;
  const cpuOverBare = oursFigures.cpuUsPerRequest / bareFigures.cpuUsPerRequest;
  // Judged on CPU time per request, round by round: on a machine shared with other work, wall-time
  // ratios swing by ±10% from run to run (waiting for a core), CPU time is what our layer costs.
  const [bar, ...parts] = paired;
  if (!bar || bar.median > overOpenApiFetchTarget) overOpenApiFetch = true;
  const figure = (p: PairedRatios | undefined) =>
    p ? `${p.median.toFixed(3)}× (interquartile ${p.q1.toFixed(3)}–${p.q3.toFixed(3)})` : 'n/a';
  overBare.push(
    `  concurrency ${concurrency}: CPU per request ${figure(bar)}, median of ${rounds} rounds; ratio of medians ${cpuOverBare.toFixed(3)}×; wall: latency ${latencyOverBare.toFixed(3)}×, throughput ${throughputOverBare.toFixed(3)}×`,
    ...comparisons.slice(1).map(([of, over], i) => `      ${of} ÷ ${over}: ${figure(parts[i])}`),
  );
  console.log(`concurrency ${concurrency}`);
  console.log(
    `  ${'variant'.padEnd(26)}${'median'.padStart(11)}${'p99'.padStart(11)}${'req/s'.padStart(10)}${'latency ×'.padStart(12)}${'throughput ×'.padStart(14)}${'CPU/req'.padStart(11)}${'CPU ×'.padStart(8)}`,
  );
  for (const [name, figures] of results) {
    const latencyRatio = figures.medianMs / baseline.medianMs;
    const throughputRatio = baseline.requestsPerSecond / figures.requestsPerSecond;
    if (
      name === 'rtc-sessions client' &&
      (latencyRatio > overRawFetchTarget || throughputRatio > overRawFetchTarget)
    ) {
      overTarget = true;
    }
    console.log(
      `  ${name.padEnd(26)}${`${figures.medianMs.toFixed(3)} ms`.padStart(11)}${`${figures.p99Ms.toFixed(3)} ms`.padStart(11)}${figures.requestsPerSecond.toFixed(0).padStart(10)}${latencyRatio.toFixed(3).padStart(12)}${throughputRatio.toFixed(3).padStart(14)}${`${figures.cpuUsPerRequest.toFixed(0)} µs`.padStart(11)}${(figures.cpuUsPerRequest / baseline.cpuUsPerRequest).toFixed(3).padStart(8)}`,
    );
  }
  console.log('');
}
console.log(
  `ratios are vs raw fetch (latency: median / baseline median; throughput: baseline req/s / variant req/s); target ≤ ${overRawFetchTarget.toFixed(2)}× for the rtc-sessions client: ${overTarget ? 'MISSED' : 'met'}`,
);
console.log(
  'rtc-sessions client over bare openapi-fetch (same run; our client / openapi-fetch), then what the difference is made of:',
);
for (const line of overBare) console.log(line);
console.log(
  `target ≤ ${overOpenApiFetchTarget.toFixed(2)}× (median per-round CPU ratio, client and server process): ${overOpenApiFetch ? 'MISSED' : 'met'}`,
);
console.log(`server answered ${requestsServed} requests, ${unauthenticated} without Authorization\n`);

// ---------------------------------------------------------------------------------------------
// Import cost: a fresh `node` loading each entry, against `node -e 0` measured in the same run,
// interleaved run by run (medians). ESM `import` as users of the ESM build do, `require()` as
// CommonJS users do (require(esm)). Each child reports, once loaded, its CPU time (user + system,
// all threads) and its wall time since the process started: CPU time is what loading costs and
// holds steady on a busy machine, wall time is what a user waits; the target is judged on CPU time.

interface ImportVariant {
  name: string;
  args: (report: string) => string[];
}
const report =
  'const c = process.cpuUsage(); process.stdout.write(JSON.stringify({ cpuMs: (c.user + c.system) / 1000, wallMs: performance.now() }));';
const resolved = (specifier: string) => import.meta.resolve(specifier);
const esm = (specifier: string) => (r: string) => [
  '--input-type=module',
  '-e',
  `import ${JSON.stringify(resolved(specifier))}; ${r}`,
];
const cjs = (specifier: string) => (r: string) => [
  '-e',
  `require(${JSON.stringify(new URL(resolved(specifier)).pathname)}); ${r}`,
];
const baselineName = 'node -e 0 (baseline)';
const importVariants: ImportVariant[] = [
  { name: baselineName, args: (r) => ['-e', `0; ${r}`] },
  { name: 'an empty ES module', args: (r) => ['--input-type=module', '-e', r] },
  { name: 'openapi-fetch (import)', args: esm('openapi-fetch') },
  ...clients.flatMap(({ name }) => [
    { name: `${name} (import)`, args: esm(name) },
    { name: `${name} (require)`, args: cjs(name) },
  ]),
];
const importTimes = new Map<string, { cpuMs: number[]; wallMs: number[] }>(
  importVariants.map((v) => [v.name, { cpuMs: [], wallMs: [] }]),
);
for (let run = 0; run < importRuns; run++) {
  for (const variant of importVariants) {
    const child = spawnSync(process.execPath, variant.args(report), { stdio: ['ignore', 'pipe', 'pipe'] });
    if (child.status !== 0) throw new Error(`${variant.name} failed: ${child.stderr.toString()}`);
    const { cpuMs, wallMs } = JSON.parse(child.stdout.toString()) as { cpuMs: number; wallMs: number };
    importTimes.get(variant.name)?.cpuMs.push(cpuMs);
    importTimes.get(variant.name)?.wallMs.push(wallMs);
  }
}
const baselineTimes = importTimes.get(baselineName);
const baselineCpuMs = median(baselineTimes?.cpuMs ?? []);
const baselineWallMs = median(baselineTimes?.wallMs ?? []);
console.log(`import cost (a fresh node process per run, ${importRuns} runs each, interleaved; medians)`);
console.log(
  `  ${'entry'.padEnd(40)}${'CPU'.padStart(10)}${'over node -e 0'.padStart(16)}${'wall'.padStart(10)}${'over node -e 0'.padStart(16)}`,
);
let importOverTarget = false;
for (const variant of importVariants) {
  const times = importTimes.get(variant.name);
  const cpu = median(times?.cpuMs ?? []);
  const wall = median(times?.wallMs ?? []);
  if (variant.name.startsWith('@rtc-sessions/') && cpu - baselineCpuMs > importTargetMs)
    importOverTarget = true;
  console.log(
    `  ${variant.name.padEnd(40)}${`${cpu.toFixed(1)} ms`.padStart(10)}${`${(cpu - baselineCpuMs).toFixed(1)} ms`.padStart(16)}${`${wall.toFixed(1)} ms`.padStart(10)}${`${(wall - baselineWallMs).toFixed(1)} ms`.padStart(16)}`,
  );
}
console.log(
  `target ≤ ${importTargetMs} ms over node -e 0 (CPU) for each client, import and require: ${importOverTarget ? 'MISSED' : 'met'}\n`,
);

// ---------------------------------------------------------------------------------------------
// Size: esbuild bundles (minified ESM, platform node, no types), Node builtins external.

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
console.log('bundle size (esbuild, minified ESM, platform node, Node builtins external; 1 kB = 1024 B)');
console.log('  "our code" also leaves openapi-fetch external (a dependency an app may already have);');
console.log('  "with deps" bundles it in, i.e. what an app ships. Targets apply to both.');
console.log(
  `  ${'entry'.padEnd(42)}${'our code'.padStart(10)}${'with deps'.padStart(11)}${'runtime'.padStart(10)}${'generated'.padStart(11)}`,
);
let sizeOverTarget = false;
let withDepsOverTarget = false;
let sizeOverCeiling = false;
for (const { name } of clients) {
  const ourCode = await bundleSize(name, thirdParty);
  const withDeps = await bundleSize(name);
  // Where the bytes are: the shared runtime, and the data codegen writes from the spec.
  const share = (pattern: RegExp) =>
    ourCode.byFile.filter(([file]) => pattern.test(file)).reduce((sum, [, bytes]) => sum + bytes, 0);
  if (withDeps.bytes > bundleWithDepsTargetBytes) withDepsOverTarget = true;
  if (ourCode.bytes > bundleTargetBytes) sizeOverTarget = true;
  if (ourCode.bytes > bundleCeilingBytes || withDeps.bytes > bundleWithDepsCeilingBytes)
    sizeOverCeiling = true;
  console.log(
    `  ${`${name} (+ runtime)`.padEnd(42)}${kB(ourCode.bytes).padStart(10)}${kB(withDeps.bytes).padStart(11)}${kB(share(/^packages\/runtime\//)).padStart(10)}${kB(share(/\/generated\//)).padStart(11)}`,
  );
}
console.log(
  `target ≤ ${kB(bundleWithDepsTargetBytes)} with deps: ${withDepsOverTarget ? 'MISSED' : 'met'}; target ≤ ${kB(bundleTargetBytes)} our code: ${sizeOverTarget ? 'MISSED' : 'met'}; the size test's ceilings (${kB(bundleCeilingBytes)} our code, ${kB(bundleWithDepsCeilingBytes)} with deps): ${sizeOverCeiling ? 'MISSED' : 'held'}`,
);
