/**
 * Writes exchanges as redacted cassettes under `<dir>/<provider>/<operationId>/`: the one writer of
 * `live --record` and `proxy --record`, so both produce the same format with the same redaction.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CASSETTE_FORMAT, type Cassette } from './cassette.js';
import { type Exchange, parseBody, relativePath } from './exchange.js';
import { type Pseudonymizer, redactCassette } from './redact.js';

export interface RecorderOptions {
  dir: string;
  provider: string;
  /** The server the exchanges went to (recorded as `server`). */
  base: URL;
  /** `rtc-contract live`, `rtc-contract proxy`. */
  source: string;
  /** The secrets known so far (credentials, tokens seen in requests), read at each write. */
  knownSecrets: () => readonly string[];
  pseudonymizer?: Pseudonymizer;
}

/** One exchange as a cassette, before redaction. */
function toCassette(
  options: RecorderOptions,
  operationId: string,
  exchange: Exchange,
  recordedAt: string,
): Cassette {
  const contentType = exchange.responseHeaders['content-type'];
  const requestBody =
    exchange.requestText === undefined || exchange.requestText === ''
      ? {}
      : parseBody(exchange.requestText, exchange.requestHeaders['content-type']);
  return {
    format: CASSETTE_FORMAT,
    provider: options.provider,
    operationId,
    recordedAt,
    server: options.base.href.replace(/\/+$/, ''),
    source: `${options.source}, ${recordedAt}`,
    request: {
      method: exchange.method,
      path: relativePath(exchange.url, options.base),
      query: Object.fromEntries(exchange.url.searchParams),
      headers: exchange.requestHeaders,
      // the cassette format keeps a request body as JSON only
      ...('body' in requestBody ? { body: requestBody.body } : {}),
    },
    response: {
      status: exchange.status,
      headers: exchange.responseHeaders,
      ...parseBody(exchange.text, contentType),
    },
  };
}

/** The redacted cassette's JSON text; a body nested deeper than the stack is kept as its text. */
function cassetteText(cassette: Cassette, exchange: Exchange, options: RecorderOptions): string {
  const redactOptions = {
    knownSecrets: options.knownSecrets(),
    ...(options.pseudonymizer ? { pseudonymizer: options.pseudonymizer } : {}),
  };
  try {
    return JSON.stringify(redactCassette(cassette, redactOptions), null, 2);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    const asText = { ...cassette, response: { ...cassette.response, bodyText: exchange.text } };
    delete asText.response.body;
    return JSON.stringify(redactCassette(asText, redactOptions), null, 2);
  }
}

/** A writer of exchanges as cassettes; each call returns the file written. */
export function createRecorder(
  options: RecorderOptions,
): (operationId: string, exchange: Exchange) => string {
  const recordedAt = new Date().toISOString();
  const stamp = recordedAt.replace(/[:.]/g, '-');
  const prefix = options.source.replace(/^rtc-contract /, '');
  let sequence = 0;
  return (operationId, exchange) => {
    const cassette = toCassette(options, operationId, exchange, new Date().toISOString());
    const text = cassetteText(cassette, exchange, options);
    const dir = join(options.dir, options.provider, operationId);
    mkdirSync(dir, { recursive: true });
    sequence++;
    const file = join(dir, `${prefix}-${stamp}-${String(sequence).padStart(3, '0')}-${exchange.status}.json`);
    writeFileSync(file, `${text}\n`);
    return file;
  };
}
