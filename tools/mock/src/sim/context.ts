/**
 * One provider's simulator state and the helpers its REST handlers share: the world, the seeded
 * random source, the spec's facts, the cursor store and the clock.
 */
import type { Json, JsonObject } from '@rtc-sessions/openapi-model';
import type { Faults } from './faults.js';
import { CursorStore } from './paging.js';
import { Random } from './random.js';
import type { SimOperation, SpecFacts } from './spec-facts.js';
import type { IdStyle, Session, WorldState } from './world.js';

export interface SimRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  /** Path parameters, decoded. */
  params: Record<string, string>;
  /** The parsed JSON body, or undefined. */
  body: unknown;
}

export interface SimResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type Handler = (ctx: SimContext, req: SimRequest, op: SimOperation) => SimResponse;

/** What a provider module gives the simulator. */
export interface ProviderModule {
  ids: IdStyle;
  /** Adds provider-specific state to a freshly generated world (not to a loaded one). */
  seed?: (ctx: SimContext) => void;
  /** A handler per operationId: every operation of the spec must have one. */
  handlers: Record<string, Handler>;
}

export class SimContext {
  readonly random: Random;
  readonly cursors: CursorStore;
  /** Messages sent into live rooms (100ms `sendActiveRoomMessage`), newest last. */
  readonly messages: Array<{ roomId: string; body: unknown; at: number }> = [];
  /** The public key webhook deliveries are signed with, when the provider signs with a key pair. */
  webhookPublicKey: string | undefined;

  constructor(
    public world: WorldState,
    readonly facts: SpecFacts,
    readonly ids: IdStyle,
    readonly clock: () => number,
    readonly faults: Faults,
  ) {
    this.random = Random.restore(world.random);
    this.cursors = new CursorStore(this.random, clock);
  }

  /** The world as JSON-ready state, with the random source where it is now. */
  snapshot(): WorldState {
    return { ...this.world, random: this.random.snapshot() };
  }

  session(id: string): Session | undefined {
    return this.world.sessions.find((s) => s.id === id);
  }

  /** The live session of a room, if any. */
  liveSession(roomId: string): Session | undefined {
    return this.world.sessions.find((s) => s.roomId === roomId && s.state === 'live');
  }

  /** Adds a session at its place (newest first). */
  addSession(session: Session): void {
    const index = this.world.sessions.findIndex((s) => s.start <= session.start);
    if (index === -1) this.world.sessions.push(session);
    else this.world.sessions.splice(index, 0, session);
  }

  /** A query parameter as the spec types it, with the spec's default. */
  intParam(req: SimRequest, op: SimOperation, name: string): number {
    const raw = req.query.get(name);
    if (raw !== null) return Number(raw);
    const schema = this.facts.parameter(op.info.operationId, name);
    return typeof schema.default === 'number' ? schema.default : Number(schema.minimum ?? 1);
  }

  stringParam(req: SimRequest, op: SimOperation, name: string): string | undefined {
    const raw = req.query.get(name);
    if (raw !== null) return raw;
    const schema = this.facts.parameter(op.info.operationId, name);
    return typeof schema.default === 'string' ? schema.default : undefined;
  }

  /**
   * An error the operation documents for `status`: its example body from the spec, with our
   * message when given; an undocumented status gets the provider's error shape built from its
   * `errorBody` pointers.
   */
  error(
    op: SimOperation,
    status: number,
    message?: string,
    headers?: Record<string, string>,
    code?: number | string,
  ): SimResponse {
    const documented = op.info.responses.find(
      (r) => r.status === String(status) || r.status === `${String(status)[0]}XX`,
    );
    const example = documented?.examples[0]?.value;
    const body = (example && typeof example === 'object' ? structuredClone(example) : {}) as JsonObject;
    const messagePointer = this.facts.spec.facts.errorBody.message[0];
    if (message && messagePointer) setPointer(body, messagePointer, message);
    const codePointer = this.facts.spec.facts.errorBody.code[0];
    if (codePointer && (code !== undefined || !example)) setPointer(body, codePointer, code ?? status);
    return { status, body, ...(headers ? { headers } : {}) };
  }

  /** A copy of the operation's success example: the template an entity is rendered into. */
  template(op: SimOperation): JsonObject {
    return structuredClone((op.example ?? {}) as JsonObject);
  }
}

/** Sets a one-level pointer (`/message`) of an error body. */
function setPointer(body: JsonObject, pointer: string, value: Json): void {
  const key = pointer.replace(/^\//, '');
  if (!key.includes('/')) body[key] = value;
}

/** ISO 8601 with milliseconds, as VideoSDK and 100ms send. */
export const iso = (ms: number): string => new Date(ms).toISOString();
/** ISO 8601 to the second (`2021-12-07T05:42:28Z`), as Zoom sends. */
export const isoSeconds = (ms: number): string =>
  new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
