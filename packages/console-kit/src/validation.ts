import { useId, useRef, useState } from 'react';
import { formatDate } from './format.js';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The message when a required value is empty, else null. */
export const whenEmpty = (value: string, message: string): string | null => (value.trim() ? null : message);

/** The message when a value is not an e-mail address (empty is left to whenEmpty), else null. */
export const whenNotEmail = (value: string, message = 'Adresse électronique invalide : elle a la forme prenom.nom@domaine.fr.'): string | null =>
  !value.trim() || EMAIL.test(value.trim()) ? null : message;

type Field = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** A field's label as people read it: the DSFR label without its hint. */
function labelOf(field: Field): string {
  const label = field.labels?.[0];
  if (!label) return field.getAttribute('aria-label') ?? 'ce champ';
  const text = [...label.childNodes]
    .filter((node) => !(node instanceof HTMLElement && node.classList.contains('fr-hint-text')))
    .map((node) => node.textContent ?? '')
    .join('');
  return text.replace(/\s+/g, ' ').trim();
}

/** A bound as people read it: « le 1er décembre 2026 », « le 1er décembre 2026 à 10:00 », « 2,5 ». */
function bound(field: Field, value: string): string {
  if (field.type === 'date') return `le ${formatDate(value, 'UTC')}`;
  // A datetime-local bound is a wall time (YYYY-MM-DDTHH:MM), the same on every clock.
  if (field.type === 'datetime-local') return `le ${formatDate(value.slice(0, 10), 'UTC')} à ${value.slice(11, 16)}`;
  return value.replace('.', ',');
}

/**
 * The French message for the constraint a field breaks (those its markup declares: required,
 * type, min, max, maxLength, step), else null. The browser's own message speaks the browser's
 * language and is shown outside the DSFR's error state, so forms are `noValidate` and read this.
 */
export function constraintMessage(field: Field): string | null {
  const v = field.validity;
  if (v.valid) return null;
  const label = `« ${labelOf(field)} »`;
  const dated = field.type === 'date' || field.type === 'datetime-local';
  if (v.badInput) return dated ? `${label} : la date est incomplète ou n’existe pas.` : `${label} : indiquez un nombre.`;
  if (v.valueMissing) {
    if (field instanceof HTMLSelectElement) return `Choisissez une valeur pour ${label}.`;
    if (field.type === 'checkbox') return `Cochez ${label}.`;
    return dated ? `Indiquez ${label}.` : `Renseignez ${label}.`;
  }
  if (v.typeMismatch && field.type === 'email') return `${label} : l’adresse électronique a la forme prenom.nom@domaine.fr.`;
  if (v.rangeUnderflow && 'min' in field) return dated ? `${label} ne peut précéder ${bound(field, field.min)}.` : `${label} vaut au moins ${bound(field, field.min)}.`;
  if (v.rangeOverflow && 'max' in field) return dated ? `${label} ne peut dépasser ${bound(field, field.max)}.` : `${label} vaut au plus ${bound(field, field.max)}.`;
  if (v.stepMismatch) return `${label} : indiquez un nombre entier.`;
  if (v.tooLong && 'maxLength' in field) return `${label} : ${field.maxLength} caractères au plus.`;
  if (v.tooShort && 'minLength' in field) return `${label} : ${field.minLength} caractères au moins.`;
  if (v.patternMismatch) return field.title ? `${label} : ${field.title}` : `${label} n’a pas la forme attendue.`;
  return `${label} n’est pas valide.`;
}

/**
 * The console's own checks of a form, in French: forms are `noValidate`, since the browser's
 * messages speak the browser's language and show no DSFR error. Spread `state(key)` on the DSFR
 * Input or Select (error state and message) and `native(key)` in its native props: the field's
 * id, by which the DSFR links the field to its message (aria-describedby), and aria-invalid.
 *
 * `check(form, rules)` reads the constraints the fields declare (required, min…) and adds the
 * form's own rules (each field's message, null when right); `validate(rules)` takes the rules
 * alone. Either shows each message beside its field, moves the focus to the first wrong field
 * in the form's order, and says whether the form may be sent.
 */
export function useFieldChecks<K extends string>() {
  const prefix = useId();
  const [errors, setErrors] = useState<Partial<Record<K, string>>>({});
  const keys = useRef(new Map<string, K>());
  const idOf = (key: K) => `${prefix}-${key.replace(/[^\w-]/g, '-')}`;
  const show = (found: Partial<Record<K, string>>, order: readonly K[]): boolean => {
    setErrors(found);
    const first = order.find((key) => found[key]) ?? (Object.keys(found) as K[])[0];
    if (first !== undefined) document.getElementById(idOf(first))?.focus();
    return first === undefined;
  };
  const validate = (rules: Partial<Record<K, string | null>>): boolean => {
    const found = Object.fromEntries(Object.entries(rules).filter(([, message]) => !!message)) as Partial<Record<K, string>>;
    return show(found, Object.keys(found) as K[]);
  };
  const check = (form: HTMLFormElement, rules: Partial<Record<K, string | null>> = {}): boolean => {
    const found: Partial<Record<K, string>> = {};
    const order: K[] = [];
    for (const element of form.elements) {
      const key = keys.current.get(element.id);
      if (key === undefined || !(element instanceof HTMLInputElement || element instanceof HTMLSelectElement || element instanceof HTMLTextAreaElement)) continue;
      order.push(key);
      const message = constraintMessage(element) ?? rules[key];
      if (message) found[key] = message;
    }
    for (const [key, message] of Object.entries(rules) as [K, string | null][]) if (message && !found[key]) found[key] = message;
    return show(found, order);
  };
  const state = (key: K): { state?: 'error'; stateRelatedMessage?: string } => (errors[key] ? { state: 'error', stateRelatedMessage: errors[key] } : {});
  const native = (key: K): { id: string; 'aria-invalid'?: true } => {
    const id = idOf(key);
    keys.current.set(id, key);
    return errors[key] ? { id, 'aria-invalid': true } : { id };
  };
  return { check, validate, state, native, errors };
}
