import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
import { MikroORM, type EntityManager, type Options } from '@mikro-orm/postgresql';
import type { EntityManager as CoreEntityManager, EntitySchema, LoggerOptions, Logger as OrmLogger, LogContext, LoggerNamespace } from '@mikro-orm/core';
import type { Logger } from 'pino';
import { metrics } from './metrics.js';
import { tenantSession } from './tenancy.js';
import { AUDIT_DIGEST_TABLE, AUDIT_TABLE } from './audit.js';

export const MIGRATIONS_TABLE = 'schema_migrations';

export interface DatabaseOptions {
  /** The runtime connection: in production a login role that is only a member of the app role. */
  url: string;
  /**
   * The schema owner's connection, used only for the migrations and the grants. Unset (embedded
   * database, tests, a laptop), `url` does both, and joins the app role itself.
   */
  migrationUrl?: string;
  /** Refuse to start when the runtime connection could bypass the tenant policies (production). */
  requireLeastPrivilege?: boolean;
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

/** The role the audit commands may log in as: reads every tenant's trail (BYPASSRLS), writes only digests. */
export const AUDITOR_ROLE = 'qualipref_auditor';

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
 * Grants the request role exactly what it needs on the service's schema; without a separate
 * migration connection, also creates the role if needed and makes the connection's user a member
 * (with one, `setupRolesSql` has done both). The role has no SUPERUSER and no BYPASSRLS and owns
 * no table, so the tenant policies always apply to it.
 */
export async function grantAppRole(client: pg.Client, options: Pick<DatabaseOptions, 'schema' | 'appRole' | 'grants'>, tables: string[], joinRole = true) {
  const role = quoteIdent(options.appRole);
  const schema = quoteIdent(options.schema);
  await client.query('select pg_advisory_lock(hashtext($1))', ['qualipref:roles']);
  try {
    const exists = await client.query('select 1 from pg_roles where rolname = $1', [options.appRole]);
    if (exists.rowCount === 0 && !joinRole) throw new Error(`role ${options.appRole} missing: run the role setup first (README « Security »)`);
    if (exists.rowCount === 0) await client.query(`create role ${role} nologin nosuperuser nobypassrls nocreatedb nocreaterole noinherit`);
    if (joinRole) {
      const member = await client.query('select pg_has_role(current_user, $1, $2) as ok', [options.appRole, 'member']);
      if (!member.rows[0].ok) await client.query(`grant ${role} to current_user`);
    }
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
    // The auditor role is the cluster's (another database may have created it); a schema without
    // an audit trail gives it nothing.
    const audited = tables.includes(AUDIT_TABLE) && tables.includes(AUDIT_DIGEST_TABLE);
    if (audited && (await client.query('select 1 from pg_roles where rolname = $1', [AUDITOR_ROLE])).rowCount) {
      const auditor = quoteIdent(AUDITOR_ROLE);
      await client.query(`grant usage on schema ${schema} to ${auditor}`);
      await client.query(`grant select on ${schema}.${quoteIdent(AUDIT_TABLE)} to ${auditor}`);
      await client.query(`grant select, insert on ${schema}.${quoteIdent(AUDIT_DIGEST_TABLE)} to ${auditor}`);
    }
  } finally {
    await client.query('select pg_advisory_unlock(hashtext($1))', ['qualipref:roles']);
  }
}

/**
 * Why the runtime connection could escape the tenant policies, if it could: a superuser, BYPASSRLS,
 * a role that creates roles or databases, or the owner of the schema or of one of its tables
 * (an owner may alter its tables and turn their policies off).
 */
export async function runtimePrivilegeProblems(client: pg.Client, schema: string): Promise<string[]> {
  const { rows } = await client.query<{ rolname: string; rolsuper: boolean; rolbypassrls: boolean; rolcreaterole: boolean; rolcreatedb: boolean; owned: number }>(
    `select r.rolname, r.rolsuper, r.rolbypassrls, r.rolcreaterole, r.rolcreatedb,
       (select count(*)::int from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = $1 and c.relowner = r.oid)
       + (select count(*)::int from pg_namespace n where n.nspname = $1 and n.nspowner = r.oid) as owned
     from pg_roles r where r.rolname = current_user`,
    [schema],
  );
  const role = rows[0]!;
  const problems: string[] = [];
  if (role.rolsuper) problems.push('SUPERUSER');
  if (role.rolbypassrls) problems.push('BYPASSRLS');
  if (role.rolcreaterole) problems.push('CREATEROLE');
  if (role.rolcreatedb) problems.push('CREATEDB');
  if (role.owned > 0) problems.push(`owns ${role.owned} object(s) of schema ${schema}`);
  return problems.map((p) => `${role.rolname}: ${p}`);
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
  /**
   * Runs setup work (the demo seeds) as the schema owner, on a connection of its own closed after:
   * what the request role may only read, such as the tenants. As the runtime when there is no
   * separate migration connection.
   */
  asOwner<T>(work: (em: EntityManager) => Promise<T>): Promise<T>;
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** Migrates the schema, sets up the request role, and opens the ORM. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  // Checked before anything is changed: a start that is refused has migrated and granted nothing.
  if (options.requireLeastPrivilege || options.migrationUrl) {
    const problems = await withClient(options.url, (client) => runtimePrivilegeProblems(client, options.schema));
    if (problems.length > 0) throw new Error(`DATABASE_URL must log in as a role that is only a member of ${options.appRole} (README « Security »): ${problems.join(', ')}`);
  }
  const migrations = await readMigrations(options.migrationsDir);
  const ownerUrl = options.migrationUrl || options.url;
  await withClient(ownerUrl, async (client) => {
    const applied = await migrate(client, options.schema, migrations);
    if (applied.length > 0) options.log.info({ schema: options.schema, applied }, 'migrations applied');
  });
  const orm = await MikroORM.init(ormOptions(options));
  const tables = [...orm.getMetadata().getAll().values()]
    .filter((meta) => !meta.embeddable && !meta.virtual && meta.tableName)
    .map((meta) => meta.tableName);
  await withClient(ownerUrl, (client) => grantAppRole(client, options, tables, !options.migrationUrl));
  return {
    orm,
    forTenant: (tenantId) => tenantEntityManager(orm.em as unknown as EntityManager, tenantId),
    asOwner: async (work) => {
      if (!options.migrationUrl) return work(orm.em.fork() as unknown as EntityManager);
      const owner = await MikroORM.init(ormOptions({ ...options, url: options.migrationUrl, poolMax: 1 }));
      try {
        return await work(owner.em.fork() as unknown as EntityManager);
      } finally {
        await owner.close(true);
      }
    },
    ping: async () => {
      await orm.em.fork().getConnection().execute('select 1');
    },
    close: () => orm.close(true),
  };
}

/** The roles of a deployment; `setupRolesSql` creates them. */
export interface DatabaseRoles {
  /** Owns the schemas and tables: the migrations' login (DATABASE_MIGRATION_URL). */
  owner: string;
  /** The services' login (DATABASE_URL): a member of the app role only. */
  runtime: string;
  /** The request role (DATABASE_APP_ROLE). */
  app: string;
  /** The audit commands' login: reads every tenant's trail, writes only its digests. */
  auditor: string;
}

export const DEFAULT_ROLES: DatabaseRoles = { owner: 'qualipref_owner', runtime: 'qualipref_service', app: 'qualipref_app', auditor: AUDITOR_ROLE };

/**
 * What a DBA (or the cluster's bootstrap) runs once per database as a superuser: the four roles,
 * none of them superuser; passwords are set apart (`\password`, the operator's secrets). Rerunning
 * it changes nothing. The runtime role owns nothing and inherits only the app role's grants, so
 * the tenant policies always apply to it.
 */
export function setupRolesSql(database: string, roles: DatabaseRoles = DEFAULT_ROLES): string {
  const literal = (value: string) => `'${value.replaceAll("'", "''")}'`;
  const create = (name: string, attributes: string) =>
    `  if not exists (select from pg_roles where rolname = ${literal(name)}) then create role ${quoteIdent(name)} ${attributes}; end if;\n` +
    `  alter role ${quoteIdent(name)} ${attributes};`;
  return [
    'do $$ begin',
    create(roles.owner, 'login nosuperuser nocreatedb nocreaterole nobypassrls'),
    create(roles.app, 'nologin nosuperuser nocreatedb nocreaterole nobypassrls noinherit'),
    create(roles.runtime, 'login nosuperuser nocreatedb nocreaterole nobypassrls inherit'),
    create(roles.auditor, 'login nosuperuser nocreatedb nocreaterole bypassrls noinherit'),
    'end $$;',
    `grant ${quoteIdent(roles.app)} to ${quoteIdent(roles.runtime)};`,
    `grant connect, create on database ${quoteIdent(database)} to ${quoteIdent(roles.owner)};`,
    `grant connect on database ${quoteIdent(database)} to ${quoteIdent(roles.runtime)}, ${quoteIdent(roles.auditor)};`,
    '',
  ].join('\n');
}
