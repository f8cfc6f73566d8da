import type { EntityManager } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/postgresql';
import { defineColumns, toCsv } from '@qualipref/csv';
import { Channel } from './enums.js';
import { CHANNEL_LABELS } from './labels.js';

/** The PostgreSQL schema of this service. */
export const SCHEMA = 'correspondence';

/** What a tableau is computed over: a tenant, a directorate or a service. */
export type ScopeColumn = 'tenant_id' | 'directorate_id' | 'service_id';

export interface TableauFilter {
  /** Tenants the caller may read: row-level security enforces it too. */
  tenantIds: string[];
  from: string;
  to: string;
  channel: Channel | null;
}

/** Indicators of a scope, for one channel or (channel null) all of them. */
export interface DelayIndicators {
  scopeId: string;
  channel: Channel | null;
  received: number;
  /** Of those, received without a delay target (no due date): never late, outside the on-time rate. */
  withoutDelayTarget: number;
  answered: number;
  /** Of the answered, those under a delay target: the on-time rate's sample size. */
  answeredWithDelayTarget: number;
  answeredOnTime: number;
  /** answeredOnTime / answeredWithDelayTarget, a fraction 0–1. */
  onTimeRate: number | null;
  medianDelayWorkingDays: number | null;
  p90DelayWorkingDays: number | null;
  backlog: number;
  overdue: number;
}

/** Postgres array literal: MikroORM would spread a JS array into a list of placeholders. */
export const uuidArray = (ids: readonly string[]) => `{${ids.map((id) => `"${id.replaceAll('"', '')}"`).join(',')}}`;

const round1 = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);

const empty = (scopeId: string, channel: Channel | null): DelayIndicators => ({
  scopeId,
  channel,
  received: 0,
  withoutDelayTarget: 0,
  answered: 0,
  answeredWithDelayTarget: 0,
  answeredOnTime: 0,
  onTimeRate: null,
  medianDelayWorkingDays: null,
  p90DelayWorkingDays: null,
  backlog: 0,
  overdue: 0,
});

/**
 * The tableau de suivi of many scopes in one SQL statement: per scope, one row per channel and a total (grouping
 * sets). Items are counted by the Paris date they were received; answers, backlog and overdue are as of now. Items
 * without a delay target count in received, answered, backlog and the delays, never in overdue nor in the on-time rate.
 */
export async function delayIndicators(em: EntityManager, column: ScopeColumn, scopeIds: readonly string[], filter: TableauFilter): Promise<Map<string, DelayIndicators[]>> {
  const params: unknown[] = [uuidArray(filter.tenantIds), uuidArray(scopeIds), filter.from, filter.to];
  let channelClause = '';
  if (filter.channel) {
    channelClause = ' and i.channel = ?';
    params.push(filter.channel);
  }
  const sql = `select i.${column} as scope_id, i.channel, grouping(i.channel) as all_channels,
      count(*)::int as received,
      (count(*) filter (where i.due_at is null))::int as without_delay_target,
      count(i.answered_at)::int as answered,
      (count(i.answered_at) filter (where i.due_at is not null))::int as answered_with_delay_target,
      (count(*) filter (where i.answered_at < i.due_at))::int as answered_on_time,
      percentile_cont(0.5) within group (order by i.delay_working_days) as median,
      percentile_cont(0.9) within group (order by i.delay_working_days) as p90,
      (count(*) filter (where i.answered_at is null))::int as backlog,
      (count(*) filter (where i.answered_at is null and i.due_at <= now()))::int as overdue
    from "${SCHEMA}"."correspondence_item" i
    where i.tenant_id = any(?::uuid[]) and i.${column} = any(?::uuid[]) and i.received_on between ?::date and ?::date${channelClause}
    group by grouping sets ((i.${column}, i.channel), (i.${column}))
    order by i.${column}, all_channels, i.channel`;
  const rows = (await (em as SqlEntityManager).execute(sql, params, 'all')) as Record<string, unknown>[];
  const result = new Map<string, DelayIndicators[]>(scopeIds.map((id) => [id, []]));
  for (const row of rows) {
    const answered = Number(row.answered);
    const answeredWithDelayTarget = Number(row.answered_with_delay_target);
    const onTime = Number(row.answered_on_time);
    result.get(String(row.scope_id))?.push({
      scopeId: String(row.scope_id),
      channel: Number(row.all_channels) === 1 ? null : (row.channel as Channel),
      received: Number(row.received),
      withoutDelayTarget: Number(row.without_delay_target),
      answered,
      answeredWithDelayTarget,
      answeredOnTime: onTime,
      onTimeRate: answeredWithDelayTarget > 0 ? onTime / answeredWithDelayTarget : null,
      medianDelayWorkingDays: round1(row.median === null ? null : Number(row.median)),
      p90DelayWorkingDays: round1(row.p90 === null ? null : Number(row.p90)),
      backlog: Number(row.backlog),
      overdue: Number(row.overdue),
    });
  }
  return result;
}

/** The total row of a scope's indicators (zeros when nothing was received). */
export function totalOf(rows: DelayIndicators[], scopeId: string): DelayIndicators {
  return rows.find((r) => r.channel === null) ?? empty(scopeId, null);
}

export function byChannel(rows: DelayIndicators[]): DelayIndicators[] {
  return rows.filter((r) => r.channel !== null);
}

/** Items open and past their due instant now, of many scopes, counted in one statement (whatever their reception date). */
export async function overdueCounts(em: EntityManager, column: ScopeColumn, scopeIds: readonly string[], tenantIds: string[]): Promise<Map<string, number>> {
  const sql = `select i.${column} as scope_id, count(*)::int as overdue from "${SCHEMA}"."correspondence_item" i
    where i.tenant_id = any(?::uuid[]) and i.${column} = any(?::uuid[]) and i.answered_at is null and i.due_at <= now() group by i.${column}`;
  const rows = (await (em as SqlEntityManager).execute(sql, [uuidArray(tenantIds), uuidArray(scopeIds)], 'all')) as { scope_id: string; overdue: number }[];
  return new Map(rows.map((r) => [String(r.scope_id), Number(r.overdue)]));
}

export interface TelephonySummary {
  offered: number;
  answered: number;
  answeredWithinTarget: number;
  /** Share of offered calls picked up within the target, a fraction 0–1. */
  withinTargetRate: number | null;
}

/** Telephony statistics of the months that start within the period, for many scopes in one statement. */
export async function telephonySummaries(em: EntityManager, column: ScopeColumn, scopeIds: readonly string[], filter: TableauFilter): Promise<Map<string, TelephonySummary>> {
  const sql = `select t.${column} as scope_id, sum(t.offered)::int as offered, sum(t.answered)::int as answered, sum(t.answered_within_target)::int as within
    from "${SCHEMA}"."telephony_month" t where t.tenant_id = any(?::uuid[]) and t.${column} = any(?::uuid[]) and t.month between ?::date and ?::date group by t.${column}`;
  const rows = (await (em as SqlEntityManager).execute(sql, [uuidArray(filter.tenantIds), uuidArray(scopeIds), filter.from, filter.to], 'all')) as Record<string, unknown>[];
  const result = new Map<string, TelephonySummary>();
  for (const row of rows) {
    const offered = Number(row.offered);
    const within = Number(row.within);
    result.set(String(row.scope_id), { offered, answered: Number(row.answered), answeredWithinTarget: within, withinTargetRate: offered > 0 ? within / offered : null });
  }
  return result;
}

export const NO_CALLS: TelephonySummary = { offered: 0, answered: 0, answeredWithinTarget: 0, withinTargetRate: null };

const TABLEAU_COLUMNS = defineColumns([
  { key: 'from', header: 'Du', kind: 'date' },
  { key: 'to', header: 'Au', kind: 'date' },
  { key: 'channel', header: 'Canal', kind: 'text' },
  { key: 'received', header: 'Reçus', kind: 'number' },
  { key: 'withoutDelayTarget', header: 'Dont sans délai d’engagement', kind: 'number' },
  { key: 'answered', header: 'Répondus', kind: 'number' },
  { key: 'answeredWithDelayTarget', header: 'Répondus avec délai d’engagement', kind: 'number' },
  { key: 'answeredOnTime', header: 'Répondus dans le délai', kind: 'number' },
  { key: 'onTimeRate', header: 'Taux dans le délai (%)', kind: 'percent' },
  { key: 'medianDelayWorkingDays', header: 'Délai médian (jours ouvrés)', kind: 'number' },
  { key: 'p90DelayWorkingDays', header: 'Délai 90e centile (jours ouvrés)', kind: 'number' },
  { key: 'backlog', header: 'Stock', kind: 'number' },
  { key: 'overdue', header: 'En retard', kind: 'number' },
]);

/** The tableau as CSV for a spreadsheet, in the platform's CSV format. */
export function tableauCsv(rows: DelayIndicators[], from: string, to: string): string {
  return toCsv(
    TABLEAU_COLUMNS,
    rows.map((r) => ({ ...r, from, to, channel: r.channel ? CHANNEL_LABELS[r.channel] : 'Tous canaux' })),
  );
}
