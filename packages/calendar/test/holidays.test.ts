import { afterEach, describe, expect, it } from 'vitest';
import getJoursFeries from '@socialgouv/jours-feries';
import { MAX_YEAR, publicHolidays, WorkingCalendar } from '../src/index.js';
import { computePublicHolidays } from '../src/holidays.js';
import { easterSunday, shift } from './easter.js';

const calendar = new WorkingCalendar();
const datesOf = (year: number) => publicHolidays(year).map((holiday) => `${holiday.date} ${holiday.name}`);

describe('public holidays of Alsace-Moselle, checked by hand', () => {
  it('2015: Easter on 5 April', () => {
    expect(datesOf(2015)).toEqual([
      "2015-01-01 Jour de l'an",
      '2015-04-03 Vendredi saint',
      '2015-04-06 Lundi de Pâques',
      '2015-05-01 Fête du travail',
      '2015-05-08 Victoire 1945',
      '2015-05-14 Ascension',
      '2015-05-25 Lundi de Pentecôte',
      '2015-07-14 Fête nationale',
      '2015-08-15 Assomption',
      '2015-11-01 Toussaint',
      '2015-11-11 Armistice 1918',
      '2015-12-25 Noël',
      '2015-12-26 Saint-Étienne',
    ]);
  });

  it('the independent Easter of the tests is itself right on known years', () => {
    expect([2008, 2015, 2016, 2018, 2024, 2026, 2038].map(easterSunday)).toEqual(['2008-03-23', '2015-04-05', '2016-03-27', '2018-04-01', '2024-03-31', '2026-04-05', '2038-04-25']);
  });

  it('2016: Easter on 27 March, the day summer time started', () => {
    expect(calendar.holidayName('2016-03-25')).toBe('Vendredi saint');
    expect(calendar.holidayName('2016-03-28')).toBe('Lundi de Pâques');
    expect(calendar.holidayName('2016-05-05')).toBe('Ascension');
    expect(calendar.holidayName('2016-05-16')).toBe('Lundi de Pentecôte');
  });

  it('2024: Easter on 31 March', () => {
    expect(datesOf(2024).slice(1, 7)).toEqual([
      '2024-03-29 Vendredi saint',
      '2024-04-01 Lundi de Pâques',
      '2024-05-01 Fête du travail',
      '2024-05-08 Victoire 1945',
      '2024-05-09 Ascension',
      '2024-05-20 Lundi de Pentecôte',
    ]);
  });

  it('2026: Easter on 5 April', () => {
    expect(publicHolidays(2026).map((holiday) => holiday.date)).toEqual([
      '2026-01-01', '2026-04-03', '2026-04-06', '2026-05-01', '2026-05-08', '2026-05-14', '2026-05-25',
      '2026-07-14', '2026-08-15', '2026-11-01', '2026-11-11', '2026-12-25', '2026-12-26',
    ]);
  });

  it('names both holidays when Ascension falls on 1 May (2008) or 8 May (1997)', () => {
    expect(calendar.holidayName('2008-05-01')).toBe('Fête du travail / Ascension');
    expect(calendar.holidayName('1997-05-08')).toBe('Victoire 1945 / Ascension');
    expect(new Set(publicHolidays(2008).map((holiday) => holiday.date)).size).toBe(12);
  });

  it('has no name for an ordinary day, and refuses years outside 1900–2099', () => {
    expect(calendar.holidayName('2015-12-24')).toBeUndefined();
    expect(calendar.isHoliday('2015-12-24')).toBe(false);
    expect(() => calendar.holidays(1899)).toThrow(RangeError);
    expect(() => calendar.holidays(2100)).toThrow(RangeError);
    expect(() => calendar.holidays(2015.5)).toThrow(RangeError);
    expect(() => calendar.holidays('2015' as unknown as number)).toThrow(TypeError);
  });
});

describe('public holidays of every year 1900–2099', () => {
  const years = Array.from({ length: 200 }, (_, i) => 1900 + i);

  it('are 13: the 11 national ones plus Good Friday and Saint Stephen, on 12 dates when Ascension is 1 or 8 May', () => {
    for (const year of years) {
      const ascension = shift(easterSunday(year), 39);
      const coincides = ascension === `${year}-05-01` || ascension === `${year}-05-08`;
      const holidays = publicHolidays(year);
      expect(holidays, String(year)).toHaveLength(13);
      expect(new Set(holidays.map((holiday) => holiday.id)).size).toBe(13);
      expect(new Set(holidays.map((holiday) => holiday.date)).size, String(year)).toBe(coincides ? 12 : 13);
    }
  });

  it('fall where Easter (computed independently) and the fixed dates put them, on the right weekdays', () => {
    for (const year of years) {
      const easter = easterSunday(year);
      const byId = Object.fromEntries(publicHolidays(year).map((holiday) => [holiday.id, holiday.date]));
      expect(byId, String(year)).toEqual({
        newYearsDay: `${year}-01-01`,
        goodFriday: shift(easter, -2),
        easterMonday: shift(easter, 1),
        labourDay: `${year}-05-01`,
        victoryDay: `${year}-05-08`,
        ascensionDay: shift(easter, 39),
        whitMonday: shift(easter, 50),
        nationalDay: `${year}-07-14`,
        assumptionDay: `${year}-08-15`,
        allSaintsDay: `${year}-11-01`,
        armisticeDay: `${year}-11-11`,
        christmasDay: `${year}-12-25`,
        saintStephensDay: `${year}-12-26`,
      });
      const weekday = (date: string | undefined) => new Date(`${date}T00:00:00Z`).getUTCDay();
      expect([weekday(byId.goodFriday), weekday(byId.easterMonday), weekday(byId.ascensionDay), weekday(byId.whitMonday)]).toEqual([5, 1, 4, 1]);
    }
  });

  it('are sorted by date and never working days (Whit Monday aside when the tenant works it)', () => {
    const worksWhitMonday = new WorkingCalendar({ whitMondayWorked: true, saturdayWorked: true });
    for (const year of years) {
      const holidays = publicHolidays(year);
      expect(holidays.map((holiday) => holiday.date)).toEqual(holidays.map((holiday) => holiday.date).sort());
      for (const holiday of holidays) {
        expect(calendar.isWorkingDay(holiday.date)).toBe(false);
        expect(worksWhitMonday.isWorkingDay(holiday.date), `${holiday.date} ${holiday.name}`).toBe(holiday.id === 'whitMonday');
      }
    }
  });

  it('stop at 2099 because the library gets Easter wrong in the 2100s (if an upgrade fixes it, MAX_YEAR can grow)', () => {
    // Easter 2106 is 18 April (checked against python-dateutil too); the library puts Easter Monday on 26 April, a week late.
    expect(easterSunday(2106)).toBe('2106-04-18');
    const easterMonday = getJoursFeries(2106)['Lundi de Pâques'];
    expect(easterMonday && [easterMonday.getFullYear(), easterMonday.getMonth() + 1, easterMonday.getDate()]).toEqual([2106, 4, 26]);
    expect(MAX_YEAR).toBe(2099);
  });

  it('rely on the library adding exactly Good Friday and Saint Stephen for Alsace-Moselle', () => {
    const national = getJoursFeries(2015);
    expect(Object.keys(getJoursFeries(2015, { alsace: true })).filter((key) => !(key in national))).toEqual(['Vendredi Saint', 'Saint Étienne']);
  });
});

describe('whatever the time zone of the process', () => {
  const original = process.env.TZ;
  afterEach(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  it('the library gives local midnights an hour off across a DST change (the trap), and the dates are still right', () => {
    process.env.TZ = 'Australia/Sydney';
    expect(new Date(2002, 4, 9).getTimezoneOffset()).toBe(-600); // the switch really took effect
    // Easter 2002 is 31 March, in Sydney summer time; 39 × 24 h later, after summer time ended, is 8 May 23:00 local.
    expect(getJoursFeries(2002, { alsace: true }).Ascension?.toISOString()).toBe('2002-05-08T13:00:00.000Z');
    expect(computePublicHolidays(2002).find((holiday) => holiday.id === 'ascensionDay')?.date).toBe('2002-05-09');
  });

  it('gives the same holidays for every year in UTC, Paris, Tokyo, Los Angeles, Sydney and Santiago', () => {
    process.env.TZ = 'UTC';
    const reference = Array.from({ length: 200 }, (_, i) => computePublicHolidays(1900 + i));
    for (const zone of ['Europe/Paris', 'Asia/Tokyo', 'America/Los_Angeles', 'Australia/Sydney', 'America/Santiago']) {
      process.env.TZ = zone;
      expect(Array.from({ length: 200 }, (_, i) => computePublicHolidays(1900 + i)), zone).toEqual(reference);
    }
  });
});
