import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
import { MikroORM, type EntityManager, type Options } from '@mikro-orm/postgresql';
import type { EntityManager as CoreEntityManager, EntitySchema, LoggerOptions, Logger as OrmLogger, LogContext, LoggerNamespace } from '@mikro-orm/core';
import type { Logger } from 'pino';
import { metrics } from './metrics.js';
import { tenantSession } from './tenancy.js';

export const MIGRATIONS_TABLE = 'schema_migrations';

export interface DatabaseOptions {
  url: string;
  /** The service's own PostgreSQL schema. */
  schema: string;
  entities: EntitySchema[];
  /** Role requests run as: no SUPERUSER, no BYPASSRLS, owns nothing. */
  appRole: string;
  /** Folder of `NNNN_name.sql` files, applied in order. */
  migrationsDir: string;
  /** Tables the app role may only read, or only read and append to (an audit trail). */
  grants?: { readOnly?: string[]; appendOnly?: string[] };
  poolMax?: number;
  log: Logger;
}

export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** Counts every statement MikroORM sends (metrics, benchmark) and logs them at debug level. */
class CountingLogger implements OrmLogger {
  constructor(private readonly out: Logger) {}
  log(namespace: LoggerNamespace, message: string, context?: LogContext): void {
    if (namespace === 'query') metrics.sqlStatements += 1;
    if (this.out.isLevelEnabled('debug')) this.out.debug({ namespace, took: context?.took, requestId: context?.requestId }, message);
  }
  error(namespace: LoggerNamespace, message: string): void {
    this.out.error({ namespace }, message);
  }
  warn(namespace: LoggerNamespace, message: string): void {
    this.out.warn({ namespace }, message);
  }
  logQuery(context: LogContext): void {
    metrics.sqlStatements += 1;
    if (this.out.isLevelEnabled('debug')) this.out.debug({ took: context.took, requestId: context.requestId }, context.query ?? '');
  }
  setDebugMode(): void {}
  isEnabled(): boolean {
    return true;
  }
}

export function ormOptions(options: Omit<DatabaseOptions, 'appRole' | 'migrationsDir'>): Options {
  return {
    clientUrl: options.url,
    schema: options.schema,
    entities: options.entities,
    pool: { min: 0, max: options.poolMax ?? 10 },
    debug: ['query'],
    loggerFactory: (_: LoggerOptions) => new CountingLogger(options.log),
    allowGlobalContext: false,
    forceUtcTimezone: true,
    sessionContext: 'transaction',
    schemaGenerator: { skipTables: [MIGRATIONS_TABLE] },
    discovery: { warnWhenNoEntities: false },
  };
}

export async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export interface Migration {
  name: string;
  sql: string;
}

export async function readMigrations(dir: string): Promise<Migration[]> {
  const files = (await readdir(dir).catch(() => [] as string[])).filter((f) => /^\d{4}_[\w-]+\.sql$/.test(f)).sort();
  return Promise.all(files.map(async (name) => ({ name, sql: await readFile(join(dir, name), 'utf8') })));
}

/**
 * Applies the pending migrations of one schema, each in its own transaction, under an
 * advisory lock so that two instances starting together do not race.
 */
export async function migrate(client: pg.Client, schema: string, migrations: Migration[]): Promise<string[]> {
  const table = `${quoteIdent(schema)}.${MIGRATIONS_TABLE}`;
  const applied: string[] = [];
  await client.query('select pg_advisory_lock(hashtext($1))', [`qualipref:migrate:${schema}`]);
  try {
    await client.query(`create schema if not exists ${quoteIdent(schema)}`);
    await client.query(`create table if not exists ${table} (name text primary key, applied_at timestamptz not null default now())`);
    const done = new Set((await client.query<{ name: string }>(`select name from ${table}`)).rows.map((r) => r.name));
    for (const migration of migrations) {
      if (done.has(migration.name)) continue;
      await client.query('begin');
      try {
        await client.query(`set local search_path to ${quoteIdent(schema)}, public`);
        await client.query(migration.sql);
        await client.query(`insert into ${table} (name) values ($1)`, [migration.name]);
        await client.query('commit');
      } catch (error) {
        await client.query('rollback');
        throw new Error(`migration ${schema}/${migration.name} failed: ${(error as Error).message}`, { cause: error });
      }
      applied.push(migration.name);
    }
  } finally {
    await client.query('select pg_advisory_unlock(hashtext($1))', [`qualipref:migrate:${schema}`]);
  }
  return applied;
}

/**
 * Creates the request role if needed and grants it exactly what it needs on the service's
 * schema. The role has no SUPERUSER and no BYPASSRLS and owns no table, so the tenant
 * policies always apply to it.
 */
export async function grantAppRole(client: pg.Client, options: Pick<DatabaseOptions, 'schema' | 'appRole' | 'grants'>, tables: string[]) {
  const role = quoteIdent(options.appRole);
  const schema = quoteIdent(options.schema);
  await client.query('select pg_advisory_lock(hashtext($1))', ['qualipref:roles']);
  try {
    const exists = await client.query('select 1 from pg_roles where rolname = $1', [options.appRole]);
    if (exists.rowCount === 0) await client.query(`create role ${role} nologin nosuperuser nobypassrls nocreatedb nocreaterole noinherit`);
    const member = await client.query('select pg_has_role(current_user, $1, $2) as ok', [options.appRole, 'member']);
    if (!member.rows[0].ok) await client.query(`grant ${role} to current_user`);
    await client.query(`grant usage on schema ${schema} to ${role}`);
    const readOnly = new Set(options.grants?.readOnly ?? []);
    const appendOnly = new Set(options.grants?.appendOnly ?? []);
    for (const table of tables) {
      const privileges = readOnly.has(table) ? 'select' : appendOnly.has(table) ? 'select, insert' : 'select, insert, update, delete';
      const qualified = `${schema}.${quoteIdent(table)}`;
      await client.query(`revoke all on ${qualified} from ${role}`);
      await client.query(`grant ${privileges} on ${qualified} to ${role}`);
    }
    await client.query(`grant usage, select on all sequences in schema ${schema} to ${role}`);
  } finally {
    await client.query('select pg_advisory_unlock(hashtext($1))', ['qualipref:roles']);
  }
}

/** A fork of `em` whose transactions run with the session of one tenant that reads only itself. */
export function tenantEntityManager<E extends CoreEntityManager>(em: E, tenantId: string): E {
  return em.fork({ session: { variables: tenantSession({ tenantId, readableTenantIds: [tenantId] }) } } as never) as E;
}

export interface Database {
  orm: MikroORM;
  /**
   * An EntityManager scoped to one tenant (its session variables set at the start of each transaction), for work
   * outside a request such as the demo seeds; requests use their context's EntityManager.
   */
  forTenant(tenantId: string): EntityManager;
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** Migrates the schema, sets up the request role, and opens the ORM. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const migrations = await readMigrations(options.migrationsDir);
  await withClient(options.url, async (client) => {
    const applied = await migrate(client, options.schema, migrations);
    if (applied.length > 0) options.log.info({ schema: options.schema, applied }, 'migrations applied');
  });
  const orm = await MikroORM.init(ormOptions(options));
  const tables = [...orm.getMetadata().getAll().values()]
    .filter((meta) => !meta.embeddable && !meta.virtual && meta.tableName)
    .map((meta) => meta.tableName);
  await withClient(options.url, (client) => grantAppRole(client, options, tables));
  return {
    orm,
    forTenant: (tenantId) => tenantEntityManager(orm.em as unknown as EntityManager, tenantId),
    ping: async () => {
      await orm.em.fork().getConnection().execute('select 1');
    },
    close: () => orm.close(true),
  };
}
