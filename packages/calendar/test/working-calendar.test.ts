import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, resolveSettings, WorkingCalendar } from '../src/index.js';

const ouvres = new WorkingCalendar();
const ouvrables = new WorkingCalendar({ saturdayWorked: true });
const solidarity = new WorkingCalendar({ whitMondayWorked: true });

describe('settings', () => {
  it('default to Monday–Friday, Whit Monday off, closing at 17:00', () => {
    expect(DEFAULT_SETTINGS).toEqual({ saturdayWorked: false, whitMondayWorked: false, closingTime: '17:00' });
    expect(ouvres.settings).toEqual(DEFAULT_SETTINGS);
    expect(resolveSettings({ closingTime: '18:30' })).toEqual({ saturdayWorked: false, whitMondayWorked: false, closingTime: '18:30' });
  });

  it('reject a malformed closing time or non-boolean flags with a clear message', () => {
    for (const closingTime of ['25:00', '24:00', '17:60', '5:00', '17h00', '17:00:00', '']) {
      expect(() => new WorkingCalendar({ closingTime }), closingTime).toThrow(/Invalid closing time/);
    }
    expect(() => new WorkingCalendar({ closingTime: 1700 as unknown as string })).toThrow(TypeError);
    expect(() => new WorkingCalendar({ saturdayWorked: 'yes' as unknown as boolean })).toThrow(/saturdayWorked: expected a boolean/);
    expect(() => new WorkingCalendar({ whitMondayWorked: 1 as unknown as boolean })).toThrow(TypeError);
  });
});

describe('working days', () => {
  it('Saturday is worked only in "jours ouvrables", Sunday never', () => {
    expect(ouvres.isWorkingDay('2015-12-19')).toBe(false);
    expect(ouvrables.isWorkingDay('2015-12-19')).toBe(true);
    expect(ouvrables.isWorkingDay('2015-12-20')).toBe(false);
    // 26 December 2015 is a Saturday and Saint-Étienne: off even when Saturdays are worked.
    expect(ouvrables.isWorkingDay('2015-12-26')).toBe(false);
  });

  it('Whit Monday is off unless the tenant works it as the journée de solidarité; it stays a public holiday', () => {
    expect(ouvres.isWorkingDay('2015-05-25')).toBe(false);
    expect(solidarity.isWorkingDay('2015-05-25')).toBe(true);
    expect(solidarity.isHoliday('2015-05-25')).toBe(true);
    // The setting touches Whit Monday only: Easter Monday and Ascension stay off.
    expect(solidarity.isWorkingDay('2015-04-06')).toBe(false);
    expect(solidarity.isWorkingDay('2015-05-14')).toBe(false);
  });

  it('next and previous working days jump over weekends and holidays', () => {
    // Thu 2015-12-24 → Fri 25 Noël, Sat 26 Saint-Étienne, Sun 27 → Mon 28.
    expect(ouvres.nextWorkingDay('2015-12-24')).toBe('2015-12-28');
    expect(ouvres.previousWorkingDay('2015-12-28')).toBe('2015-12-24');
    // Thu 2015-04-02 → Fri 3 Vendredi saint, weekend, Mon 6 Lundi de Pâques → Tue 7.
    expect(ouvres.nextWorkingDay('2015-04-02')).toBe('2015-04-07');
    expect(ouvrables.nextWorkingDay('2015-04-02')).toBe('2015-04-04');
    // Fri 2015-05-22 → weekend, Mon 25 Whit Monday → Tue 26, or Mon 25 when it is worked.
    expect(ouvres.nextWorkingDay('2015-05-22')).toBe('2015-05-26');
    expect(solidarity.nextWorkingDay('2015-05-22')).toBe('2015-05-25');
  });

  it('refuse to leave the supported years', () => {
    expect(() => ouvres.nextWorkingDay('2099-12-31')).toThrow(/2100 is outside the supported range/);
    expect(() => ouvres.previousWorkingDay('1900-01-01')).toThrow(RangeError);
  });
});

describe('addWorkingDays', () => {
  it('rolls a non-working day forward first: +0 on Saturday is Monday, +1 is Tuesday', () => {
    expect(ouvres.addWorkingDays('2015-12-19', 0)).toBe('2015-12-21');
    expect(ouvres.addWorkingDays('2015-12-19', 1)).toBe('2015-12-22');
    expect(ouvres.addWorkingDays('2015-12-21', 0)).toBe('2015-12-21');
    expect(ouvres.addWorkingDays('2015-12-21', 1)).toBe('2015-12-22');
  });

  it('rejects negative, fractional and non-numeric counts, and malformed dates', () => {
    expect(() => ouvres.addWorkingDays('2015-12-21', -1)).toThrow(RangeError);
    expect(() => ouvres.addWorkingDays('2015-12-21', 1.5)).toThrow(RangeError);
    expect(() => ouvres.addWorkingDays('2015-12-21', Number.NaN)).toThrow(RangeError);
    expect(() => ouvres.addWorkingDays('2015-12-21', Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => ouvres.addWorkingDays('2015-12-21', '3' as unknown as number)).toThrow(TypeError);
    expect(() => ouvres.addWorkingDays('21/12/2015', 3)).toThrow(TypeError);
    expect(() => ouvres.addWorkingDays('2015-02-30', 3)).toThrow(RangeError);
  });
});

describe('workingDaysBetween', () => {
  it('counts the working days after the start up to and including the end', () => {
    // Mon 2015-12-21 → Mon 28: Tue 22, Wed 23, Thu 24 (Fri 25, Sat 26, Sun 27 off), Mon 28.
    expect(ouvres.workingDaysBetween('2015-12-21', '2015-12-28')).toBe(4);
    expect(ouvrables.workingDaysBetween('2015-12-21', '2015-12-28')).toBe(4);
    expect(ouvres.workingDaysBetween('2015-12-21', '2015-12-22')).toBe(1);
    expect(ouvres.workingDaysBetween('2015-12-24', '2015-12-27')).toBe(0);
  });

  it('is 0 when the end is not after the start', () => {
    expect(ouvres.workingDaysBetween('2015-12-21', '2015-12-21')).toBe(0);
    expect(ouvres.workingDaysBetween('2015-12-28', '2015-12-21')).toBe(0);
  });
});

describe('due dates and delays', () => {
  // Thursday 24 December 2015, 10:00 in Paris (winter time, UTC+1). (24 Dec 2015 is a Thursday; Christmas was the Friday.)
  const letter = new Date('2015-12-24T10:00:00+01:00');

  it('a letter received on Thursday 2015-12-24 at 10:00, answer due in 15 working days, is due Monday 2016-01-18', () => {
    // Received before closing on a working day: counts from Thu 24. Then, Mon–Fri: Fri 25 Noël, Sat 26 Saint-Étienne;
    // Mon 28 (1), Tue 29 (2), Wed 30 (3), Thu 31 (4), Fri 1 Jan Jour de l'an, Mon 4 (5) … Fri 8 (9), Mon 11 (10) … Fri 15 (14), Mon 18 (15).
    expect(ouvres.effectiveReceptionDate(letter)).toBe('2015-12-24');
    expect(ouvres.dueDate(letter, 15)).toBe('2016-01-18');
    // Monday to Saturday: Sat 26 is still Saint-Étienne; Mon 28 (1) … Thu 31 (4), Sat 2 (5), Mon 4 (6) … Sat 9 (11), Mon 11 (12) … Thu 14 (15).
    expect(ouvrables.dueDate(letter, 15)).toBe('2016-01-14');
  });

  it('measures the delay of the answer to that letter', () => {
    expect(ouvres.delayInWorkingDays(letter, new Date('2015-12-24T16:00:00+01:00'))).toBe(0);
    expect(ouvres.delayInWorkingDays(letter, new Date('2015-12-26T11:00:00+01:00'))).toBe(0);
    expect(ouvres.delayInWorkingDays(letter, new Date('2015-12-28T09:00:00+01:00'))).toBe(1);
    expect(ouvres.delayInWorkingDays(letter, new Date('2016-01-18T18:30:00+01:00'))).toBe(15);
    expect(ouvres.delayInWorkingDays(letter, new Date('2016-01-19T08:00:00+01:00'))).toBe(16);
  });

  it('an email received on Saturday evening before Whit Monday counts from the Tuesday', () => {
    // Saturday 2024-05-18 at 19:00 (summer time, UTC+2); Sunday 19 Pentecost, Monday 20 Whit Monday.
    const email = new Date('2024-05-18T19:00:00+02:00');
    expect(ouvres.effectiveReceptionDate(email)).toBe('2024-05-21');
    // 5 working days from Tue 21: Wed 22 (1), Thu 23 (2), Fri 24 (3), Mon 27 (4), Tue 28 (5).
    expect(ouvres.dueDate(email, 5)).toBe('2024-05-28');
    // Whit Monday worked: counts from Mon 20, due Mon 27.
    expect(solidarity.effectiveReceptionDate(email)).toBe('2024-05-20');
    expect(solidarity.dueDate(email, 5)).toBe('2024-05-27');
    // Saturday worked but 19:00 is after closing: Mon 20 is off, so Tue 21; then Wed 22 … Fri 24 (3), Sat 25 (4), Mon 27 (5).
    expect(ouvrables.dueDate(email, 5)).toBe('2024-05-27');
    // Saturday worked and received at 10:00: counts from Sat 18; Tue 21 (1) … Fri 24 (4), Sat 25 (5).
    expect(ouvrables.dueDate(new Date('2024-05-18T10:00:00+02:00'), 5)).toBe('2024-05-25');
    // Answered on the Sunday, before the effective reception date: 0.
    expect(ouvres.delayInWorkingDays(email, new Date('2024-05-19T10:00:00+02:00'))).toBe(0);
    expect(ouvres.delayInWorkingDays(email, new Date('2024-05-22T10:00:00+02:00'))).toBe(1);
  });

  it('an item received at 17:30 counts from the next working day; at exactly 17:00 too; at 16:59:59 the same day', () => {
    // Tuesday 2026-03-10, winter time (UTC+1).
    expect(ouvres.effectiveReceptionDate(new Date('2026-03-10T17:30:00+01:00'))).toBe('2026-03-11');
    expect(ouvres.effectiveReceptionDate(new Date('2026-03-10T17:00:00+01:00'))).toBe('2026-03-11');
    expect(ouvres.effectiveReceptionDate(new Date('2026-03-10T16:59:59+01:00'))).toBe('2026-03-10');
    expect(new WorkingCalendar({ closingTime: '18:00' }).effectiveReceptionDate(new Date('2026-03-10T17:30:00+01:00'))).toBe('2026-03-10');
    expect(ouvres.delayInWorkingDays(new Date('2026-03-10T17:30:00+01:00'), new Date('2026-03-11T09:00:00+01:00'))).toBe(0);
    expect(ouvres.delayInWorkingDays(new Date('2026-03-10T17:30:00+01:00'), new Date('2026-03-12T09:00:00+01:00'))).toBe(1);
  });

  it('applies the closing time in Paris local time across the DST changes', () => {
    // 15:30Z is 16:30 in Paris on Friday 2026-03-27 (UTC+1): before closing.
    expect(ouvres.effectiveReceptionDate(new Date('2026-03-27T15:30:00Z'))).toBe('2026-03-27');
    // Summer time starts Sunday 29 March: the same 15:30Z is 17:30 on Monday 30 (UTC+2): after closing, so Tuesday 31.
    expect(ouvres.effectiveReceptionDate(new Date('2026-03-30T15:30:00Z'))).toBe('2026-03-31');
    // 22:30Z on Sunday 29 is already 00:30 on Monday 30 in Paris: a working day, before closing.
    expect(ouvres.effectiveReceptionDate(new Date('2026-03-29T22:30:00Z'))).toBe('2026-03-30');
    // Summer time ends Sunday 25 October: 15:30Z is 17:30 on Friday 23 (UTC+2), after closing, so Monday 26 …
    expect(ouvres.effectiveReceptionDate(new Date('2026-10-23T15:30:00Z'))).toBe('2026-10-26');
    // … but 16:30 on Monday 26 (UTC+1), before closing.
    expect(ouvres.effectiveReceptionDate(new Date('2026-10-26T15:30:00Z'))).toBe('2026-10-26');
    // Received Friday 27 March 16:30, 3 working days: Mon 30 (1), Tue 31 (2), Wed 1 April (3).
    expect(ouvres.dueDate(new Date('2026-03-27T15:30:00Z'), 3)).toBe('2026-04-01');
  });

  it('rejects an answer before the reception, and invalid instants or counts', () => {
    expect(() => ouvres.delayInWorkingDays(letter, new Date('2015-12-24T09:59:59+01:00'))).toThrow(/before reception/);
    expect(() => ouvres.delayInWorkingDays(letter, new Date(Number.NaN))).toThrow(RangeError);
    expect(() => ouvres.effectiveReceptionDate('2015-12-24' as unknown as Date)).toThrow(TypeError);
    expect(() => ouvres.dueDate(letter, -5)).toThrow(RangeError);
    expect(() => ouvres.dueDate(letter, 2.5)).toThrow(RangeError);
  });
});
