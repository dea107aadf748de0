import { SignJWT } from 'jose';

/** Supplies the token a request is sent with. */
export interface TokenSource {
  /** The current token; `fresh: true` asks for a newly signed one (after a 401/403). */
  getToken(options?: { fresh?: boolean }): Promise<string>;
  /** Whether `getToken({ fresh: true })` can give a different token (it signs its own). */
  readonly canRefresh: boolean;
}

/** A token given as is: sent unchanged and never refreshed. */
export function staticToken(token: string): TokenSource {
  return {
    canRefresh: false,
    getToken: async () => token,
    // The token lives only in the closure: nothing to print.
    toJSON: () => ({ kind: 'static token' }),
  } as TokenSource;
}

/** Signs an HS256 JWT with `secret` over `claims` (already holding `iat`/`exp`). */
export async function signHs256(claims: Record<string, unknown>, secret: string): Promise<string> {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .sign(new TextEncoder().encode(secret));
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
  let current: Promise<{ token: string; expiresAt: number; issuedAt: number }> | undefined;
  const signNew = () => {
    const issuedAt = Math.floor(now() / 1000);
    const pending = options.sign(issuedAt).then((t) => ({ ...t, issuedAt }));
    // A failed signing must not be cached.
    pending.catch(() => {
      if (current === pending) current = undefined;
    });
    current = pending;
    return pending;
  };
  return {
    canRefresh: true,
    async getToken({ fresh = false } = {}) {
      if (!current || fresh) return (await signNew()).token;
      const pending = current;
      const cached = await pending;
      const lifetime = cached.expiresAt - cached.issuedAt;
      const refreshAt = cached.expiresAt - Math.min(margin, lifetime / 2);
      if (now() / 1000 >= refreshAt) {
        // Whoever sees the stale token first re-signs; the others wait for that token.
        if (current === pending) signNew();
        return (await (current ?? signNew())).token;
      }
      return cached.token;
    },
    toJSON: () => ({ kind: 'signed token' }),
  } as TokenSource;
}
