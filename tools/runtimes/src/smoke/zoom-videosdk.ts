/** Zoom Video SDK's smoke checks: a client that signs its own token pages a list; the error family; deliveries. */
import { createClient } from '@rtc-sessions/zoom-videosdk';
import { verifyWebhook } from '@rtc-sessions/zoom-videosdk/webhooks';
import { caught, type Delivery, type SmokeReport, verifyAll } from './report.js';

export interface ZoomInput {
  apiKey: string;
  apiSecret: string;
  secretToken: string;
  deliveries: Record<string, Delivery>;
}

export async function zoomClientChecks(
  baseUrl: string,
  input: ZoomInput,
  report: SmokeReport,
): Promise<void> {
  const { apiKey, apiSecret } = input;
  const client = createClient({ apiKey, apiSecret, baseUrl, retry: false });
  const ids: string[] = [];
  for await (const session of client.paginate('/videosdk/sessions', {
    params: { query: { from: '2024-05-01', to: '2024-05-31', page_size: 2 } },
  }))
    ids.push(String(session.id));
  report['zoom.paginate'] = ids.join(',');
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

export async function zoomWebhookChecks(input: ZoomInput, report: SmokeReport): Promise<void> {
  const options = { secretToken: input.secretToken };
  await verifyAll('zoom', input.deliveries, (body, headers) => verifyWebhook(body, headers, options), report);
  const valid = input.deliveries.valid as Delivery;
  report['error.webhook'] = await caught(() => verifyWebhook(`${valid.body} `, valid.headers, options));
  report['error.tolerance'] = await caught(() =>
    verifyWebhook(valid.body, valid.headers, { ...options, toleranceSeconds: Number.NaN }),
  );
}
