import { addCalendarDays, addMonths, type CalendarDate } from '@qualipref/calendar';
import { DomainError, ErrorCode } from '@qualipref/server-kit';

/** A period an indicator is measured over: a year, a quarter or a month, with its first and last days. */
export interface Period {
  /** Its canonical name: `2025`, `2025-T3` or `2025-09`. */
  code: string;
  kind: 'YEAR' | 'QUARTER' | 'MONTH';
  start: CalendarDate;
  end: CalendarDate;
  /** Its French name, for messages and pages: « 2025 », « 3e trimestre 2025 », « septembre 2025 ». */
  label: string;
}

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const pad = (n: number) => String(n).padStart(2, '0');

const invalid = (value: string, field: string) =>
  new DomainError(ErrorCode.BAD_USER_INPUT, `Période « ${value} » non reconnue : écrivez une année (2025), un trimestre (2025-T3) ou un mois (2025-09).`, field, 'PERIOD_INVALID');

/** Reads `2025`, `2025-T3` (or `2025-Q3`) or `2025-09`; anything else is PERIOD_INVALID. */
export function parsePeriod(raw: string, field = 'period'): Period {
  const value = raw.trim().toUpperCase();
  const match = /^(\d{4})(?:-(?:([TQ])([1-4])|(\d{2})))?$/.exec(value);
  const year = match ? Number(match[1]) : 0;
  if (!match || year < 2000 || year > 2099) throw invalid(raw, field);
  if (match[3]) {
    const quarter = Number(match[3]);
    const start = `${year}-${pad(quarter * 3 - 2)}-01`;
    return { code: `${year}-T${quarter}`, kind: 'QUARTER', start, end: addCalendarDays(addMonths(start, 3), -1), label: `${quarter === 1 ? '1er' : `${quarter}e`} trimestre ${year}` };
  }
  if (match[4]) {
    const month = Number(match[4]);
    if (month < 1 || month > 12) throw invalid(raw, field);
    const start = `${year}-${pad(month)}-01`;
    return { code: `${year}-${pad(month)}`, kind: 'MONTH', start, end: addCalendarDays(addMonths(start, 1), -1), label: `${MONTHS[month - 1]} ${year}` };
  }
  return { code: String(year), kind: 'YEAR', start: `${year}-01-01`, end: `${year}-12-31`, label: String(year) };
}

/** Figures are recorded for a period that has ended, on the tenant's calendar: a period under way would drift. */
export function assertEnded(period: Period, today: CalendarDate, field = 'period'): void {
  if (period.end >= today) throw new DomainError(ErrorCode.BAD_USER_INPUT, `La période ${period.label} n’est pas terminée : ses indicateurs se relèvent à partir du lendemain de son dernier jour.`, field, 'PERIOD_NOT_ENDED');
}

/** The months of a period, `YYYY-MM`. */
export function monthsOf(period: Period): string[] {
  const months: string[] = [];
  for (let day = period.start; day <= period.end; day = addMonths(day, 1)) months.push(day.slice(0, 7));
  return months;
}
