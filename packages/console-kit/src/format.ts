import { toCalendarDate } from '@qualipref/calendar';

// French formatting of the indicators. Dates of the API are calendar dates (YYYY-MM-DD), shown
// as they are, or instants, shown in the viewed tenant's time zone (see tenant-time.tsx).

const percent = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const decimal = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });
const integer = new Intl.NumberFormat('fr-FR');

/** One formatter per style and time zone: building an Intl formatter costs far more than using one. */
const formatters = new Map<string, Intl.DateTimeFormat>();
const STYLES = {
  long: { dateStyle: 'long' },
  short: { day: '2-digit', month: '2-digit', year: 'numeric' },
  dateTime: { dateStyle: 'medium', timeStyle: 'short' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

function formatter(style: keyof typeof STYLES, timeZone: string): Intl.DateTimeFormat {
  const key = `${style} ${timeZone}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat('fr-FR', { ...STYLES[style], timeZone });
    formatters.set(key, found);
  }
  return found;
}

/** A calendar date (YYYY-MM-DD) as the day it names, or an instant as its day in `timeZone`. */
function dayOf(value: string, timeZone: string): Date {
  const date = value.length === 10 ? value : toCalendarDate(new Date(value), timeZone);
  // Read at noon UTC and shown in UTC, so that no time zone moves it to another day.
  return new Date(`${date}T12:00:00Z`);
}

/** « 18 novembre 2015 », « 1er décembre 2026 » (Intl writes « 1 décembre »). */
export const formatDate = (value: string | null | undefined, timeZone: string) => (value ? formatter('long', 'UTC').format(dayOf(value, timeZone)).replace(/^1 /, '1er ') : '—');
/** « 18/11/2015 ». */
export const formatShortDate = (value: string | null | undefined, timeZone: string) => (value ? formatter('short', 'UTC').format(dayOf(value, timeZone)) : '—');
/** « 18 nov. 2015, 14:00 », the instant read on the clocks of `timeZone`. */
export const formatDateTime = (value: string | null | undefined, timeZone: string) => (value ? formatter('dateTime', timeZone).format(new Date(value)) : '—');
/** A rate as the API gives it, a fraction from 0 to 1 (0.875), as « 87,5 % »; no rate (nothing answered) as a dash. */
export const formatRate = (value: number | null | undefined) => (value == null ? '—' : `${percent.format(value * 100)}\u00a0%`);
export const formatDays = (value: number | null | undefined) => (value == null ? '—' : `${decimal.format(value)} j`);
export const formatCount = (value: number) => integer.format(value);

export const CHANNELS: Record<string, string> = {
  LETTER: 'Courrier',
  EMAIL: 'Courriel',
  TELEPHONE: 'Téléphone',
  CONTACT_FORM: 'Formulaire de contact',
  COUNTER: 'Guichet',
};

export const ROLES: Record<string, string> = {
  AGENT: 'Agent',
  MANAGER: 'Responsable',
  ANALYST: 'Analyste',
  ADMINISTRATOR: 'Administrateur',
};
