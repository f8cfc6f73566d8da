import { describe, expect, it } from 'vitest';
import { demoAsOf, demoMonths, demoYears } from '../src/index.js';

describe('the demo as-of date', () => {
  it('defaults to today in Europe/Paris', () => {
    // 23:30 UTC on 31 December is already 1 January in Paris.
    expect(demoAsOf(undefined, new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(demoAsOf('', new Date('2026-06-15T10:00:00Z'))).toBe('2026-06-15');
  });

  it('refuses what is not a date of the generated years', () => {
    expect(() => demoAsOf('2026-02-30')).toThrow(/DEMO_AS_OF must be a date/);
    expect(() => demoAsOf('15/11/2026')).toThrow(/DEMO_AS_OF must be a date/);
    expect(() => demoAsOf('2015-12-31')).toThrow(/2016-01-31 or later/);
    expect(demoAsOf('2026-11-20')).toBe('2026-11-20');
  });

  it('lists every month from January 2016 to the as-of date, the last one cut at it', () => {
    const months = demoMonths('2017-02-10');
    expect(months.map((m) => m.month)).toEqual(['2016-01', '2016-02', '2016-03', '2016-04', '2016-05', '2016-06', '2016-07', '2016-08', '2016-09', '2016-10', '2016-11', '2016-12', '2017-01', '2017-02']);
    expect(months[1]).toEqual({ month: '2016-02', first: '2016-02-01', last: '2016-02-29', partial: false });
    expect(months.at(-1)).toEqual({ month: '2017-02', first: '2017-02-01', last: '2017-02-10', partial: true });
    expect(demoMonths('2016-01-31').at(-1)).toEqual({ month: '2016-01', first: '2016-01-01', last: '2016-01-31', partial: false });
    expect(demoYears('2018-03-01')).toEqual([2016, 2017, 2018]);
  });
});
