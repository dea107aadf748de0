/**
 * One HTTP exchange as the checker keeps it (live calls, proxied traffic), how its body is read
 * (bounded) and parsed, and how its response is validated and reported: the steps `live` and
 * `proxy` share.
 */
import { InputError } from './errors.js';
import { isSecretField, REDACTED, redactJson, redactQuery, redactText } from './redact.js';
import type { CheckResult } from './report.js';
import type { Validators } from './validators.js';
import type { Violation } from './violations.js';

/** A response (or request) body larger than this is not kept: the exchange is reported as an error. */
export const MAX_EXCHANGE_BYTES = 64 * 1024 * 1024;

export interface Exchange {
  method: string;
  url: URL;
  requestHeaders: Record<string, string>;
  /** The request body as sent, if any. */
  requestText?: string;
  status: number;
  responseHeaders: Record<string, string>;
  text: string;
}

export function headersOf(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => {
    out[name.toLowerCase()] = value;
  });
  return out;
}

/** A body stream's text, read up to `limit` bytes; InputError (and the stream cancelled) beyond. */
export async function readBounded(
  body: ReadableStream<Uint8Array> | null,
  limit: number,
  what: string,
): Promise<string> {
  return (await readBoundedBytes(body, limit, what)).toString('utf8');
}

/** A body stream's bytes, read up to `limit`; InputError (and the stream cancelled) beyond. */
export async function readBoundedBytes(
  body: ReadableStream<Uint8Array> | null,
  limit: number,
  what: string,
): Promise<Buffer> {
  if (body === null) return Buffer.alloc(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      throw new InputError(`${what} is larger than ${limit} bytes: not read further`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** A body as the validators take it: parsed JSON, or the text when it is empty, not JSON or not declared JSON. */
export function parseBody(
  text: string,
  contentType: string | undefined,
): { body?: unknown; bodyText?: string } {
  if (text === '') return { bodyText: '' };
  if (contentType && !/json/i.test(contentType)) return { bodyText: text };
  try {
    return { body: JSON.parse(text) };
  } catch {
    return { bodyText: text };
  }
}

/**
 * Violations as reports print them: every value scrubbed as a cassette is (known secrets, JWTs,
 * secret query parameters) and the value of a secret-named field (`apiKey`, `token`…) replaced.
 */
export function scrubViolations(
  violations: readonly Violation[],
  knownSecrets: readonly string[],
): Violation[] {
  return violations.map((v) => {
    const field = v.pointer.split('/').pop() ?? '';
    const safe = redactJson(v, { knownSecrets }) as Violation;
    return isSecretField(field) ? { ...safe, actual: REDACTED } : safe;
  });
}

/** The path below the base URL's path (`/v2/sessions` under `…/v2` → `/sessions`). */
export function relativePath(url: URL, base: URL): string {
  const prefix = base.pathname.replace(/\/$/, '');
  return url.pathname.startsWith(prefix) ? url.pathname.slice(prefix.length) || '/' : url.pathname;
}

/** `GET /sessions?page=1`, with secret query parameters and known secrets redacted. */
export function exchangeName(exchange: Exchange, base: URL, knownSecrets: readonly string[]): string {
  const query = redactQuery(Object.fromEntries(exchange.url.searchParams), { knownSecrets });
  const search = new URLSearchParams(query).toString();
  return redactText(`${exchange.method} ${relativePath(exchange.url, base)}${search ? `?${search}` : ''}`, [
    ...knownSecrets,
  ]);
}

/** Validates an exchange's response against its operation; the result as reports show it, scrubbed. */
export function checkExchange(
  validators: Validators,
  context: {
    provider: string;
    operationId: string;
    base: URL;
    strict: boolean;
    knownSecrets: readonly string[];
  },
  exchange: Exchange,
): CheckResult {
  const contentType = exchange.responseHeaders['content-type'];
  const result = validators.validateResponse({
    provider: context.provider,
    operationId: context.operationId,
    status: exchange.status,
    contentType: contentType ?? null,
    ...parseBody(exchange.text, contentType),
    headers: exchange.responseHeaders,
    strict: context.strict,
  });
  return {
    name: exchangeName(exchange, context.base, context.knownSecrets),
    provider: context.provider,
    operationId: context.operationId,
    status: exchange.status,
    kind: 'response',
    ok: result.ok,
    errors: scrubViolations(result.errors, context.knownSecrets),
    warnings: scrubViolations(result.warnings, context.knownSecrets),
  };
}
