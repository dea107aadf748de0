import { describe, expect, it } from 'vitest';
import { isDate, isDateTime } from '../src/formats.js';

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
