import type { EntityManager } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/postgresql';
import { applyRows, defineColumns, fromCsv, toCsv, type ImportOptions, type ImportReport } from '@qualipref/csv';
import { badInput, diffSnapshots, snapshot } from '@qualipref/server-kit';
import { CounterVisit, ProcedureIndicator } from '../entities/index.js';
import type { OrganizationLookups } from '@qualipref/organization-client';
import { type UseCase } from './deps.js';
import { parseGedInstant } from './ged-import.js';
import { authorize } from './policy.js';
import { SCHEMA, uuidArray } from './tableau.js';
import { isoDate, requiredText } from './labels.js';

export interface ProcedureIndicatorInput {
  procedure: string;
  month: string;
  value: number;
  target?: number | null;
}

/** R4: records (or corrects) the processing time of a procedure for a month. Managers and administrators. */
export async function recordProcedureIndicator(u: UseCase, input: ProcedureIndicatorInput): Promise<ProcedureIndicator> {
  authorize(u.identity, 'correspondence.recordProcedureIndicators', { tenantId: u.identity.tenantId });
  const procedure = requiredText(input.procedure, 'procedure', 60).toUpperCase();
  if (!/^\d{4}-\d{2}$/.test(input.month)) throw badInput('Mois invalide (attendu AAAA-MM).', 'month');
  const month = isoDate(`${input.month}-01`, 'month');
  for (const field of ['value', 'target'] as const) {
    const value = input[field];
    if (value != null && (!Number.isFinite(value) || value < 0 || value > 3650)) throw badInput('Un délai est un nombre de jours de 0 à 3650.', field);
  }
  const existing = await u.em.findOne(ProcedureIndicator, { tenantId: u.identity.tenantId, procedure, month });
  const before = existing ? snapshot(existing, ['value', 'target']) : null;
  const row = existing ?? u.em.create(ProcedureIndicator, { tenantId: u.identity.tenantId, procedure, month, value: input.value, target: input.target ?? null });
  Object.assign(row, { value: input.value, target: input.target ?? null });
  const changes = diffSnapshots(before, { procedure, month, ...snapshot(row, ['value', 'target']) });
  if (changes.length) u.audit({ operation: 'recordProcedureIndicator', entityType: 'ProcedureIndicator', entityId: row.id, changes });
  return row;
}

/** The queue-ticket export's columns: the ticket system's keys, French headers accepted too. */
const COUNTER_COLUMNS = defineColumns([
  { key: 'ticket', header: 'Ticket', kind: 'text', required: true },
  { key: 'procedure', header: 'Démarche', kind: 'text', required: true },
  { key: 'arrivedAt', header: 'Arrivée', kind: 'text', required: true },
  { key: 'calledAt', header: 'Appel', kind: 'text' },
  { key: 'endedAt', header: 'Fin', kind: 'text' },
  { key: 'appointment', header: 'Rendez-vous', kind: 'text' },
]);
const YES = new Set(['oui', 'o', 'yes', 'true', '1']);
const NO = new Set(['non', 'n', 'no', 'false', '0', '']);

/**
 * R5: imports the queue-ticket system's export for a service (columns ticket, procedure, arrivedAt, calledAt, endedAt,
 * appointment); a known ticket is skipped, so re-importing changes nothing; a wrong row is reported with its line.
 * When the options say the rows are not kept (dry run, ALL_OR_NOTHING with a problem), ImportRejected rolls back.
 */
export async function importCounterVisits(u: UseCase, csv: string, serviceId: string, org: OrganizationLookups, options: ImportOptions): Promise<ImportReport> {
  const service = org.service(serviceId);
  if (!service || service.tenantId !== u.identity.tenantId) throw badInput(`Service inconnu : ${serviceId}.`, 'serviceId');
  authorize(u.identity, 'correspondence.record', { directorateId: service.directorateId });
  const parsed = fromCsv(COUNTER_COLUMNS, csv, { maxRows: 50_000 });
  const fileProblems = parsed.issues.filter((i) => i.line <= 1);
  if (fileProblems.length) throw badInput(fileProblems.map((i) => i.message).join(' '), 'csv');
  const text = (value: string | number | null) => (value === null ? '' : String(value).trim());
  const known = new Set((await u.em.find(CounterVisit, { tenantId: u.identity.tenantId, ticket: { $in: parsed.rows.map((r) => text(r.ticket)) } }, { fields: ['ticket'] })).map((v) => v.ticket));
  const { report, keep } = await applyRows(options, parsed, async (row) => {
    const ticket = requiredText(text(row.ticket), 'ticket', 60);
    if (known.has(ticket)) return 'unchanged';
    const arrivedAt = parseGedInstant(text(row.arrivedAt), 'arrivedAt');
    const calledAt = text(row.calledAt) ? parseGedInstant(text(row.calledAt), 'calledAt') : null;
    const endedAt = text(row.endedAt) ? parseGedInstant(text(row.endedAt), 'endedAt') : null;
    if ((calledAt && calledAt < arrivedAt) || (endedAt && endedAt < (calledAt ?? arrivedAt))) throw badInput("Les heures d'arrivée, d'appel et de fin ne se suivent pas.", 'calledAt');
    const appointment = text(row.appointment).toLowerCase();
    if (!YES.has(appointment) && !NO.has(appointment)) throw badInput(`Valeur inconnue pour « Rendez-vous » : « ${text(row.appointment)} » (oui ou non).`, 'appointment');
    u.em.create(CounterVisit, { tenantId: u.identity.tenantId, serviceId: service.id, ticket, procedure: requiredText(text(row.procedure), 'procedure', 100), arrivedAt, calledAt, endedAt, withAppointment: YES.has(appointment) });
    known.add(ticket);
    return 'created';
  });
  if (!keep) throw new ImportRejected(report);
  u.audit({ operation: 'importCounterVisits', entityType: 'Service', entityId: service.id, changes: diffSnapshots(null, { serviceId: service.id, created: report.created, unchanged: report.unchanged, rejected: report.rejected }) });
  return report;
}

/** Thrown to roll an import's transaction back (dry run, or ALL_OR_NOTHING with a problem); carries the report. */
export class ImportRejected extends Error {
  constructor(readonly report: ImportReport) {
    super(`Import non enregistré : ${report.issues.length} problème(s)`);
  }
}

export interface VisitFilter {
  tenantIds: string[];
  serviceId: string | null;
  procedure: string | null;
  from: string;
  to: string;
  /** The tenant clock's time zone: a visit's day and hour are those of the tenant. */
  timeZone: string;
}

function visitWhere(filter: VisitFilter): { sql: string; params: unknown[] } {
  let sql = `v.tenant_id = any(?::uuid[]) and (v.arrived_at at time zone ?)::date between ?::date and ?::date`;
  const params: unknown[] = [uuidArray(filter.tenantIds), filter.timeZone, filter.from, filter.to];
  if (filter.serviceId) {
    sql += ' and v.service_id = ?::uuid';
    params.push(filter.serviceId);
  }
  if (filter.procedure) {
    sql += ' and v.procedure = ?';
    params.push(filter.procedure);
  }
  return { sql, params };
}

export interface WaitingTimes {
  visits: number;
  withAppointment: number;
  medianWaitMinutes: number | null;
  p90WaitMinutes: number | null;
  /** Visits called within each bound (minutes), the last bound open-ended. */
  distribution: { fromMinutes: number; toMinutes: number | null; visits: number }[];
}

const BUCKETS = [0, 5, 10, 15, 30, 60];

/** Waiting time from arrival to call, over the visits called, computed in SQL. */
export async function waitingTimes(em: EntityManager, filter: VisitFilter): Promise<WaitingTimes> {
  const [row] = await waitingTimeRows(em, filter, false);
  return toWaitingTimes(row);
}

/** The waiting times of each of the filter's tenants, in one statement. */
export async function waitingTimesPerTenant(em: EntityManager, filter: VisitFilter): Promise<Map<string, WaitingTimes>> {
  const rows = await waitingTimeRows(em, filter, true);
  const found = new Map(rows.map((row) => [String(row.tenant_id), toWaitingTimes(row)]));
  return new Map(filter.tenantIds.map((id) => [id, found.get(id) ?? toWaitingTimes(undefined)]));
}

function waitingTimeRows(em: EntityManager, filter: VisitFilter, perTenant: boolean): Promise<Record<string, unknown>[]> {
  const where = visitWhere(filter);
  const sql = `with w as (select v.tenant_id, v.with_appointment, extract(epoch from (v.called_at - v.arrived_at)) / 60 as wait from "${SCHEMA}"."counter_visit" v where ${where.sql})
    select ${perTenant ? 'tenant_id, ' : ''}count(*)::int as visits, (count(*) filter (where with_appointment))::int as with_appointment,
      percentile_cont(0.5) within group (order by wait) as median, percentile_cont(0.9) within group (order by wait) as p90,
      ${BUCKETS.map((b, i) => `(count(*) filter (where wait >= ${b}${BUCKETS[i + 1] !== undefined ? ` and wait < ${BUCKETS[i + 1]}` : ''}))::int as b${i}`).join(', ')}
    from w${perTenant ? ' group by tenant_id' : ''}`;
  return (em as SqlEntityManager).execute(sql, where.params, 'all') as Promise<Record<string, unknown>[]>;
}

function toWaitingTimes(row: Record<string, unknown> | undefined): WaitingTimes {
  const minutes = (value: unknown) => (value === null || value === undefined ? null : Math.round(Number(value) * 10) / 10);
  return {
    visits: Number(row?.visits ?? 0),
    withAppointment: Number(row?.with_appointment ?? 0),
    medianWaitMinutes: minutes(row?.median),
    p90WaitMinutes: minutes(row?.p90),
    distribution: BUCKETS.map((b, i) => ({ fromMinutes: b, toMinutes: BUCKETS[i + 1] ?? null, visits: Number(row?.[`b${i}`] ?? 0) })),
  };
}

export interface PeakHour {
  /** ISO weekday, 1 = Monday. */
  weekday: number;
  hour: number;
  procedure: string;
  visits: number;
  averageWaitMinutes: number | null;
}

/** Visits per weekday, Paris hour of arrival and procedure, busiest first within each day and hour order. */
export async function peakHours(em: EntityManager, filter: VisitFilter): Promise<PeakHour[]> {
  const where = visitWhere(filter);
  const sql = `select extract(isodow from v.arrived_at at time zone ?)::int as weekday, extract(hour from v.arrived_at at time zone ?)::int as hour,
      v.procedure, count(*)::int as visits, avg(extract(epoch from (v.called_at - v.arrived_at)) / 60) as wait
    from "${SCHEMA}"."counter_visit" v where ${where.sql}
    group by 1, 2, 3 order by 1, 2, visits desc, 3 limit 2000`;
  const rows = (await (em as SqlEntityManager).execute(sql, [filter.timeZone, filter.timeZone, ...where.params], 'all')) as Record<string, unknown>[];
  return rows.map((r) => ({ weekday: Number(r.weekday), hour: Number(r.hour), procedure: String(r.procedure), visits: Number(r.visits), averageWaitMinutes: r.wait === null ? null : Math.round(Number(r.wait) * 10) / 10 }));
}

const WEEKDAYS = ['', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];

const PEAK_HOUR_COLUMNS = defineColumns([
  { key: 'weekday', header: 'Jour', kind: 'text' },
  { key: 'hour', header: 'Heure', kind: 'text' },
  { key: 'procedure', header: 'Démarche', kind: 'text' },
  { key: 'visits', header: 'Passages', kind: 'number' },
  { key: 'averageWaitMinutes', header: 'Attente moyenne (min)', kind: 'number' },
]);

/** The peak-hours table for town halls, in the platform's CSV format. */
export function peakHoursCsv(rows: PeakHour[]): string {
  return toCsv(
    PEAK_HOUR_COLUMNS,
    rows.map((r) => ({ weekday: WEEKDAYS[r.weekday] ?? null, hour: `${String(r.hour).padStart(2, '0')}h–${String(r.hour + 1).padStart(2, '0')}h`, procedure: r.procedure, visits: r.visits, averageWaitMinutes: r.averageWaitMinutes })),
  );
}
