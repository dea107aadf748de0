/**
 * The cross-runtime smoke suite: what a user does first with the clients, run unchanged on Node,
 * Bun, Deno and workerd (bundled by esbuild for a neutral platform, nothing external). It
 * - creates a client that signs its own token, and pages a list against the harness's loopback server;
 * - checks `instanceof` across the error family (an API error, a timeout, a misspelt option, a refused delivery);
 * - verifies one delivery per provider with `verifyWebhook` (Web Crypto): valid, tampered, stale.
 *
 * It imports nothing of Node (no `node:*`, no `Buffer`, no `process`) and reports what it saw as
 * data: the harness (test/runtimes.test.ts) compares that with what it expects. Each provider's
 * checks live in `smoke/<provider>.ts`; this module only runs them in order.
 */
import { type HmsInput, hmsClientChecks, hmsWebhookChecks } from './smoke/100ms.js';
import type { SmokeReport } from './smoke/report.js';
import { type VideoSdkInput, videoSdkWebhookChecks } from './smoke/videosdk.js';
import { type ZoomInput, zoomClientChecks, zoomWebhookChecks } from './smoke/zoom-videosdk.js';

export type { Delivery, SmokeReport } from './smoke/report.js';

/** What the harness serves at `/smoke/input`: the credentials and the signed deliveries. */
export interface SmokeInput {
  zoom: ZoomInput;
  videosdk: VideoSdkInput;
  hms: HmsInput;
}

/** Runs every check against the harness at `baseUrl`; a check that throws unexpectedly fails the run. */
export async function runSmoke(baseUrl: string): Promise<SmokeReport> {
  const response = await fetch(`${baseUrl}/smoke/input`);
  if (!response.ok) throw new Error(`the harness answered ${response.status} for its input`);
  const input = (await response.json()) as SmokeInput;
  const report: SmokeReport = {};
  await zoomClientChecks(baseUrl, input.zoom, report);
  await hmsClientChecks(baseUrl, report);
  await zoomWebhookChecks(input.zoom, report);
  await videoSdkWebhookChecks(input.videosdk, report);
  await hmsWebhookChecks(input.hms, report);
  return report;
}
