/**
 * One webhook model, proved on the simulator's scenarios: each shipped scenario is played against
 * every provider's simulator, its signed deliveries posted to a local receiver that verifies each
 * one with the client's own `verifyWebhook` and feeds an `AttendanceTracker`; the tracker's
 * attendance is then compared with the REST model's (`connect(p, { client })` against the same
 * simulator, `listParticipants` → `attendanceOf`).
 *
 * Zoom and 100ms carry their own times in participant events: the two sources agree exactly.
 * VideoSDK's `participant-joined`/`participant-left` carry no time, so the tracker can only use the
 * receipt time (`receivedAt`), which is the REST timelog's instant plus the delivery's latency:
 * ids, names, the number of joins and which are open agree exactly; each time agrees within that
 * latency. To measure it in the scenario's own time, the simulator runs on a clock that moves
 * `SPEED` times faster than real time (the scenario is played at that speed) and the receiver reads
 * the same clock.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createClient as createHms } from '@rtc-sessions/100ms';
import { verifyWebhook as verifyHms } from '@rtc-sessions/100ms/webhooks';
import {
  bundledScenario,
  DEFAULT_SIGNING,
  type PlayResult,
  type RunningSimulator,
  startSimulator,
} from '@rtc-sessions/mock';
import { createClient as createVideoSdk } from '@rtc-sessions/videosdk';
import { verifyWebhook as verifyVideoSdk } from '@rtc-sessions/videosdk/webhooks';
import { createClient as createZoom } from '@rtc-sessions/zoom-videosdk';
import { verifyWebhook as verifyZoom } from '@rtc-sessions/zoom-videosdk/webhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AttendanceTracker,
  attendanceOf,
  connect,
  type Participant,
  type ProviderId,
  type TrackedParticipant,
} from '../src/index.js';

/** Scenario seconds per real second. */
const SPEED = 30;
/** How late a VideoSDK receipt may be, in scenario time: 250 ms of real delivery latency. */
const VIDEOSDK_LATENCY_MS = 250 * SPEED;
/** And per delivery of the same step ahead of it (signing, posting, verifying), in scenario time. */
const PER_DELIVERY_MS = 40 * SPEED;
const TOKEN = 'simulator-test-token';
const scenarios = ['class-drop-rejoin', 'ends-while-connected', 'webinar-200'] as const;
const providers = ['videosdk', 'zoom-videosdk', '100ms'] as const satisfies readonly ProviderId[];

const realStart = Date.now();
const clock = () => realStart + (Date.now() - realStart) * SPEED;

let sim: RunningSimulator;
let receiver: Server;
let url = '';
let videoSdkKey = '';
let trackers: Record<string, AttendanceTracker> = {};
const rejected: string[] = [];

async function readAll(req: IncomingMessage): Promise<string> {
  let body = '';
  for await (const chunk of req) body += chunk;
  return body;
}

/** A webhook endpoint as a user writes one: verify with the client, then feed the tracker. */
async function handle(req: IncomingMessage): Promise<void> {
  const receivedAt = clock();
  const raw = await readAll(req);
  const headers = req.headers as Record<string, string>;
  if (headers['x-zm-signature']) {
    const secretToken = DEFAULT_SIGNING['zoom-videosdk']?.secretToken as string;
    trackers['zoom-videosdk']?.ingest('zoom-videosdk', await verifyZoom(raw, headers, { secretToken }), {
      receivedAt,
    });
  } else if (headers['videosdk-signature']) {
    const delivery = await verifyVideoSdk(raw, headers, { publicKey: videoSdkKey });
    trackers.videosdk?.ingest('videosdk', delivery, { receivedAt });
  } else {
    const secretHeaders = DEFAULT_SIGNING['100ms']?.secretHeaders as Record<string, string>;
    trackers['100ms']?.ingest('100ms', await verifyHms(raw, headers, { secretHeaders }), { receivedAt });
  }
}

beforeAll(async () => {
  receiver = createServer((req, res) => {
    handle(req).then(
      () => res.writeHead(204).end(),
      (error: Error) => {
        rejected.push(error.message);
        res.writeHead(401).end();
      },
    );
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
  sim = await startSimulator({ seed: 23, world: { sessions: 5 }, clock });
  // The key the deliveries are signed with, as a user's code gets it: from the provider's API.
  const response = await fetch(`${sim.baseUrl('videosdk')}/public/rsa-public-key`, {
    headers: { authorization: TOKEN },
  });
  videoSdkKey = ((await response.json()) as { publicKey: string }).publicKey;
}, 120_000);
afterAll(async () => {
  await sim?.stop();
  receiver?.close();
});

/** The REST model's attendance of a session, through a client of the user's own. */
async function restAttendance(provider: ProviderId, sessionId: string): Promise<Participant[]> {
  const baseUrl = sim.baseUrl(provider);
  const sessions =
    provider === 'videosdk'
      ? await connect('videosdk', { client: createVideoSdk({ baseUrl, token: TOKEN, retry: false }) })
      : provider === 'zoom-videosdk'
        ? await connect('zoom-videosdk', { client: createZoom({ baseUrl, token: TOKEN, retry: false }) })
        : await connect('100ms', { client: createHms({ baseUrl, token: TOKEN, retry: false }) });
  const session = await sessions.getSession(sessionId);
  expect(session.live).toBe(false);
  const participants: Participant[] = [];
  for await (const participant of sessions.listParticipants(session as never)) participants.push(participant);
  return participants;
}

const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));

/** What VideoSDK's deliveries can carry: everything but the instants (kept as open or closed). */
function withoutTimes(participant: TrackedParticipant | Participant) {
  const { joins, connectedSeconds: _s, ...rest } = attendanceOf(participant);
  return { ...rest, joins: joins.map((j) => ({ open: j.end === null })) };
}

describe('one webhook model on the simulator: webhook attendance equals the REST model', {
  timeout: 120_000,
}, () => {
  describe.each(scenarios)('%s', (name) => {
    let played: PlayResult;
    beforeAll(async () => {
      trackers = Object.fromEntries(providers.map((p) => [p, new AttendanceTracker()]));
      played = await sim.play(bundledScenario(name), { webhooks: url, speed: SPEED });
    }, 120_000);

    it('every delivery was verified by its client and accepted', () => {
      expect(rejected).toEqual([]);
      expect(played.deliveries.length).toBeGreaterThan(0);
      expect(played.deliveries.every((d) => d.delivered)).toBe(true);
    });

    it.each(['zoom-videosdk', '100ms'] as const)(
      '%s: the same participants, joins and times',
      async (provider) => {
        const sessionId = played.sessions[provider] as string;
        const tracker = trackers[provider] as AttendanceTracker;
        const rest = await restAttendance(provider, sessionId);
        expect(rest.length).toBeGreaterThan(1);
        expect(byId(tracker.participants(sessionId)).map(attendanceOf)).toEqual(byId(rest).map(attendanceOf));
        const [session] = tracker.sessions().filter((s) => s.id === sessionId);
        expect(session?.live).toBe(false);
      },
    );

    it('videosdk: the same participants and joins; each time is the receipt, within the delivery latency', async () => {
      const sessionId = played.sessions.videosdk as string;
      const tracker = trackers.videosdk as AttendanceTracker;
      const rest = byId(await restAttendance('videosdk', sessionId));
      const hooks = byId(tracker.participants(sessionId));
      expect(rest.length).toBeGreaterThan(1);
      expect(hooks.map(withoutTimes)).toEqual(rest.map(withoutTimes));
      const late = hooks.flatMap((p, i) =>
        p.joins.flatMap((join, j) => {
          const truth = rest[i]?.joins[j];
          const start = join.start - (truth?.start ?? Number.NaN);
          const end = join.end === null || truth?.end == null ? 0 : join.end - truth.end;
          return [start, end];
        }),
      );
      // A step's deliveries are signed (RSA) and posted one after another: the last of a burst (the
      // webinar's end closes 182 joins at once) arrives later by the burst's length.
      const perStep = new Map<number, number>();
      for (const d of played.deliveries.filter((d) => d.provider === 'videosdk')) {
        perStep.set(d.step, (perStep.get(d.step) ?? 0) + 1);
      }
      const burst = Math.max(...perStep.values());
      // Received after the REST instant (never before it), by no more than the latency bound.
      expect(Math.min(...late)).toBeGreaterThanOrEqual(0);
      expect(Math.max(...late)).toBeLessThanOrEqual(VIDEOSDK_LATENCY_MS + burst * PER_DELIVERY_MS);
    });
  });
});
