/**
 * Faults a run can switch on, to test a caller's resilience: the spec's rate limits enforced,
 * latency, server errors, expired and repeated cursors, slow and huge bodies.
 */
import { ConfigurationError } from '@rtc-sessions/runtime';

export interface Faults {
  /** Enforce each operation's `x-rtc-rate-limit` (429 with the provider's headers). Default false. */
  rateLimit?: boolean;
  /** Milliseconds added before every response. Default 0. */
  latencyMs?: number;
  /** Share of requests (0–1) answered with a 5xx the operation documents. Default 0. */
  errorRate?: number;
  /** Share of presented cursors (0–1) treated as expired. Default 0. */
  expiredCursorRate?: number;
  /** Share of pages (0–1) whose next cursor repeats the one sent. Default 0. */
  repeatedCursorRate?: number;
  /** Spread each body over this many milliseconds. Default 0. */
  slowBodyMs?: number;
  /** Pad each JSON body with whitespace to at least this many bytes. Default 0. */
  hugeBodyBytes?: number;
}

type Key = Exclude<keyof Faults, 'rateLimit'>;
const NUMERIC: Record<string, { key: Key; max: number }> = {
  latency: { key: 'latencyMs', max: 600_000 },
  '5xx': { key: 'errorRate', max: 1 },
  'expired-cursor': { key: 'expiredCursorRate', max: 1 },
  'repeat-cursor': { key: 'repeatedCursorRate', max: 1 },
  'slow-body': { key: 'slowBodyMs', max: 600_000 },
  'huge-body': { key: 'hugeBodyBytes', max: 512 * 1024 * 1024 },
};

/** The names `--faults` takes, for the usage text. */
export const FAULT_NAMES = ['rate-limit', ...Object.keys(NUMERIC)];

/** `rate-limit,latency=200,5xx=0.1` → Faults; a misspelt or out-of-range fault is an error naming it. */
export function parseFaults(text: string): Faults {
  const faults: Faults = {};
  for (const part of text
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const [name = '', raw] = part.split('=', 2);
    if (name === 'rate-limit' && raw === undefined) {
      faults.rateLimit = true;
      continue;
    }
    const spec = NUMERIC[name];
    if (!spec)
      throw new ConfigurationError(`--faults: unknown fault "${name}" (expected ${FAULT_NAMES.join(', ')})`);
    faults[spec.key] = checkedNumber(`--faults ${name}`, raw, spec.max);
  }
  return faults;
}

function checkedNumber(option: string, raw: string | undefined, max: number): number {
  const value = raw === undefined || raw.trim() === '' ? Number.NaN : Number(raw);
  if (!Number.isFinite(value) || value < 0 || value > max) {
    throw new ConfigurationError(`${option} must be a number from 0 to ${max}, got ${raw ?? 'nothing'}`);
  }
  return value;
}

/** Checks faults given in code as the CLI checks them. */
export function checkFaults(faults: Faults): Faults {
  for (const [name, spec] of Object.entries(NUMERIC)) {
    const value = faults[spec.key];
    if (value !== undefined) checkedNumber(`faults.${spec.key} (${name})`, String(value), spec.max);
  }
  const known = new Set<string>(['rateLimit', ...Object.values(NUMERIC).map((s) => s.key)]);
  for (const key of Object.keys(faults))
    if (!known.has(key)) throw new ConfigurationError(`faults: unknown option "${key}"`);
  return faults;
}

/** Fixed-window counters per rate-limit label. */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();
  constructor(private readonly clock: () => number) {}

  /** Counts a request; returns the seconds to wait when the label's budget is spent. */
  take(
    label: string,
    limit: number,
    windowMs: number,
  ): { retryAfterSeconds: number; remaining: number } | null {
    const now = this.clock();
    let window = this.windows.get(label);
    if (!window || now - window.start >= windowMs) {
      window = { start: now, count: 0 };
      this.windows.set(label, window);
    }
    if (window.count >= limit) {
      return {
        retryAfterSeconds: Math.max(1, Math.ceil((window.start + windowMs - now) / 1000)),
        remaining: 0,
      };
    }
    window.count++;
    return null;
  }
}
