import { badInput, firstDayOf, type RequestContext } from '@qualipref/server-kit';
import type { CorrespondenceApp } from '../app.js';
import { optionalIsoDate } from '../domain/labels.js';

export type Context = RequestContext<CorrespondenceApp>;
export type Ref = { id: string };

export function dateRange(from: string | null | undefined, to: string | null | undefined): Record<string, string> | null {
  const start = optionalIsoDate(from, 'from');
  const end = optionalIsoDate(to, 'to');
  if (start && end && end < start) throw badInput('La fin de la période précède son début.', 'to');
  if (!start && !end) return null;
  return { ...(start ? { $gte: start } : {}), ...(end ? { $lte: end } : {}) };
}

/** A range of months (each `YYYY-MM`, both included) as a condition on a first-day-of-month column. */
export function monthRange(from: string | null | undefined, to: string | null | undefined): Record<string, string> | null {
  if (from && to && to < from) throw badInput('Le dernier mois précède le premier.', 'to');
  if (!from && !to) return null;
  return { ...(from ? { $gte: firstDayOf(from) } : {}), ...(to ? { $lte: firstDayOf(to) } : {}) };
}
