import { describe, expect, it } from 'vitest';
import { TenantClock } from '../src/index.js';

describe('TenantClock', () => {
  it('gives today in the tenant time zone from the injected now', () => {
    const now = () => new Date('2015-12-24T23:30:00Z');
    expect(new TenantClock({ now }).today()).toBe('2015-12-25');
    expect(new TenantClock({ now, timeZone: 'UTC' }).today()).toBe('2015-12-24');
    expect(new TenantClock({ now, timeZone: 'America/Cayenne' }).toCalendarDate(now())).toBe('2015-12-24');
  });

  it('carries the tenant working calendar (Alsace-Moselle: 26 December is a holiday)', () => {
    const clock = new TenantClock({ now: () => new Date('2015-12-26T10:00:00Z') });
    expect(clock.calendar.isHoliday(clock.today())).toBe(true);
  });

  it('rejects an unknown time zone', () => {
    expect(() => new TenantClock({ timeZone: 'Europe/Atlantis' })).toThrow(RangeError);
  });
});
