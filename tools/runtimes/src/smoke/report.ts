/** What every provider's smoke checks share: the report, and how an outcome is written into it. */
import {
  ApiError,
  ConfigurationError,
  ConnectionError,
  RtcSessionsError,
  TimeoutError,
} from '@rtc-sessions/runtime';
import { WebhookVerificationError } from '@rtc-sessions/runtime/internal';

/** A delivery as the harness signed it. */
export interface Delivery {
  body: string;
  headers: Record<string, string>;
}

/** Check name → what happened: a value, an event name, a failure reason or a class chain. */
export type SmokeReport = Record<string, string>;

/** The classes of the error family an error is an instance of, in a fixed order. */
export function family(error: unknown): string {
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

/** A verification's outcome: the event, or the refusal's reason. */
export async function outcome(run: () => Promise<{ event: string }>): Promise<string> {
  try {
    return `ok ${(await run()).event}`;
  } catch (error) {
    return error instanceof WebhookVerificationError ? error.reason : `unexpected ${family(error)}`;
  }
}

/** The error family of what `run` throws, or `no error`. */
export async function caught(run: () => unknown): Promise<string> {
  try {
    await run();
    return 'no error';
  } catch (error) {
    return family(error);
  }
}

/** Verifies every delivery with `verify`, writing `<prefix>.<name>` into the report. */
export async function verifyAll(
  prefix: string,
  deliveries: Record<string, Delivery>,
  verify: (body: string, headers: Headers) => Promise<{ event: string }>,
  report: SmokeReport,
): Promise<void> {
  for (const [name, delivery] of Object.entries(deliveries))
    report[`${prefix}.${name}`] = await outcome(() => verify(delivery.body, new Headers(delivery.headers)));
}
