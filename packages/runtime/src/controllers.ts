/**
 * Where an attempt gets the abort controller its timeout fires. undici's `fetch` charges for every
 * signal it follows (an EventTarget listener, a weak reference and a finalizer, more for a fresh
 * signal): on bare openapi-fetch, a timeout signal per call costs about 9–11% of a small loopback
 * call with a fresh controller each time, about 6% with reused ones. In our client at concurrency 1,
 * reusing them took the CPU per call over bare openapi-fetch from 1.13–1.15× to 1.05–1.08× in
 * same-round comparisons; at concurrency 32 the difference was inside the spread (README "Speed and size").
 */

/** A controller lent to one attempt, and how many attempts it has served. */
export interface Lease {
  readonly controller: AbortController;
  uses: number;
}

export interface Controllers {
  /** A controller that has never fired. */
  take(): Lease;
  /** Hands back the lease of an attempt that is over (its body read or cancelled). */
  release(lease: Lease): void;
}

/** Uses of one controller before it is dropped: bounds the listeners of old requests it carries. */
const MAX_USES = 16;
/** Controllers kept idle, at most: as many as attempts were in flight at once, up to this. */
const MAX_IDLE = 64;

/**
 * With `reuse`, hands out again the controllers of attempts that ended without an abort. Safe because
 * an attempt is over before its controller is handed back: undici's listener for that request stays
 * on the signal until the request is collected, and if the signal fires for a later attempt it finds
 * the old request complete and does nothing. A controller that fired is never handed out again.
 * Without `reuse` (a `fetch` option, which may keep the request and look at its signal later), every
 * attempt gets a fresh one.
 */
export function controllerPool(reuse: boolean): Controllers {
  const idle: Lease[] = [];
  const maxIdle = reuse ? MAX_IDLE : 0;
  return {
    take: () => idle.pop() ?? { controller: new AbortController(), uses: 0 },
    release(lease) {
      if (!lease.controller.signal.aborted && ++lease.uses < MAX_USES && idle.length < maxIdle)
        idle.push(lease);
    },
  };
}
