import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { startOfCalendarDate, toCalendarDate, WorkingCalendar, type CalendarSettings } from '../src/index.js';
import { shift } from './easter.js';

const DAY_MS = 86_400_000;
const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;

/** Any date of 1990–2097, leaving room before the end of the supported range (2099) for the days added. */
const dates = fc.integer({ min: dayNumber('1990-01-01'), max: dayNumber('2097-12-31') }).map((day) => new Date(day * DAY_MS).toISOString().slice(0, 10));
const closingTimes = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
const calendars = fc
  .record<CalendarSettings>({ saturdayWorked: fc.boolean(), whitMondayWorked: fc.boolean(), closingTime: closingTimes })
  .map((settings) => new WorkingCalendar(settings));
const counts = fc.integer({ min: 0, max: 400 });
const instants = fc.integer({ min: Date.parse('1990-01-01T00:00:00Z'), max: Date.parse('2097-12-31T00:00:00Z') }).map((ms) => new Date(ms));
const RUNS = { numRuns: 1000 };

describe('properties over 1990–2099, for any settings', () => {
  it('addWorkingDays always lands on a working day, never before the date', () => {
    fc.assert(
      fc.property(calendars, dates, counts, (calendar, date, n) => {
        const result = calendar.addWorkingDays(date, n);
        expect(calendar.isWorkingDay(result)).toBe(true);
        expect(result >= date).toBe(true);
      }),
      RUNS,
    );
  });

  it('workingDaysBetween(d, addWorkingDays(d, n)) is n from a working day, n + 1 from a non-working one (rolled forward first)', () => {
    fc.assert(
      fc.property(calendars, dates, counts, (calendar, date, n) => {
        const expected = calendar.isWorkingDay(date) ? n : n + 1;
        expect(calendar.workingDaysBetween(date, calendar.addWorkingDays(date, n))).toBe(expected);
      }),
      RUNS,
    );
  });

  it('addWorkingDays is strictly increasing in the number of days, and adds up', () => {
    fc.assert(
      fc.property(calendars, dates, counts, counts, (calendar, date, m, n) => {
        const [low, high] = m <= n ? [m, n] : [n, m];
        const a = calendar.addWorkingDays(date, low);
        const b = calendar.addWorkingDays(date, high);
        expect(low === high ? a === b : a < b).toBe(true);
        expect(calendar.addWorkingDays(a, high - low)).toBe(b);
      }),
      RUNS,
    );
  });

  it('nextWorkingDay is a later working day with no working day in between; previousWorkingDay likewise backwards', () => {
    fc.assert(
      fc.property(calendars, dates, (calendar, date) => {
        const next = calendar.nextWorkingDay(date);
        expect(next > date).toBe(true);
        expect(calendar.isWorkingDay(next)).toBe(true);
        expect(calendar.workingDaysBetween(date, next)).toBe(1);
        const previous = calendar.previousWorkingDay(date);
        expect(previous < date).toBe(true);
        expect(calendar.isWorkingDay(previous)).toBe(true);
        expect(calendar.workingDaysBetween(previous, date)).toBe(calendar.isWorkingDay(date) ? 1 : 0);
        // Neither skips more than Good Friday to Easter Monday (4 days) plus a Sunday before or after.
        expect(dayNumber(next) - dayNumber(date)).toBeLessThanOrEqual(5);
      }),
      RUNS,
    );
  });

  it('workingDaysBetween adds up over consecutive intervals', () => {
    fc.assert(
      fc.property(calendars, dates, fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 200 }), (calendar, start, x, y) => {
        const middle = shift(start, x);
        const end = shift(middle, y);
        expect(calendar.workingDaysBetween(start, end)).toBe(calendar.workingDaysBetween(start, middle) + calendar.workingDaysBetween(middle, end));
      }),
      RUNS,
    );
  });

  it('the effective reception date is a working day, the reception day itself exactly when it is worked and before closing', () => {
    fc.assert(
      fc.property(calendars, instants, (calendar, receivedAt) => {
        const effective = calendar.effectiveReceptionDate(receivedAt);
        const day = toCalendarDate(receivedAt);
        expect(calendar.isWorkingDay(effective)).toBe(true);
        const [hours, minutes] = calendar.settings.closingTime.split(':').map(Number);
        const closing = startOfCalendarDate(day).getTime() + ((hours ?? 0) * 60 + (minutes ?? 0)) * 60_000;
        // Paris days are 24 h except the two DST Sundays, which are never working days, so this closing instant is exact.
        const onTime = calendar.isWorkingDay(day) && receivedAt.getTime() < closing;
        expect(effective).toBe(onTime ? day : calendar.nextWorkingDay(day));
      }),
      RUNS,
    );
  });

  it('an answer on the due date is within the delay, one on the next working day is one day late', () => {
    fc.assert(
      fc.property(calendars, instants, fc.integer({ min: 0, max: 60 }), (calendar, receivedAt, n) => {
        const due = calendar.dueDate(receivedAt, n);
        const lastInstantOfDueDate = new Date(startOfCalendarDate(shift(due, 1)).getTime() - 1);
        expect(calendar.delayInWorkingDays(receivedAt, lastInstantOfDueDate)).toBe(n);
        expect(calendar.delayInWorkingDays(receivedAt, startOfCalendarDate(calendar.nextWorkingDay(due)))).toBe(n + 1);
      }),
      RUNS,
    );
  });

  it('Saturday and Whit Monday settings only ever add working days, exactly on Saturdays and Whit Mondays', () => {
    const base = new WorkingCalendar();
    const saturdays = new WorkingCalendar({ saturdayWorked: true });
    const whitMondays = new WorkingCalendar({ whitMondayWorked: true });
    fc.assert(
      fc.property(dates, (date) => {
        const isSaturday = new Date(`${date}T00:00:00Z`).getUTCDay() === 6;
        expect(saturdays.isWorkingDay(date)).toBe(base.isWorkingDay(date) || (isSaturday && !base.isHoliday(date)));
        expect(whitMondays.isWorkingDay(date)).toBe(base.isWorkingDay(date) || base.holidayName(date) === 'Lundi de Pentecôte');
      }),
      { numRuns: 5000 },
    );
  });
});
