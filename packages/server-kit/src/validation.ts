import { DomainError, ErrorCode, badInput } from './errors.js';

/** The fields of an update: each may be omitted (unchanged) or null (cleared, where allowed). */
export type Patch<T> = { [K in keyof T]?: T[K] | null };

/** Whether a text is a calendar date `YYYY-MM-DD` that exists, between 1900 and 2099 (the calendar's range). */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text && date.getUTCFullYear() >= 1900 && date.getUTCFullYear() <= 2099;
}

/**
 * The French names of a service's input fields, as its forms label them, by field path with the
 * list indices left out (`agenda.title` for `agenda.2.title`): a message names the field a person
 * reads, never the API's code name (`filedAt`, `text`). Each service keeps its own, in its domain.
 */
export type FieldLabels = Readonly<Record<string, string>>;

/** The French name of a field path: its own label, else its last segment's, else null. */
export function fieldLabel(labels: FieldLabels, field: string): string | null {
  const path = field.replace(/\[\d+\]|\.\d+(?=\.|$)/g, '');
  return labels[path] ?? labels[path.split('.').pop() ?? ''] ?? null;
}

/** « Intitulé », or « Ce champ » when a field has no label. */
const named = (labels: FieldLabels, field: string) => {
  const label = fieldLabel(labels, field);
  return label ? `« ${label} »` : 'Ce champ';
};

/**
 * The checks of text and dates whose messages name the field by its French label: each service
 * takes them from its domain, bound to its labels (`inputRules(FIELD_LABELS)`).
 */
export function inputRules(labels: FieldLabels) {
  /** A calendar date `YYYY-MM-DD` that exists, between 1900 and 2099 (the calendar's range). */
  function isoDate(value: string, field: string): string {
    const text = value.trim();
    if (!isCalendarDate(text)) {
      const label = fieldLabel(labels, field);
      throw badInput(`${label ? `« ${label} » : d` : 'D'}ate invalide (attendu AAAA-MM-JJ) : « ${value} ».`, field);
    }
    return text;
  }

  function optionalIsoDate(value: string | null | undefined, field: string): string | null {
    return value == null || value === '' ? null : isoDate(value, field);
  }

  /** Trimmed text that must not be empty nor longer than `max`. */
  function requiredText(value: string, field: string, max = 500): string {
    const text = value.trim();
    if (!text) throw badInput(`${named(labels, field)} est obligatoire.`, field);
    if (text.length > max) throw badInput(`${named(labels, field)} ne doit pas dépasser ${max} caractères.`, field);
    return text;
  }

  /** Trimmed text or null (empty counts as null), not longer than `max`. */
  function optionalText(value: string | null | undefined, field: string, max = 20_000): string | null {
    if (value == null) return null;
    const text = value.trim();
    if (text.length > max) throw badInput(`${named(labels, field)} ne doit pas dépasser ${max} caractères.`, field);
    return text || null;
  }

  return { isoDate, optionalIsoDate, requiredText, optionalText };
}

const frenchDates = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'UTC' });

/** A calendar date `YYYY-MM-DD` as a message says it: « 14 octobre 2015 », « 1er décembre 2026 ». */
export const frenchDate = (value: string): string => frenchDates.format(new Date(`${value.slice(0, 10)}T12:00:00Z`)).replace(/^1 /, '1er ');

/** A calendar date `YYYY-MM-DD` as the console prints it in its tables: « 14/10/2015 ». */
export const frenchShortDate = (value: string): string => value.slice(0, 10).split('-').reverse().join('/');

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An identifier as the platform makes them (a UUID): anything else is refused before any query. */
export const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);

/**
 * Only what has happened is recorded: a day after today is refused (BAD_USER_INPUT, reason
 * DATE_IN_FUTURE), since what is accepted today would be refused tomorrow. `label` names the
 * field as the screen does.
 */
export function assertNotAfterToday(date: string | null | undefined, today: string, field: string, label: string): void {
  if (date && date > today) {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, `La date « ${label} » (${frenchShortDate(date)}) est postérieure à aujourd’hui (${frenchShortDate(today)}) : on n’enregistre que ce qui a eu lieu.`, field, 'DATE_IN_FUTURE');
  }
}
