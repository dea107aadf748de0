/** 100ms's smoke checks: a client gets one active room; deliveries with the secret headers. */
import { createClient } from '@rtc-sessions/100ms';
import { verifyWebhook } from '@rtc-sessions/100ms/webhooks';
import { type Delivery, type SmokeReport, verifyAll } from './report.js';

export interface HmsInput {
  secretHeaders: Record<string, string>;
  deliveries: Record<string, Delivery>;
}

export async function hmsClientChecks(baseUrl: string, report: SmokeReport): Promise<void> {
  const hms = createClient({ accessKey: 'hms-key', secret: 'hms-secret', baseUrl, retry: false });
  const { data } = await hms.GET('/active-rooms/{room_id}', { params: { path: { room_id: 'room-1' } } });
  report['hms.get'] = String(data?.id);
}

export async function hmsWebhookChecks(input: HmsInput, report: SmokeReport): Promise<void> {
  const options = { secretHeaders: input.secretHeaders };
  await verifyAll('hms', input.deliveries, (body, headers) => verifyWebhook(body, headers, options), report);
}
