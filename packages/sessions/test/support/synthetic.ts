import type { Answer, Handler } from './server.js';

/** The n-th synthetic VideoSDK session (newest first: session 0 started last). */
export function videoSdkSession(n: number, total: number) {
  const start = Date.UTC(2024, 0, 1) + (total - n) * 60_000;
  return {
    id: `session-${String(n).padStart(6, '0')}`,
    roomId: `room-${n % 7}`,
    start: new Date(start).toISOString(),
    end: new Date(start + 45_000).toISOString(),
    status: 'ended',
    participants: [
      {
        participantId: `p${n}`,
        name: n % 5 === 0 ? `Name, "quoted" ${n}` : `Name ${n}`,
        // Every third participant left and rejoined.
        timelog:
          n % 3 === 0
            ? [
                { start: new Date(start + 1000).toISOString(), end: new Date(start + 10_000).toISOString() },
                {
                  start: new Date(start + 20_000).toISOString(),
                  end: new Date(start + 44_000).toISOString(),
                },
              ]
            : [{ start: new Date(start + 1000).toISOString(), end: new Date(start + 44_000).toISOString() }],
      },
    ],
    links: { get_room: `https://api.videosdk.live/v2/rooms/room-${n % 7}` },
  };
}

export interface SyntheticOptions {
  total: number;
  /** Page size the server uses, whatever was asked (like a server-side cap). */
  perPage: number;
  delayMs?: number;
  /** Answers to give instead of a page, e.g. a 429 storm. `undefined` serves the page. */
  interrupt?: (page: number) => Answer | undefined;
  /** Keep each page's JSON once built (the benchmark: the server's own work is not measured). */
  cache?: boolean;
  /** Sessions (by index) a page lists again, as a list that shifted would. */
  repeats?: (page: number) => number[];
}

/** A VideoSDK `GET /sessions/` over `total` generated sessions. */
export function videoSdkSessions(options: SyntheticOptions): Handler {
  const lastPage = Math.max(1, Math.ceil(options.total / options.perPage));
  const cache = options.cache ? new Map<number, string>() : undefined;
  return (request) => {
    const participants = /^\/sessions\/session-(\d+)\/participants$/.exec(request.rawPath);
    if (participants) {
      const session = videoSdkSession(Number(participants[1]), options.total);
      return {
        status: 200,
        delayMs: options.delayMs ?? 0,
        body: {
          pageInfo: { currentPage: 1, perPage: 20, lastPage: 1, total: session.participants.length },
          data: { id: session.id, roomId: session.roomId, participants: session.participants },
        },
      };
    }
    if (request.method !== 'GET' || request.rawPath !== '/sessions/') {
      return { status: 404, body: { message: 'not found' } };
    }
    const page = Number(request.query.page ?? '1');
    const interrupted = options.interrupt?.(page);
    if (interrupted) return interrupted;
    const cached = cache?.get(page);
    if (cached !== undefined) return { status: 200, delayMs: options.delayMs ?? 0, bodyText: cached };
    const data = [];
    for (let n = (page - 1) * options.perPage; n < Math.min(page * options.perPage, options.total); n++) {
      data.push(videoSdkSession(n, options.total));
    }
    for (const n of options.repeats?.(page) ?? []) data.push(videoSdkSession(n, options.total));
    const body = {
      pageInfo: { currentPage: page, perPage: options.perPage, lastPage, total: options.total },
      data,
    };
    if (!cache) return { status: 200, delayMs: options.delayMs ?? 0, body };
    const text = JSON.stringify(body);
    cache.set(page, text);
    return { status: 200, delayMs: options.delayMs ?? 0, bodyText: text };
  };
}
