import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../src/errors.js';
import { validKeys } from '../src/options.js';
import {
  bodyText,
  checkOptionKeys,
  constantTimeEqual,
  parseJsonObject,
  readHeader,
  requireHeader,
  toWebhookEvent,
  WebhookVerificationError,
} from '../src/webhooks.js';

describe('webhook helpers', () => {
  it('reads a header from Headers and from Node-style records in any case', () => {
    expect(readHeader(new Headers({ 'X-Sig': ' abc ' }), 'x-sig')).toBe('abc');
    expect(readHeader({ 'x-sig': 'abc' }, 'x-sig')).toBe('abc');
    expect(readHeader({ 'X-Sig': 'abc' }, 'x-sig')).toBe('abc');
    expect(readHeader({ 'x-sig': ['abc'] }, 'x-sig')).toBe('abc');
    expect(readHeader({ 'x-sig': '' }, 'x-sig')).toBeUndefined();
    expect(readHeader({}, 'x-sig')).toBeUndefined();
    expect(() => readHeader({ 'x-sig': ['a', 'b'] }, 'x-sig')).toThrow(WebhookVerificationError);
    expect(() => requireHeader({}, 'x-sig')).toThrow('header x-sig is missing');
  });

  it('compares equal and unequal values of any length', () => {
    expect(constantTimeEqual('secret', 'secret')).toBe(true);
    expect(constantTimeEqual('secret', 'secreT')).toBe(false);
    expect(constantTimeEqual('secret', 'secret-longer')).toBe(false);
    expect(constantTimeEqual('', 'x')).toBe(false);
    expect(constantTimeEqual(Buffer.from('abc'), 'abc')).toBe(true);
  });

  it('reads text from strings and byte views', () => {
    const pool = new TextEncoder().encode('__{"a":1}__');
    expect(bodyText(pool.subarray(2, 9))).toBe('{"a":1}');
    expect(bodyText('é')).toBe('é');
  });

  it('parses JSON objects only, and builds known and unknown events', () => {
    expect(() => parseJsonObject('[1]')).toThrow('the body is an array, not a JSON object');
    expect(() => parseJsonObject('{')).toThrow('the body is not JSON');
    const known = new Set(['a.b']);
    expect(toWebhookEvent({ type: 'a.b' }, 'type', known)).toEqual({
      known: true,
      event: 'a.b',
      body: { type: 'a.b' },
    });
    expect(toWebhookEvent({ type: 'c' }, 'type', known)).toEqual({
      known: false,
      event: 'c',
      body: { type: 'c' },
    });
    expect(() => toWebhookEvent({ type: 1 }, 'type', known)).toThrow(
      'the body has no "type" naming its event',
    );
  });

  it('names the closest valid option for a misspelled one', () => {
    const valid = validKeys(['secretToken', 'now']);
    expect(() => checkOptionKeys({ secretTokn: 'x' }, valid, 'verifyWebhook')).toThrow(
      new ConfigurationError('verifyWebhook: unknown option `secretTokn` — did you mean `secretToken`?'),
    );
    expect(() => checkOptionKeys({ now: 1 }, valid, 'v')).not.toThrow();
    // An inherited key is not the caller's option.
    expect(() => checkOptionKeys(Object.create({ inherited: 1 }), valid, 'v')).not.toThrow();
  });
});

describe('options', () => {
  it('refuses a missing options object with the options to give', () => {
    expect(() =>
      checkOptionKeys(undefined as unknown as object, validKeys(['secretToken']), 'verifyWebhook'),
    ).toThrow(new ConfigurationError('verifyWebhook needs an options object (secretToken)'));
  });
});
