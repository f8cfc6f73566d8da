export { addCalendarDays, addMonths, assertCalendarDate, calendarDaysBetween, startOfCalendarDate, toCalendarDate, MAX_YEAR, MIN_YEAR, PARIS_TIME_ZONE, type CalendarDate } from './calendar-date.js';
export { publicHolidays, type HolidayId, type PublicHoliday } from './holidays.js';
export { DEFAULT_SETTINGS, resolveSettings, type CalendarSettings } from './settings.js';
export { WorkingCalendar } from './working-calendar.js';
