/** Zoom Video SDK deliveries onto the sessions model's events (`session.started/ended`, `session.user_joined/left`). */

import { parseOptionalTime, parseProviderTime, required } from '../../time.js';
import { field, type SessionEvent, text, type VerifiedDelivery } from '../../webhook-events.js';

export function zoomSessionEvents({ event, body }: VerifiedDelivery): SessionEvent[] {
  const object = field(body, 'payload', 'object');
  const where = (name: string) => `zoom-videosdk ${event} payload.object.${name}`;
  const get = (...path: string[]) => required(text(object, ...path), where(path.join('.')));
  // `session_id` is the run's id, the REST `Session.id`; `id` is deprecated in some events.
  const base = { provider: 'zoom-videosdk', sessionId: get('session_id'), roomId: get('session_name') };
  switch (event) {
    case 'session.started':
      return [
        {
          type: 'session.started',
          ...base,
          name: base.roomId,
          at: parseProviderTime(get('start_time'), where('start_time')),
        },
      ];
    case 'session.ended':
      return [
        {
          type: 'session.ended',
          ...base,
          start: parseOptionalTime(text(object, 'start_time'), where('start_time')) ?? undefined,
          at: parseProviderTime(get('end_time'), where('end_time')),
        },
      ];
    case 'session.user_joined':
    case 'session.user_left': {
      const joined = event === 'session.user_joined';
      const at = joined ? get('user', 'join_time') : get('user', 'leave_time');
      return [
        {
          type: joined ? 'participant.joined' : 'participant.left',
          ...base,
          joinId: get('user', 'id'),
          userId: text(object, 'user', 'user_key') || undefined,
          name: text(object, 'user', 'name') ?? '',
          role: undefined,
          at: parseProviderTime(at, where(joined ? 'user.join_time' : 'user.leave_time')),
          clock: 'provider',
        },
      ];
    }
    default:
      return [];
  }
}
