import { describe, expect, it } from 'vitest';
import { TenantClock } from '../src/index.js';

describe('TenantClock', () => {
  it('gives today in the tenant time zone from the injected now', () => {
    const now = () => new Date('2015-12-24T23:30:00Z');
    expect(new TenantClock({ now }).today()).toBe('2015-12-25');
    expect(new TenantClock({ now, timeZone: 'UTC' }).today()).toBe('2015-12-24');
    expect(new TenantClock({ now, timeZone: 'America/Cayenne' }).toCalendarDate(now())).toBe('2015-12-24');
  });

  it('starts a day at midnight in the tenant time zone (La Réunion, Guyane, Saint-Pierre-et-Miquelon in summer)', () => {
    expect(new TenantClock().startOf('2026-07-14').toISOString()).toBe('2026-07-13T22:00:00.000Z');
    expect(new TenantClock({ timeZone: 'Indian/Reunion' }).startOf('2026-07-14').toISOString()).toBe('2026-07-13T20:00:00.000Z');
    expect(new TenantClock({ timeZone: 'America/Cayenne' }).startOf('2026-07-14').toISOString()).toBe('2026-07-14T03:00:00.000Z');
    expect(new TenantClock({ timeZone: 'America/Miquelon' }).startOf('2026-07-14').toISOString()).toBe('2026-07-14T02:00:00.000Z');
  });

  it('carries the tenant working calendar (Alsace-Moselle: 26 December is a holiday)', () => {
    const clock = new TenantClock({ now: () => new Date('2015-12-26T10:00:00Z') });
    expect(clock.calendar.isHoliday(clock.today())).toBe(true);
  });

  it('rejects an unknown time zone', () => {
    expect(() => new TenantClock({ timeZone: 'Europe/Atlantis' })).toThrow(RangeError);
  });
});
