import type { Cassette } from './cassette.js';

/** What replaces every redacted value. */
export const REDACTED = '[REDACTED]';

// Headers whose values are credentials or session state, whatever the provider calls them.
// `auth` also catches `x-auth` and `authentication`, which carry credentials under other names.
const SECRET_HEADER = /auth|cookie|token|key|secret|signature|password|session/i;
const SECRET_QUERY = /token|key|secret|signature|password|^sig$|auth/i;
// Body fields that must never be stored: VideoSDK's leaked `apiKey`, Zoom's users' `ip_address`, and
// credentials under their usual names (a cursor such as `next_page_token` is not one of them).
const SECRET_BODY_FIELD =
  /^(api_?key|ip_address|((access|refresh|id)_?)?token|(client_?)?secret|password|signature)$/i;
// A JWT anywhere in a string (three base64url parts, the first a JSON header).
const JWT = /eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*/g;
// A secret-named query parameter inside a URL anywhere in a string (`…/chat?token=…`).
const URL_SECRET_PARAM =
  /([?&][^=&#\s"]*(?:token|key|secret|signature|password|sig|auth)[^=&#\s"]*=)[^&#\s"]*/gi;

const PSEUDONYM_FIELDS: [RegExp, string][] = [
  [/^(name|user_?name|display_?name|session_?name)$/i, 'Person'],
  [/^(user_?id|participant_?id|peer_?id|user_?key|customer_?id|participant_?uuid)$/i, 'user'],
  [/^e-?mail$/i, 'email'],
];

export interface Pseudonymizer {
  /** The pseudonym of `value` for a field named `field`, or undefined when the field is not personal. */
  pseudonym(field: string, value: string): string | undefined;
}

/** Stable within one run: the same value of the same kind gets the same pseudonym. */
export function createPseudonymizer(): Pseudonymizer {
  const seen = new Map<string, string>();
  const counters = new Map<string, number>();
  return {
    pseudonym(field, value) {
      const kind = PSEUDONYM_FIELDS.find(([pattern]) => pattern.test(field))?.[1];
      if (!kind || value === '') return undefined;
      const key = `${kind}\u0000${value}`;
      let alias = seen.get(key);
      if (!alias) {
        const n = (counters.get(kind) ?? 0) + 1;
        counters.set(kind, n);
        alias =
          kind === 'Person'
            ? `Person ${n}`
            : kind === 'email'
              ? `person${n}@example.invalid`
              : `user-${String(n).padStart(4, '0')}`;
        seen.set(key, alias);
      }
      return alias;
    },
  };
}

export interface RedactOptions {
  /** Literal secrets (credentials, the signed token) to scrub wherever they appear. */
  knownSecrets?: readonly string[];
  pseudonymizer?: Pseudonymizer;
}

/** Replaces known secrets and JWTs inside a string. */
export function redactText(text: string, knownSecrets: readonly string[] = []): string {
  let out = text;
  for (const secret of knownSecrets) {
    if (secret.length >= 4) out = out.split(secret).join(REDACTED);
  }
  // inside a URL the marker must stay URL-safe, or the redacted value would break `format: uri`
  return out.replace(JWT, REDACTED).replace(URL_SECRET_PARAM, '$1REDACTED');
}

function redactValue(value: unknown, options: RedactOptions, field?: string): unknown {
  if (typeof value === 'string') {
    if (field !== undefined) {
      const alias = options.pseudonymizer?.pseudonym(field, value);
      if (alias !== undefined) return alias;
    }
    return redactText(value, options.knownSecrets);
  }
  if (Array.isArray(value)) return value.map((item) => redactValue(item, options, field));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) {
      const safeKey = redactText(key, options.knownSecrets);
      out[safeKey] =
        SECRET_BODY_FIELD.test(key) && child !== null ? REDACTED : redactValue(child, options, key);
    }
    return out;
  }
  return value;
}

/** Whether a body field of this name is never stored or printed (`apiKey`, `ip_address`…). */
export function isSecretField(name: string): boolean {
  return SECRET_BODY_FIELD.test(name);
}

/** A copy of any JSON value with secret fields, known secrets and JWTs redacted (and pseudonyms applied). */
export function redactJson(value: unknown, options: RedactOptions = {}): unknown {
  return redactValue(value, options);
}

export function redactHeaders(
  headers: Record<string, string>,
  options: RedactOptions = {},
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    out[name.toLowerCase()] = SECRET_HEADER.test(name) ? REDACTED : redactText(value, options.knownSecrets);
  }
  return out;
}

export function redactQuery(
  query: Record<string, string>,
  options: RedactOptions = {},
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(query)) {
    out[name] = SECRET_QUERY.test(name) ? REDACTED : redactText(value, options.knownSecrets);
  }
  return out;
}

/**
 * A copy of the cassette that is safe to write: credentials in headers and query, token-like
 * headers, `apiKey` and `ip_address` anywhere in the bodies, every JWT and every known secret
 * wherever it appears, and (with a pseudonymizer) names and user ids.
 */
export function redactCassette(cassette: Cassette, options: RedactOptions = {}): Cassette {
  const { request, response } = cassette;
  return {
    ...cassette,
    request: {
      method: request.method,
      path: redactText(request.path, options.knownSecrets),
      ...(request.query ? { query: redactQuery(request.query, options) } : {}),
      ...(request.headers ? { headers: redactHeaders(request.headers, options) } : {}),
      ...('body' in request ? { body: redactValue(request.body, options) } : {}),
    },
    response: {
      status: response.status,
      ...(response.headers ? { headers: redactHeaders(response.headers, options) } : {}),
      ...('body' in response ? { body: redactValue(response.body, options) } : {}),
      ...(response.bodyText !== undefined
        ? { bodyText: redactText(response.bodyText, options.knownSecrets) }
        : {}),
    },
  };
}
