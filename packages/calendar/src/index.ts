export {
  addCalendarDays,
  addMonths,
  assertCalendarDate,
  assertTimeZone,
  calendarDaysBetween,
  fromWallTime,
  startOfCalendarDate,
  toCalendarDate,
  toWallTime,
  MAX_YEAR,
  MIN_YEAR,
  PARIS_TIME_ZONE,
  type CalendarDate,
  type WallTime,
} from './calendar-date.js';
export { publicHolidays, type HolidayId, type PublicHoliday } from './holidays.js';
export { DEFAULT_SETTINGS, resolveSettings, type CalendarSettings } from './settings.js';
export { TenantClock, type TenantClockOptions } from './tenant-clock.js';
export { WorkingCalendar } from './working-calendar.js';
