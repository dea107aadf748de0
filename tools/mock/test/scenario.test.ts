import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { verifyWebhook as verifyHms } from '@rtc-sessions/100ms/webhooks';
import { verifyWebhook as verifyVideoSdk } from '@rtc-sessions/videosdk/webhooks';
import { verifyWebhook as verifyZoom } from '@rtc-sessions/zoom-videosdk/webhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bundledScenario,
  DEFAULT_SIGNING,
  type Delivery,
  loadScenario,
  type RunningSimulator,
  ScenarioError,
  startSimulator,
} from '../src/index.js';
import { call } from './helpers.js';

let sim: RunningSimulator;
let receiver: Server;
let url = '';
// biome-ignore lint/suspicious/noExplicitAny: verified events are read field by field
type Event = Record<string, any>;
const received: Array<{ provider: string; event: Event }> = [];
let failFirstZoom = false;
const zoomAttempts = new Map<string, number>();

async function readAll(req: IncomingMessage): Promise<string> {
  let body = '';
  for await (const chunk of req) body += chunk;
  return body;
}

/** A webhook handler as a user writes one: verify with the client, then record. */
async function handle(req: IncomingMessage): Promise<number> {
  const raw = await readAll(req);
  const headers = req.headers as Record<string, string>;
  if (headers['x-zm-signature']) {
    const n = (zoomAttempts.get(raw) ?? 0) + 1;
    zoomAttempts.set(raw, n);
    if (failFirstZoom && n === 1) return 500;
    const event = await verifyZoom(raw, headers, DEFAULT_SIGNING['zoom-videosdk'] as { secretToken: string });
    received.push({ provider: 'zoom-videosdk', event: event as Event });
  } else if (headers['videosdk-signature']) {
    // The key comes from the simulator's own GET /public/rsa-public-key, as a user's code fetches it.
    const { body } = await call(sim.baseUrl('videosdk'), '/public/rsa-public-key');
    received.push({
      provider: 'videosdk',
      event: (await verifyVideoSdk(raw, headers, { publicKey: body.publicKey })) as Event,
    });
  } else {
    const event = await verifyHms(
      raw,
      headers,
      DEFAULT_SIGNING['100ms'] as { secretHeaders: Record<string, string> },
    );
    received.push({ provider: '100ms', event: event as Event });
  }
  return 200;
}

beforeAll(async () => {
  receiver = createServer((req, res) => {
    handle(req).then(
      (status) => res.writeHead(status).end(),
      (error) => res.writeHead(401).end(String(error)),
    );
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
  sim = await startSimulator({ seed: 11 });
});
afterAll(async () => {
  await sim?.stop();
  receiver?.close();
});

/** What the REST API says about the joins named by the deliveries so far: connected or not. */
async function restConnected(provider: string, sessionId: string): Promise<Map<string, boolean>> {
  const base = sim.baseUrl(provider);
  const out = new Map<string, boolean>();
  if (provider === '100ms') {
    const { body } = await call(base, `/sessions/${sessionId}`);
    for (const [id, peer] of Object.entries(body.peers as Record<string, { left_at?: string }>))
      out.set(id, !peer.left_at);
  } else if (provider === 'zoom-videosdk') {
    const live = await call(base, `/videosdk/sessions/${sessionId}/users?page_size=300`);
    const users =
      live.status === 200
        ? live.body.users
        : (await call(base, `/videosdk/sessions/${sessionId}/users?type=past&page_size=300`)).body.users;
    for (const u of users as Array<{ id: string; leave_time?: string }>) out.set(u.id, !u.leave_time);
  } else {
    const { body } = await call(base, `/sessions/${sessionId}`);
    for (const p of body.participants as Array<{ participantId: string; timelog: Array<{ end: unknown }> }>) {
      out.set(
        p.participantId,
        p.timelog.some((t) => t.end === null),
      );
    }
  }
  return out;
}

/** The same, from the webhook bodies delivered so far. */
function deliveredConnected(provider: string, deliveries: Delivery[]): Map<string, boolean> {
  const out = new Map<string, boolean>();
  for (const d of deliveries.filter((x) => x.provider === provider)) {
    const body = JSON.parse(d.body);
    if (provider === '100ms' && body.data.peer_id)
      out.set(body.data.peer_id, body.type === 'peer.join.success');
    if (provider === 'zoom-videosdk' && body.payload.object.user)
      out.set(body.payload.object.user.id, body.event === 'session.user_joined');
    if (provider === 'videosdk' && body.data.participantId)
      out.set(body.data.participantId, body.webhookType === 'participant-joined');
  }
  return out;
}

describe('playing a scenario', () => {
  it('delivers verified webhooks, and the REST state agrees with them at every step', async () => {
    const sessions: Record<string, string> = {};
    const sent: Delivery[] = [];
    let checks = 0;
    const result = await sim.play(bundledScenario('class-drop-rejoin'), {
      webhooks: url,
      speed: Number.POSITIVE_INFINITY,
      onStep: async (step, _i, deliveries) => {
        sent.push(...deliveries);
        expect(deliveries.every((d) => d.delivered)).toBe(true);
        for (const d of deliveries) {
          const body = JSON.parse(d.body);
          const id = body.data?.sessionId ?? body.data?.session_id ?? body.payload?.object?.session_id;
          if (id) sessions[d.provider] ??= id;
        }
        for (const provider of ['videosdk', 'zoom-videosdk', '100ms']) {
          const rest = await restConnected(provider, sessions[provider] as string);
          const hooks = deliveredConnected(provider, sent);
          for (const [id, connected] of hooks)
            expect(rest.get(id), `${provider} ${id} after ${step.do} ${step.who ?? ''}`).toBe(connected);
          checks++;
        }
      },
    });
    expect(checks).toBeGreaterThan(20);
    expect(result.sessions).toEqual(sessions);
    // Student 2 dropped and rejoined: two joins for VideoSDK's one participant, two 100ms peers.
    const hmsJoins = received.filter(
      (r) =>
        r.provider === '100ms' &&
        r.event.known &&
        r.event.event === 'peer.join.success' &&
        r.event.body.data.user_name === 'Student 2',
    );
    expect(hmsJoins).toHaveLength(2);
    expect(new Set(hmsJoins.map((r) => r.event.body.data.peer_id)).size).toBe(2);
    expect((await call(sim.baseUrl('100ms'), `/sessions/${sessions['100ms']}`)).body.active).toBe(false);
    expect((await call(sim.baseUrl('videosdk'), `/sessions/${sessions.videosdk}`)).body.status).toBe('ended');
  });

  it('ends a session with someone still connected: their leave comes with the end', async () => {
    received.length = 0;
    const result = await sim.play(bundledScenario('ends-while-connected'), {
      webhooks: url,
      speed: Number.POSITIVE_INFINITY,
    });
    const zoom = received.filter((r) => r.provider === 'zoom-videosdk').map((r) => r.event.event);
    expect(zoom).toEqual([
      'session.started',
      'session.user_joined',
      'session.user_joined',
      'session.user_left',
      'session.user_left',
      'session.ended',
    ]);
    const past = await call(
      sim.baseUrl('zoom-videosdk'),
      `/videosdk/sessions/${result.sessions['zoom-videosdk']}/users?type=past&page_size=300`,
    );
    expect(past.body.users.every((u: { leave_time?: string }) => u.leave_time)).toBe(true);
  });

  it("retries on the provider's schedule when the receiver does not answer 2xx", async () => {
    failFirstZoom = true;
    try {
      // 5 min, 20 min, 60 min between Zoom's attempts: at a million times real speed, milliseconds.
      const result = await sim.play(bundledScenario('ends-while-connected'), {
        webhooks: url,
        speed: 1_000_000,
      });
      const zoom = result.deliveries.filter((d) => d.provider === 'zoom-videosdk');
      expect(zoom.every((d) => d.delivered && d.attempts.length === 2 && d.attempts[0]?.status === 500)).toBe(
        true,
      );
      const others = result.deliveries.filter((d) => d.provider !== 'zoom-videosdk');
      expect(others.every((d) => d.attempts.length === 1)).toBe(true);
      expect(JSON.stringify(result.deliveries)).not.toContain(
        String(
          (DEFAULT_SIGNING['100ms'] as { secretHeaders: Record<string, string> }).secretHeaders[
            'x-rtc-simulator-secret'
          ] as string,
        ),
      );
    } finally {
      failFirstZoom = false;
    }
  });

  it('plays the 200-participant webinar', async () => {
    const result = await sim.play(bundledScenario('webinar-200'), { speed: Number.POSITIVE_INFINITY });
    const session = await call(sim.baseUrl('100ms'), `/sessions/${result.sessions['100ms']}`);
    expect(Object.keys(session.body.peers)).toHaveLength(202);
    const vsdk = await call(
      sim.baseUrl('videosdk'),
      `/sessions/${result.sessions.videosdk}/participants?perPage=50&page=5`,
    );
    expect(vsdk.body.pageInfo).toMatchObject({ total: 202, lastPage: 5 });
  });
});

describe('scenario files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'scenario-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };

  it('name the file and line of a schema error (YAML)', () => {
    const path = write('bad.yaml', 'name: x\nsteps:\n  - at: 0\n    do: start\n  - at: 1\n    do: jump\n');
    expect(() => loadScenario(path)).toThrow(
      new RegExp(`${path}:6: /steps/1/do must be equal to one of the allowed values`),
    );
    expect(() => loadScenario(path)).toThrow(ScenarioError);
  });

  it('name the line of an unknown key, a syntax error and a timeline that makes no sense (JSON)', () => {
    const unknown = write(
      'u.json',
      '{\n  "name": "x",\n  "steps": [\n    { "at": 0, "do": "start", "whom": "a" }\n  ]\n}\n',
    );
    expect(() => loadScenario(unknown)).toThrow(/u\.json:4: .*must NOT have additional properties "whom"/);
    const syntax = write(
      's.json',
      '{\n  "name": "x",\n  "steps": [\n    { "at": 0, "do": "start" },,\n  ]\n}\n',
    );
    expect(() => loadScenario(syntax)).toThrow(/s\.json:4: /);
    const nonsense = write(
      'n.yaml',
      'name: x\nsteps:\n  - { at: 0, do: start }\n  - { at: 1, do: leave, who: Ann }\n',
    );
    expect(() => loadScenario(nonsense)).toThrow(/n\.yaml:4: Ann leaves at 1s but is not there/);
  });

  it('expand count and every', () => {
    const { steps } = loadScenario(bundledScenario('webinar-200'));
    expect(steps.filter((s) => s.do === 'join')).toHaveLength(202);
    expect(steps.find((s) => s.who === 'Attendee 200')?.at).toBe(5 + 199 * 0.5);
  });
});
