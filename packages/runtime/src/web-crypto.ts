/**
 * The few byte and crypto operations the runtime and the webhook verifiers need, on what every
 * runtime the clients support has without a flag or an import: Web Crypto (`globalThis.crypto.subtle`),
 * `TextEncoder`/`TextDecoder` and `atob`/`btoa`. Node ≥ 20.19, Bun, Deno and workerd all have them;
 * nothing here touches `node:*` or `Buffer`.
 *
 * Every function allocates what it returns: no buffer is shared between calls, so two deliveries
 * verified at once (each awaiting Web Crypto) can never see each other's bytes.
 */
import { ConfigurationError } from './errors.js';

/**
 * A Web Crypto key, opaque. The runtime declares the slice of Web Crypto it uses itself, so that its
 * emitted declarations need neither the DOM lib nor @types/node (a Node service's tsconfig has no DOM).
 */
export interface WebCryptoKey {
  readonly type: string;
}

/** The part of `SubtleCrypto` the runtime calls. */
export interface Subtle {
  importKey(
    format: 'raw' | 'spki',
    keyData: Uint8Array,
    algorithm: { name: string; hash: string },
    extractable: boolean,
    usages: ('sign' | 'verify')[],
  ): Promise<WebCryptoKey>;
  sign(algorithm: 'HMAC', key: WebCryptoKey, data: Uint8Array): Promise<ArrayBuffer>;
  verify(
    algorithm: { name: string },
    key: WebCryptoKey,
    signature: Uint8Array,
    data: Uint8Array,
  ): Promise<boolean>;
  digest(algorithm: 'SHA-256', data: Uint8Array): Promise<ArrayBuffer>;
}

/** The runtime's Web Crypto (`crypto.subtle`); a `ConfigurationError` where there is none (an insecure browser context). */
export function subtle(): Subtle {
  const subtleCrypto = (globalThis as { crypto?: { subtle?: Subtle } }).crypto?.subtle;
  if (!subtleCrypto)
    throw new ConfigurationError('Web Crypto (crypto.subtle) is not available in this runtime');
  return subtleCrypto;
}

// One encoder and one decoder for the module: both are stateless when not streaming (`decode`
// without `{ stream: true }`), so sharing them shares no bytes between calls; building one per call
// cost about a microsecond, a fifth of a whole HMAC of a small delivery.
const encoder = /* @__PURE__ */ new TextEncoder();
const decoder = /* @__PURE__ */ new TextDecoder();

/** UTF-8 bytes of `text`. */
export const utf8 = (text: string): Uint8Array => encoder.encode(text);

/** `bytes` read as UTF-8 (malformed sequences become U+FFFD, as `Buffer#toString` does). */
export const fromUtf8 = (bytes: Uint8Array): string => decoder.decode(bytes);

const HEX = '0123456789abcdef';

/** Lower-case hex of `bytes`. */
export function toHex(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) out += HEX.charAt(byte >> 4) + HEX.charAt(byte & 15);
  return out;
}

/** Base64url (RFC 4648 §5, unpadded) of `bytes`, as JWTs use it. */
export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The bytes of base64 or base64url text (padding optional), or `undefined` when it is neither. */
export function fromBase64(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9+/_-]*={0,2}$/.test(text)) return undefined;
  const standard = text.replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, '');
  if (standard.length % 4 === 1) return undefined;
  let binary: string;
  try {
    binary = atob(standard + '='.repeat((4 - (standard.length % 4)) % 4));
  } catch {
    return undefined;
  }
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/**
 * Whether two byte strings of public length (a received signature and the expected one) are equal,
 * in time independent of where they differ: every byte is compared, the differences OR-ed together.
 * Different lengths are simply unequal.
 */
export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.byteLength !== b.byteLength) return false;
  let difference = 0;
  for (let i = 0; i < a.byteLength; i++) difference |= (a[i] as number) ^ (b[i] as number);
  return difference === 0;
}

/**
 * Whether two secrets are equal, in time independent of where they differ and of their lengths:
 * both are hashed (SHA-256) first, so the comparison is always of two 32-byte digests.
 */
export async function secretsEqual(a: string | Uint8Array, b: string | Uint8Array): Promise<boolean> {
  const digest = (value: string | Uint8Array) =>
    subtle().digest('SHA-256', typeof value === 'string' ? utf8(value) : value);
  const [x, y] = await Promise.all([digest(a), digest(b)]);
  return bytesEqual(new Uint8Array(x), new Uint8Array(y));
}

// Importing an HMAC key costs about as much as the HMAC itself; a receiver verifies every delivery
// with the same few secrets. The map holds CryptoKeys (not extractable), never logged, and is bounded.
const hmacKeys = /* @__PURE__ */ new Map<string, Promise<WebCryptoKey>>();
const MAX_HMAC_KEYS = 16;

/** The non-extractable HMAC-SHA-256 signing key of `secret` (a UTF-8 string), imported once. */
export function hmacKey(secret: string): Promise<WebCryptoKey> {
  let key = hmacKeys.get(secret);
  if (!key) {
    key = subtle().importKey('raw', utf8(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    // a key that failed to import is not kept
    key.catch(() => hmacKeys.delete(secret));
    if (hmacKeys.size >= MAX_HMAC_KEYS) hmacKeys.clear();
    hmacKeys.set(secret, key);
  }
  return key;
}

/** HMAC-SHA-256 of `data` keyed with `secret`, as 32 new bytes. */
export async function hmacSha256(secret: string, data: string | Uint8Array): Promise<Uint8Array> {
  const bytes = typeof data === 'string' ? utf8(data) : data;
  return new Uint8Array(await subtle().sign('HMAC', await hmacKey(secret), bytes));
}
