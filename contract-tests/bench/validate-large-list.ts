/**
 * How long validating a large list response takes next to parsing it: a 10,000-session VideoSDK
 * listSessions page (participants and timelogs included). Prints the size, the median times of
 * JSON.parse and of validation, and validation/parse ratios — for the contract checker as users
 * call it (`validateResponse`: precompiled validators, a first-error pass/fail check and reports
 * only on failure) and, measured in the same run, the same schemas compiled by ajv at run time
 * (the pass/fail check, and the all-errors strict validator alone) and the baseline: the strict
 * schema with ajv-formats' `full` formats.
 *
 * Every round times each variant once, in turn, so a change of machine load during the run
 * affects all of them alike; the medians are over the rounds.
 *
 *   pnpm --filter @rtc-sessions/contract-tests bench
 */
import { createRequire } from 'node:module';
import { cpus, platform, release } from 'node:os';
import { performance } from 'node:perf_hooks';
import { formats, loadValidators } from '@rtc-sessions/contract';
import { createContractAjv, LOCATION_KEYWORD } from '@rtc-sessions/contract/internal';
import { annotationKeywords, inlineReferences, toJsonSchemaDocument } from '@rtc-sessions/openapi-model';
import { fullFormats } from 'ajv-formats/dist/formats.js';

const SESSIONS = 10_000;
const ROUNDS = 15;
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

/** Median milliseconds of each variant over ROUNDS interleaved rounds, after WARMUP rounds. */
function interleavedMedians(variants: Record<string, () => unknown>): Record<string, number> {
  const names = Object.keys(variants);
  const times = new Map(names.map((name) => [name, [] as number[]]));
  for (let round = 0; round < WARMUP + ROUNDS; round++) {
    for (const name of names) {
      const run = variants[name] as () => unknown;
      const t0 = performance.now();
      run();
      if (round >= WARMUP) times.get(name)?.push(performance.now() - t0);
    }
  }
  const medians: Record<string, number> = {};
  for (const [name, list] of times) {
    list.sort((a, b) => a - b);
    medians[name] = list[Math.floor(list.length / 2)] as number;
  }
  return medians;
}

const require = createRequire(import.meta.url);
const spec = require('@rtc-sessions/spec-videosdk/openapi.json') as unknown;
const text = JSON.stringify(buildList());
const body = JSON.parse(text);
const validators = await loadValidators();

const RESPONSE = '#/paths/~1sessions~1/get/responses/200/content/application~1json/schema';

/** The strict schema of the response, compiled at run time with all errors (one-pass validation). */
function runtimeValidator(formatSet: Record<string, unknown>) {
  const id = 'https://rtc-sessions.dev/bench/videosdk.json';
  const ajv = createContractAjv({
    formats: formatSet as never,
    keywords: annotationKeywords(spec, LOCATION_KEYWORD),
  });
  ajv.addSchema(toJsonSchemaDocument(spec, { id, strict: true, locationKeyword: LOCATION_KEYWORD }));
  const validate = ajv.getSchema(`${id}${RESPONSE}`);
  if (!validate) throw new Error('schema not found');
  return validate;
}

/** The pass/fail check `validateResponse` runs first, compiled at run time instead of at build. */
function runtimeFirstErrorValidator() {
  const id = 'https://rtc-sessions.dev/bench/videosdk-strict.json';
  const ajv = createContractAjv({
    formats,
    keywords: annotationKeywords(spec, LOCATION_KEYWORD),
    firstErrorOnly: true,
  });
  const strictDoc = toJsonSchemaDocument(spec, { id, strict: true, locationKeyword: LOCATION_KEYWORD });
  ajv.addSchema(strictDoc);
  return ajv.compile(inlineReferences(strictDoc, RESPONSE, 'https://rtc-sessions.dev/bench/fast.json'));
}
const baseline = runtimeValidator(fullFormats);
const runtimeFast = runtimeValidator(formats);
const runtimeFirstError = runtimeFirstErrorValidator();

// every variant must accept the list, or the timings would compare different work
const check = validators.validateResponse({
  provider: 'videosdk',
  operationId: 'listSessions',
  status: 200,
  body,
});
if (
  !check.ok ||
  check.warnings.length > 0 ||
  !baseline(body) ||
  !runtimeFast(body) ||
  !runtimeFirstError(body)
) {
  throw new Error('the generated list does not validate');
}

const medians = interleavedMedians({
  parse: () => JSON.parse(text),
  precompiled: () =>
    validators.validateResponse({ provider: 'videosdk', operationId: 'listSessions', status: 200, body }),
  runtimeFirstError: () => runtimeFirstError(body),
  runtimeAllErrors: () => runtimeFast(body),
  baseline: () => baseline(body),
});
const parseMs = medians.parse as number;
const precompiledMs = medians.precompiled as number;
const baselineMs = medians.baseline as number;

const dateTimes = (text.match(/"\d{4}-\d\d-\d\dT/g) ?? []).length;
const fmt = (ms: number) => `${ms.toFixed(1).padStart(7)} ms`;
const ratio = (ms: number) => `${(ms / parseMs).toFixed(3)}× parse`;
console.log(
  `Node ${process.version}, ${platform()} ${release()}, ${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} cores)`,
);
console.log(
  `payload: ${SESSIONS} sessions, ${dateTimes} date-times, ${(Buffer.byteLength(text) / 1024 / 1024).toFixed(2)} MiB; median of ${ROUNDS} interleaved rounds after ${WARMUP} warm-up`,
);
const line = (label: string, ms: number) => console.log(`${label.padEnd(58)}${fmt(ms)}  ${ratio(ms)}`);
console.log(`JSON.parse${' '.repeat(48)}${fmt(parseMs)}`);
line('validate: rtc-contract validateResponse (precompiled)', precompiledMs);
line('validate: same first-error check, compiled at run time', medians.runtimeFirstError as number);
line('validate: strict schema, all errors, run-time ajv', medians.runtimeAllErrors as number);
line('validate: baseline, all errors, ajv-formats full formats', baselineMs);
console.log(`rtc-contract vs baseline: ${(baselineMs / precompiledMs).toFixed(2)}× faster`);
