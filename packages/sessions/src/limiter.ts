/**
 * One limiter for every request of a walk (or of a whole export): at most `concurrency` requests
 * in flight, each rate-limit bucket paced at its rate (see {@link Pacer}), retries of transient
 * failures, and a **shared** back-off — a 429 pauses every request, not only the one that got it,
 * honours `Retry-After`, and lowers the bucket's rate (AIMD).
 *
 * What is transient is the runtime's one classification (`isTransient`), the same the clients'
 * own retries use. The clients are created with their own retries off (`retry: false`), so that a
 * 429 reaches this limiter at once instead of each request sleeping through it on its own.
 */
import { ConfigurationError } from '@rtc-sessions/runtime';
import {
  abortableSleep,
  backoffDelay,
  isTransient,
  retryDefaults,
  statusOf,
} from '@rtc-sessions/runtime/internal';
import { Pacer } from './pacer.js';

/** Most requests in flight a limiter accepts: more only costs memory (each holds a page). */
export const MAX_CONCURRENCY = 64;

export interface LimiterOptions {
  /**
   * Requests in flight at most (1 to {@link MAX_CONCURRENCY}).
   * @default 4
   */
  concurrency?: number;
  /**
   * Attempts per request, the first included, for transient failures other than 429.
   * @default retryDefaults.maxAttempts (the runtime's, 3)
   */
  maxAttempts?: number;
  /**
   * Retries of one request answered 429. A 429 is the limiter's pacing signal, not a failure (an
   * unpublished limit is found by meeting it), so it gets more tries than other failures.
   * @default 10
   */
  maxRateLimitedRetries?: number;
  /**
   * Longest wait, back-off or `Retry-After`: a server asking for more (Zoom's daily limits name the
   * next day) ends the request with its error at once.
   * @default retryDefaults.maxElapsedMs (60000)
   */
  maxDelayMs?: number;
  /**
   * Requests per second per rate-limit bucket: a label of the spec's `x-rtc-rate-limit` (Zoom's
   * `Heavy`, …), or `default` for operations without one. The export fills it from the spec;
   * a bucket absent here has its limit discovered from 429s.
   * @default {} (every limit discovered)
   */
  rates?: Readonly<Record<string, number>>;
  /** @default Date.now */
  now?: () => number;
  /** @default Math.random */
  random?: () => number;
  /** Called before each retry (progress, tests). */
  onRetry?: (info: RetryInfo) => void;
}

export interface RetryInfo {
  attempt: number;
  delayMs: number;
  /** `true` when every request waits (a 429), `false` when only this one does. */
  shared: boolean;
  error: unknown;
}

/** How one call is run: the rate-limit bucket its operation counts against, and its signal. */
export interface RunOptions {
  /** The operation's rate-limit label. @default 'default' */
  bucket?: string | undefined;
  signal?: AbortSignal | undefined;
}

/** Counters for progress lines, benchmarks and tests. */
export interface LimiterStats {
  requests: number;
  retries: number;
  rateLimited: number;
}

function checkCount(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigurationError(`${name} must be an integer from ${min} to ${max}, got ${value}`);
  }
  return value;
}

function checkRates(rates: Readonly<Record<string, number>>): Map<string, number> {
  const map = new Map<string, number>();
  for (const [bucket, rate] of Object.entries(rates)) {
    if (!(typeof rate === 'number' && Number.isFinite(rate) && rate > 0)) {
      throw new ConfigurationError(
        `rates.${bucket} must be a positive number of requests per second, got ${rate}`,
      );
    }
    map.set(bucket, rate);
  }
  return map;
}

export class RequestLimiter {
  /** The configured bound. */
  readonly concurrency: number;
  readonly stats: LimiterStats = { requests: 0, retries: 0, rateLimited: 0 };
  private active = 0;
  private pausedUntil = 0;
  private readonly waiters: Array<() => void> = [];
  private wakeTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly pacers = new Map<string, Pacer>();
  private readonly rates: Map<string, number>;
  private readonly maxAttempts: number;
  private readonly maxRateLimitedRetries: number;
  private readonly maxDelayMs: number;
  private readonly now: () => number;
  private readonly random: () => number;
  private readonly onRetry: ((info: RetryInfo) => void) | undefined;

  constructor(options: LimiterOptions = {}) {
    this.concurrency = checkCount('concurrency', options.concurrency ?? 4, 1, MAX_CONCURRENCY);
    this.maxAttempts = checkCount('maxAttempts', options.maxAttempts ?? retryDefaults.maxAttempts, 1, 100);
    this.maxRateLimitedRetries = checkCount(
      'maxRateLimitedRetries',
      options.maxRateLimitedRetries ?? 10,
      0,
      1000,
    );
    const maxDelayMs = options.maxDelayMs ?? retryDefaults.maxElapsedMs;
    if (!(Number.isFinite(maxDelayMs) && maxDelayMs >= 0)) {
      throw new ConfigurationError(
        `maxDelayMs must be a finite number of milliseconds ≥ 0, got ${maxDelayMs}`,
      );
    }
    this.maxDelayMs = maxDelayMs;
    this.rates = checkRates(options.rates ?? {});
    this.now = options.now ?? Date.now;
    this.random = options.random ?? Math.random;
    this.onRetry = options.onRetry;
  }

  /** The rate (requests per second) bucket `bucket` is paced at now; `Infinity` while undiscovered. */
  rateOf(bucket = 'default'): number {
    return this.pacer(bucket).currentRate;
  }

  /** Runs `task` under the limits, retrying it while its failure is transient (`isTransient`). */
  async run<T>(task: () => Promise<T>, options: RunOptions = {}): Promise<T> {
    const { signal } = options;
    const pacer = this.pacer(options.bucket ?? 'default');
    let failures = 0;
    let rateLimits = 0;
    for (;;) {
      await this.acquire(signal);
      let ownDelay: number | undefined;
      let sentAt = 0;
      try {
        await this.pace(pacer, signal);
        sentAt = this.now();
        this.stats.requests++;
        const result = await task();
        pacer.succeeded();
        return result;
      } catch (error) {
        if (signal?.aborted) throw signal.reason;
        const limited = statusOf(error) === 429;
        if (limited) rateLimits++;
        else failures++;
        const delay = this.retryDelay(error, limited ? rateLimits : failures, limited);
        if (delay === undefined) throw error;
        this.stats.retries++;
        this.onRetry?.({ attempt: rateLimits + failures, delayMs: delay, shared: limited, error });
        if (limited) this.rateLimited(pacer, sentAt, delay);
        else ownDelay = delay;
      } finally {
        this.release();
      }
      if (ownDelay !== undefined) await abortableSleep(ownDelay, signal);
    }
  }

  private pacer(bucket: string): Pacer {
    let pacer = this.pacers.get(bucket);
    if (!pacer) {
      pacer = new Pacer({ published: this.rates.get(bucket), now: this.now });
      this.pacers.set(bucket, pacer);
    }
    return pacer;
  }

  /** Waits for the request's slot in its bucket (holding its place among the requests in flight). */
  private async pace(pacer: Pacer, signal: AbortSignal | undefined): Promise<void> {
    const wait = pacer.reserve();
    if (wait > 0) await abortableSleep(wait, signal);
  }

  /** How long to wait before retry `retry` of this kind; `undefined` when the error is final. */
  private retryDelay(error: unknown, retry: number, limited: boolean): number | undefined {
    if (!isTransient(error)) return undefined;
    if (limited ? retry > this.maxRateLimitedRetries : retry >= this.maxAttempts) return undefined;
    const retryAfter = (error as { retryAfterMs?: unknown }).retryAfterMs;
    if (typeof retryAfter === 'number' && Number.isFinite(retryAfter)) {
      return retryAfter <= this.maxDelayMs ? retryAfter : undefined;
    }
    const bounds = { initialDelayMs: retryDefaults.initialDelayMs, maxDelayMs: retryDefaults.maxDelayMs };
    return Math.min(this.maxDelayMs, backoffDelay(retry, bounds, this.random));
  }

  /** Everyone waits `delay` (the `Retry-After`), and the bucket's rate is cut. */
  private rateLimited(pacer: Pacer, sentAt: number, delay: number): void {
    this.stats.rateLimited++;
    pacer.rateLimited(sentAt);
    this.pausedUntil = Math.max(this.pausedUntil, this.now() + delay);
  }

  private acquire(signal: AbortSignal | undefined): Promise<void> {
    signal?.throwIfAborted();
    if (this.waiters.length === 0 && this.canStart()) {
      this.active++;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const onAbort = () => {
        const index = this.waiters.indexOf(start);
        if (index >= 0) this.waiters.splice(index, 1);
        reject(signal?.reason);
      };
      const start = () => {
        signal?.removeEventListener('abort', onAbort);
        this.active++;
        resolve();
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.waiters.push(start);
      this.drain();
    });
  }

  private release(): void {
    this.active--;
    this.drain();
  }

  private canStart(): boolean {
    return this.active < this.concurrency && this.now() >= this.pausedUntil;
  }

  /** Starts waiters while there is room; during a pause, wakes up when it is over. */
  private drain(): void {
    while (this.waiters.length > 0 && this.canStart()) this.waiters.shift()?.();
    const wait = this.pausedUntil - this.now();
    if (this.waiters.length > 0 && wait > 0 && this.wakeTimer === undefined) {
      this.wakeTimer = setTimeout(() => {
        this.wakeTimer = undefined;
        this.drain();
      }, wait);
    }
  }
}
