/** Zoom's session users: one entry per join, with their QoS and what they shared. */
import type { JsonObject } from '@rtc-sessions/openapi-model';
import { type Handler, isoSeconds, type SimContext, type SimRequest, type SimResponse } from '../context.js';
import type { SimOperation } from '../spec-facts.js';
import { type Join, joinsOf, type Participant, type Session } from '../world.js';
import { cursorPage, withoutUndefined } from './shared.js';
import { found } from './zoom-common.js';

type Entry = { participant: Participant; join: Join };

/** The users of the path's session for `type` (live: a live session; past: an ended one), or a 404. */
function users(
  ctx: SimContext,
  req: SimRequest,
  op: SimOperation,
): { session: Session; entries: Entry[] } | SimResponse {
  const session = found(ctx, req, op);
  if ('status' in session) return session;
  const type = ctx.stringParam(req, op, 'type');
  const wanted = type === 'past' ? 'ended' : 'live';
  if (session.state !== wanted)
    return ctx.error(op, 404, `Session is not a ${type} session.`, undefined, 3001);
  return { session, entries: joinsOf(session) };
}

function userEntry(template: JsonObject, { participant, join }: Entry): JsonObject {
  return withoutUndefined({
    ...template,
    id: join.id,
    name: participant.name,
    join_time: isoSeconds(join.start),
    leave_time: join.end === null ? undefined : isoSeconds(join.end),
    // Only where the operation's shape has them (List session users, not the QoS lists).
    user_key: 'user_key' in template ? participant.userId : undefined,
    participant_uuid: 'participant_uuid' in template ? participant.id : undefined,
  });
}

/** A cursor-paged list of user entries rendered into the operation's example. */
function userList(
  render: (template: JsonObject, entry: Entry) => JsonObject,
  filter?: (e: Entry, s: Session) => boolean,
): Handler {
  return (ctx, req, op) => {
    const found = users(ctx, req, op);
    if ('status' in found) return found;
    const entries = filter ? found.entries.filter((e) => filter(e, found.session)) : found.entries;
    const page = cursorPage(ctx, req, op, entries);
    if ('response' in page) return page.response;
    const body = ctx.template(op);
    const template = ((body.users as JsonObject[]) ?? [])[0] ?? {};
    return {
      status: 200,
      body: {
        ...body,
        page_size: page.size,
        next_page_token: page.next,
        users: page.items.map((e) => render(template, e)),
      },
    };
  };
}

/** Screen sharing: the session's first participant shared their desktop for the first half of each join. */
function sharingEntry(template: JsonObject, { participant, join }: Entry): JsonObject {
  const end = join.end ?? join.start + 60_000;
  const detail = ((template.details as JsonObject[]) ?? [])[0] ?? {};
  return {
    ...template,
    id: join.id,
    name: participant.name,
    details: [
      {
        ...detail,
        start_time: isoSeconds(join.start),
        end_time: isoSeconds(join.start + (end - join.start) / 2),
      },
    ],
  };
}

const getSessionUserQos: Handler = (ctx, req, op) => {
  const found = users(ctx, req, op);
  if ('status' in found) return found;
  const entry = found.entries.find((e) => e.join.id === req.params.userId);
  if (!entry) return ctx.error(op, 404, 'User does not exist.', undefined, 3001);
  return { status: 200, body: userEntry(ctx.template(op), entry) };
};

export const zoomUserHandlers: Record<string, Handler> = {
  listSessionUsers: userList(userEntry),
  listSessionUsersQos: userList(userEntry),
  getSessionUserQos,
  listSessionUsersSharing: userList(
    sharingEntry,
    (e, s) => s.features.screenShare && e.participant === s.participants[0],
  ),
};
