import { describe, expect, it } from 'vitest';
import { controllerPool, type Lease } from '../src/controllers.js';

describe('the controllers of per-attempt timeouts', () => {
  it('reuses a controller whose attempt ended without an abort, a bounded number of times', () => {
    const pool = controllerPool(true);
    const first = pool.take();
    let uses = 0;
    for (let lease = first; lease.controller === first.controller; lease = pool.take()) {
      uses++;
      pool.release(lease);
    }
    expect(uses).toBeGreaterThan(1);
    expect(uses).toBeLessThanOrEqual(16);
  });

  it('never hands out a controller that fired (a timeout, or the caller’s abort)', () => {
    const pool = controllerPool(true);
    const lease = pool.take();
    lease.controller.abort(new Error('timed out'));
    pool.release(lease);
    const next = pool.take();
    expect(next.controller).not.toBe(lease.controller);
    expect(next.controller.signal.aborted).toBe(false);
  });

  it('keeps a bounded number idle, however many attempts were in flight at once', () => {
    const pool = controllerPool(true);
    const inFlight: Lease[] = Array.from({ length: 500 }, () => pool.take());
    for (const lease of inFlight) pool.release(lease);
    const handedOut = new Set(inFlight.map((lease) => lease.controller));
    let reused = 0;
    for (let i = 0; i < 500; i++) if (handedOut.has(pool.take().controller)) reused++;
    expect(reused).toBeGreaterThan(0);
    expect(reused).toBeLessThanOrEqual(64);
  });

  it('gives a fresh controller to every attempt when the fetch is the caller’s own', () => {
    const fresh = controllerPool(false);
    const lease = fresh.take();
    fresh.release(lease);
    expect(fresh.take().controller).not.toBe(lease.controller);
  });
});
