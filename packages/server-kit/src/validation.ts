import { badInput } from './errors.js';

/** The fields of an update: each may be omitted (unchanged) or null (cleared, where allowed). */
export type Patch<T> = { [K in keyof T]?: T[K] | null };

/** A calendar date `YYYY-MM-DD` that exists, between 1900 and 2099 (the calendar's range). */
export function isoDate(value: string, field: string): string {
  const text = value.trim();
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!match || !date || date.toISOString().slice(0, 10) !== text || date.getUTCFullYear() < 1900 || date.getUTCFullYear() > 2099) {
    throw badInput(`Date invalide (attendu AAAA-MM-JJ) : « ${value} ».`, field);
  }
  return text;
}

export function optionalIsoDate(value: string | null | undefined, field: string): string | null {
  return value == null || value === '' ? null : isoDate(value, field);
}

/** Trimmed text that must not be empty nor longer than `max`. */
export function requiredText(value: string, field: string, max = 500): string {
  const text = value.trim();
  if (!text) throw badInput(`Le champ « ${field} » est obligatoire.`, field);
  if (text.length > max) throw badInput(`Le champ « ${field} » ne doit pas dépasser ${max} caractères.`, field);
  return text;
}

/** Trimmed text or null (empty counts as null), not longer than `max`. */
export function optionalText(value: string | null | undefined, field: string, max = 20_000): string | null {
  if (value == null) return null;
  const text = value.trim();
  if (text.length > max) throw badInput(`Le champ « ${field} » ne doit pas dépasser ${max} caractères.`, field);
  return text || null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An identifier as the platform makes them (a UUID): anything else is refused before any query. */
export const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);
