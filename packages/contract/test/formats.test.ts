import { fullFormats } from 'ajv-formats/dist/formats.js';
import { describe, expect, it } from 'vitest';
import { isDate, isDateTime, isUri } from '../src/formats.js';

const ajvFormatsUri = fullFormats.uri as (s: string) => boolean;

const dateTimes: [string, boolean][] = [
  ['2022-09-06T11:17:03.65Z', true],
  ['2022-02-22T07:57:11.505Z', true],
  ['2022-02-22T07:57:11Z', true],
  ['2024-02-29T00:00:00Z', true],
  ['2022-02-29T00:00:00Z', false],
  ['1900-02-29T00:00:00Z', false],
  ['2000-02-29T00:00:00Z', true],
  ['2022-04-31T00:00:00Z', false],
  ['2022-12-31T23:59:60Z', true],
  ['2022-12-31T23:58:60Z', false],
  ['2023-01-01T00:59:60+01:00', true],
  ['2022-12-31T18:59:60-05:00', true],
  ['2022-12-31T23:59:60+01:00', false],
  ['2022-02-22 07:57:11Z', false],
  ['2022-02-22t07:57:11z', true],
  ['2022-02-22T24:00:00Z', false],
  ['2022-02-22T23:60:00Z', false],
  ['2022-02-22T23:59:61Z', false],
  ['2022-02-22T07:57:11', false],
  ['2022-02-22T07:57:11.Z', false],
  ['2022-02-22T07:57:11.123456789012Z', true],
  ['2022-02-22T07:57:11+05:30', true],
  ['2022-02-22T07:57:11+0530', false],
  ['2022-02-22T07:57:11+24:00', false],
  ['2022-02-22T07:57:11+05:60', false],
  ['2022-13-01T00:00:00Z', false],
  ['2022-00-01T00:00:00Z', false],
  ['2022-01-00T00:00:00Z', false],
  ['2022-1-01T00:00:00Z', false],
  ['22022-01-01T00:00:00Z', false],
  ['2022-01-01T00:00:00Zjunk', false],
  ['2022-01-01T0a:00:00Z', false],
  ['', false],
];

const dates: [string, boolean][] = [
  ['2024-02-29', true],
  ['2022-02-29', false],
  ['2021-12-31', true],
  ['2021-11-31', false],
  ['2021-12-01T00:00:00Z', false],
  ['2021-1-01', false],
  ['2021/12/01', false],
];

describe('isDateTime (RFC 3339 date-time)', () => {
  it.each(dateTimes)('%s → %s', (value, want) => {
    expect(isDateTime(value)).toBe(want);
  });
});

describe('isDate (RFC 3339 full-date)', () => {
  it.each(dates)('%s → %s', (value, want) => {
    expect(isDate(value)).toBe(want);
  });
});

const uris: [string, boolean][] = [
  ['https://api.videosdk.live/v2/rooms/abc-xyzw-0001', true],
  ['https://api.videosdk.live:8443/v2/sessions/1?page=2&perPage=20#top', true],
  ['HTTP://EXAMPLE.COM/%7Euser/', true],
  ['http://example.com:/x', true],
  ['http://', true],
  ['https://example.com?q=/a?b', true],
  ['mailto:someone@example.com', true],
  ['urn:isbn:0451450523', true],
  ['http://user:pass@example.com/', true],
  ['http://[::1]:8080/x', true],
  ['http://192.168.0.1/x', true],
  ['https://example.com/a b', false],
  ['https://example.com/%zz', false],
  // ajv-formats reads '//' as '/' + an empty authority and the rest as the path
  ['https://example.com:80a/', true],
  ['https://example.com:80a/ x', false],
  ['https://exa mple.com/', false],
  ['https://example.com/#a#b', false],
  ['https://example.com/ü', false],
  ['1http://example.com', false],
  ['/relative/path', false],
  ['example.com', false],
  ['', false],
];

describe('isUri (ajv-formats full uri, with a fast path)', () => {
  it.each(uris)('%s → %s', (value, want) => {
    expect(isUri(value)).toBe(want);
    expect(ajvFormatsUri(value)).toBe(want);
  });

  it('agrees with ajv-formats on 50,000 generated near-URIs', () => {
    // small deterministic generator (mulberry32) over the characters and pieces that decide
    let seed = 0x2f6b9d1;
    const random = () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    const pieces = [
      'http',
      'HTTPS',
      'a+b.c-d',
      '1x',
      '://',
      ':/',
      ':',
      '//',
      '/',
      '?',
      '#',
      '@',
      '[',
      ']',
      '::1',
      '%41',
      '%4',
      '%g1',
      '%',
      'example.com',
      'EXAMPLE',
      '127.0.0.1',
      '8080',
      ':80',
      ':8a',
      ' ',
      'ü',
      '~',
      "!$&'()*+,;=",
      '-._',
      'a',
      'Z',
      '0',
      '"',
      '<',
      '\\',
      '^',
      '|',
      '{',
      '`',
    ] as const;
    let valid = 0;
    for (let n = 0; n < 50_000; n++) {
      let s = random() < 0.8 ? `${pick(['http', 'https', 'x-y', 'a'])}://` : '';
      const count = 1 + Math.floor(random() * 8);
      for (let k = 0; k < count; k++) s += pick(pieces);
      const want = ajvFormatsUri(s);
      if (isUri(s) !== want) throw new Error(`isUri disagrees with ajv-formats on ${JSON.stringify(s)}`);
      if (want) valid++;
    }
    // both outcomes were exercised
    expect(valid).toBeGreaterThan(5_000);
    expect(valid).toBeLessThan(45_000);
  });
});
