import { Select } from '@codegouvfr/react-dsfr/Select';
import { useTenantTime } from '@qualipref/console-kit';

export interface Period {
  from: string;
  to: string;
}

/** The calendar year as a period; the current year ends today (the tenant's). */
export function yearPeriod(year: number, today: string): Period {
  const end = `${year}-12-31`;
  return { from: `${year}-01-01`, to: end < today ? end : today };
}

/** Years the register may hold: from the first referential in the demo data (2014) to this year. */
export function selectableYears(today: string): number[] {
  const current = Number(today.slice(0, 4));
  return Array.from({ length: current - 2014 + 1 }, (_, i) => current - i);
}

export function YearSelect({ year, onChange, id }: { year: number; onChange: (year: number) => void; id: string }) {
  const time = useTenantTime();
  return (
    <Select label="Année" nativeSelectProps={{ id, value: String(year), onChange: (e) => onChange(Number(e.target.value)) }}>
      {selectableYears(time.today()).map((y) => (
        <option key={y} value={y}>
          {y}
        </option>
      ))}
    </Select>
  );
}
