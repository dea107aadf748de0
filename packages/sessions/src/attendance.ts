/**
 * Attendance from webhooks alone: {@link toSessionEvents} turns a verified delivery of any provider
 * into the model's events, and an {@link AttendanceTracker} fed with them keeps each session and
 * its participants in the REST model's shape (`Participant.joins`, `connectedSeconds`), so the two
 * sources can be compared field by field.
 */
import { connectedSeconds, sortJoins } from './intervals.js';
import type { EpochMs, Interval, Participant } from './model.js';
import { checkProviderId, webhookMapperOf } from './registry.js';
import type {
  ParticipantEvent,
  SessionEvent,
  VerifiedDelivery,
  WebhookEventOptions,
} from './webhook-events.js';

/** The model's events of a verified delivery of `provider` (`[]` for events outside the model). */
export function toSessionEvents(
  provider: string,
  delivery: VerifiedDelivery,
  options: WebhookEventOptions = {},
): SessionEvent[] {
  return webhookMapperOf(checkProviderId(provider))(delivery, options.receivedAt ?? Date.now());
}

/** A session as webhooks told it: what `Session` holds that webhooks carry. */
export interface TrackedSession {
  provider: string;
  id: string;
  roomId: string;
  name: string | undefined;
  start: EpochMs | undefined;
  end: EpochMs | null;
  live: boolean;
}

/** A participant as webhooks told it: the fields of the REST `Participant` that webhooks carry. */
export interface TrackedParticipant {
  provider: string;
  sessionId: string;
  id: string;
  userId: string | undefined;
  name: string;
  role: string | undefined;
  joins: Interval[];
  connectedSeconds: number;
}

interface Join {
  joinId: string;
  start: EpochMs | undefined;
  end: EpochMs | null;
}

interface Group {
  participant: Omit<TrackedParticipant, 'joins' | 'connectedSeconds'>;
  joins: Join[];
}

/**
 * What a webhook-built and a REST-built participant both hold — the attendance to compare:
 * `expect(tracker.participants(id).map(attendanceOf)).toEqual(restParticipants.map(attendanceOf))`.
 */
export function attendanceOf(participant: TrackedParticipant | Participant) {
  const { id, userId, name, role, joins, connectedSeconds } = participant;
  return { id, userId, name, role, joins, connectedSeconds };
}

/** Events in, attendance out. Events may come in any order (webhooks are not ordered). */
export class AttendanceTracker {
  private readonly sessionsById = new Map<string, TrackedSession>();
  private readonly groups = new Map<string, Map<string, Group>>();

  /** Feeds one event; {@link ingest} feeds a delivery. */
  apply(event: SessionEvent): void {
    const session = this.session(event);
    if (event.type === 'session.started') {
      session.start = event.at;
      session.name = event.name;
    } else if (event.type === 'session.ended') {
      session.start ??= event.start;
      session.end = event.at;
      session.live = false;
    } else {
      this.applyParticipant(event);
    }
  }

  /** Feeds every event of a verified delivery of `provider`. */
  ingest(provider: string, delivery: VerifiedDelivery, options?: WebhookEventOptions): void {
    for (const event of toSessionEvents(provider, delivery, options)) this.apply(event);
  }

  sessions(): TrackedSession[] {
    return [...this.sessionsById.values()];
  }

  /** The participants of a session, as the REST model groups them (by user id, else by join id). */
  participants(sessionId: string): TrackedParticipant[] {
    return [...(this.groups.get(sessionId)?.values() ?? [])].map(({ participant, joins }) => {
      // A leave whose join never arrived has no start: it cannot make an interval.
      const started = joins.filter((j): j is Join & { start: EpochMs } => j.start !== undefined);
      const first = started.reduce<Join | undefined>(
        (a, b) => (a && a.start !== undefined && a.start <= b.start ? a : b),
        undefined,
      );
      const intervals = sortJoins(started.map(({ start, end }) => ({ start, end })));
      // As in the REST model, the participant's id is its first join's.
      const id = first?.joinId ?? participant.id;
      return { ...participant, id, joins: intervals, connectedSeconds: connectedSeconds(intervals) };
    });
  }

  private session(event: SessionEvent): TrackedSession {
    let session = this.sessionsById.get(event.sessionId);
    if (!session) {
      session = {
        provider: event.provider,
        id: event.sessionId,
        roomId: event.roomId,
        name: undefined,
        start: undefined,
        end: null,
        live: true,
      };
      this.sessionsById.set(event.sessionId, session);
    }
    return session;
  }

  private applyParticipant(event: ParticipantEvent): void {
    let groups = this.groups.get(event.sessionId);
    if (!groups) {
      groups = new Map();
      this.groups.set(event.sessionId, groups);
    }
    const key = event.userId ? `user:${event.userId}` : `join:${event.joinId}`;
    let group = groups.get(key);
    if (!group) {
      const { provider, sessionId, joinId: id, userId, name, role } = event;
      group = { participant: { provider, sessionId, id, userId, name, role }, joins: [] };
      groups.set(key, group);
    }
    if (event.name) group.participant.name = event.name;
    if (event.role) group.participant.role = event.role;
    if (event.type === 'participant.joined') {
      // Its leave may have come first (webhooks are not ordered): that join gets its start.
      const orphan = group.joins.find((j) => j.joinId === event.joinId && j.start === undefined);
      if (orphan) orphan.start = event.at;
      else group.joins.push({ joinId: event.joinId, start: event.at, end: null });
      return;
    }
    // A leave closes the open join of the same join id (the latest one); one seen without its join is kept open-started.
    const open = group.joins.filter((j) => j.joinId === event.joinId && j.end === null).at(-1);
    if (open) open.end = event.at;
    else group.joins.push({ joinId: event.joinId, start: undefined, end: event.at });
  }
}
