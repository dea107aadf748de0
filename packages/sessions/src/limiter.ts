/**
 * One limiter for every request of a walk (or of a whole export): at most `concurrency` requests
 * in flight, retries of transient failures, and a **shared** back-off — a 429 pauses every
 * request, not only the one that got it, and halves the concurrency until requests succeed again.
 *
 * The clients are created with their own retries off (`retry: false`), so that a 429 reaches this
 * limiter at once instead of each request sleeping through its own `Retry-After` on its own.
 */
import { backoffDelay, retryableStatuses } from '@rtc-sessions/runtime/internal';
import { statusOf } from './adapter.js';

export interface LimiterOptions {
  /**
   * Requests in flight at most.
   * @default 4
   */
  concurrency?: number;
  /**
   * Attempts per request, the first included, before its error is thrown.
   * @default 6
   */
  maxAttempts?: number;
  /**
   * Bound of the first back-off when the server gives no `Retry-After`; doubles per retry (full jitter).
   * @default 250
   */
  initialDelayMs?: number;
  /**
   * Cap of a back-off, and the longest `Retry-After` waited for: a server asking for more (Zoom's
   * daily limits name the next day) ends the request with its 429 at once.
   * @default 60000
   */
  maxDelayMs?: number;
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

/** Failures where no answer came (the clients' error classes, matched by name). */
const RETRYABLE_ERRORS = new Set(['TimeoutError', 'ConnectionError']);

function retryAfterOf(error: unknown): number | undefined {
  const ms = (error as { retryAfterMs?: unknown } | null)?.retryAfterMs;
  return typeof ms === 'number' && Number.isFinite(ms) ? ms : undefined;
}

function abortable(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export class RequestLimiter {
  /** The configured bound. */
  readonly concurrency: number;
  /** The bound in force: lowered by 429s, raised back one step per success. */
  private limit: number;
  private active = 0;
  private pausedUntil = 0;
  private consecutiveRateLimits = 0;
  private readonly waiters: Array<() => void> = [];
  private wakeTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly options: Required<Omit<LimiterOptions, 'onRetry' | 'concurrency'>> &
    Pick<LimiterOptions, 'onRetry'>;
  /** Counters for progress lines and tests. */
  readonly stats = { requests: 0, retries: 0, rateLimited: 0 };

  constructor(options: LimiterOptions = {}) {
    const concurrency = options.concurrency ?? 4;
    if (!Number.isInteger(concurrency) || concurrency < 1) {
      throw new RangeError(`concurrency must be a positive integer, got ${concurrency}`);
    }
    this.concurrency = concurrency;
    this.limit = concurrency;
    this.options = {
      maxAttempts: options.maxAttempts ?? 6,
      initialDelayMs: options.initialDelayMs ?? 250,
      maxDelayMs: options.maxDelayMs ?? 60_000,
      now: options.now ?? Date.now,
      random: options.random ?? Math.random,
      onRetry: options.onRetry,
    };
  }

  /** Runs `task` under the limit, retrying it on 429/502/503/504, timeouts and connection errors. */
  async run<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      await this.acquire(signal);
      let ownDelay: number | undefined;
      try {
        this.stats.requests++;
        const result = await task();
        this.succeeded();
        return result;
      } catch (error) {
        if (signal?.aborted) throw signal.reason;
        const delay = this.retryDelay(error, attempt);
        if (delay === undefined) throw error;
        const shared = statusOf(error) === 429;
        this.stats.retries++;
        this.options.onRetry?.({ attempt, delayMs: delay, shared, error });
        if (shared) this.rateLimited(delay);
        else ownDelay = delay;
      } finally {
        this.release();
      }
      if (ownDelay !== undefined) await abortable(ownDelay, signal);
    }
  }

  private retryDelay(error: unknown, attempt: number): number | undefined {
    if (attempt >= this.options.maxAttempts) return undefined;
    const status = statusOf(error);
    const name = (error as { name?: unknown } | null)?.name;
    // The statuses the clients retry themselves (429 is the one that slows everyone here).
    if (!(status !== undefined ? retryableStatuses.has(status) : RETRYABLE_ERRORS.has(String(name)))) {
      return undefined;
    }
    const retryAfter = retryAfterOf(error);
    if (retryAfter !== undefined) return retryAfter <= this.options.maxDelayMs ? retryAfter : undefined;
    const retry = status === 429 ? this.consecutiveRateLimits + 1 : attempt;
    return backoffDelay(retry, this.options, this.options.random);
  }

  /** Everyone waits `delay`, and fewer requests run at once until they succeed again. */
  private rateLimited(delay: number): void {
    this.stats.rateLimited++;
    this.consecutiveRateLimits++;
    this.pausedUntil = Math.max(this.pausedUntil, this.options.now() + delay);
    this.limit = Math.max(1, Math.floor(this.limit / 2));
  }

  private succeeded(): void {
    this.consecutiveRateLimits = 0;
    if (this.limit < this.concurrency) this.limit++;
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
    return this.active < this.limit && this.options.now() >= this.pausedUntil;
  }

  /** Starts waiters while there is room; during a pause, wakes up when it is over. */
  private drain(): void {
    while (this.waiters.length > 0 && this.canStart()) this.waiters.shift()?.();
    const wait = this.pausedUntil - this.options.now();
    if (this.waiters.length > 0 && wait > 0 && this.wakeTimer === undefined) {
      this.wakeTimer = setTimeout(() => {
        this.wakeTimer = undefined;
        this.drain();
      }, wait);
    }
  }
}
