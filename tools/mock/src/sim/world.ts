/**
 * The provider-neutral state a simulator serves: rooms, their sessions (scheduled, live, ended) and
 * the participants of each session with every join and leave. Each provider's REST layer renders
 * it in that provider's shapes; writes and scenario steps change it.
 */
import { Random } from './random.js';

/** One connection of a participant: a rejoin is a new join (100ms peer, Zoom user entry). */
export interface Join {
  /** The provider's id of this connection (100ms peer id, Zoom user id). */
  id: string;
  start: number;
  /** Epoch ms, or null while connected. */
  end: number | null;
}

export interface Participant {
  /** Stable across rejoins (VideoSDK `participantId`). */
  id: string;
  userId: string;
  name: string;
  role: string;
  metadata: string;
  joins: Join[];
}

export type SessionState = 'scheduled' | 'live' | 'ended';

export interface Session {
  id: string;
  roomId: string;
  /** Zoom `session_name`; the room's name elsewhere. */
  name: string;
  /** Zoom `session_key`, VideoSDK `customRoomId`. */
  key: string;
  state: SessionState;
  createdAt: number;
  /** First join (or creation when scheduled). */
  start: number;
  end: number | null;
  participants: Participant[];
  /** Whether the session was recorded, shared a screen, dialled in (Zoom's flags). */
  features: { recording: boolean; screenShare: boolean; pstn: boolean };
}

export interface Room {
  id: string;
  name: string;
  key: string;
}

/** How a provider spells its ids. */
export interface IdStyle {
  session(random: Random): string;
  room(random: Random): string;
  participant(random: Random): string;
  join(random: Random, participantId: string): string;
  user(random: Random): string;
}

export interface WorldOptions {
  /** Seed of every random choice. Default 1. */
  seed?: number;
  /** The instant the world is generated at: sessions end before it, live ones started before it. */
  now?: number;
  /** How many sessions to generate (a few of them live). Default 60. */
  sessions?: number;
  /** How many rooms they happen in. Default 8. */
  rooms?: number;
  /** How far back the oldest session starts, in days. Default 150 (about five months). */
  spanDays?: number;
}

/** The whole state, as saved to and loaded from JSON. */
export interface WorldState {
  version: 1;
  seed: number;
  now: number;
  rooms: Room[];
  /** Newest first, as the providers list them. */
  sessions: Session[];
  /** The random source's state, so a loaded world goes on with the same sequence. */
  random: number;
  /** Provider-specific state (Zoom's live streams and stream ingestions…), saved with the rest. */
  extra?: Record<string, unknown>;
}

const NAMES = [
  'Asha',
  'Ben',
  'Chen',
  'Dara',
  'Emil',
  'Fatou',
  'Goran',
  'Hana',
  'Ivo',
  'Jill',
  'Kofi',
  'Lena',
];
const ROLES = ['host', 'guest', 'guest', 'guest'];
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

export function generateWorld(ids: IdStyle, options: WorldOptions = {}): WorldState {
  const seed = options.seed ?? 1;
  const now = options.now ?? Date.now();
  const random = new Random(seed);
  const rooms: Room[] = Array.from({ length: options.rooms ?? 8 }, (_, i) => ({
    id: ids.room(random),
    name: `room-${i + 1}`,
    key: `room-key-${i + 1}`,
  }));
  const count = options.sessions ?? 60;
  const span = (options.spanDays ?? 150) * DAY;
  const live = Math.min(3, Math.max(1, Math.floor(count / 20)));
  const sessions: Session[] = [];
  for (let i = 0; i < count; i++) {
    // Spread evenly over the span (newest first), jittered; the newest `live` ones are still on.
    const start = now - Math.floor(((i + random.next() * 0.5) / count) * span) - 5 * MINUTE;
    sessions.push(generateSession(ids, random, random.pick(rooms), start, i < live ? null : now));
  }
  sessions.sort((a, b) => b.start - a.start);
  return { version: 1, seed, now, rooms, sessions, random: random.snapshot() };
}

function generateSession(
  ids: IdStyle,
  random: Random,
  room: Room,
  start: number,
  endBefore: number | null,
): Session {
  const length = random.int(10, 90) * MINUTE;
  const end = endBefore === null ? null : Math.min(start + length, endBefore - MINUTE);
  const participants: Participant[] = [];
  const people = random.int(2, 6);
  for (let p = 0; p < people; p++) {
    const participant = newParticipant(
      ids,
      random,
      random.pick(NAMES),
      p === 0 ? 'host' : random.pick(ROLES),
    );
    const joinAt = start + p * random.int(5, 60) * 1000;
    const until = end ?? (random.chance(0.6) ? null : joinAt + random.int(1, 4) * MINUTE);
    addJoins(ids, random, participant, joinAt, until);
    participants.push(participant);
  }
  return {
    id: ids.session(random),
    roomId: room.id,
    name: room.name,
    key: room.key,
    state: end === null ? 'live' : 'ended',
    createdAt: start - 1000,
    start,
    end,
    participants,
    features: { recording: random.chance(0.3), screenShare: random.chance(0.5), pstn: random.chance(0.1) },
  };
}

/** One join, or (one time in three, when there is room) a drop and a rejoin a little later. */
function addJoins(ids: IdStyle, random: Random, participant: Participant, start: number, end: number | null) {
  const stop = end ?? start + 2 * MINUTE;
  if (stop - start > 60_000 && random.chance(1 / 3)) {
    const drop = start + Math.floor((stop - start) / 3);
    const back = drop + Math.floor((stop - start) / 6);
    participant.joins.push({ id: ids.join(random, participant.id), start, end: drop });
    participant.joins.push({ id: ids.join(random, participant.id), start: back, end });
    return;
  }
  participant.joins.push({ id: ids.join(random, participant.id), start, end });
}

export function newParticipant(ids: IdStyle, random: Random, name: string, role: string): Participant {
  return { id: ids.participant(random), userId: ids.user(random), name, role, metadata: '', joins: [] };
}

/** Whether a participant is connected now. */
export const isConnected = (p: Participant): boolean => p.joins.some((j) => j.end === null);

/** Every join of a session, in join order, with its participant. */
export function joinsOf(session: Session): Array<{ participant: Participant; join: Join }> {
  const all = session.participants.flatMap((participant) =>
    participant.joins.map((join) => ({ participant, join })),
  );
  return all.sort((a, b) => a.join.start - b.join.start);
}

/** Ends a session: it is over, and everyone still connected leaves at `at`. */
export function endSession(session: Session, at: number): void {
  for (const p of session.participants) leave(p, at);
  session.state = 'ended';
  session.end = at;
}

/** Closes a participant's open connection. */
export function leave(participant: Participant, at: number): boolean {
  let left = false;
  for (const join of participant.joins) {
    if (join.end === null) {
      join.end = Math.max(at, join.start);
      left = true;
    }
  }
  return left;
}

/** A new connection of a participant; a scheduled session goes live with its first join. */
export function join(
  ids: IdStyle,
  random: Random,
  session: Session,
  participant: Participant,
  at: number,
): Join {
  const entry: Join = { id: ids.join(random, participant.id), start: at, end: null };
  participant.joins.push(entry);
  if (!session.participants.includes(participant)) session.participants.push(participant);
  if (session.state === 'scheduled') {
    session.state = 'live';
    session.start = at;
  }
  return entry;
}

/** A fresh session in a room: scheduled (Zoom's create) or live from `at`. */
export function newSession(
  ids: IdStyle,
  random: Random,
  room: Room,
  at: number,
  state: SessionState,
): Session {
  return {
    id: ids.session(random),
    roomId: room.id,
    name: room.name,
    key: room.key,
    state,
    createdAt: at,
    start: at,
    end: null,
    participants: [],
    features: { recording: false, screenShare: false, pstn: false },
  };
}

/** Reads a saved world back, checking what the simulator relies on. */
export function parseWorld(json: string, where: string): WorldState {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (error) {
    throw new Error(`${where}: not JSON (${(error as Error).message})`);
  }
  const world = parsed as Partial<WorldState>;
  if (world?.version !== 1 || !Array.isArray(world.sessions) || !Array.isArray(world.rooms)) {
    throw new Error(`${where}: not a saved simulator world (expected version 1 with rooms and sessions)`);
  }
  if (typeof world.random !== 'number' || typeof world.now !== 'number') {
    throw new Error(`${where}: a saved world needs numeric "random" and "now"`);
  }
  return world as WorldState;
}
