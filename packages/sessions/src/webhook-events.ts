/**
 * One model for webhooks: what a verified delivery of any provider means for sessions and
 * attendance, in the REST model's ids and epoch-millisecond times (a 100ms time with nanoseconds
 * is cut to the millisecond, as the REST model's parsing does).
 *
 * Ids line up with the REST model: `sessionId` is `Session.id`, `roomId` is `Session.roomId`, and
 * a join's `joinId` is the per-join id the REST participant's `id` is taken from (Zoom user `id`,
 * 100ms `peer_id`, VideoSDK `participantId`), with `userId` grouping joins the same way.
 */
import type { EpochMs } from './model.js';

interface EventBase {
  provider: string;
  sessionId: string;
  roomId: string;
  at: EpochMs;
}

export interface SessionStartedEvent extends EventBase {
  type: 'session.started';
  /** The session's own name, where the provider has one (Zoom). */
  name: string | undefined;
}

export interface SessionEndedEvent extends EventBase {
  type: 'session.ended';
  /** The session's start, when the delivery repeats it. */
  start: EpochMs | undefined;
}

export interface ParticipantEvent extends EventBase {
  type: 'participant.joined' | 'participant.left';
  /** The id of this join (the REST participant's `id` is its first join's). */
  joinId: string;
  /** The app's user id, where the provider carries one: joins with the same one are one participant. */
  userId: string | undefined;
  name: string;
  role: string | undefined;
  /**
   * Where `at` comes from: the provider's own time (`provider`), or the delivery's receipt
   * (`received`) for providers whose participant events carry none (VideoSDK).
   */
  clock: 'provider' | 'received';
}

/** A session started or ended, or a participant joined or left. */
export type SessionEvent = SessionStartedEvent | SessionEndedEvent | ParticipantEvent;

/** A verified delivery, as each client's `verifyWebhook` returns it. */
export interface VerifiedDelivery {
  readonly event: string;
  readonly body: unknown;
}

export interface WebhookEventOptions {
  /** When the delivery was received (epoch ms): the time of events that carry none. @default Date.now() */
  receivedAt?: EpochMs;
}

/** One provider's mapping from a verified delivery to the model's events (`[]` for the others). */
export type WebhookMapper = (delivery: VerifiedDelivery, receivedAt: EpochMs) => SessionEvent[];

/** A field of a delivery body by path; a missing one is `undefined`. */
export function field(body: unknown, ...path: string[]): unknown {
  let value = body;
  for (const key of path) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** A string field (numbers, which some providers send for ids, as strings). */
export function text(body: unknown, ...path: string[]): string | undefined {
  const value = field(body, ...path);
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
}
