import { describe, expect, it } from 'vitest';
import { addCalendarDays, addMonths, calendarDaysBetween } from '../src/index.js';

describe('calendar arithmetic', () => {
  it('adds months, clamping to the end of shorter months', () => {
    expect(addMonths('2015-11-18', 12)).toBe('2016-11-18');
    expect(addMonths('2016-01-31', 1)).toBe('2016-02-29');
    expect(addMonths('2015-12-31', 2)).toBe('2016-02-29');
    expect(addMonths('2017-12-31', 2)).toBe('2018-02-28');
    expect(addMonths('2016-03-31', -1)).toBe('2016-02-29');
  });

  it('counts and adds calendar days across month and year ends', () => {
    expect(addCalendarDays('2015-12-30', 3)).toBe('2016-01-02');
    expect(calendarDaysBetween('2015-12-30', '2016-01-02')).toBe(3);
    expect(calendarDaysBetween('2016-03-01', '2016-02-28')).toBe(-2);
  });
});
