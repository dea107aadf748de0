import { BodyTooLarge, readBody } from './body.js';
import type { Controllers } from './controllers.js';

/** How one attempt ended: an answer with its body read, or no answer. */
export type Outcome =
  | { kind: 'answered'; response: Response; text: string }
  | { kind: 'failed'; timeout: boolean; networkCode: string | undefined; error: unknown }
  | { kind: 'too-large'; response: Response };

/** What one attempt sends, and how long it may take. */
export interface AttemptRequest {
  url: string;
  init: RequestInit;
  /** `Infinity`: no timer. */
  timeoutMs: number;
  /** The caller's signal; aborting it aborts the attempt (the caller then reads its reason). */
  callerSignal: AbortSignal | undefined;
  maxResponseBytes: number;
  /** Where the timeout's controller comes from (and goes back to). */
  controllers: Controllers;
}

/** Sends a request: the platform's `fetch`, or the client's `fetch` option (given a `Request`). */
export type Send = (url: string, init: RequestInit) => Promise<Response>;

function networkCode(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return undefined;
}

// The abort reason of a timed-out attempt, told apart from the caller's own abort.
const timedOut = Symbol('timeout');

/**
 * Makes one attempt: sends the request and reads its body, both under one timer, so that a server
 * that stalls mid-body times out too. Never throws: a caller's abort is a `failed` outcome whose
 * caller the loop checks first.
 */
export async function attempt(send: Send, request: AttemptRequest): Promise<Outcome> {
  const { timeoutMs, callerSignal } = request;
  // Without a timeout the caller's signal, if any, is the request's own: no controller in between.
  const lease = timeoutMs === Infinity ? undefined : request.controllers.take();
  const controller = lease?.controller;
  const onAbort = controller && callerSignal && (() => controller.abort(callerSignal.reason));
  if (onAbort) callerSignal?.addEventListener('abort', onAbort);
  const timer = controller && setTimeout(() => controller.abort(timedOut), timeoutMs);
  const signal = controller?.signal ?? callerSignal;
  try {
    const response = await send(request.url, signal ? { ...request.init, signal } : request.init);
    const text = await readBody(response, request.maxResponseBytes);
    return text instanceof BodyTooLarge
      ? { kind: 'too-large', response }
      : { kind: 'answered', response, text };
  } catch (error) {
    const timeout = controller?.signal.reason === timedOut;
    return { kind: 'failed', timeout, networkCode: timeout ? undefined : networkCode(error), error };
  } finally {
    clearTimeout(timer);
    if (onAbort) callerSignal?.removeEventListener('abort', onAbort);
    if (lease) request.controllers.release(lease);
  }
}
