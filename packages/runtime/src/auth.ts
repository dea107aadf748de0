import { hmacSha256, toBase64Url, utf8 } from './web-crypto.js';

/**
 * Supplies the token a request is sent with. `getToken` may answer synchronously (a ready token, a
 * cached one still good) or with a promise (a signing under way): the request path awaits either.
 */
export interface TokenSource {
  /** The current token; `fresh: true` asks for a newly signed one (after a 401/403). */
  getToken(options?: { fresh?: boolean }): string | Promise<string>;
  /** The current token when it is at hand and still good, without waiting; else `undefined`. */
  peek?(): string | undefined;
  /** Whether `getToken({ fresh: true })` can give a different token (it signs its own). */
  readonly canRefresh: boolean;
}

/** A token given as is: sent unchanged and never refreshed. */
export function staticToken(token: string): TokenSource {
  return {
    canRefresh: false,
    getToken: () => token,
    // The token lives only in this closure: logging or serialising the client shows nothing of it.
    peek: () => token,
  };
}

// base64url('{"alg":"HS256","typ":"JWT"}'), the same for every token (the tests compare whole
// tokens with jose's).
const HS256_HEADER = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9';

/**
 * Signs an HS256 JWT (RFC 7519; header `{"alg":"HS256","typ":"JWT"}`) with `secret` over `claims`
 * (already holding `iat`/`exp`), with Web Crypto's HMAC-SHA-256, so it runs unchanged on Node, Bun,
 * Deno and workerd. It is async because Web Crypto is; {@link cachedSignedToken} signs once per
 * token lifetime, and hands the cached token out synchronously in between.
 *
 * Why not `jose`: it is a fine library, but loading it was ~30 ms of the ~35 ms each client took to
 * import, for one HS256 signature — a JSON header, a JSON payload and one HMAC. The runtime's tests
 * check these tokens with `jose`'s `jwtVerify` and against its `SignJWT`.
 */
export async function signHs256(claims: Record<string, unknown>, secret: string): Promise<string> {
  const input = `${HS256_HEADER}.${toBase64Url(utf8(JSON.stringify(claims)))}`;
  return `${input}.${toBase64Url(await hmacSha256(secret, input))}`;
}

/**
 * A cached signed token: `sign(nowSeconds)` is called for the first request and again once less
 * than `refreshMarginSeconds` of the token's life is left (or it expired), so a long-lived client
 * never sends an expired token. Concurrent requests share one signing.
 */
export function cachedSignedToken(options: {
  sign: (nowSeconds: number) => Promise<{ token: string; expiresAt: number }>;
  /** @default () => Date.now() */
  now?: () => number;
  /** @default 60, at most half the token's lifetime */
  refreshMarginSeconds?: number;
}): TokenSource {
  const now = options.now ?? Date.now;
  const margin = options.refreshMarginSeconds ?? 60;
  // The signing under way, if any: concurrent requests share it.
  let inFlight: Promise<string> | undefined;
  // The last signed token and when (epoch seconds) it is due for re-signing.
  let token: string | undefined;
  let refreshAt = 0;
  const signNew = () => {
    const issuedAt = Math.floor(now() / 1000);
    const signing: Promise<string> = options.sign(issuedAt).then(
      (t) => {
        if (inFlight === signing) {
          inFlight = undefined;
          token = t.token;
          refreshAt = t.expiresAt - Math.min(margin, (t.expiresAt - issuedAt) / 2);
        }
        return t.token;
      },
      (error: unknown) => {
        // A failed signing is not kept: the next request tries again.
        if (inFlight === signing) inFlight = undefined;
        throw error;
      },
    );
    inFlight = signing;
    return signing;
  };
  const peek = () => (token !== undefined && now() / 1000 < refreshAt ? token : undefined);
  return {
    canRefresh: true,
    peek,
    // The cached token is handed out synchronously; whoever sees it stale first re-signs, and the
    // others wait for that signing.
    getToken: ({ fresh = false } = {}) => (fresh ? signNew() : (peek() ?? inFlight ?? signNew())),
  };
}
