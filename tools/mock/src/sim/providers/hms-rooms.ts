/** 100ms active rooms: the live session of a room, its peers, and the writes on them. */
import type { JsonObject } from '@rtc-sessions/openapi-model';
import { type Handler, iso, type ProviderModule } from '../context.js';
import { endSession, leave } from '../world.js';
import { activePeer, activeRoom, connected, customerId, hmsIds, hmsSessionHandlers } from './hms.js';

const getActiveRoom: Handler = (ctx, req, op) => {
  const s = activeRoom(ctx, req, op);
  if ('status' in s) return s;
  const body = ctx.template(op);
  const room = ctx.world.rooms.find((r) => r.id === s.roomId);
  return {
    status: 200,
    body: {
      ...body,
      id: s.roomId,
      name: room?.name ?? s.name,
      customer_id: customerId(ctx),
      session: {
        ...((body.session as JsonObject) ?? {}),
        id: s.id,
        created_at: iso(s.start),
        peers: connected(s).map(({ join }) => join.id),
      },
    },
  };
};

const listActiveRoomPeers: Handler = (ctx, req, op) => {
  const s = activeRoom(ctx, req, op);
  if ('status' in s) return s;
  const body = ctx.template(op);
  const template = Object.values((body.peers ?? {}) as Record<string, JsonObject>)[0] ?? {};
  const userId = req.query.get('user_id');
  const role = req.query.get('role');
  const peers = connected(s).filter(
    ({ participant }) =>
      (userId === null || participant.userId === userId) && (role === null || participant.role === role),
  );
  return {
    status: 200,
    body: {
      ...body,
      peers: Object.fromEntries(
        peers.map(({ participant, join }) => [join.id, activePeer(template, participant, join)]),
      ),
    },
  };
};

/** The connected peer of the path, rendered as the operation's example (with its tracks). */
const peerOf: Handler = (ctx, req, op) => {
  const s = activeRoom(ctx, req, op);
  if ('status' in s) return s;
  const found = connected(s).find(({ join }) => join.id === req.params.peer_id);
  if (!found) return ctx.error(op, 404, 'peer not found');
  if (op.info.method === 'POST') {
    const update = (req.body ?? {}) as { name?: string; role?: string; metadata?: string };
    if (update.name !== undefined) found.participant.name = update.name;
    if (update.role !== undefined) found.participant.role = update.role;
    if (update.metadata !== undefined) found.participant.metadata = update.metadata;
  }
  return { status: 200, body: activePeer(ctx.template(op), found.participant, found.join) };
};

const sendActiveRoomMessage: Handler = (ctx, req, op) => {
  const s = activeRoom(ctx, req, op);
  if ('status' in s) return s;
  const request = (req.body ?? {}) as { peer_id?: string };
  if (request.peer_id && !connected(s).some(({ join }) => join.id === request.peer_id))
    return ctx.error(op, 404, 'peer not found');
  ctx.messages.push({ roomId: s.roomId, body: req.body, at: ctx.clock() });
  return { status: 200, body: ctx.template(op) };
};

const removeActiveRoomPeers: Handler = (ctx, req, op) => {
  const s = activeRoom(ctx, req, op);
  if ('status' in s) return s;
  const request = (req.body ?? {}) as { peer_id?: string; role?: string };
  // With both, `peer_id` wins (the spec's RemovePeersRequest).
  const targets = connected(s).filter(({ participant, join }) =>
    request.peer_id ? join.id === request.peer_id : participant.role === request.role,
  );
  if (targets.length === 0) return ctx.error(op, 404, 'peer not found');
  for (const { participant } of targets) leave(participant, ctx.clock());
  return { status: 200, body: ctx.template(op) };
};

const endActiveRoom: Handler = (ctx, req, op) => {
  const s = activeRoom(ctx, req, op);
  if ('status' in s) return s;
  endSession(s, ctx.clock());
  return { status: 200, body: ctx.template(op) };
};

export const hms: ProviderModule = {
  ids: hmsIds,
  handlers: {
    ...hmsSessionHandlers,
    getActiveRoom,
    listActiveRoomPeers,
    getActiveRoomPeer: peerOf,
    updateActiveRoomPeer: peerOf,
    sendActiveRoomMessage,
    removeActiveRoomPeers,
    endActiveRoom,
  },
};
