import { addCalendarDays, assertCalendarDate, assertInstant, assertTimeZone, dayOfWeek, parisDateAndTime, PARIS_TIME_ZONE, toCalendarDate, type CalendarDate } from './calendar-date.js';
import { publicHolidays, publicHolidaysOn, type PublicHoliday } from './holidays.js';
import { closingSecondOfDay, resolveSettings, type CalendarSettings } from './settings.js';

const SUNDAY = 0;
const SATURDAY = 6;

function assertDayCount(value: unknown, label: string): asserts value is number {
  if (typeof value !== 'number') throw new TypeError(`Invalid ${label}: expected a number, got ${typeof value}.`);
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`Invalid ${label} ${value}: expected an integer ≥ 0.`);
}

/**
 * The working days of one tenant in the Moselle, and the response delays counted in them.
 *
 * A working day is a Monday to Friday (to Saturday when `saturdayWorked`) that is not a public holiday of
 * Alsace-Moselle; Whit Monday is a working day when `whitMondayWorked`. Instants are read as dates and times of the
 * tenant's time zone (Europe/Paris by default, that of the three tenants of the Moselle).
 */
export class WorkingCalendar {
  readonly settings: CalendarSettings;
  private readonly closingSecond: number;

  constructor(
    settings: Partial<CalendarSettings> = {},
    readonly timeZone: string = PARIS_TIME_ZONE,
  ) {
    this.settings = resolveSettings(settings);
    this.closingSecond = closingSecondOfDay(this.settings.closingTime);
    assertTimeZone(timeZone);
  }

  /** True when `date` is a public holiday of Alsace-Moselle, Whit Monday included even when the tenant works it. */
  isHoliday(date: CalendarDate): boolean {
    assertCalendarDate(date);
    return publicHolidaysOn(date).length > 0;
  }

  /** French name of the holiday on `date` (names joined by " / " when two coincide), or undefined. */
  holidayName(date: CalendarDate): string | undefined {
    assertCalendarDate(date);
    const names = publicHolidaysOn(date).map((holiday) => holiday.name);
    return names.length > 0 ? names.join(' / ') : undefined;
  }

  /** The 13 public holidays of `year`, sorted by date; two may share a date (1 or 8 May on Ascension). */
  holidays(year: number): readonly PublicHoliday[] {
    return publicHolidays(year);
  }

  isWorkingDay(date: CalendarDate): boolean {
    assertCalendarDate(date);
    return this.isWorking(date);
  }

  /** The first working day strictly after `date`. */
  nextWorkingDay(date: CalendarDate): CalendarDate {
    assertCalendarDate(date);
    return this.step(date, 1);
  }

  /** The last working day strictly before `date`. */
  previousWorkingDay(date: CalendarDate): CalendarDate {
    assertCalendarDate(date);
    return this.step(date, -1);
  }

  /**
   * Rolls `date` forward to a working day if it is not one, then moves `workingDays` working days on: adding 0 to
   * Saturday 2015-12-26 gives Monday 12-28, adding 1 gives Tuesday 12-29. Strictly increasing in `workingDays`.
   */
  addWorkingDays(date: CalendarDate, workingDays: number): CalendarDate {
    assertCalendarDate(date);
    assertDayCount(workingDays, 'number of working days');
    let current = this.isWorking(date) ? date : this.step(date, 1);
    for (let i = 0; i < workingDays; i++) current = this.step(current, 1);
    return current;
  }

  /**
   * How many working days d satisfy start < d ≤ end: the start day is not counted, the end day is. 0 when end ≤ start.
   * For a working day `start`, workingDaysBetween(start, addWorkingDays(start, n)) === n.
   */
  workingDaysBetween(start: CalendarDate, end: CalendarDate): number {
    assertCalendarDate(start, 'start date');
    assertCalendarDate(end, 'end date');
    let count = 0;
    for (let day = addCalendarDays(start, 1); day <= end; day = addCalendarDays(day, 1)) {
      if (this.isWorking(day)) count++;
    }
    return count;
  }

  /**
   * The tenant's date on which an item received at `receivedAt` counts as received: that day if it is a working day and
   * the item came before the closing time (an item at exactly the closing time is late), otherwise the next working day.
   */
  effectiveReceptionDate(receivedAt: Date): CalendarDate {
    const { date, secondOfDay } = parisDateAndTime(receivedAt, this.timeZone);
    return this.isWorking(date) && secondOfDay < this.closingSecond ? date : this.step(date, 1);
  }

  /** The last date (the tenant's) on which an answer is within `workingDays` working days of `receivedAt`. */
  dueDate(receivedAt: Date, workingDays: number): CalendarDate {
    assertDayCount(workingDays, 'number of working days');
    return this.addWorkingDays(this.effectiveReceptionDate(receivedAt), workingDays);
  }

  /**
   * Working days from the effective reception date (not counted) to the tenant's date of the answer (counted):
   * 0 for an answer on the effective reception day or before it (an answer sent on the weekend it arrived).
   */
  delayInWorkingDays(receivedAt: Date, answeredAt: Date): number {
    assertInstant(receivedAt, 'reception instant');
    assertInstant(answeredAt, 'answer instant');
    if (answeredAt.getTime() < receivedAt.getTime()) {
      throw new RangeError(`Answer instant ${answeredAt.toISOString()} is before reception instant ${receivedAt.toISOString()}.`);
    }
    return this.workingDaysBetween(this.effectiveReceptionDate(receivedAt), toCalendarDate(answeredAt, this.timeZone));
  }

  private isWorking(date: CalendarDate): boolean {
    const weekday = dayOfWeek(date);
    if (weekday === SUNDAY || (weekday === SATURDAY && !this.settings.saturdayWorked)) return false;
    return publicHolidaysOn(date).every((holiday) => holiday.id === 'whitMonday' && this.settings.whitMondayWorked);
  }

  /** The nearest working day strictly after (direction 1) or before (-1) `date`; throws once it leaves the supported years. */
  private step(date: CalendarDate, direction: 1 | -1): CalendarDate {
    let day = addCalendarDays(date, direction);
    while (!this.isWorking(day)) day = addCalendarDays(day, direction);
    return day;
  }
}
