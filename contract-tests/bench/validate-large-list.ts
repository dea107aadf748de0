/**
 * How long validating a large list response takes next to parsing it: a 10,000-session VideoSDK
 * listSessions page (participants and timelogs included). Prints the size, the median times of
 * JSON.parse and of validation, and validation/parse ratios — for the contract checker's
 * precompiled validators (exact hand-written date-time) and, as a baseline measured in the same
 * run, the same schema compiled with ajv-formats' `full` formats.
 *
 *   pnpm --filter @rtc-sessions/contract-tests bench
 */
import { createRequire } from 'node:module';
import { cpus, platform, release } from 'node:os';
import { performance } from 'node:perf_hooks';
import {
  createContractAjv,
  extensionKeywords,
  formats,
  loadValidators,
  toJsonSchemaDocument,
} from '@rtc-sessions/contract';
import { fullFormats } from 'ajv-formats/dist/formats.js';

const SESSIONS = 10_000;
const ROUNDS = 9;
const WARMUP = 3;

function isoAt(ms: number): string {
  return new Date(ms).toISOString();
}

function buildList(): unknown {
  const base = Date.UTC(2022, 1, 22, 7, 57, 11, 505);
  const data = [];
  for (let i = 0; i < SESSIONS; i++) {
    const start = base + i * 3_600_000;
    const participants = [];
    for (let p = 0; p < 3; p++) {
      participants.push({
        participantId: `p-${i}-${p}`,
        name: `Participant ${p} of session ${i}`,
        timelog: [
          { start: isoAt(start + p * 1000), end: isoAt(start + 600_000) },
          { start: isoAt(start + 700_000), end: p === 2 && i % 10 === 0 ? null : isoAt(start + 900_000) },
        ],
      });
    }
    data.push({
      id: `6214975${String(i).padStart(8, '0')}c35c4c`,
      roomId: `abc-xyzw-${String(i % 1000).padStart(4, '0')}`,
      start: isoAt(start),
      end: i % 50 === 0 ? null : isoAt(start + 1_200_000),
      status: i % 50 === 0 ? 'ongoing' : 'ended',
      participants,
      links: {
        get_room: `https://api.videosdk.live/v2/rooms/abc-xyzw-${i % 1000}`,
        get_session: `https://api.videosdk.live/v2/sessions/${i}`,
      },
    });
  }
  return { pageInfo: { currentPage: 1, perPage: SESSIONS, lastPage: 1, total: SESSIONS }, data };
}

function median(fn: () => void): number {
  for (let i = 0; i < WARMUP; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

const require = createRequire(import.meta.url);
const spec = require('@rtc-sessions/spec-videosdk/openapi.json') as unknown;
const text = JSON.stringify(buildList());
const body = JSON.parse(text);
const validators = await loadValidators();

function runtimeValidator(formatSet: Record<string, unknown>) {
  const id = 'https://rtc-sessions.dev/bench/videosdk.json';
  const ajv = createContractAjv({ formats: formatSet as never, extensionKeywords: extensionKeywords(spec) });
  ajv.addSchema(toJsonSchemaDocument(spec, { id, strict: true }));
  const validate = ajv.getSchema(
    `${id}#/paths/~1sessions~1/get/responses/200/content/application~1json/schema`,
  );
  if (!validate) throw new Error('schema not found');
  return validate;
}
const baseline = runtimeValidator(fullFormats);
const runtimeFast = runtimeValidator(formats);

// every variant must accept the list, or the timings would compare different work
const check = validators.validateResponse({
  provider: 'videosdk',
  operationId: 'listSessions',
  status: 200,
  body,
});
if (!check.ok || check.warnings.length > 0 || !baseline(body) || !runtimeFast(body)) {
  throw new Error('the generated list does not validate');
}

const parseMs = median(() => JSON.parse(text));
const precompiledMs = median(() => {
  validators.validateResponse({ provider: 'videosdk', operationId: 'listSessions', status: 200, body });
});
const runtimeFastMs = median(() => runtimeFast(body));
const baselineMs = median(() => baseline(body));

const dateTimes = (text.match(/"\d{4}-\d\d-\d\dT/g) ?? []).length;
const fmt = (ms: number) => `${ms.toFixed(1).padStart(7)} ms`;
const ratio = (ms: number) => `${(ms / parseMs).toFixed(3)}× parse`;
console.log(
  `Node ${process.version}, ${platform()} ${release()}, ${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} cores)`,
);
console.log(
  `payload: ${SESSIONS} sessions, ${dateTimes} date-times, ${(Buffer.byteLength(text) / 1024 / 1024).toFixed(2)} MiB; median of ${ROUNDS} rounds after ${WARMUP} warm-up`,
);
console.log(`JSON.parse                                         ${fmt(parseMs)}`);
console.log(
  `validate: rtc-contract precompiled (exact date-time) ${fmt(precompiledMs)}  ${ratio(precompiledMs)}`,
);
console.log(
  `validate: same schema, run-time ajv, exact date-time ${fmt(runtimeFastMs)}  ${ratio(runtimeFastMs)}`,
);
console.log(`validate: baseline, ajv-formats full date-time      ${fmt(baselineMs)}  ${ratio(baselineMs)}`);
console.log(`exact date-time vs ajv-formats full: ${(baselineMs / precompiledMs).toFixed(2)}× faster`);
