import { useState } from 'react';

/**
 * A form's text fields in one state; `bind(name)` gives an input or a select its value and its
 * change handler (spread into DSFR's `nativeInputProps`, `nativeSelectProps`…).
 */
export function useFormFields<T extends Record<string, string>>(initial: T | (() => T)) {
  const [fields, setFields] = useState(initial);
  const bind = (key: keyof T & string) => ({ value: fields[key], onChange: (e: { target: { value: string } }) => setFields((f) => ({ ...f, [key]: e.target.value })) });
  return { fields, setFields, bind };
}
