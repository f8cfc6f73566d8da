import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assertCalendarDate, fromWallTime, startOfCalendarDate, toCalendarDate, toWallTime } from '../src/index.js';
import { addCalendarDays, dayOfWeek } from '../src/calendar-date.js';
import { shift } from './easter.js';

const DAY_MS = 86_400_000;
const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
const isoDate = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

describe('toCalendarDate', () => {
  it('reads the date in Paris, not in UTC, on both sides of the DST changes', () => {
    // Winter (UTC+1): 23:30Z on 24 Dec is already 00:30 on the 25th in Paris.
    expect(toCalendarDate(new Date('2015-12-24T23:30:00Z'))).toBe('2015-12-25');
    expect(toCalendarDate(new Date('2015-12-24T22:59:59Z'))).toBe('2015-12-24');
    // Summer time starts on Sunday 2026-03-29: 22:30Z that evening is 00:30 CEST on Monday (a fixed +1 offset would say Sunday 23:30).
    expect(toCalendarDate(new Date('2026-03-29T22:30:00Z'))).toBe('2026-03-30');
    // Summer time ends on Sunday 2026-10-25: 22:30Z that evening is 23:30 CET, still Sunday (a fixed +2 offset would say Monday).
    expect(toCalendarDate(new Date('2026-10-25T22:30:00Z'))).toBe('2026-10-25');
  });

  it('rejects what is not a valid Date, and years outside 1900–2099', () => {
    expect(() => toCalendarDate('2015-12-24' as unknown as Date)).toThrow(TypeError);
    expect(() => toCalendarDate(new Date('nope'))).toThrow(RangeError);
    expect(() => toCalendarDate(new Date('1850-06-01T12:00:00Z'))).toThrow(/outside the supported range/);
  });
});

describe('startOfCalendarDate', () => {
  it('gives Paris midnight as an instant, an hour apart in winter and summer', () => {
    expect(startOfCalendarDate('2026-03-29').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(startOfCalendarDate('2026-03-30').toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect(startOfCalendarDate('2026-10-25').toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(startOfCalendarDate('2026-10-26').toISOString()).toBe('2026-10-25T23:00:00.000Z');
  });

  it('takes the first midnight when clocks went back at 01:00 and midnight happened twice (26 Sept 1976)', () => {
    expect(startOfCalendarDate('1976-09-26').toISOString()).toBe('1976-09-25T22:00:00.000Z');
  });

  it('is the first instant of the Paris day, for any day of 1900–2099', () => {
    fc.assert(
      fc.property(fc.integer({ min: dayNumber('1900-01-02'), max: dayNumber('2099-12-31') }), (day) => {
        const date = isoDate(day);
        const start = startOfCalendarDate(date);
        expect(toCalendarDate(start)).toBe(date);
        expect(toCalendarDate(new Date(start.getTime() - 1))).toBe(isoDate(day - 1));
      }),
      { numRuns: 3000 },
    );
  });

  it('brackets any instant between the start of its Paris day and the start of the next', () => {
    const min = Date.parse('1900-01-02T00:00:00Z');
    const max = Date.parse('2099-12-30T00:00:00Z');
    fc.assert(
      fc.property(fc.integer({ min, max }), (ms) => {
        const date = toCalendarDate(new Date(ms));
        expect(startOfCalendarDate(date).getTime()).toBeLessThanOrEqual(ms);
        expect(startOfCalendarDate(shift(date, 1)).getTime()).toBeGreaterThan(ms);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('wall-clock times (datetime-local fields)', () => {
  it('reads a typed time in the tenant time zone, whatever the machine\'s', () => {
    expect(fromWallTime('2026-12-01T10:00').toISOString()).toBe('2026-12-01T09:00:00.000Z');
    expect(fromWallTime('2026-07-01T10:00').toISOString()).toBe('2026-07-01T08:00:00.000Z');
    expect(fromWallTime('2026-12-01T10:00', 'UTC').toISOString()).toBe('2026-12-01T10:00:00.000Z');
    expect(fromWallTime('2026-12-01T10:00', 'Indian/Reunion').toISOString()).toBe('2026-12-01T06:00:00.000Z');
    expect(toWallTime(new Date('2026-12-01T09:00:00Z'))).toBe('2026-12-01T10:00');
    expect(toWallTime(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01T00:30');
    expect(toWallTime(new Date('2026-12-01T09:00:59Z'), 'America/Cayenne')).toBe('2026-12-01T06:00');
  });

  it('reads a time the clocks skipped after the jump, and a time shown twice as its first occurrence', () => {
    // 29 March 2026: 02:00 became 03:00 in Paris.
    expect(fromWallTime('2026-03-29T02:30').toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(toWallTime(fromWallTime('2026-03-29T02:30'))).toBe('2026-03-29T03:30');
    // 25 October 2026: 03:00 became 02:00; 02:30 happened at 00:30Z and at 01:30Z.
    expect(fromWallTime('2026-10-25T02:30').toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });

  it('refuses what is not a date and time that exists', () => {
    for (const value of ['2026-12-01', '2026-12-01 10:00', '2026-12-01T10:00:00', '2026-12-01T1:00', 20261201]) expect(() => fromWallTime(value), String(value)).toThrow(TypeError);
    for (const value of ['2026-02-30T10:00', '2026-12-01T24:00', '2026-12-01T10:60']) expect(() => fromWallTime(value), value).toThrow(RangeError);
  });

  it('gives back the typed time, for any minute of 1970–2099 the clocks of Paris showed once', () => {
    const min = Date.parse('1970-01-01T00:00:00Z') / 60_000;
    const max = Date.parse('2099-12-30T00:00:00Z') / 60_000;
    fc.assert(
      fc.property(fc.integer({ min, max }), (minute) => {
        const instant = new Date(minute * 60_000);
        const wall = toWallTime(instant);
        const back = fromWallTime(wall);
        // A time shown twice comes back as its first occurrence, an hour earlier.
        expect([0, 3_600_000]).toContain(instant.getTime() - back.getTime());
        expect(toWallTime(back)).toBe(wall);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('calendar date helpers', () => {
  it('accepts real dates only, with a TypeError for the wrong shape and a RangeError for a day that does not exist', () => {
    expect(() => assertCalendarDate('2016-02-29')).not.toThrow();
    for (const value of ['2015-1-5', '2015/01/05', '05/01/2015', '', ' 2015-01-05', '2015-01-05T00:00']) {
      expect(() => assertCalendarDate(value), value).toThrow(TypeError);
    }
    expect(() => assertCalendarDate(20150105)).toThrow(TypeError);
    expect(() => assertCalendarDate(new Date('2015-01-05'))).toThrow(TypeError);
    for (const value of ['2015-02-29', '2015-13-01', '2015-04-31', '2015-00-10', '1899-12-31', '2100-01-01', '0215-01-05']) {
      expect(() => assertCalendarDate(value), value).toThrow(RangeError);
    }
  });

  it('adds calendar days across months, leap days and years', () => {
    expect(addCalendarDays('2015-12-31', 1)).toBe('2016-01-01');
    expect(addCalendarDays('2016-02-28', 1)).toBe('2016-02-29');
    expect(addCalendarDays('2016-03-01', -1)).toBe('2016-02-29');
    expect(addCalendarDays('2100-02-28', 1)).toBe('2100-03-01');
    expect(addCalendarDays('2026-03-28', 2)).toBe('2026-03-30');
  });

  it('knows the day of the week', () => {
    expect(dayOfWeek('2015-12-24')).toBe(4);
    expect(dayOfWeek('2015-12-26')).toBe(6);
    expect(dayOfWeek('2026-03-29')).toBe(0);
  });
});
