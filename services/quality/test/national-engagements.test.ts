import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NATIONAL_ENGAGEMENTS } from '@qualipref/demo-fixtures';
import { createScratchDatabase, migrate, readMigrations, withClient, type ScratchDatabase } from '@qualipref/server-kit';
import { quality } from '../src/subgraph.js';

// The other services' demos and tests name national engagements by the constants of demo-fixtures,
// never by reading this schema: each constant must be an engagement this service's migrations ship.
let database: ScratchDatabase;

beforeAll(async () => {
  database = await createScratchDatabase();
  const migrations = await readMigrations(quality.migrationsDir);
  await withClient(database.url, (client) => migrate(client, quality.schema, migrations));
});
afterAll(() => database?.drop());

describe('the national engagements other services name', () => {
  it('are engagements of the migrated referentials, each under its fixed identifier', async () => {
    const ids = Object.values(NATIONAL_ENGAGEMENTS);
    const found = await withClient(database.url, async (client) => (await client.query<{ id: string }>('select id from quality.engagement where id = any($1::uuid[])', [ids])).rows.map((r) => r.id));
    expect(ids.filter((id) => !found.includes(id))).toEqual([]);
  });
});
