import { describe, expect, it } from 'vitest';
import { publishedRateLimits, RequestLimiter } from '../src/index.js';
import { Pacer } from '../src/pacer.js';
import { labelRate, rateLimitsOf } from '../src/rate-limits.js';

describe('published rate limits, read from the spec each client ships', () => {
  it("Zoom: each operation's x-rtc-rate-limit label, and what the label allows in x-rtc-rate-limits", async () => {
    const zoom = await publishedRateLimits('@rtc-sessions/zoom-videosdk');
    expect(zoom.published).toBe(true);
    expect(zoom.rates).toEqual({ Light: 80, Medium: 60, Heavy: 40, 'Resource-intensive': 20 / 60 });
    expect(zoom.labelOf('GET', '/videosdk/sessions')).toBe('Resource-intensive');
    expect(zoom.labelOf('get', '/videosdk/sessions/{sessionId}/users')).toBe('Heavy');
    expect(zoom.labelOf('GET', '/no/such/path')).toBeUndefined();
  });

  it('VideoSDK and 100ms publish none: every limit is discovered', async () => {
    for (const name of ['@rtc-sessions/videosdk', '@rtc-sessions/100ms']) {
      const limits = await publishedRateLimits(name);
      expect(limits.published).toBe(false);
      expect(limits.rates).toEqual({});
      expect(limits.labelOf('GET', '/sessions')).toBeUndefined();
    }
  });

  it('reads the structured label, never its prose, and names a label it cannot read', () => {
    expect(labelRate('Light', { requests: 80, per: 'second', description: 'about 8 a day' })).toBe(80);
    expect(labelRate('Slow', { requests: 36, per: 'hour' })).toBe(0.01);
    for (const bad of [
      'about 80 requests per second per account',
      { requests: 80 },
      { requests: 0, per: 'second' },
      { requests: 1.5, per: 'second' },
      { requests: 80, per: 'fortnight' },
      { requests: 80, per: 'constructor' },
      null,
    ]) {
      expect(() => labelRate('Odd', bad), JSON.stringify(bad)).toThrow(/x-rtc-rate-limits\.labels\.Odd/);
    }
  });

  it('an operation whose label the spec does not define is an error naming it', () => {
    const labels = { Light: { requests: 10, per: 'second' } };
    const doc = (label: string) => ({
      'x-rtc-rate-limits': { published: true, labels },
      paths: { '/rooms': { get: { 'x-rtc-rate-limit': label } } },
    });
    expect(rateLimitsOf(doc('Light')).labelOf('GET', '/rooms')).toBe('Light');
    expect(() => rateLimitsOf(doc('Lite'))).toThrow(/GET \/rooms: x-rtc-rate-limit "Lite"/);
    expect(() => rateLimitsOf(doc('toString'))).toThrow(/"toString" is not a label/);
  });
});

describe('Pacer (AIMD)', () => {
  it('published: spaces requests 1/rate apart; a 429 cuts the rate once per congestion event, then it climbs back to the ceiling', () => {
    let now = 0;
    const pacer = new Pacer({ published: 10, now: () => now });
    expect([pacer.reserve(), pacer.reserve(), pacer.reserve()]).toEqual([0, 100, 200]);
    now = 300;
    pacer.rateLimited(250);
    expect(pacer.currentRate).toBe(8.5);
    // A 429 for a request sent before the cut says nothing new.
    pacer.rateLimited(290);
    expect(pacer.currentRate).toBe(8.5);
    // Pacing-bound for a long while: back up to the published rate, never past it.
    for (let i = 0; i < 2000; i++) {
      pacer.reserve();
      now += 50;
    }
    expect(pacer.currentRate).toBe(10);
  });

  it('unpublished: no pacing until the first 429, then a little under the rate achieved', () => {
    let now = 0;
    const pacer = new Pacer({ now: () => now });
    for (let i = 0; i < 40; i++) {
      expect(pacer.reserve()).toBe(0);
      pacer.succeeded();
      now += 25; // 40 requests a second
    }
    pacer.rateLimited(now - 1);
    // 40 a second achieved over a full second: 0.85 × 40.
    expect(pacer.currentRate).toBeCloseTo(34, 5);
    expect(pacer.reserve()).toBe(0);
    expect(pacer.reserve()).toBeCloseTo(1000 / 34, 5);
  });

  it('a 429 before any success sets no rate (the Retry-After paces)', () => {
    const pacer = new Pacer({ now: () => 0 });
    pacer.rateLimited(0);
    expect(pacer.currentRate).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('RequestLimiter pacing', () => {
  it('keeps a published rate across concurrent requests, per bucket', async () => {
    const limiter = new RequestLimiter({ concurrency: 4, rates: { default: 50 } });
    const sent: number[] = [];
    const started = performance.now();
    await Promise.all(
      Array.from({ length: 11 }, () =>
        limiter.run(async () => {
          sent.push(performance.now());
        }),
      ),
    );
    // 11 requests at 50/s: the last leaves 200 ms after the first (less timer slack), not at once.
    expect((sent.at(-1) as number) - started).toBeGreaterThanOrEqual(190);
    // Another bucket is not slowed by this one's pace.
    const other = performance.now();
    await limiter.run(async () => {}, { bucket: 'Light' });
    expect(performance.now() - other).toBeLessThan(100);
  });
});
