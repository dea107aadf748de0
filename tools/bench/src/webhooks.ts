/**
 * Webhook benchmark: the cost of receiving a typical Zoom delivery with this project — verify its
 * signature and timestamp (`verifyWebhook` of @rtc-sessions/zoom-videosdk) and validate its payload
 * against the spec (`validateWebhook` of @rtc-sessions/contract) — against the floor any receiver
 * pays: `JSON.parse` of the body plus the HMAC-SHA256 of `v0:{timestamp}:{body}`.
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

let sink = 0;
type Variant = { name: string; run: (n: number) => Promise<void> | void };
const variants: Variant[] = [
  {
    name: 'floor: JSON.parse + HMAC-SHA256',
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
    name: 'verifyWebhookSync + validateWebhook',
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
    name: 'await verifyWebhook + validateWebhook',
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
];

for (const variant of variants) await variant.run(warmup);

// The machine is shared: its speed drifts within seconds. So every round times each variant on a
// short batch, in an order that alternates round by round, and the ratio to the floor is taken
// within the round; the figures are medians over rounds (rates and ratios alike).
const rates = new Map<string, number[]>(variants.map((v) => [v.name, []]));
const ratios = new Map<string, number[]>(variants.map((v) => [v.name, []]));
for (let round = 0; round < rounds; round++) {
  const order = round % 2 === 0 ? variants : [...variants].reverse();
  const seconds = new Map<string, number>();
  for (const variant of order) {
    const start = performance.now();
    await variant.run(perRound);
    seconds.set(variant.name, (performance.now() - start) / 1000);
  }
  const floorSeconds = seconds.get(variants[0]?.name ?? '') ?? 1;
  for (const variant of variants) {
    const took = seconds.get(variant.name) ?? 1;
    rates.get(variant.name)?.push(perRound / took);
    ratios.get(variant.name)?.push(took / floorSeconds);
  }
}

console.log(
  `webhook benchmark — ${provider} ${eventName} (${raw.length} B body), ${rounds} rounds × ${perRound} deliveries, ` +
    `Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}`,
);
for (const variant of variants) {
  const perSecond = median(rates.get(variant.name) ?? []);
  const ratio = median(ratios.get(variant.name) ?? []);
  console.log(
    `  ${variant.name.padEnd(40)} ${Math.round(perSecond).toLocaleString('en-US').padStart(10)} deliveries/s  ${ratio.toFixed(2)}× the floor's time`,
  );
}
const oursRatios = [...(ratios.get(variants[1]?.name ?? '') ?? [])].sort((a, b) => a - b);
const ours = median(oursRatios);
const quartile = (q: number) => oursRatios[Math.floor(q * (oursRatios.length - 1))] ?? 0;
console.log(
  `verify + validate: ${ours.toFixed(2)}× JSON.parse + HMAC (middle half of rounds ${quartile(0.25).toFixed(2)}–${quartile(0.75).toFixed(2)}×; ` +
    `target ≤ ${targetRatio}×): ${ours <= targetRatio ? 'met' : 'MISSED'}`,
);
if (sink === 0) console.log('(nothing measured)');
process.exitCode = ours <= targetRatio ? 0 : 1;
