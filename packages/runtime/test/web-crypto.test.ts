import { createHmac, generateKeyPairSync, sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ConfigurationError, RtcSessionsError } from '../src/errors.js';
import { validKeys } from '../src/options.js';
import { rsaPublicKey, rsaVerify } from '../src/rsa-public-key.js';
import {
  bytesEqual,
  fromBase64,
  hmacSha256,
  secretsEqual,
  toBase64Url,
  toHex,
  utf8,
} from '../src/web-crypto.js';
import { defineWebhookVerifier, defineWebhookVerifierSync } from '../src/webhook-verifier.js';
import {
  checkTimestamp,
  signaturesEqual,
  toleranceOption,
  WebhookVerificationError,
  withUnknownFields,
} from '../src/webhooks.js';

describe('byte helpers (no Buffer, no node:crypto)', () => {
  it('writes lower-case hex as Buffer does', () => {
    const bytes = Uint8Array.from([0, 1, 15, 16, 127, 128, 254, 255]);
    expect(toHex(bytes)).toBe(Buffer.from(bytes).toString('hex'));
    expect(toHex(new Uint8Array())).toBe('');
  });

  it.each([[''], ['f'], ['fo'], ['foo'], ['foob'], ['\u00ff\u00fe'], ['a'.repeat(1000)]])(
    'encodes %j as base64url like Buffer, and decodes base64 and base64url',
    (text) => {
      const bytes = Uint8Array.from([...text].map((c) => c.charCodeAt(0) & 255));
      expect(toBase64Url(bytes)).toBe(Buffer.from(bytes).toString('base64url'));
      expect(fromBase64(Buffer.from(bytes).toString('base64'))).toEqual(bytes);
      expect(fromBase64(Buffer.from(bytes).toString('base64url'))).toEqual(bytes);
    },
  );

  it('refuses text that is not base64', () => {
    for (const bad of ['not base64!', 'a', 'ab=c', '====']) expect(fromBase64(bad), bad).toBeUndefined();
  });

  it('compares bytes of public length, and secrets of any length', async () => {
    expect(bytesEqual(utf8('abc'), utf8('abc'))).toBe(true);
    expect(bytesEqual(utf8('abc'), utf8('abd'))).toBe(false);
    expect(bytesEqual(utf8('abc'), utf8('abcd'))).toBe(false);
    expect(signaturesEqual('0a1b', '0a1b')).toBe(true);
    expect(signaturesEqual('0a1b', '0a1c')).toBe(false);
    expect(signaturesEqual('0a1b', '0a1b0')).toBe(false);
    expect(signaturesEqual('', '')).toBe(true);
    expect(await secretsEqual('secret', 'secret')).toBe(true);
    expect(await secretsEqual('secret', 'secreT')).toBe(false);
    expect(await secretsEqual('secret', 'secret-longer')).toBe(false);
    expect(await secretsEqual(utf8('abc'), 'abc')).toBe(true);
  });

  it('computes the same HMAC-SHA256 as node:crypto, for any secret, with fresh bytes per call', async () => {
    for (const secret of ['k', 'a much longer secret than one block of SHA-256 is, to be sure'.repeat(3)]) {
      const first = await hmacSha256(secret, 'message');
      expect(toHex(first)).toBe(createHmac('sha256', secret).update('message').digest('hex'));
      const second = await hmacSha256(secret, utf8('message'));
      expect(second).toEqual(first);
      expect(second).not.toBe(first);
    }
  });
});

describe('RSA public keys on Web Crypto', () => {
  const pair = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const pkcs1 = pair.publicKey.export({ type: 'pkcs1', format: 'pem' }).toString();
  const spki = pair.publicKey.export({ type: 'spki', format: 'pem' }).toString();
  const data = utf8('{"webhookType":"x"}');
  const signature = sign('sha256', data, pair.privateKey);

  it('imports PKCS#1 (wrapped as SPKI), SPKI and \\n-escaped PEMs, and verifies RSA-SHA256', async () => {
    for (const pem of [pkcs1, spki, pkcs1.replace(/\n/g, '\\n')]) {
      const key = await rsaPublicKey(pem);
      expect(await rsaVerify(key, signature, data)).toBe(true);
      expect(await rsaVerify(key, signature, utf8('{"webhookType":"y"}'))).toBe(false);
    }
  });

  it('refuses what is not a PEM RSA public key as unknown_key, and does not keep the failure', async () => {
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' })
      .publicKey.export({ type: 'spki', format: 'pem' })
      .toString();
    for (const pem of ['not a key', ec, '-----BEGIN PUBLIC KEY-----\n-----END PUBLIC KEY-----']) {
      const failure = await rsaPublicKey(pem).catch((error: unknown) => error);
      expect(failure, pem).toBeInstanceOf(WebhookVerificationError);
      expect((failure as WebhookVerificationError).reason).toBe('unknown_key');
    }
  });
});

describe('the verifier factory', () => {
  const scheme = {
    optionKeys: validKeys(['secret']),
    eventField: 'type',
    knownEvents: new Set(['a']),
    async check(_raw: string | Uint8Array, _headers: object, options: { secret: string }) {
      if (options.secret !== 'ok') throw new WebhookVerificationError('bad_signature', 'no');
      return undefined;
    },
    checkSync(_raw: string | Uint8Array, _headers: object, options: { secret: string }) {
      if (options.secret !== 'ok') throw new WebhookVerificationError('bad_signature', 'no');
      return undefined;
    },
  };
  const verify = defineWebhookVerifier<{ known: boolean; event: string }, { secret: string }>(scheme);
  const verifySync = defineWebhookVerifierSync<{ known: boolean; event: string }, { secret: string }>(scheme);

  it('checks options, runs the scheme, parses the body and types the event, in both variants', async () => {
    expect(await verify('{"type":"a"}', {}, { secret: 'ok' })).toEqual({
      known: true,
      event: 'a',
      body: { type: 'a' },
    });
    expect(verifySync('{"type":"b"}', {}, { secret: 'ok' })).toMatchObject({ known: false, event: 'b' });
    await expect(verify('{"type":"a"}', {}, { secret: 'no' })).rejects.toMatchObject({
      reason: 'bad_signature',
    });
    await expect(verify('{"type":"a"}', {}, { secrett: 'ok' } as never)).rejects.toThrow(
      'did you mean `secret`?',
    );
    expect(() => verifySync('[]', {}, { secret: 'ok' })).toThrow(/not a JSON object/);
  });
});

describe('replay window', () => {
  it.each([Number.NaN, -1, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, '5', null])(
    'refuses a toleranceSeconds of %s as a ConfigurationError naming it',
    (bad) => {
      expect(() => toleranceOption(bad, 300)).toThrow(ConfigurationError);
      expect(() => toleranceOption(bad, 300)).toThrow(/^toleranceSeconds must be a finite number/);
    },
  );

  it('takes the default for undefined, and 0 or any finite number ≥ 0', () => {
    expect(toleranceOption(undefined, 300)).toBe(300);
    expect(toleranceOption(0, 300)).toBe(0);
    expect(toleranceOption(12.5, 300)).toBe(12.5);
  });

  it('refuses a timestamp outside the window, either way', () => {
    expect(() => checkTimestamp(1000, 5, 1_005_000, 'x-ts')).not.toThrow();
    expect(() => checkTimestamp(1000, 5, 1_006_000, 'x-ts')).toThrow('6 s behind the clock (tolerance 5 s)');
    const future = (() => {
      try {
        checkTimestamp(1000, 5, 994_000, 'x-ts');
      } catch (error) {
        return error;
      }
    })();
    expect(future).toBeInstanceOf(RtcSessionsError);
    expect(future).toMatchObject({ reason: 'stale_timestamp', header: 'x-ts' });
  });
});

describe('withUnknownFields', () => {
  it('is the same object, typed with every other key as unknown', () => {
    const data = { room_id: 'r' } as { room_id: string };
    const open = withUnknownFields(data);
    expect(open).toBe(data);
    const roomId: string = open.room_id;
    const other: unknown = open.anything;
    expect([roomId, other]).toEqual(['r', undefined]);
  });
});
