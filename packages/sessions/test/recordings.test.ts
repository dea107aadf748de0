import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { connect, type Participant, type Session } from '../src/index.js';
import * as hms from '../src/providers/100ms/adapter.js';
import * as videosdk from '../src/providers/videosdk/adapter.js';
import * as zoom from '../src/providers/zoom-videosdk/adapter.js';
import { type Cassette, recordingsDir } from './support/cassettes.js';

// Every 2xx cassette of the repository's recordings, as they are now (re-recorded or added by
// others), through the adapters: whatever a real server sent must normalize, and keep its record.
function cassettes(provider: string, operationId: string): Array<[string, Cassette]> {
  const dir = new URL(`${provider}/${operationId}/`, recordingsDir);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .map(
      (name) =>
        [name, JSON.parse(readFileSync(new URL(name, dir), 'utf8')) as Cassette] as [string, Cassette],
    )
    .filter(([, c]) => c.response.status >= 200 && c.response.status < 300);
}

function expectSession(session: Session, raw: unknown) {
  expect(session.raw).toBe(raw);
  expect(session.id).toMatch(/./);
  expect(session.roomId).toBeTypeOf('string');
  expect(Number.isFinite(session.start)).toBe(true);
  if (session.end !== null) expect(session.end).toBeGreaterThanOrEqual(session.start);
  expect(session.end === null || !session.live).toBe(true);
}

function expectParticipant(participant: Participant) {
  expect(participant.id).toMatch(/./);
  expect(participant.joins.length).toBeGreaterThan(0);
  for (const join of participant.joins) {
    expect(Number.isFinite(join.start)).toBe(true);
    if (join.end !== null) expect(join.end).toBeGreaterThanOrEqual(join.start);
  }
  const starts = participant.joins.map((j) => j.start);
  expect(starts).toEqual([...starts].sort((a, b) => a - b));
  expect(participant.connectedSeconds).toBeGreaterThanOrEqual(0);
}

describe('every recorded response normalizes', () => {
  it('videosdk', () => {
    const seen = { sessions: 0, participants: 0 };
    for (const operationId of ['listSessions', 'listActiveParticipants']) {
      for (const [, c] of cassettes('videosdk', operationId)) {
        const body = c.response.body as { data: Parameters<typeof videosdk.toSession>[0][] };
        for (const raw of body.data) {
          expectSession(videosdk.toSession(raw), raw);
          for (const p of raw.participants) expectParticipant(videosdk.toParticipant('s', p));
          seen.sessions++;
        }
      }
    }
    for (const [, c] of cassettes('videosdk', 'getSession')) {
      const raw = c.response.body as Parameters<typeof videosdk.toSession>[0];
      expectSession(videosdk.toSession(raw), raw);
      seen.sessions++;
    }
    for (const [, c] of cassettes('videosdk', 'listSessionParticipants')) {
      const body = c.response.body as {
        data: { participants: Parameters<typeof videosdk.toParticipant>[1][] };
      };
      for (const p of body.data.participants) expectParticipant(videosdk.toParticipant('s', p));
      seen.participants++;
    }
    expect(seen.sessions).toBeGreaterThan(0);
  });

  it('zoom-videosdk', () => {
    let seen = 0;
    for (const [, c] of cassettes('zoom-videosdk', 'listSessions')) {
      const live = c.request.query.type !== 'past';
      for (const raw of (c.response.body as { sessions: Parameters<typeof zoom.toSession>[0][] }).sessions) {
        // A live list's sessions have no end; a past one's do.
        const session = zoom.toSession(raw, live && raw.end_time === undefined);
        expectSession(session, raw);
        seen++;
      }
    }
    for (const [, c] of cassettes('zoom-videosdk', 'getSession')) {
      const raw = c.response.body as Parameters<typeof zoom.toSession>[0];
      if (raw.start_time === undefined) continue; // a scheduled session has not started
      expectSession(zoom.toSession(raw, raw.end_time === undefined), raw);
      seen++;
    }
    for (const [, c] of cassettes('zoom-videosdk', 'listSessionUsers')) {
      const users = (c.response.body as { users: Parameters<typeof zoom.toParticipant>[1] }).users;
      for (const user of users) expectParticipant(zoom.toParticipant('s', [user]));
    }
    expect(seen).toBeGreaterThan(0);
  });

  it('100ms (sessions and their peers)', async () => {
    // An ended session's participants come from its own peers: no request is made.
    const client = await connect('100ms', {
      baseUrl: 'http://127.0.0.1:9',
      env: { HMS_MANAGEMENT_TOKEN: 't' },
    });
    let seen = 0;
    const check = async (raw: Parameters<typeof hms.toSession>[0]) => {
      const session = hms.toSession(raw);
      expectSession(session, raw);
      let joins = 0;
      for await (const p of client.listParticipants({ ...session, live: false })) {
        expectParticipant(p);
        joins += p.joins.length;
      }
      expect(joins).toBe(session.joinCount);
      seen++;
    };
    for (const [, c] of cassettes('100ms', 'listSessions')) {
      for (const raw of (c.response.body as { data: Parameters<typeof hms.toSession>[0][] | null }).data ??
        []) {
        await check(raw);
      }
    }
    for (const [, c] of cassettes('100ms', 'getSession'))
      await check(c.response.body as Parameters<typeof hms.toSession>[0]);
    expect(seen).toBeGreaterThan(0);
  });
});
