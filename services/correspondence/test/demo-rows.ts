import { withClient } from '@qualipref/server-kit';

/**
 * Reads the demo rows straight from PostgreSQL as the scratch database's owner (a superuser, so row-level security does
 * not hide the other tenants), in UTC so that timestamps print the same on every server.
 */
async function query<T>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  return withClient(url, async (client) => {
    await client.query(`set timezone = 'UTC'`);
    return (await client.query(sql, params)).rows as T[];
  });
}

/** Each dated table with the Paris date a row belongs to. */
const DATED: Record<string, string> = {
  correspondence_item: 'received_on',
  telephony_month: 'month',
  procedure_indicator: 'month',
  counter_visit: `(t.arrived_at at time zone 'Europe/Paris')::date`,
  legality_control: 'received_at',
  litigation_case: 'requested_at',
  appointment_request: 'requested_at',
};

// A row without what differs between two runs: its id, its timestamps, and the ids it points to (an item names its
// delay target by national engagement, channel and unit instead).
const row = (alias: string) => `to_jsonb(${alias}) - 'id' - 'created_at' - 'updated_at'`;
const ITEM_ROW = `${row('t')} - 'delay_target_id' - 'ged_import_id' || jsonb_build_object('delayTarget', d.engagement_id || '/' || d.channel || '/' || d.unit)`;

export interface TableDigest {
  rows: number;
  md5: string;
}

/** An md5 of every row of each table (dated ones within the period, delay targets in force by its end), sorted, ids left out. */
export async function rowDigests(url: string, from: string, to: string): Promise<Record<string, TableDigest>> {
  const digest = `count(*)::int as rows, coalesce(md5(string_agg(j::text, E'\\n' order by j::text)), '') as md5`;
  const result: Record<string, TableDigest> = {};
  const [settings] = await query<TableDigest>(url, `select ${digest} from (select ${row('s')} as j from correspondence.tenant_settings s) x`);
  result.tenant_settings = settings!;
  const [delayTarget] = await query<TableDigest>(url, `select ${digest} from (select ${row('d')} as j from correspondence.delay_target d where d.valid_from <= $1::date) x`, [to]);
  result.delay_target = delayTarget!;
  for (const [table, date] of Object.entries(DATED)) {
    const json = table === 'correspondence_item' ? ITEM_ROW : row('t');
    const joins = table === 'correspondence_item' ? 'left join correspondence.delay_target d on d.id = t.delay_target_id' : '';
    const [found] = await query<TableDigest>(url, `select ${digest} from (select ${json} as j from correspondence.${table} t ${joins} where ${date} between $1::date and $2::date) x`, [from, to]);
    result[table] = found!;
  }
  return result;
}

/** What one tenant's month holds, per kind of data. */
export interface MonthVolume {
  tenantId: string;
  month: string;
  /** Items received in the month, per channel. */
  items: Partial<Record<string, number>>;
  callsOffered: number;
  counterVisits: number;
  procedureIndicators: number;
}

/** Every tenant's volumes per month (`YYYY-MM`) over a period. */
export async function monthlyVolumes(url: string, from: string, to: string): Promise<MonthVolume[]> {
  return query<MonthVolume>(
    url,
    `with months as (
       select t.tenant_id, to_char(m, 'YYYY-MM') as month
       from (select distinct tenant_id from correspondence.tenant_settings) t, generate_series($1::date, $2::date, interval '1 month') m),
     items as (select tenant_id, month, jsonb_object_agg(channel, n) as items
       from (select tenant_id, to_char(received_on, 'YYYY-MM') as month, channel, count(*)::int as n from correspondence.correspondence_item group by 1, 2, 3) c group by 1, 2),
     calls as (select tenant_id, to_char(month, 'YYYY-MM') as month, sum(offered)::int as offered from correspondence.telephony_month group by 1, 2),
     visits as (select tenant_id, to_char(arrived_at at time zone 'Europe/Paris', 'YYYY-MM') as month, count(*)::int as visits from correspondence.counter_visit group by 1, 2),
     procedures as (select tenant_id, to_char(month, 'YYYY-MM') as month, count(*)::int as indicators from correspondence.procedure_indicator group by 1, 2)
     select m.tenant_id as "tenantId", m.month, coalesce(i.items, '{}') as items, coalesce(c.offered, 0) as "callsOffered",
       coalesce(v.visits, 0) as "counterVisits", coalesce(p.indicators, 0) as "procedureIndicators"
     from months m
     left join items i using (tenant_id, month) left join calls c using (tenant_id, month) left join visits v using (tenant_id, month) left join procedures p using (tenant_id, month)
     order by m.tenant_id, m.month`,
    [from, to],
  );
}

/** The latest Paris date each dated column of the demo holds. */
export async function latestDates(url: string): Promise<Record<string, string | null>> {
  const paris = (column: string) => `to_char(max(${column} at time zone 'Europe/Paris'), 'YYYY-MM-DD')`;
  const day = (column: string) => `to_char(max(${column}), 'YYYY-MM-DD')`;
  const [row] = await query<Record<string, string | null>>(
    url,
    `select
       (select ${paris('received_at')} from correspondence.correspondence_item) as "item.receivedAt",
       (select ${day('received_on')} from correspondence.correspondence_item) as "item.receivedOn",
       (select ${paris('answered_at')} from correspondence.correspondence_item) as "item.answeredAt",
       (select ${day('month')} from correspondence.telephony_month) as "telephony.month",
       (select ${day('month')} from correspondence.procedure_indicator) as "procedure.month",
       (select ${paris('arrived_at')} from correspondence.counter_visit) as "visit.arrivedAt",
       (select ${paris('ended_at')} from correspondence.counter_visit) as "visit.endedAt",
       (select ${day('greatest(received_at, observations_sent_at, elected_official_informed_at, recours_sent_at, referred_at)')} from correspondence.legality_control) as "legality",
       (select ${day('greatest(requested_at, filed_at, hearing_at, decided_at)')} from correspondence.litigation_case) as "litigation",
       (select ${day('greatest(requested_at, date_asked, date_given)')} from correspondence.appointment_request) as "appointment"`,
  );
  return row!;
}
