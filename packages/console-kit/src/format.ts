// French formatting of the indicators. Dates of the API are calendar dates (YYYY-MM-DD) or
// instants; both are shown in Europe/Paris, the platform's time zone.

const ZONE = 'Europe/Paris';
const dateFormat = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: ZONE });
const shortDate = new Intl.DateTimeFormat('fr-FR', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: ZONE });
const dateTime = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'medium', timeStyle: 'short', timeZone: ZONE });
const percent = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const decimal = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });
const integer = new Intl.NumberFormat('fr-FR');

/** A calendar date (YYYY-MM-DD) read at noon, so that no time zone moves it to another day. */
const calendarDate = (value: string) => new Date(`${value.slice(0, 10)}T12:00:00Z`);

export const formatDate = (value: string | null | undefined) => (value ? dateFormat.format(value.length === 10 ? calendarDate(value) : new Date(value)) : '—');
export const formatShortDate = (value: string | null | undefined) => (value ? shortDate.format(value.length === 10 ? calendarDate(value) : new Date(value)) : '—');
export const formatDateTime = (value: string | null | undefined) => (value ? dateTime.format(new Date(value)) : '—');
/** A rate as the API gives it, a fraction from 0 to 1 (0.875), as « 87,5 % »; no rate (nothing answered) as a dash. */
export const formatRate = (value: number | null | undefined) => (value == null ? '—' : `${percent.format(value * 100)}\u00a0%`);
export const formatDays = (value: number | null | undefined) => (value == null ? '—' : `${decimal.format(value)} j`);
export const formatCount = (value: number) => integer.format(value);

/** Today in Europe/Paris as YYYY-MM-DD. */
export function todayInParis(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

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
