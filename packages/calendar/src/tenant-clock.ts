import { assertTimeZone, PARIS_TIME_ZONE, startOfCalendarDate, toCalendarDate, type CalendarDate } from './calendar-date.js';
import { type CalendarSettings } from './settings.js';
import { WorkingCalendar } from './working-calendar.js';

/** Where a tenant's « today » comes from: its time zone, its working calendar, and the current instant. */
export interface TenantClockOptions {
  /** IANA time zone of the tenant (Europe/Paris for every prefecture of the Moselle). */
  timeZone?: string;
  /** The tenant's working-calendar settings (Alsace-Moselle holidays, Saturdays, closing time). */
  settings?: Partial<CalendarSettings>;
  /** The current instant; tests inject a fixed one. */
  now?: () => Date;
}

/**
 * A tenant's clock: every « today » and every calendar computation of a use case goes through it, so that the
 * tenant's time zone and holidays apply and a test can fix the current instant.
 */
export class TenantClock {
  readonly timeZone: string;
  readonly calendar: WorkingCalendar;
  private readonly nowFn: () => Date;

  constructor(options: TenantClockOptions = {}) {
    this.timeZone = options.timeZone ?? PARIS_TIME_ZONE;
    assertTimeZone(this.timeZone);
    this.calendar = new WorkingCalendar(options.settings);
    this.nowFn = options.now ?? (() => new Date());
  }

  /** The current instant. */
  now(): Date {
    return this.nowFn();
  }

  /** The tenant's calendar date of `instant`. */
  toCalendarDate(instant: Date): CalendarDate {
    return toCalendarDate(instant, this.timeZone);
  }

  /** The instant the tenant's day `date` starts (00:00 in its time zone). */
  startOf(date: CalendarDate): Date {
    return startOfCalendarDate(date, this.timeZone);
  }

  /** The tenant's date today. */
  today(): CalendarDate {
    return this.toCalendarDate(this.now());
  }
}
