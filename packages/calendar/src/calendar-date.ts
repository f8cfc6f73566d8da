/**
 * Calendar dates of Europe/Paris as ISO `YYYY-MM-DD` strings, and the conversions between them and instants.
 *
 * Date arithmetic is done on the calendar (read as UTC so that every day has 24 hours); the Paris time zone only
 * matters when an instant is turned into a Paris date or back, and that goes through Intl so that daylight saving
 * time and historical offsets come from the time zone database, never from a fixed offset.
 */

/** A local date in Europe/Paris, ISO `YYYY-MM-DD` (e.g. `2015-12-24`). */
export type CalendarDate = string;

export const PARIS_TIME_ZONE = 'Europe/Paris';

/**
 * Supported years: wide enough for any file of the prefecture, narrow enough to reject typos such as `0215`. The range
 * stops at 2099 because @socialgouv/jours-feries 2.0.0 gets Easter wrong in the 2100s (2106: 25 April instead of 18).
 */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2099;

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** One formatter per time zone: building an Intl formatter costs far more than using one. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterOf(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Throws a RangeError when `timeZone` is not an IANA time zone Intl knows. */
export function assertTimeZone(timeZone: string): void {
  formatterOf(timeZone);
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** Throws a RangeError when `year` is outside {@link MIN_YEAR}–{@link MAX_YEAR}. */
export function assertSupportedYear(year: number): void {
  if (typeof year !== 'number') throw new TypeError(`Invalid year: expected a number, got ${typeof year}.`);
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new RangeError(`Year ${year} is outside the supported range ${MIN_YEAR}–${MAX_YEAR}.`);
  }
}

/** Checks that `value` is a real `YYYY-MM-DD` date of a supported year: TypeError for the wrong shape, RangeError for a date that does not exist. */
export function assertCalendarDate(value: unknown, label = 'date'): asserts value is CalendarDate {
  if (typeof value !== 'string') throw new TypeError(`Invalid ${label}: expected a YYYY-MM-DD string, got ${typeof value}.`);
  const match = DATE_PATTERN.exec(value);
  if (!match) throw new TypeError(`Invalid ${label} "${value}": expected YYYY-MM-DD.`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  assertSupportedYear(year);
  // Date.UTC rolls 2015-02-30 over to March: a date exists only if it survives the round trip.
  const utc = new Date(Date.UTC(year, month - 1, day));
  if (utc.getUTCMonth() !== month - 1 || utc.getUTCDate() !== day) throw new RangeError(`Invalid ${label} "${value}": no such day.`);
}

/** Checks that `value` is a valid Date instant: TypeError if it is not a Date, RangeError if it is an Invalid Date. */
export function assertInstant(value: unknown, label = 'instant'): asserts value is Date {
  if (!(value instanceof Date)) throw new TypeError(`Invalid ${label}: expected a Date.`);
  if (Number.isNaN(value.getTime())) throw new RangeError(`Invalid ${label}: Invalid Date.`);
}

function formatDate(year: number, month: number, day: number): CalendarDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function wallClock(instant: Date, timeZone = PARIS_TIME_ZONE): WallClock {
  const fields: Record<string, number> = {};
  for (const part of formatterOf(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  const { year, month, day, hour, minute, second } = fields;
  if (year === undefined || month === undefined || day === undefined || hour === undefined || minute === undefined || second === undefined) {
    throw new Error(`Intl could not format ${instant.toISOString()} in ${timeZone}.`);
  }
  return { year, month, day, hour, minute, second };
}

/** The Paris calendar date of `instant` (or that of `timeZone`), and how many seconds of that day have elapsed (wall clock). */
export function parisDateAndTime(instant: Date, timeZone = PARIS_TIME_ZONE): { date: CalendarDate; secondOfDay: number } {
  assertInstant(instant);
  const clock = wallClock(instant, timeZone);
  assertSupportedYear(clock.year);
  return { date: formatDate(clock.year, clock.month, clock.day), secondOfDay: clock.hour * 3600 + clock.minute * 60 + clock.second };
}

/** The Paris calendar date of `instant` (e.g. 2015-12-24T23:30:00Z is `2015-12-25`), or that of another time zone. */
export function toCalendarDate(instant: Date, timeZone = PARIS_TIME_ZONE): CalendarDate {
  return parisDateAndTime(instant, timeZone).date;
}

/** How far the wall-clock time of `timeZone` (Paris by default) is ahead of UTC at `epochMs`, in ms (whole seconds: Paris Mean Time was +0:09:21). */
function offsetMs(epochMs: number, timeZone: string): number {
  const wholeSecond = Math.floor(epochMs / 1000) * 1000;
  const clock = wallClock(new Date(wholeSecond), timeZone);
  return Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second) - wholeSecond;
}

/** The instant at which the day `date` starts (00:00) in Paris, or in another time zone: 23:00Z or 22:00Z the day before in Paris since 1977. */
export function startOfCalendarDate(date: CalendarDate, timeZone = PARIS_TIME_ZONE): Date {
  assertCalendarDate(date);
  const midnightAsUtc = Date.parse(`${date}T00:00:00Z`);
  // The offset to subtract is the one in force at the instant we are looking for: take it at a first guess and also
  // 3 hours earlier, because when clocks went back at 01:00 (26 Sept 1976, 8 Oct 1944 in Paris) midnight happened twice
  // and the day starts at the first one. Keep the candidates that really read 00:00 there, and the earliest of them.
  const guess = midnightAsUtc - offsetMs(midnightAsUtc, timeZone);
  const candidates = [guess - 3 * HOUR_MS, guess]
    .map((at) => midnightAsUtc - offsetMs(at, timeZone))
    .filter((candidate) => candidate + offsetMs(candidate, timeZone) === midnightAsUtc);
  if (candidates.length === 0) throw new Error(`No midnight in ${timeZone} on ${date}.`);
  return new Date(Math.min(...candidates));
}

/** A wall-clock date and time to the minute, `YYYY-MM-DDTHH:MM`, as a datetime-local field holds it. */
export type WallTime = string;

const WALL_TIME_PATTERN = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/;

/** What the clocks of `timeZone` (Paris by default) read at `instant`, to the minute (e.g. `2026-12-01T10:00`). */
export function toWallTime(instant: Date, timeZone = PARIS_TIME_ZONE): WallTime {
  const { date, secondOfDay } = parisDateAndTime(instant, timeZone);
  const minutes = Math.floor(secondOfDay / 60);
  return `${date}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/**
 * The instant at which the clocks of `timeZone` (Paris by default) read `wallTime`. A time the clocks skipped (02:30
 * on the last Sunday of March in Paris) is read with the offset in force before the jump (it is 03:30 summer time),
 * and a time they showed twice (02:30 on the last Sunday of October) as its first occurrence, as RFC 5545 does.
 */
export function fromWallTime(wallTime: unknown, timeZone = PARIS_TIME_ZONE): Date {
  if (typeof wallTime !== 'string') throw new TypeError(`Invalid date and time: expected YYYY-MM-DDTHH:MM, got ${typeof wallTime}.`);
  const match = WALL_TIME_PATTERN.exec(wallTime);
  if (!match) throw new TypeError(`Invalid date and time "${wallTime}": expected YYYY-MM-DDTHH:MM.`);
  const [date, hour, minute] = [match[1]!, Number(match[2]), Number(match[3])];
  assertCalendarDate(date);
  if (hour > 23 || minute > 59) throw new RangeError(`Invalid date and time "${wallTime}": no such time.`);
  const asUtc = Date.parse(`${date}T00:00:00Z`) + hour * HOUR_MS + minute * 60_000;
  const before = offsetMs(asUtc - 12 * HOUR_MS, timeZone);
  const after = offsetMs(asUtc + 12 * HOUR_MS, timeZone);
  const candidates = [asUtc - before, asUtc - after].filter((candidate) => candidate + offsetMs(candidate, timeZone) === asUtc);
  return new Date(candidates.length ? Math.min(...candidates) : asUtc - before);
}

/** `date` shifted by `days` calendar days (negative goes back). Unchecked: callers validate their inputs. */
export function addCalendarDays(date: CalendarDate, days: number): CalendarDate {
  const shifted = new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS);
  return formatDate(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate());
}

/** Calendar days from `start` to `end` (negative when `end` is earlier). */
export function calendarDaysBetween(start: CalendarDate, end: CalendarDate): number {
  return Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / DAY_MS);
}

/** `date` shifted by `months`, clamped to the month's last day (31 January + 1 month = 28/29 February). */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  const target = new Date(Date.UTC(y, m - 1 + months, Math.min(d, lastDay)));
  return formatDate(target.getUTCFullYear(), target.getUTCMonth() + 1, target.getUTCDate());
}

/** Day of the week of `date`, 0 = Sunday … 6 = Saturday (as Date#getDay). */
export function dayOfWeek(date: CalendarDate): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/** The year of a valid calendar date. */
export function yearOf(date: CalendarDate): number {
  return Number(date.slice(0, 4));
}
