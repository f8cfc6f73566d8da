import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import type { EntitySchema } from '@mikro-orm/core';
import { AUDIT_ENTITIES } from './audit.js';
import { DEFAULT_ROLES, migrate, ormOptions, quoteIdent, readMigrations, setupRolesSql, withClient } from './database.js';
import { createLogger } from './logger.js';
import type { SubgraphDefinition } from './subgraph.js';

/** The PostgreSQL server used for scratch and test databases. */
export function adminDatabaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.TEST_DATABASE_URL || env.DATABASE_URL || 'postgresql://postgres@127.0.0.1:5432/postgres';
}

export interface ScratchDatabase {
  /** As the server's superuser. */
  url: string;
  /** The production logins of `setupRolesSql` on this database (trust authentication, no password). */
  roleUrls: { owner: string; runtime: string; auditor: string };
  /** A service's database settings with those logins, as in production. */
  serviceEnv: { DATABASE_URL: string; DATABASE_MIGRATION_URL: string };
  name: string;
  drop(): Promise<void>;
}

// Several test runs may set the cluster-wide roles up at once: a concurrent creation or grant
// fails and is simply done again (the setup is idempotent).
async function setUpRoles(url: string, database: string): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await withClient(url, (client) => client.query(setupRolesSql(database)));
      return;
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (attempt >= 5 || !['42710', '23505', 'XX000', '40001'].includes(code ?? '')) throw error;
    }
  }
}

/** A new, empty database on the server, with the platform's roles, for one test run or one migration diff; dropped after. */
export async function createScratchDatabase(prefix = 'qp_test', adminUrl = adminDatabaseUrl()): Promise<ScratchDatabase> {
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  await withClient(adminUrl, (client) => client.query(`create database ${quoteIdent(name)}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  await setUpRoles(url.toString(), name);
  const as = (user: string) => {
    const login = new URL(url);
    login.username = user;
    login.password = '';
    return login.toString();
  };
  const roleUrls = { owner: as(DEFAULT_ROLES.owner), runtime: as(DEFAULT_ROLES.runtime), auditor: as(DEFAULT_ROLES.auditor) };
  return {
    url: url.toString(),
    roleUrls,
    serviceEnv: { DATABASE_URL: roleUrls.runtime, DATABASE_MIGRATION_URL: roleUrls.owner },
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
        entities: [...(AUDIT_ENTITIES as unknown as EntitySchema[]), ...definition.entities],
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
