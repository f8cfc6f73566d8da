import { useId, useState } from 'react';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The message when a required value is empty, else null. */
export const whenEmpty = (value: string, message: string): string | null => (value.trim() ? null : message);

/** The message when a value is not an e-mail address (empty is left to whenEmpty), else null. */
export const whenNotEmail = (value: string, message = 'Adresse électronique invalide : elle a la forme prenom.nom@domaine.fr.'): string | null =>
  !value.trim() || EMAIL.test(value.trim()) ? null : message;

/**
 * The console's own checks of a form, in French: forms are `noValidate`, since the browser's
 * messages speak the browser's language and show no DSFR error. `validate` takes each field's
 * message (null when right), in the order of the form, shows each beside its field and moves
 * the focus to the first wrong one. Spread `state(key)` on the DSFR Input or Select (error state
 * and message) and `native(key)` in its native props: the field's id, by which the DSFR links the
 * field to its message (aria-describedby), and aria-invalid.
 */
export function useFieldChecks<K extends string>() {
  const prefix = useId();
  const [errors, setErrors] = useState<Partial<Record<K, string>>>({});
  const idOf = (key: K) => `${prefix}-${key.replace(/[^\w-]/g, '-')}`;
  const validate = (messages: Partial<Record<K, string | null>>): boolean => {
    const found = Object.fromEntries(Object.entries(messages).filter(([, message]) => !!message)) as Partial<Record<K, string>>;
    setErrors(found);
    const first = (Object.keys(found) as K[])[0];
    if (first !== undefined) document.getElementById(idOf(first))?.focus();
    return first === undefined;
  };
  const state = (key: K): { state?: 'error'; stateRelatedMessage?: string } => (errors[key] ? { state: 'error', stateRelatedMessage: errors[key] } : {});
  const native = (key: K): { id: string; 'aria-invalid'?: true } => (errors[key] ? { id: idOf(key), 'aria-invalid': true } : { id: idOf(key) });
  return { validate, state, native, errors };
}
