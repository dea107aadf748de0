/**
 * The fetch `rtc-contract live` hands the client: it sends each request as is and keeps the raw
 * exchange (the response body read up to a bound), and learns the token the client signed so that
 * everything written later is scrubbed of it.
 */
import { type Exchange, headersOf, MAX_EXCHANGE_BYTES, readBounded } from './exchange.js';

export interface Capture {
  fetch(request: Request): Promise<Response>;
  /** Every exchange that got a response, in order. */
  readonly exchanges: Exchange[];
  /** How many requests were sent (those without a response are the difference). */
  sent(): number;
  /** Credentials, and every token seen in an Authorization header so far. */
  secrets(): string[];
}

export function createCapture(credentials: Iterable<string>, send: typeof fetch = fetch): Capture {
  const known = new Set<string>(credentials);
  const exchanges: Exchange[] = [];
  let sent = 0;
  const capture = async (request: Request): Promise<Response> => {
    sent++;
    const requestHeaders = headersOf(request.headers);
    // known before anything can fail, so even a "no response" message is scrubbed of it
    for (const [name, value] of Object.entries(requestHeaders)) {
      if (/authorization/i.test(name)) {
        known.add(value);
        known.add(value.replace(/^Bearer\s+/i, ''));
      }
    }
    const requestText = request.body === null ? undefined : await request.clone().text();
    const response = await send(request);
    const text = await readBounded(
      response.clone().body,
      MAX_EXCHANGE_BYTES,
      `${request.method} ${request.url} response`,
    );
    exchanges.push({
      method: request.method,
      url: new URL(request.url),
      requestHeaders,
      ...(requestText !== undefined ? { requestText } : {}),
      status: response.status,
      responseHeaders: headersOf(response.headers),
      text,
    });
    return response;
  };
  return { fetch: capture, exchanges, sent: () => sent, secrets: () => [...known] };
}
