import { badInput, optionalIsoDate, type RequestContext } from '@qualipref/server-kit';
import type { CorrespondenceApp } from '../app.js';

export type Context = RequestContext<CorrespondenceApp>;
export type Ref = { id: string };

export function dateRange(from: string | null | undefined, to: string | null | undefined): Record<string, string> | null {
  const start = optionalIsoDate(from, 'from');
  const end = optionalIsoDate(to, 'to');
  if (start && end && end < start) throw badInput('La fin de la période précède son début.', 'to');
  if (!start && !end) return null;
  return { ...(start ? { $gte: start } : {}), ...(end ? { $lte: end } : {}) };
}
