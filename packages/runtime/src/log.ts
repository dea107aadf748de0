/** What the request path reports, one entry per attempt; never a header, a query or a body. */
export interface RequestLogEntry {
  /** The provider's id. */
  provider: string;
  method: string;
  /** The URL path, without its query (which may hold a cursor or other secrets). */
  path: string;
  /** 1 for the first attempt of a call. */
  attempt: number;
  /** The answer's status; absent when no answer came (network error, timeout). */
  status?: number;
  /** Milliseconds from sending to the body read. */
  durationMs: number;
  /** What the call does next: return, retry, re-sign the token and retry, or throw. */
  outcome: 'ok' | 'retry' | 'refresh-token' | 'error';
  /** The name of the error when no answer came (`TimeoutError`, `ConnectionError`). */
  error?: string;
}

/** Receives one {@link RequestLogEntry} per attempt. */
export type Logger = (entry: RequestLogEntry) => void;

/** One line per attempt on stderr: `rtc-sessions zoom-videosdk GET /videosdk/sessions 200 attempt 1 42 ms ok`. */
export const stderrLogger: Logger = (e) => {
  const answer = e.status ?? e.error ?? 'no answer';
  console.error(
    `rtc-sessions ${e.provider} ${e.method} ${e.path} ${answer} attempt ${e.attempt} ${Math.round(e.durationMs)} ms ${e.outcome}`,
  );
};
