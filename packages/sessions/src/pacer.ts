/**
 * The pace of one rate-limit bucket (a provider label such as Zoom's `Heavy`, or `default` for
 * operations whose limit is not published): how long a request must wait to keep under the rate.
 *
 * - **Published** rate: requests are spaced `1 / rate` apart from the start, so the server's bucket
 *   never empties. A 429 anyway (the account's limit is shared with another app) cuts the rate
 *   multiplicatively; it then climbs back additively, never above the published rate.
 * - **Unpublished**: no spacing until the first 429. The rate then starts from what was achieved
 *   and follows the same AIMD, without a ceiling, so it settles just under the server's limit.
 *
 * One decrease per congestion event: a 429 for a request sent before the last decrease says
 * nothing new (it was sent at the old rate), so it does not cut again — TCP's rule, per request.
 */

export interface PacerOptions {
  /** Requests per second the provider publishes for this bucket; `undefined` when none. */
  published?: number | undefined;
  /** @default Date.now */
  now?: () => number;
}

/**
 * Multiplicative decrease: the share of the rate kept after a 429, applied to the lower of the rate
 * in force and the rate that actually succeeded over the last second (which, past the limit, is the
 * server's limit). A sawtooth between 0.85 R and R averages about 0.92 R.
 */
const DECREASE = 0.85;
/** Additive increase per second of pacing-bound work, as a share of the rate at the last decrease. */
const INCREASE_PER_SECOND = 0.05;
/** Window over which the achieved rate is measured, when the first 429 gives the first estimate. */
const WINDOW_MS = 1000;
/** Floor of a discovered rate: a storm of 429s slows the walk to a request a second, not to a halt. */
const MIN_RATE = 1;

export class Pacer {
  /** Requests per second in force; `Infinity` until an unpublished limit is first hit. */
  private rate: number;
  private readonly ceiling: number;
  private nextAt = 0;
  private decreasedAt = Number.NEGATIVE_INFINITY;
  private rateAtDecrease: number;
  private lastIncreaseAt = 0;
  private readonly recent: number[] = [];
  private firstSuccessAt: number | undefined;
  private readonly now: () => number;

  constructor(options: PacerOptions = {}) {
    this.now = options.now ?? Date.now;
    this.ceiling = options.published ?? Number.POSITIVE_INFINITY;
    this.rate = this.ceiling;
    this.rateAtDecrease = this.rate;
  }

  /** The rate in force (requests per second). */
  get currentRate(): number {
    return this.rate;
  }

  /**
   * Reserves the next slot: milliseconds to wait before sending (0 when the request may go now).
   * Call once per attempt, right before waiting.
   */
  reserve(): number {
    const now = this.now();
    if (!Number.isFinite(this.rate)) return 0;
    this.increase(now);
    const at = Math.max(now, this.nextAt);
    this.nextAt = at + 1000 / this.rate;
    return at - now;
  }

  /** A request sent at `sentAt` succeeded. */
  succeeded(): void {
    const now = this.now();
    this.firstSuccessAt ??= now;
    this.recent.push(now);
    while (this.recent.length > 0 && (this.recent[0] as number) < now - WINDOW_MS) this.recent.shift();
  }

  /** A request sent at `sentAt` was answered 429. */
  rateLimited(sentAt: number): void {
    if (sentAt < this.decreasedAt) return;
    const now = this.now();
    const achieved = this.achievedRate(now);
    const full = this.firstSuccessAt !== undefined && now - this.firstSuccessAt >= WINDOW_MS;
    // Until a full window was seen, the achieved rate is a burst's, not the server's limit. Under a
    // published rate it is not used: a walk slowed by latency must not drag the rate down with it.
    const measured =
      full && achieved !== undefined && !Number.isFinite(this.ceiling) ? achieved : Number.POSITIVE_INFINITY;
    const base = Number.isFinite(this.rate) ? Math.min(this.rate, measured) : achieved;
    // Nothing succeeded yet: no rate to start from; the Retry-After (or back-off) paces for now.
    if (base === undefined) return;
    this.rate = Math.max(Math.min(MIN_RATE, this.ceiling), base * DECREASE);
    this.rateAtDecrease = this.rate;
    this.decreasedAt = now;
    this.lastIncreaseAt = now;
    this.nextAt = Math.max(this.nextAt, now);
  }

  /** Successes per second over the last window (or since the first one, when that is shorter). */
  private achievedRate(now: number): number | undefined {
    const first = this.recent[0];
    if (first === undefined) return undefined;
    const span = Math.max(now - first, 50);
    return (this.recent.length * 1000) / Math.min(span, WINDOW_MS);
  }

  /**
   * Additive increase, only while requests queue behind the pace (a latency-bound walk must not
   * let the rate drift up unused and then overshoot at once).
   */
  private increase(now: number): void {
    if (this.nextAt <= now) {
      this.lastIncreaseAt = now;
      return;
    }
    const seconds = (now - this.lastIncreaseAt) / 1000;
    this.lastIncreaseAt = now;
    this.rate = Math.min(this.ceiling, this.rate + this.rateAtDecrease * INCREASE_PER_SECOND * seconds);
  }
}
