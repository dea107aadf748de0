/**
 * VideoSDK deliveries onto the sessions model's events (`session-started/ended`,
 * `participant-joined/left`). Its participant events carry no time: they take the delivery's
 * receipt time (`clock: 'received'`), so attendance built from them is as exact as delivery is prompt.
 */

import { parseOptionalTime, parseProviderTime, required } from '../../time.js';
import { field, type SessionEvent, text, type VerifiedDelivery } from '../../webhook-events.js';

export function videoSdkSessionEvents({ event, body }: VerifiedDelivery, receivedAt: number): SessionEvent[] {
  const data = field(body, 'data');
  const where = (name: string) => `videosdk ${event} data.${name}`;
  const get = (name: string) => required(text(data, name), where(name));
  // `meetingId` is the room id of the REST model (`Session.roomId`).
  const base = { provider: 'videosdk', sessionId: get('sessionId'), roomId: get('meetingId') };
  switch (event) {
    case 'session-started':
      return [
        {
          type: 'session.started',
          ...base,
          name: undefined,
          at: parseProviderTime(get('start'), where('start')),
        },
      ];
    case 'session-ended':
      return [
        {
          type: 'session.ended',
          ...base,
          start: parseOptionalTime(text(data, 'start'), where('start')) ?? undefined,
          at: parseProviderTime(get('end'), where('end')),
        },
      ];
    case 'participant-joined':
    case 'participant-left':
      return [
        {
          type: event === 'participant-joined' ? 'participant.joined' : 'participant.left',
          ...base,
          joinId: get('participantId'),
          userId: undefined,
          name: text(data, 'participantName') ?? '',
          role: undefined,
          at: receivedAt,
          clock: 'received',
        },
      ];
    default:
      return [];
  }
}
