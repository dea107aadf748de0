/**
 * Plays a scenario against running simulators: each step changes every provider's world and
 * sends that provider's webhooks, signed and retried as the provider does. Steps run in real
 * time, or `speed` times faster (`Infinity`: no waiting).
 */
import { ConfigurationError } from '@rtc-sessions/runtime';
import type { SimContext } from './context.js';
import type { PlayStep, Scenario } from './scenario.js';
import { type Delivery, deliver, redact, retryPolicyOf, type Signer } from './webhook-delivery.js';
import { type Moment, type MomentInput, webhookBody } from './webhook-events.js';
import {
  endSession,
  join,
  leave,
  newParticipant,
  newSession,
  type Participant,
  type Session,
} from './world.js';

export interface PlayOptions {
  /** Where every provider's deliveries are posted. Without it, the state changes and nothing is sent. */
  webhooks?: string;
  /** How many times faster than real time (default 1); `Infinity` plays without waiting. */
  speed?: number;
  /**
   * Called after each step, once its deliveries had their first attempt, and awaited before the
   * next step: the place to compare the REST state with what was delivered.
   */
  onStep?: (step: PlayStep, index: number, deliveries: Delivery[]) => void | Promise<void>;
}

export interface PlayResult {
  /** The session the scenario played, per provider. */
  sessions: Record<string, string>;
  /** Every delivery of the run, retries settled. */
  deliveries: Delivery[];
}

interface Lane {
  ctx: SimContext;
  signer: Signer | undefined;
  session?: Session;
  people: Map<string, Participant>;
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Applies a step to one provider's world; returns the moments it produced. */
function apply(lane: Lane, scenario: Scenario, step: PlayStep, at: number): Array<[Moment, MomentInput]> {
  const { ctx } = lane;
  if (step.do === 'start') {
    const name = scenario.room ?? scenario.name;
    let room = ctx.world.rooms.find((r) => r.name === name);
    if (!room) {
      room = { id: ctx.ids.room(ctx.random), name, key: name };
      ctx.world.rooms.push(room);
    }
    lane.session = newSession(ctx.ids, ctx.random, room, at, 'live');
    ctx.addSession(lane.session);
    return [['session-started', { session: lane.session, at }]];
  }
  const session = lane.session as Session;
  if (step.do === 'join') {
    const who = step.who ?? '';
    let person = lane.people.get(who);
    if (!person) {
      person = newParticipant(ctx.ids, ctx.random, who, step.role ?? 'guest');
      lane.people.set(who, person);
    }
    const entry = join(ctx.ids, ctx.random, session, person, at);
    return [['joined', { session, participant: person, join: entry, at }]];
  }
  const leaving =
    step.do === 'leave' ? [lane.people.get(step.who ?? '') as Participant] : session.participants;
  const moments: Array<[Moment, MomentInput]> = [];
  for (const person of leaving) {
    const open = person.joins.find((j) => j.end === null);
    if (!open || !leave(person, at)) continue;
    const reason = step.reason ?? (step.do === 'end' ? 'the host ended the session' : undefined);
    moments.push(['left', { session, participant: person, join: open, at, ...(reason ? { reason } : {}) }]);
  }
  if (step.do === 'end') {
    endSession(session, at);
    moments.push(['session-ended', { session, at }]);
  }
  return moments;
}

export interface Player {
  play(scenario: Scenario, steps: PlayStep[], options?: PlayOptions): Promise<PlayResult>;
  /** Every delivery sent so far (all runs). */
  deliveries(): Delivery[];
}

export function createPlayer(lanes: Array<{ ctx: SimContext; signer: () => Promise<Signer> }>): Player {
  const all: Delivery[] = [];
  const play = async (
    scenario: Scenario,
    steps: PlayStep[],
    options: PlayOptions = {},
  ): Promise<PlayResult> => {
    const speed = options.speed ?? 1;
    if (!(speed > 0) || Number.isNaN(speed))
      throw new ConfigurationError(`speed must be a positive number or Infinity, got ${speed}`);
    const playing: Lane[] = [];
    for (const { ctx, signer } of lanes) {
      playing.push({ ctx, signer: options.webhooks ? await signer() : undefined, people: new Map() });
    }
    const started = playing[0]?.ctx.clock() ?? Date.now();
    const realStart = Date.now();
    const pending: Promise<void>[] = [];
    const run: Delivery[] = [];
    for (const [index, step] of steps.entries()) {
      // Wait until the step's time, scaled; the world's clock reads the scenario's own time.
      const wait = realStart + (step.at * 1000) / speed - Date.now();
      if (Number.isFinite(wait) && wait > 0) await delay(wait);
      const at = started + step.at * 1000;
      const sent = await Promise.all(
        playing.map((lane) => send(lane, scenario, step, index, at, speed, options, pending)),
      );
      const deliveries = sent.flat();
      all.push(...deliveries);
      run.push(...deliveries);
      await options.onStep?.(step, index, deliveries);
    }
    await Promise.all(pending);
    const sessions = Object.fromEntries(playing.map((l) => [l.ctx.facts.spec.id, l.session?.id ?? '']));
    return { sessions, deliveries: run };
  };
  return { play, deliveries: () => [...all] };
}

async function send(
  lane: Lane,
  scenario: Scenario,
  step: PlayStep,
  index: number,
  at: number,
  speed: number,
  options: PlayOptions,
  pending: Promise<void>[],
): Promise<Delivery[]> {
  const moments = apply(lane, scenario, step, at);
  if (!lane.signer || !options.webhooks) return [];
  const provider = lane.ctx.facts.spec.id;
  const policy = retryPolicyOf(lane.ctx.facts.spec.facts);
  const out: Delivery[] = [];
  // One provider's deliveries go out in order, each after the previous one's first attempt.
  for (const [moment, input] of moments) {
    const { event, body } = webhookBody(lane.ctx, moment, input);
    const signed = lane.signer.sign(body);
    const record: Delivery = {
      provider,
      event,
      url: options.webhooks,
      body: signed.body,
      headers: redact(signed.headers, lane.signer.secrets),
      step: index,
      attempts: [],
      delivered: false,
    };
    const { first, settled } = deliver(record, signed, policy, speed);
    pending.push(settled);
    await first;
    out.push(record);
  }
  return out;
}
