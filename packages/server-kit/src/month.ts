// graphql's CommonJS entry by name: type-graphql recognises a scalar with `instanceof`, and it loads
// that entry, while a bundler or vitest would pick graphql's ESM copy (another class) for 'graphql'.
import { GraphQLScalarType, Kind } from 'graphql/index.js';
import { DomainError, ErrorCode } from './errors.js';

/** The `reason` of a refused month, under BAD_USER_INPUT, for clients that react to it. */
export const INVALID_MONTH = 'INVALID_MONTH';

const MONTH = /^(\d{4})-(\d{2})$/;

function invalid(value: unknown): DomainError {
  const shown = typeof value === 'string' ? value : JSON.stringify(value);
  return new DomainError(ErrorCode.BAD_USER_INPUT, `Mois invalide (attendu AAAA-MM, par exemple 2015-01) : « ${shown} ».`, undefined, INVALID_MONTH);
}

/** A month `YYYY-MM` between 1900 and 2099 (the calendar's range), or null when it is not one. */
export function parseMonth(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const match = MONTH.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  return year >= 1900 && year <= 2099 && month >= 1 && month <= 12 ? value : null;
}

/** The first day (`YYYY-MM-DD`) of a month, as the tables store months. */
export const firstDayOf = (month: string) => `${month}-01`;

/** The last day (`YYYY-MM-DD`) of a month. */
export function lastDayOf(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, m, 0)).toISOString().slice(0, 10);
}

/**
 * Months as the platform writes them both ways: `YYYY-MM`. A stored first day of the month
 * (`YYYY-MM-DD`, or a Date) is served as its month; any other input is refused with
 * BAD_USER_INPUT and the reason INVALID_MONTH.
 */
export const MonthScalar = new GraphQLScalarType<string, string>({
  name: 'Month',
  description: 'A calendar month, `YYYY-MM` (e.g. 2015-01), the same in arguments and in results. Anything else is refused with BAD_USER_INPUT (`extensions.reason` INVALID_MONTH).',
  serialize(value) {
    const text = value instanceof Date ? value.toISOString().slice(0, 7) : typeof value === 'string' ? value.slice(0, 7) : value;
    const month = parseMonth(text);
    if (!month) throw new Error(`Month cannot serialize ${String(value)}`);
    return month;
  },
  parseValue(value) {
    const month = parseMonth(value);
    if (!month) throw invalid(value);
    return month;
  },
  parseLiteral(ast) {
    const month = ast.kind === Kind.STRING ? parseMonth(ast.value) : null;
    if (!month) throw invalid(ast.kind === Kind.STRING ? ast.value : ast.kind);
    return month;
  },
});
