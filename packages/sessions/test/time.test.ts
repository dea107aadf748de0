import { describe, expect, it } from 'vitest';
import { InvalidQueryError, ProviderDataError, resolveQuery } from '../src/index.js';
import { connectedSeconds } from '../src/intervals.js';
import { parseProviderTime, parseUserInstant } from '../src/time.js';

describe('time', () => {
  it('provider times: one to three fraction digits, offsets, all to epoch ms', () => {
    expect(parseProviderTime('2022-09-06T11:17:03.65Z', 'x')).toBe(Date.UTC(2022, 8, 6, 11, 17, 3, 650));
    expect(parseProviderTime('2021-12-07T05:42:28Z', 'x')).toBe(Date.UTC(2021, 11, 7, 5, 42, 28));
    expect(parseProviderTime('2021-12-07T07:42:28.1+02:00', 'x')).toBe(Date.UTC(2021, 11, 7, 5, 42, 28, 100));
  });

  it('a provider time that is none is a contract break naming the field', () => {
    expect(() => parseProviderTime('07/12/2021', 'zoom-videosdk user 1 join_time')).toThrow(
      'zoom-videosdk user 1 join_time: expected an RFC 3339 date-time, got "07/12/2021"',
    );
  });

  it('user instants: dates (to: end of day), ISO date-times, epoch ms; impossible dates refused', () => {
    expect(parseUserInstant('2024-02-29')).toBe(Date.UTC(2024, 1, 29));
    expect(parseUserInstant('2024-02-29', true)).toBe(Date.UTC(2024, 2, 1) - 1);
    expect(parseUserInstant('2024-02-29T10:00:00Z')).toBe(Date.UTC(2024, 1, 29, 10));
    expect(parseUserInstant(new Date(5))).toBe(5);
    expect(() => parseUserInstant('2023-02-29')).toThrow(/not a date/);
    expect(() => parseUserInstant('yesterday')).toThrow(/not a date/);
  });

  it('resolveQuery refuses a `to` before `from`, accepts the same day', () => {
    expect(() => resolveQuery({ from: '2024-02-02', to: '2024-02-01' })).toThrow(InvalidQueryError);
    expect(resolveQuery({ from: '2024-02-01', to: '2024-02-01' })).toEqual({
      from: Date.UTC(2024, 1, 1),
      to: Date.UTC(2024, 1, 2) - 1,
      room: undefined,
      live: undefined,
    });
  });
});

describe('connectedSeconds', () => {
  it('counts overlapping joins once and open joins not at all', () => {
    expect(
      connectedSeconds([
        { start: 0, end: 10_000 },
        { start: 5_000, end: 12_500 },
        { start: 20_000, end: 21_000 },
        { start: 30_000, end: null },
      ]),
    ).toBe(13.5);
  });
});

describe('the calendar', () => {
  it('rejects dates and date-times that do not exist instead of rolling them over', () => {
    for (const text of [
      '2023-02-30',
      '2023-02-30T00:00:00Z',
      '2024-13-01',
      '2024-01-01T24:00:00Z',
      '2024-01-01T10:60:00Z',
      '2024-01-01T10:00:00+25:00',
    ]) {
      expect(() => parseUserInstant(text), text).toThrow(InvalidQueryError);
    }
    expect(parseUserInstant('2024-02-29')).toBe(Date.UTC(2024, 1, 29));
    expect(() => parseUserInstant('2023-02-29')).toThrow(/not a date/);
  });

  it('reads provider times with nanoseconds, cut to the millisecond', () => {
    expect(parseProviderTime('2021-08-08T07:04:15.001380432Z', 'x')).toBe(Date.UTC(2021, 7, 8, 7, 4, 15, 1));
    expect(() => parseProviderTime('2021-02-30T07:04:15Z', 'joined_at')).toThrow(ProviderDataError);
  });
});
