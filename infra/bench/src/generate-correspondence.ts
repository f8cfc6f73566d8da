// Fills one tenant with N correspondence items (default 1,000,000) over 2014–2016, for the
// tableau benchmark: `node infra/bench/dist/generate-correspondence.js --tenant metz --items 1000000`
// against DATABASE_URL, whose correspondence schema must exist (start the service once).
// Items go to the tenant's demo services, on the letter, e-mail and contact-form delay targets in
// force, with working-day delays around their targets (about one in six late, 3 % still open).
import { parseArgs } from 'node:util';
import pg from 'pg';
import { DIRECTORATES, TENANTS, type TenantKey } from '@qualipref/demo-fixtures';

export async function generateCorrespondence(databaseUrl: string, tenant: TenantKey, items: number): Promise<number> {
  const services = DIRECTORATES.filter((d) => d.tenant === tenant).flatMap((d) => d.services.map((s) => ({ service: s.id, directorate: d.id })));
  if (!services.length) throw new Error(`no demo services in ${tenant}`);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const targets = await client.query<{ id: string; channel: string; target: number }>(
      "select distinct on (channel) id, channel, target from correspondence.delay_target where tenant_id = $1 and unit = 'WORKING_DAYS' and channel in ('LETTER', 'EMAIL', 'CONTACT_FORM') and correspondent_kind is null order by channel, valid_from desc",
      [TENANTS[tenant].id],
    );
    if (targets.rowCount === 0) throw new Error('no delay targets: start the correspondence service with SEED_DEMO=true first');
    const e = targets.rows;
    const inserted = await client.query(
      `insert into correspondence.correspondence_item (id, tenant_id, channel, received_at, received_on, service_id, directorate_id, correspondent_kind, subject,
         delay_target_id, due_date, due_at, answered_at, answer_channel, delay_working_days, answered_on_time, reopen_count, created_at, updated_at)
       select gen_random_uuid(), $1, x.channel, x.received_at, (x.received_at at time zone 'Europe/Paris')::date, ($2::uuid[])[x.s], ($3::uuid[])[x.s], 'USER', 'Demande ' || x.n,
              x.delay_target, x.due, x.due + time '17:00' at time zone 'Europe/Paris',
              case when x.open then null else x.received_at + make_interval(days => x.delay * 7 / 5, hours => 2) end,
              case when x.open then null else x.channel end,
              case when x.open then null else x.delay end,
              case when x.open then null else x.delay <= x.target end,
              0, now(), now()
       from (
         select n, 1 + (n % $4) as s, e.channel, e.id as delay_target, e.target,
                timestamptz '2014-01-02 09:00 Europe/Paris' + make_interval(days => (n % 1090), mins => (n * 7) % 480) as received_at,
                (date '2014-01-02' + (n % 1090) + e.target * 7 / 5) as due,
                greatest(0, e.target - 3 + ((n::bigint * 7919) % (e.target + 6))::int) as delay,
                n % 33 = 0 as open
         from generate_series(1, $5::int) n
         join lateral (select * from unnest($6::uuid[], $7::text[], $8::int[]) as e(id, channel, target) offset (n % $9) limit 1) e on true
       ) x`,
      [TENANTS[tenant].id, services.map((s) => s.service), services.map((s) => s.directorate), services.length, items, e.map((r) => r.id), e.map((r) => r.channel), e.map((r) => r.target), e.length],
    );
    await client.query('analyze correspondence.correspondence_item');
    return inserted.rowCount ?? 0;
  } finally {
    await client.end();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { tenant: { type: 'string', default: 'metz' }, items: { type: 'string', default: '1000000' } } });
  if (!process.env.DATABASE_URL) throw new Error('DATABASE_URL is required');
  if (!(values.tenant in TENANTS)) throw new Error(`unknown tenant ${values.tenant}: ${Object.keys(TENANTS).join(', ')}`);
  const started = Date.now();
  const count = await generateCorrespondence(process.env.DATABASE_URL, values.tenant as TenantKey, Number(values.items));
  process.stdout.write(`${count} items generated in ${values.tenant} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}
