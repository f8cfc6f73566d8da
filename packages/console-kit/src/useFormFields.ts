import { useState, type InputHTMLAttributes, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';
import { useFieldChecks } from './validation.js';

/**
 * A form's text fields in one state; `bind(name)` gives an input or a select its value and its
 * change handler (spread into DSFR's `nativeInputProps`, `nativeSelectProps`…).
 */
export function useFormFields<T extends Record<string, string>>(initial: T | (() => T)) {
  const [fields, setFields] = useState(initial);
  const bind = (key: keyof T & string) => ({ value: fields[key], onChange: (e: { target: { value: string } }) => setFields((f) => ({ ...f, [key]: e.target.value })) });
  return { fields, setFields, bind };
}

/**
 * A form's fields with the console's checks (see useFieldChecks): `input(name, constraints)`,
 * `textArea(…)` and `select(…)` are spread on the DSFR Input or Select and give it its value,
 * its constraints, its id and, once checked, its error state and message. `check(form, rules)`
 * in the submit handler says whether the form may be sent.
 */
export function useForm<T extends Record<string, string>>(initial: T | (() => T)) {
  const { fields, setFields, bind } = useFormFields(initial);
  const checks = useFieldChecks<string>();
  type Key = keyof T & string;
  const input = (key: Key, native: InputHTMLAttributes<HTMLInputElement> = {}) => ({ ...checks.state(key), nativeInputProps: { ...checks.native(key), ...native, ...bind(key) } });
  const textArea = (key: Key, native: TextareaHTMLAttributes<HTMLTextAreaElement> = {}) => ({ ...checks.state(key), textArea: true as const, nativeTextAreaProps: { ...checks.native(key), ...native, ...bind(key) } });
  const select = (key: Key, native: SelectHTMLAttributes<HTMLSelectElement> = {}) => ({ ...checks.state(key), nativeSelectProps: { ...checks.native(key), ...native, ...bind(key) } });
  return { fields, setFields, check: checks.check, checks, input, textArea, select };
}
