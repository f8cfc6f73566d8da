import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import type { EntitySchema } from '@mikro-orm/core';
import { AuditEntry } from './audit.js';
import { migrate, ormOptions, quoteIdent, readMigrations, withClient } from './database.js';
import { createLogger } from './logger.js';
import type { SubgraphDefinition } from './subgraph.js';

/** The PostgreSQL server used for scratch and test databases. */
export function adminDatabaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.TEST_DATABASE_URL || env.DATABASE_URL || 'postgresql://postgres@127.0.0.1:5432/postgres';
}

export interface ScratchDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

/** A new, empty database on the server, for one test run or one migration diff; dropped after. */
export async function createScratchDatabase(prefix = 'qp_test', adminUrl = adminDatabaseUrl()): Promise<ScratchDatabase> {
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  await withClient(adminUrl, (client) => client.query(`create database ${quoteIdent(name)}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    drop: () => withClient(adminUrl, (client) => client.query(`drop database if exists ${quoteIdent(name)} with (force)`)).then(() => undefined),
  };
}

/** The SQL that would bring a database migrated by the committed files up to the entities. */
export async function pendingSchemaChanges(definition: Pick<SubgraphDefinition<unknown>, 'schema' | 'entities' | 'migrationsDir'>): Promise<string> {
  const scratch = await createScratchDatabase('qp_migration');
  try {
    await withClient(scratch.url, async (client) => migrate(client, definition.schema, await readMigrations(definition.migrationsDir)));
    const orm = await MikroORM.init(
      ormOptions({
        url: scratch.url,
        schema: definition.schema,
        entities: [AuditEntry as unknown as EntitySchema, ...definition.entities],
        log: createLogger('migrations', 'silent'),
      }),
    );
    try {
      return (await orm.schema.getUpdateSchemaSQL({ wrap: false, schema: definition.schema })).trim();
    } finally {
      await orm.close(true);
    }
  } finally {
    await scratch.drop();
  }
}

/** Writes the next migration file from the difference between the migrations and the entities. */
export async function createMigration(definition: Pick<SubgraphDefinition<unknown>, 'schema' | 'entities' | 'migrationsDir'>, name: string): Promise<string | null> {
  if (!/^[a-z0-9-]+$/.test(name)) throw new Error('migration name: lowercase letters, digits and dashes');
  const sql = await pendingSchemaChanges(definition);
  if (!sql) return null;
  const existing = await readMigrations(definition.migrationsDir);
  const next = String(existing.length + 1).padStart(4, '0');
  const file = join(definition.migrationsDir, `${next}_${name}.sql`);
  await writeFile(file, `-- Generated from the entities by \`migration:create\`; review before committing.\n${sql}\n`);
  return file;
}
