import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NATIONAL_ENGAGEMENTS } from '@qualipref/demo-fixtures';
import { createScratchDatabase, migrate, pendingSchemaChanges, readMigrations, withClient, type ScratchDatabase } from '@qualipref/server-kit';
import { correspondence } from '../src/subgraph.js';

describe('migrations', () => {
  it('bring a fresh database exactly to the entities (policies included)', async () => {
    expect(await pendingSchemaChanges(correspondence)).toBe('');
  });
});

describe('the move from engagements to delay targets', () => {
  const TENANT = '0195a000-0000-7000-8000-000000000002';
  const uuid = (n: number) => `0195a000-0000-7000-8000-${n.toString(16).padStart(12, '0')}`;
  let database: ScratchDatabase;
  const sql = <T>(text: string) => withClient(database.url, async (client) => (await client.query(text)).rows as T[]);

  // A database as the service left it before: its own referentials (the label's and a tenant's own), their engagements, an item under one.
  beforeAll(async () => {
    database = await createScratchDatabase();
    const migrations = await readMigrations(correspondence.migrationsDir);
    const before = migrations.filter((m) => m.name < '0004');
    await withClient(database.url, (client) => migrate(client, correspondence.schema, before));
    const referentials = ['MARIANNE_2008', 'QUALIPREF_2_0', 'SERVICES_PUBLICS_PLUS_2021', 'QUALEPREF_2019', 'ENGAGEMENTS_LOCAUX'];
    await sql(`insert into correspondence.referential (id, tenant_id, code, name, version, year, created_at, updated_at) values
      ${referentials.map((code, i) => `('${uuid(0x100 + i)}', '${TENANT}', '${code}', '${code}', '1', ${2008 + i}, now(), now())`).join(', ')}`);
    const engagements: [number, number, string, string][] = [
      [1, 0, 'LETTER', 'WORKING_DAYS'], [2, 0, 'EMAIL', 'WORKING_DAYS'], [3, 0, 'TELEPHONE', 'RINGS'], [4, 0, 'CONTACT_FORM', 'WORKING_DAYS'],
      [5, 1, 'LETTER', 'WORKING_DAYS'], [6, 1, 'TELEPHONE', 'RINGS'],
      [7, 2, 'EMAIL', 'WORKING_DAYS'], [8, 2, 'TELEPHONE', 'RINGS'],
      [9, 3, 'LETTER', 'WORKING_DAYS'], [10, 3, 'TELEPHONE', 'RINGS'],
      [11, 4, 'COUNTER', 'WORKING_DAYS'],
    ];
    await sql(`insert into correspondence.engagement (id, tenant_id, referential_id, channel, unit, target, label, valid_from, created_at, updated_at) values
      ${engagements.map(([n, r, channel, unit]) => `('${uuid(n)}', '${TENANT}', '${uuid(0x100 + r)}', '${channel}', '${unit}', 5, 'Délai ${n}', '2008-01-01', now(), now())`).join(', ')}`);
    await sql(`insert into correspondence.correspondence_item (id, tenant_id, channel, received_at, received_on, service_id, directorate_id, correspondent_kind, subject, engagement_id, due_date, due_at, created_at, updated_at)
      values ('${uuid(0x200)}', '${TENANT}', 'LETTER', '2012-03-01T09:00:00Z', '2012-03-01', '${uuid(0x300)}', '${uuid(0x301)}', 'USER', 'Demande', '${uuid(1)}', '2012-03-22', '2012-03-22T23:00:00Z', now(), now())`);
    await withClient(database.url, (client) => migrate(client, correspondence.schema, migrations));
  });
  afterAll(() => database?.drop());

  it('keeps every row, each naming the national engagement its referential and channel implement', async () => {
    const rows = await sql<{ id: string; engagement_id: string; label: string }>('select id, engagement_id, label from correspondence.delay_target order by id');
    const E = NATIONAL_ENGAGEMENTS;
    expect(rows.map((r) => [r.label, r.engagement_id])).toEqual([
      ['Délai 1', E.MARIANNE_2008_COURRIERS],
      ['Délai 2', E.MARIANNE_2008_COURRIELS],
      ['Délai 3', E.MARIANNE_2008_TELEPHONE],
      ['Délai 4', E.MARIANNE_2008_COURRIELS],
      ['Délai 5', E.QUALIPREF_2_0_COURRIERS_COURRIELS],
      ['Délai 6', E.QUALIPREF_2_0_TELEPHONIE],
      ['Délai 7', E.SERVICES_PUBLICS_PLUS_2021_DELAIS],
      ['Délai 8', E.SERVICES_PUBLICS_PLUS_2021_JOIGNABLES],
      // No delay engagement of their own in quality's referentials: the current one's « délais annoncés » and « entrer en contact ».
      ['Délai 9', E.SERVICES_PUBLICS_PLUS_2023_DELAIS],
      ['Délai 10', E.SERVICES_PUBLICS_PLUS_2023_CONTACT],
      ['Délai 11', E.SERVICES_PUBLICS_PLUS_2023_DELAIS],
    ]);
  });

  it('keeps the items under their targets, and drops the service’s own referentials', async () => {
    expect(await sql('select delay_target_id from correspondence.correspondence_item')).toEqual([{ delay_target_id: uuid(1) }]);
    expect(await sql(`select to_regclass('correspondence.referential') as referential, to_regclass('correspondence.engagement') as engagement`)).toEqual([{ referential: null, engagement: null }]);
  });
});
