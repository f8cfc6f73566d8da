/**
 * Public holidays of the Moselle: the 11 national ones plus Good Friday and 26 December under the local law of
 * Alsace-Moselle. Dates come from @socialgouv/jours-feries (never hand-written here); this module only names them,
 * turns them into Paris calendar dates and caches them per year.
 */
import getJoursFeries from '@socialgouv/jours-feries';
import { assertSupportedYear, yearOf, type CalendarDate } from './calendar-date.js';

/** Each holiday: the key under which the library returns it, and its official French name (service-public.fr). */
const DEFINITIONS = {
  newYearsDay: { libraryKey: "Jour de l'an", name: "Jour de l'an" },
  goodFriday: { libraryKey: 'Vendredi Saint', name: 'Vendredi saint' },
  easterMonday: { libraryKey: 'Lundi de Pâques', name: 'Lundi de Pâques' },
  labourDay: { libraryKey: 'Fête du travail', name: 'Fête du travail' },
  victoryDay: { libraryKey: 'Victoire des alliés', name: 'Victoire 1945' },
  ascensionDay: { libraryKey: 'Ascension', name: 'Ascension' },
  whitMonday: { libraryKey: 'Lundi de Pentecôte', name: 'Lundi de Pentecôte' },
  nationalDay: { libraryKey: 'Fête Nationale', name: 'Fête nationale' },
  assumptionDay: { libraryKey: 'Assomption', name: 'Assomption' },
  allSaintsDay: { libraryKey: 'Toussaint', name: 'Toussaint' },
  armisticeDay: { libraryKey: 'Armistice', name: 'Armistice 1918' },
  christmasDay: { libraryKey: 'Noël', name: 'Noël' },
  saintStephensDay: { libraryKey: 'Saint Étienne', name: 'Saint-Étienne' },
} as const;

export type HolidayId = keyof typeof DEFINITIONS;

export interface PublicHoliday {
  readonly date: CalendarDate;
  readonly id: HolidayId;
  /** French name, e.g. "Vendredi saint". */
  readonly name: string;
}

interface YearTable {
  readonly list: readonly PublicHoliday[];
  readonly byDate: ReadonlyMap<CalendarDate, readonly PublicHoliday[]>;
}

const HOUR_MS = 3_600_000;
const cache = new Map<number, YearTable>();

/**
 * The library builds dates with `new Date(y, m, d)` in the process's own time zone (so they are not Paris dates unless
 * the process runs in Paris), then moves the Easter-based ones by fixed 24-hour steps, so a DST change in between puts
 * them an hour off local midnight: with TZ=Australia/Sydney, Ascension 2002 comes back as 8 May 23:00 instead of 9 May.
 * Reading the local date at local noon is right in any process time zone.
 */
function libraryDateToCalendarDate(value: Date): CalendarDate {
  const noon = new Date(value.getTime() + 12 * HOUR_MS);
  return `${String(noon.getFullYear()).padStart(4, '0')}-${String(noon.getMonth() + 1).padStart(2, '0')}-${String(noon.getDate()).padStart(2, '0')}`;
}

/** Asks the library (uncached) for the 13 public holidays of `year` in Alsace-Moselle, in calendar order. */
export function computePublicHolidays(year: number): PublicHoliday[] {
  assertSupportedYear(year);
  const fromLibrary = getJoursFeries(year, { alsace: true });
  const holidays = Object.entries(DEFINITIONS).map(([id, { libraryKey, name }]) => {
    const value = fromLibrary[libraryKey];
    // A renamed key in a future version of the library must fail loudly, not drop a holiday silently.
    if (!(value instanceof Date)) throw new Error(`@socialgouv/jours-feries returned no "${libraryKey}" for ${year}.`);
    return { date: libraryDateToCalendarDate(value), id: id as HolidayId, name };
  });
  // Array#sort is stable: holidays falling on the same day (1 May = Ascension in 2008) keep the order of DEFINITIONS.
  return holidays.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

function yearTable(year: number): YearTable {
  let table = cache.get(year);
  if (!table) {
    const list = Object.freeze(computePublicHolidays(year).map((holiday) => Object.freeze(holiday)));
    const byDate = new Map<CalendarDate, PublicHoliday[]>();
    for (const holiday of list) byDate.set(holiday.date, [...(byDate.get(holiday.date) ?? []), holiday]);
    table = { list, byDate };
    cache.set(year, table);
  }
  return table;
}

/** The 13 public holidays of `year` in Alsace-Moselle, sorted by date (cached per year). Two may share a date. */
export function publicHolidays(year: number): readonly PublicHoliday[] {
  return yearTable(year).list;
}

/** The public holidays falling on `date` (empty for an ordinary day; two when 1 or 8 May is Ascension). Unchecked date. */
export function publicHolidaysOn(date: CalendarDate): readonly PublicHoliday[] {
  return yearTable(yearOf(date)).byDate.get(date) ?? [];
}
