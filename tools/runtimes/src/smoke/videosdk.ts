/** VideoSDK.live's smoke checks: deliveries signed with the harness's RSA key. */
import { verifyWebhook } from '@rtc-sessions/videosdk/webhooks';
import { type Delivery, type SmokeReport, verifyAll } from './report.js';

export interface VideoSdkInput {
  publicKey: string;
  deliveries: Record<string, Delivery>;
}

export async function videoSdkWebhookChecks(input: VideoSdkInput, report: SmokeReport): Promise<void> {
  const options = { publicKey: input.publicKey };
  await verifyAll(
    'videosdk',
    input.deliveries,
    (body, headers) => verifyWebhook(body, headers, options),
    report,
  );
}
