import { Input } from '@codegouvfr/react-dsfr/Input';

/** A calendar date (YYYY-MM-DD) of a DCTAJ record; an empty field is a date not known yet. */
export function DateField({ label, value, onChange, hint, required }: { label: string; value: string; onChange: (v: string) => void; hint?: string; required?: boolean }) {
  return <Input label={label} hintText={hint} nativeInputProps={{ type: 'date', required, value, onChange: (e) => onChange(e.target.value) }} />;
}
