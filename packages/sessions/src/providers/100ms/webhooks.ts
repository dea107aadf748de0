/** 100ms deliveries onto the sessions model's events (`session.open/close.success`, `peer.join/leave.success`). */

import { parseProviderTime, required } from '../../time.js';
import { field, type SessionEvent, text, type VerifiedDelivery } from '../../webhook-events.js';

function time(data: unknown, name: string, event: string): number {
  return parseProviderTime(
    required(text(data, name), `100ms ${event} data.${name}`),
    `100ms ${event} data.${name}`,
  );
}

export function hmsSessionEvents({ event, body }: VerifiedDelivery): SessionEvent[] {
  const data = field(body, 'data');
  const base = {
    provider: '100ms',
    sessionId: required(text(data, 'session_id'), `100ms ${event} data.session_id`),
    roomId: required(text(data, 'room_id'), `100ms ${event} data.room_id`),
  };
  switch (event) {
    case 'session.open.success':
      return [
        { type: 'session.started', ...base, name: undefined, at: time(data, 'session_started_at', event) },
      ];
    case 'session.close.success':
      return [
        {
          type: 'session.ended',
          ...base,
          start: time(data, 'session_started_at', event),
          at: time(data, 'session_stopped_at', event),
        },
      ];
    case 'peer.join.success':
    case 'peer.leave.success':
      return [
        {
          type: event === 'peer.join.success' ? 'participant.joined' : 'participant.left',
          ...base,
          joinId: required(text(data, 'peer_id'), `100ms ${event} data.peer_id`),
          // 100ms sends "" when the app gave no user id, as in the REST peers.
          userId: text(data, 'user_id') || undefined,
          name: text(data, 'user_name') ?? '',
          role: text(data, 'role'),
          at: time(data, event === 'peer.join.success' ? 'joined_at' : 'left_at', event),
          clock: 'provider',
        },
      ];
    default:
      return [];
  }
}
