/**
 * An RSA public key from a PEM, for Web Crypto's RSASSA-PKCS1-v1_5 / SHA-256 verification.
 *
 * Web Crypto imports SPKI (`BEGIN PUBLIC KEY`) but not PKCS#1 (`BEGIN RSA PUBLIC KEY`, what VideoSDK
 * serves), so a PKCS#1 key is wrapped in the SPKI structure first: the rsaEncryption algorithm
 * identifier and the PKCS#1 bytes as a BIT STRING (RFC 5280 §4.1.2.7, RFC 8017 Appendix A.1).
 */

import { fromBase64, subtle, type WebCryptoKey } from './web-crypto.js';
import { WebhookVerificationError } from './webhooks.js';

// SEQUENCE { OID 1.2.840.113549.1.1.1 (rsaEncryption), NULL }
const RSA_ALGORITHM_IDENTIFIER = [
  0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00,
];

/** A DER length: short form below 128, else 0x80 | count followed by the big-endian bytes. */
function derLength(length: number): number[] {
  if (length < 0x80) return [length];
  const bytes: number[] = [];
  for (let n = length; n > 0; n = Math.floor(n / 256)) bytes.unshift(n % 256);
  return [0x80 | bytes.length, ...bytes];
}

function pkcs1ToSpki(pkcs1: Uint8Array): Uint8Array {
  const bitString = [0x03, ...derLength(pkcs1.byteLength + 1), 0x00];
  const inner = RSA_ALGORITHM_IDENTIFIER.length + bitString.length + pkcs1.byteLength;
  const head = [0x30, ...derLength(inner), ...RSA_ALGORITHM_IDENTIFIER, ...bitString];
  const out = new Uint8Array(head.length + pkcs1.byteLength);
  out.set(head);
  out.set(pkcs1, head.length);
  return out;
}

const PEM = /^-----BEGIN (RSA )?PUBLIC KEY-----([A-Za-z0-9+/=\s]+)-----END \1PUBLIC KEY-----$/;

/** The SPKI DER of a PEM RSA public key (PKCS#1 or SPKI; `\n` escapes from an env variable are fine). */
function spkiOf(pem: string): Uint8Array {
  const text = (pem.includes('\\n') ? pem.replace(/\\n/g, '\n') : pem).trim();
  const match = PEM.exec(text);
  const der = match ? fromBase64((match[2] as string).replace(/\s+/g, '')) : undefined;
  if (!match || !der || der.byteLength === 0)
    throw new WebhookVerificationError('unknown_key', 'the public key is not a PEM RSA public key');
  return match[1] ? pkcs1ToSpki(der) : der;
}

const RSA_PKCS1_SHA256 = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' } as const;

// A receiver verifies with one key (two around a rotation): imported once each, bounded.
const keys = /* @__PURE__ */ new Map<string, Promise<WebCryptoKey>>();
const MAX_KEYS = 16;

async function importKey(pem: string): Promise<WebCryptoKey> {
  const spki = spkiOf(pem);
  try {
    return await subtle().importKey('spki', spki, RSA_PKCS1_SHA256, false, ['verify']);
  } catch (error) {
    throw new WebhookVerificationError('unknown_key', 'the public key is not an RSA public key', undefined, {
      cause: error,
    });
  }
}

/** The Web Crypto key of a PEM RSA public key, imported once; `unknown_key` when it is not one. */
export function rsaPublicKey(pem: string): Promise<WebCryptoKey> {
  let key = keys.get(pem);
  if (!key) {
    key = importKey(pem);
    // a key that failed to import is not kept
    key.catch(() => keys.delete(pem));
    if (keys.size >= MAX_KEYS) keys.clear();
    keys.set(pem, key);
  }
  return key;
}

/** Whether `signature` is the RSASSA-PKCS1-v1_5 / SHA-256 signature of `data` under `key`. */
export function rsaVerify(key: WebCryptoKey, signature: Uint8Array, data: Uint8Array): Promise<boolean> {
  return subtle().verify(RSA_PKCS1_SHA256, key, signature, data);
}
