/**
 * Webhook benchmark: the cost of receiving a typical Zoom delivery with this project — verify its
 * signature and timestamp and validate its payload against the spec (`validateWebhook` of
 * @rtc-sessions/contract) — against the floor any receiver pays: `JSON.parse` of the body plus the
 * HMAC-SHA256 of `v0:{timestamp}:{body}`, each path against the floor measured the same way:
 * - `await verifyWebhook` (Web Crypto, every runtime) against `JSON.parse` + an awaited Web Crypto
 *   HMAC (`crypto.subtle.sign`, the key imported once, as a receiver with one secret does);
 * - `verifyWebhookSync` (node:crypto, Node only) against `JSON.parse` + node:crypto's `createHmac`.
 *
 *   pnpm --filter @rtc-sessions/bench bench:webhooks        (build the packages first)
 *
 * The delivery is the spec's published example of `session.user_joined`, signed as Zoom signs it.
 * The variants run interleaved, round by round, in one process, so drift hits them alike; figures are
 * medians over rounds (of rates, and of the ratio to the floor within each round), after a warm-up. Target: verify + validate within 1.5× of the floor.
 */
import { createHmac } from 'node:crypto';
import { createRequire } from 'node:module';
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { loadWebhookValidators } from '@rtc-sessions/contract';
import { verifyWebhook, verifyWebhookSync } from '@rtc-sessions/zoom-videosdk/webhooks';
import { createTestDelivery } from '@rtc-sessions/zoom-videosdk/webhooks/testing';
import { webhookOverFloorTarget as targetRatio } from './budgets.js';
import { median } from './stats.js';

const require = createRequire(import.meta.url);

const rounds = Number(process.env.BENCH_ROUNDS ?? 61);
const perRound = Number(process.env.BENCH_DELIVERIES ?? 2_000);
const warmup = Number(process.env.BENCH_WARMUP ?? 20_000);
const provider = 'zoom-videosdk';
const eventName = 'session.user_joined';

interface Spec {
  webhooks: Record<
    string,
    { post: { requestBody: { content: Record<string, { examples: Record<string, { value: unknown }> }> } } }
  >;
}
const spec = require(`@rtc-sessions/${provider}/openapi.json`) as Spec;
const example =
  spec.webhooks[eventName]?.post.requestBody.content['application/json']?.examples.published?.value;
if (!example) throw new Error(`the ${provider} spec has no published example of ${eventName}`);

// A throwaway secret for a benchmark; the delivery is what Zoom would post.
const secretToken = 'bench-webhook-secret-token';
const fixedNow = Date.now();
const now = () => fixedNow;
const delivery = createTestDelivery(example, { secretToken, now });
const raw = Buffer.from(delivery.body); // what a server hands over
const headers: Record<string, string> = {
  ...delivery.headers,
  host: 'example.com',
  'user-agent': 'Zoom Marketplace/1.0a',
};
const validators = await loadWebhookValidators();
const webCryptoKey = await crypto.subtle.importKey(
  'raw',
  new TextEncoder().encode(secretToken),
  { name: 'HMAC', hash: 'SHA-256' },
  false,
  ['sign'],
);

let sink = 0;
type Variant = { name: string; run: (n: number) => Promise<void> | void };
const NODE_FLOOR = 'floor: JSON.parse + node:crypto HMAC';
const WEB_FLOOR = 'floor: JSON.parse + Web Crypto HMAC';
const SYNC_PATH = 'verifyWebhookSync + validateWebhook';
const WEB_PATH = 'await verifyWebhook + validateWebhook';
const variants: Variant[] = [
  {
    name: NODE_FLOOR,
    run(n) {
      for (let i = 0; i < n; i++) {
        const timestamp = headers['x-zm-request-timestamp'];
        const digest = createHmac('sha256', secretToken).update(`v0:${timestamp}:`).update(raw).digest('hex');
        const body = JSON.parse(raw.toString('utf8')) as { event: string };
        sink += digest.length + body.event.length;
      }
    },
  },
  {
    name: WEB_FLOOR,
    async run(n) {
      for (let i = 0; i < n; i++) {
        const prefix = new TextEncoder().encode(`v0:${headers['x-zm-request-timestamp']}:`);
        const signed = new Uint8Array(prefix.byteLength + raw.byteLength);
        signed.set(prefix);
        signed.set(raw, prefix.byteLength);
        const digest = await crypto.subtle.sign('HMAC', webCryptoKey, signed);
        const body = JSON.parse(new TextDecoder().decode(raw)) as { event: string };
        sink += digest.byteLength + body.event.length;
      }
    },
  },
  {
    name: SYNC_PATH,
    run(n) {
      for (let i = 0; i < n; i++) {
        const event = verifyWebhookSync(raw, headers, { secretToken, now });
        const result = validators.validateWebhook({ provider, event: event.event, body: event.body });
        if (!result.ok) throw new Error('the example must pass its contract');
        sink += event.event.length;
      }
    },
  },
  {
    name: WEB_PATH,
    async run(n) {
      for (let i = 0; i < n; i++) {
        const event = await verifyWebhook(raw, headers, { secretToken, now });
        const result = validators.validateWebhook({ provider, event: event.event, body: event.body });
        if (!result.ok) throw new Error('the example must pass its contract');
        sink += event.event.length;
      }
    },
  },
  {
    name: '(part) verifyWebhookSync alone',
    run(n) {
      for (let i = 0; i < n; i++) sink += verifyWebhookSync(raw, headers, { secretToken, now }).event.length;
    },
  },
  {
    name: '(part) await verifyWebhook alone',
    async run(n) {
      for (let i = 0; i < n; i++)
        sink += (await verifyWebhook(raw, headers, { secretToken, now })).event.length;
    },
  },
];

for (const variant of variants) await variant.run(warmup);

// The machine is shared: its speed drifts within seconds. So every round times each variant on a
// short batch, in an order that alternates round by round, and each path's ratio to its floor is
// taken within the round; the figures are medians over rounds (rates and ratios alike).
const rates = new Map<string, number[]>(variants.map((v) => [v.name, []]));
const ratios = new Map<string, number[]>([
  [SYNC_PATH, []],
  [WEB_PATH, []],
]);
for (let round = 0; round < rounds; round++) {
  const order = round % 2 === 0 ? variants : [...variants].reverse();
  const seconds = new Map<string, number>();
  for (const variant of order) {
    const start = performance.now();
    await variant.run(perRound);
    seconds.set(variant.name, (performance.now() - start) / 1000);
  }
  for (const variant of variants) rates.get(variant.name)?.push(perRound / (seconds.get(variant.name) ?? 1));
  ratios.get(SYNC_PATH)?.push((seconds.get(SYNC_PATH) ?? 1) / (seconds.get(NODE_FLOOR) ?? 1));
  ratios.get(WEB_PATH)?.push((seconds.get(WEB_PATH) ?? 1) / (seconds.get(WEB_FLOOR) ?? 1));
}

console.log(
  `webhook benchmark — ${provider} ${eventName} (${raw.length} B body), ${rounds} rounds × ${perRound} deliveries, ` +
    `Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}`,
);
for (const variant of variants) {
  const perSecond = median(rates.get(variant.name) ?? []);
  console.log(
    `  ${variant.name.padEnd(42)} ${Math.round(perSecond).toLocaleString('en-US').padStart(10)} deliveries/s`,
  );
}
let met = true;
for (const [path, floor] of [
  [SYNC_PATH, NODE_FLOOR],
  [WEB_PATH, WEB_FLOOR],
] as const) {
  const sorted = [...(ratios.get(path) ?? [])].sort((a, b) => a - b);
  const ratio = median(sorted);
  const quartile = (q: number) => sorted[Math.floor(q * (sorted.length - 1))] ?? 0;
  met &&= ratio <= targetRatio;
  console.log(
    `${path} ÷ ${floor.replace('floor: ', '')}: ${ratio.toFixed(2)}× (middle half of rounds ` +
      `${quartile(0.25).toFixed(2)}–${quartile(0.75).toFixed(2)}×; target ≤ ${targetRatio}×): ${ratio <= targetRatio ? 'met' : 'MISSED'}`,
  );
}
if (sink === 0) console.log('(nothing measured)');
process.exitCode = met ? 0 : 1;
