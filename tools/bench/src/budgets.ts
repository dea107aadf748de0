/**
 * The figures the clients are held to, in one place: the benchmark prints each result against them
 * and the size test fails on the ceiling.
 */

/** Our client ÷ raw `fetch` + `response.json()`, latency and throughput (issue 2). */
export const overRawFetchTarget = 1.1;

/**
 * Our client ÷ bare openapi-fetch, CPU per request, median of per-round ratios (issue 16: the
 * per-process benchmark spreads about ±5%, so it cannot resolve issue 7's 3%; simplicity wins ties).
 */
export const overOpenApiFetchTarget = 1.05;

/** CPU milliseconds a client's import may add over `node -e 0`, for `import` and `require` (issue 7). */
export const importTargetMs = 15;

/** Webhook verify + validate ÷ `JSON.parse` + HMAC of the same delivery (issue 9). */
export const webhookOverFloorTarget = 1.5;

/**
 * Issue 16's bar on what an app ships: runtime + one client with openapi-fetch bundled in
 * ("with deps"), minified ESM. The benchmark reports it. MISSED since issue 16's safety features
 * landed (response cap, walk guards, numeric checks, logger, rate-limit figures: see the README's
 * "Speed and size"); the test holds {@link bundleWithDepsCeilingBytes} meanwhile.
 */
export const bundleWithDepsTargetBytes = 20 * 1024;

/** Issue 16's guard on our own code: runtime + one client, openapi-fetch external ("our code"). Reported; missed as above. */
export const bundleTargetBytes = 13 * 1024;

/**
 * What the size test holds every client to while the targets are missed: the largest client's
 * measured figures (Zoom: 18.68 KiB our code, 25.10 KiB with deps, 2026-12-08, after the abort
 * controllers of per-attempt timeouts went back to being reused: +0.25 KiB for 4–9% less CPU per call
 * at concurrency 1, inside the spread at 32)
 * plus about 1%, so that growth is a decision (raise these, say why), never an accident. What each
 * issue-16 feature costs is in the README's "Speed and size".
 */
export const bundleCeilingBytes = 18.9 * 1024;
export const bundleWithDepsCeilingBytes = 25.4 * 1024;
