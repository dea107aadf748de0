/**
 * Webhook deliveries as cassettes: the request a provider posted to a receiver (headers and body)
 * and the receiver's answer, in the `rtc-sessions/cassette@1` format with `webhook` (the event
 * name) where an exchange has `operationId`. See contract-tests/recordings/README.md.
 */
import { isDeepStrictEqual } from 'node:util';
import type { CassetteResult } from './cassette.js';
import { REDACTED, type RedactOptions, redactHeaders, redactJson } from './redact.js';
import type { Violation } from './violations.js';
import type { WebhookValidators } from './webhook-validators.js';

/** One recorded webhook delivery (see cassette.schema.json). */
export interface WebhookCassette {
  format: 'rtc-sessions/cassette@1';
  provider: string;
  /** The event name, as the spec's `webhooks:` key. */
  webhook: string;
  recordedAt?: string;
  source?: string;
  request: {
    method: string;
    /** The receiver's path the delivery was posted to. */
    path: string;
    headers: Record<string, string>;
    /** The parsed JSON payload: what is checked against the contract. */
    body: unknown;
    /**
     * The body exactly as it arrived, so its signature can be checked again; kept only when
     * redaction changed nothing in it (a redacted body no longer matches its signature).
     */
    bodyText?: string;
  };
  response: {
    status: number;
    headers?: Record<string, string>;
    body?: unknown;
    bodyText?: string;
  };
}

/** Whether a parsed cassette records a webhook delivery rather than an API exchange. */
export function isWebhookCassette(value: unknown): value is WebhookCassette {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { webhook?: unknown }).webhook === 'string'
  );
}

// Credentials that deliveries carry in their payloads beyond the response rules of redact.ts: the
// stream keys of RTMP destinations (Zoom live streaming and stream ingestion) and the download
// token of Zoom's recording events (a 24-hour access token to the files).
const WEBHOOK_SECRET_FIELD = /^(stream_?key|download_?token)$/i;

function redactPayload(value: unknown, options: RedactOptions): unknown {
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (node && typeof node === 'object') {
      const out: Record<string, unknown> = {};
      for (const [key, child] of Object.entries(node)) {
        out[key] = WEBHOOK_SECRET_FIELD.test(key) && typeof child === 'string' ? REDACTED : walk(child);
      }
      return out;
    }
    return node;
  };
  return redactJson(walk(value), options);
}

/**
 * A copy of a delivery that is safe to write. Signature headers (`keepHeaders`: the header
 * parameters the spec declares for the event, e.g. `x-zm-signature`) are kept — a signature only
 * vouches for its own body and timestamp, it signs nothing else. Every other header goes through
 * the response rules (credentials, cookies, names with `token`/`secret`/`key`/`auth`…), and so do
 * `extraSecretHeaders` (100ms's secret header, whose name the user chooses). The payload loses
 * stream keys besides everything redactJson removes; `bodyText` survives only if that changed
 * nothing.
 */
export function redactWebhookCassette(
  cassette: WebhookCassette,
  options: RedactOptions & { keepHeaders?: readonly string[]; extraSecretHeaders?: readonly string[] } = {},
): WebhookCassette {
  const keep = new Set((options.keepHeaders ?? []).map((h) => h.toLowerCase()));
  const extra = new Set((options.extraSecretHeaders ?? []).map((h) => h.toLowerCase()));
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(cassette.request.headers)) {
    const lower = name.toLowerCase();
    if (extra.has(lower)) headers[lower] = REDACTED;
    else if (keep.has(lower)) headers[lower] = value;
    else Object.assign(headers, redactHeaders({ [lower]: value }, options));
  }
  const body = redactPayload(cassette.request.body, options);
  const { bodyText, ...request } = cassette.request;
  const unchanged = bodyText !== undefined && isDeepStrictEqual(body, cassette.request.body);
  return {
    ...cassette,
    request: { ...request, headers, body, ...(unchanged ? { bodyText } : {}) },
    response: {
      status: cassette.response.status,
      ...(cassette.response.headers ? { headers: redactHeaders(cassette.response.headers, options) } : {}),
      ...('body' in cassette.response ? { body: redactJson(cassette.response.body, options) } : {}),
    },
  };
}

function bodyTextMismatch(cassette: WebhookCassette): Violation | undefined {
  const text = cassette.request.bodyText;
  if (text === undefined) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = Symbol('not JSON');
  }
  if (isDeepStrictEqual(parsed, cassette.request.body)) return undefined;
  return {
    severity: 'error',
    pointer: '',
    schemaPath: '',
    keyword: 'bodyText',
    message: 'request.bodyText does not parse to request.body: the cassette was edited after recording',
    expected: 'request.bodyText = the JSON text of request.body',
    actual: text.length > 80 ? `${text.slice(0, 77)}...` : text,
    in: 'body',
  };
}

/** Checks a delivery's payload and signature headers against its event in the spec. */
export function verifyWebhookCassette(
  validators: WebhookValidators,
  cassette: WebhookCassette,
  options: { file?: string; strict?: boolean } = {},
): CassetteResult {
  validators.event(cassette.provider, cassette.webhook);
  const result = validators.validateWebhook({
    provider: cassette.provider,
    event: cassette.webhook,
    body: cassette.request.body,
    headers: cassette.request.headers,
    strict: options.strict === true,
  });
  const mismatch = bodyTextMismatch(cassette);
  const errors = mismatch ? [...result.errors, mismatch] : result.errors;
  return {
    ...result,
    ok: errors.length === 0,
    errors,
    file: options.file ?? '',
    provider: cassette.provider,
    operationId: cassette.webhook,
    status: cassette.response.status,
    request: `${cassette.request.method} ${cassette.request.path} (webhook ${cassette.webhook})`,
  };
}
