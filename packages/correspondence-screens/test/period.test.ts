import { describe, expect, it } from 'vitest';
import { selectableYears, yearPeriod } from '../src/period.js';

describe('periods of the tableau', () => {
  it('covers a past year whole and the current year up to today', () => {
    expect(yearPeriod(2016, '2026-11-29')).toEqual({ from: '2016-01-01', to: '2016-12-31' });
    expect(yearPeriod(2026, '2026-11-29')).toEqual({ from: '2026-01-01', to: '2026-11-29' });
  });

  it('offers the years from the first referential of the register to this one, newest first', () => {
    expect(selectableYears('2017-03-01')).toEqual([2017, 2016, 2015, 2014]);
  });
});
