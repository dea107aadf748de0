/**
 * The cross-runtime smoke suite: what a user does first with the clients, run unchanged on Node,
 * Bun, Deno and workerd (bundled by esbuild for a neutral platform, nothing external). It
 * - creates a client that signs its own token, and pages a list against the harness's loopback server;
 * - checks `instanceof` across the error family (an API error, a timeout, a misspelt option, a refused delivery);
 * - verifies one delivery per provider with `verifyWebhook` (Web Crypto): valid, tampered, stale.
 *
 * It imports nothing of Node (no `node:*`, no `Buffer`, no `process`) and reports what it saw as
 * data: the harness (test/runtimes.test.ts) compares that with what it expects.
 */
import { createClient as createHmsClient } from '@rtc-sessions/100ms';
import { verifyWebhook as verifyHms } from '@rtc-sessions/100ms/webhooks';
import { verifyWebhook as verifyVideoSdk } from '@rtc-sessions/videosdk/webhooks';
import {
  ApiError,
  ConfigurationError,
  ConnectionError,
  createClient,
  RtcSessionsError,
  TimeoutError,
} from '@rtc-sessions/zoom-videosdk';
import { verifyWebhook as verifyZoom, WebhookVerificationError } from '@rtc-sessions/zoom-videosdk/webhooks';

/** A delivery as the harness signed it. */
export interface Delivery {
  body: string;
  headers: Record<string, string>;
}

/** What the harness serves at `/smoke/input`: the credentials and the signed deliveries. */
export interface SmokeInput {
  zoom: { apiKey: string; apiSecret: string; secretToken: string; deliveries: Record<string, Delivery> };
  videosdk: { publicKey: string; deliveries: Record<string, Delivery> };
  hms: { secretHeaders: Record<string, string>; deliveries: Record<string, Delivery> };
}

/** Check name → what happened: a value, an event name, a failure reason or a class chain. */
export type SmokeReport = Record<string, string>;

/** The classes of the error family an error is an instance of, in a fixed order. */
function family(error: unknown): string {
  const classes: [string, unknown][] = [
    ['ApiError', ApiError],
    ['TimeoutError', TimeoutError],
    ['ConnectionError', ConnectionError],
    ['ConfigurationError', ConfigurationError],
    ['WebhookVerificationError', WebhookVerificationError],
    ['RtcSessionsError', RtcSessionsError],
    ['Error', Error],
  ];
  return classes
    .filter(([, type]) => error instanceof (type as new () => unknown))
    .map(([name]) => name)
    .join('<');
}

async function outcome(run: () => Promise<{ event: string }>): Promise<string> {
  try {
    return `ok ${(await run()).event}`;
  } catch (error) {
    return error instanceof WebhookVerificationError ? error.reason : `unexpected ${family(error)}`;
  }
}

async function caught(run: () => unknown): Promise<string> {
  try {
    await run();
    return 'no error';
  } catch (error) {
    return family(error);
  }
}

async function clientChecks(baseUrl: string, input: SmokeInput, report: SmokeReport): Promise<void> {
  const { apiKey, apiSecret } = input.zoom;
  const client = createClient({ apiKey, apiSecret, baseUrl, retry: false });
  const ids: string[] = [];
  for await (const session of client.paginate('/videosdk/sessions', {
    params: { query: { from: '2024-05-01', to: '2024-05-31', page_size: 2 } },
  }))
    ids.push(String(session.id));
  report['zoom.paginate'] = ids.join(',');
  const hms = createHmsClient({ accessKey: 'hms-key', secret: 'hms-secret', baseUrl, retry: false });
  const { data } = await hms.GET('/active-rooms/{room_id}', { params: { path: { room_id: 'room-1' } } });
  report['hms.get'] = String(data?.id);
  report['error.api'] = await caught(() =>
    client.GET('/videosdk/sessions/{sessionId}', { params: { path: { sessionId: 'missing' } } }),
  );
  report['error.timeout'] = await caught(() =>
    client.GET('/videosdk/sessions/{sessionId}', {
      params: { path: { sessionId: 'stall' } },
      timeoutMs: 300,
    }),
  );
  report['error.configuration'] = await caught(() =>
    createClient({ apiKey, apiSecret, baseURL: baseUrl } as unknown as Parameters<typeof createClient>[0]),
  );
}

async function webhookChecks(input: SmokeInput, report: SmokeReport): Promise<void> {
  const { zoom, videosdk, hms } = input;
  for (const [name, delivery] of Object.entries(zoom.deliveries))
    report[`zoom.${name}`] = await outcome(() =>
      verifyZoom(delivery.body, new Headers(delivery.headers), { secretToken: zoom.secretToken }),
    );
  for (const [name, delivery] of Object.entries(videosdk.deliveries))
    report[`videosdk.${name}`] = await outcome(() =>
      verifyVideoSdk(delivery.body, new Headers(delivery.headers), { publicKey: videosdk.publicKey }),
    );
  for (const [name, delivery] of Object.entries(hms.deliveries))
    report[`hms.${name}`] = await outcome(() =>
      verifyHms(delivery.body, new Headers(delivery.headers), { secretHeaders: hms.secretHeaders }),
    );
  const zoomValid = zoom.deliveries.valid as Delivery;
  report['error.webhook'] = await caught(() =>
    verifyZoom(`${zoomValid.body} `, zoomValid.headers, { secretToken: zoom.secretToken }),
  );
  report['error.tolerance'] = await caught(() =>
    verifyZoom(zoomValid.body, zoomValid.headers, {
      secretToken: zoom.secretToken,
      toleranceSeconds: Number.NaN,
    }),
  );
}

/** Runs every check against the harness at `baseUrl`; a check that throws unexpectedly fails the run. */
export async function runSmoke(baseUrl: string): Promise<SmokeReport> {
  const response = await fetch(`${baseUrl}/smoke/input`);
  if (!response.ok) throw new Error(`the harness answered ${response.status} for its input`);
  const input = (await response.json()) as SmokeInput;
  const report: SmokeReport = {};
  await clientChecks(baseUrl, input, report);
  await webhookChecks(input, report);
  return report;
}
