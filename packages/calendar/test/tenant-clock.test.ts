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

  it('reads the closing time and the day of an answer on the tenant\'s clocks', () => {
    // 16:30 in Metz is before the 17:00 closing time; the same instant is 19:30 in La Réunion, after it.
    const receivedAt = new Date('2026-12-01T15:30:00Z');
    expect(new TenantClock().calendar.effectiveReceptionDate(receivedAt)).toBe('2026-12-01');
    expect(new TenantClock({ timeZone: 'Indian/Reunion' }).calendar.effectiveReceptionDate(receivedAt)).toBe('2026-12-02');
    // An answer at 23:30 UTC on Wednesday is Thursday in Metz (2 working days), still Wednesday in Guyane (1).
    const answeredAt = new Date('2026-12-02T23:30:00Z');
    expect(new TenantClock().calendar.delayInWorkingDays(receivedAt, answeredAt)).toBe(2);
    expect(new TenantClock({ timeZone: 'America/Cayenne' }).calendar.delayInWorkingDays(receivedAt, answeredAt)).toBe(1);
  });

  it('rejects an unknown time zone', () => {
    expect(() => new TenantClock({ timeZone: 'Europe/Atlantis' })).toThrow(RangeError);
  });
});
