import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TENANTS } from '@qualipref/demo-fixtures';
import { AUDIT_ENTITIES, createLogger, openDatabase, runtimePrivilegeProblems, withClient } from '@qualipref/server-kit';
import { organization } from '../src/subgraph.js';
import { startOrganization, type TestPlatform } from './helpers.js';

// The organization subgraph started as in production: DATABASE_URL logs in as the runtime role,
// DATABASE_MIGRATION_URL as the schema owner (both from the role setup SQL, see README « Security »).
let platform: TestPlatform;
type Client = Parameters<Parameters<typeof withClient>[1]>[0];

beforeAll(async () => {
  platform = await startOrganization();
});
afterAll(() => platform?.stop());

const asRuntime = <T>(work: (client: Client) => Promise<T>) => withClient(platform.database.roleUrls.runtime, work);
const asSuperuser = <T>(work: (client: Client) => Promise<T>) => withClient(platform.database.url, work);

/** A transaction as a request runs it: a tenant's session, then the app role. */
async function asRequest<T>(tenantId: string, work: (client: Client) => Promise<T>): Promise<T> {
  return asRuntime(async (client) => {
    await client.query('begin');
    try {
      await client.query("select set_config('app.tenant_id', $1, true), set_config('app.readable_tenants', $1, true), set_config('role', 'qualipref_app', true)", [tenantId]);
      return await work(client);
    } finally {
      await client.query('rollback');
    }
  });
}

const count = async (client: Client, sql: string, values: unknown[] = []) => (await client.query<{ n: number }>(sql, values)).rows[0]!.n;

describe('least privilege', () => {
  it('migrated the schema as its owner: the services’ login owns nothing', async () => {
    const owners = await asSuperuser((client) =>
      client.query<{ owner: string }>(
        "select distinct pg_get_userbyid(c.relowner) as owner from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'organization' union select pg_get_userbyid(nspowner) from pg_namespace where nspname = 'organization'",
      ),
    );
    expect(owners.rows.map((r) => r.owner)).toEqual(['qualipref_owner']);
    expect(await asRuntime((client) => runtimePrivilegeProblems(client, 'organization'))).toEqual([]);
  });

  it('logs the services in as a role that is not superuser and can only SET ROLE to the app role', async () => {
    await asRuntime(async (client) => {
      const role = (await client.query('select current_user as name, rolsuper, rolbypassrls, rolcreaterole from pg_roles where rolname = current_user')).rows[0];
      expect(role).toEqual({ name: 'qualipref_service', rolsuper: false, rolbypassrls: false, rolcreaterole: false });
      const memberOf = await client.query<{ rolname: string }>("select rolname from pg_roles where pg_has_role(current_user, oid, 'member') and rolname <> current_user order by 1");
      expect(memberOf.rows.map((r) => r.rolname)).toEqual(['qualipref_app']);
      await client.query('set role qualipref_app');
      await client.query('reset role');
      await expect(client.query('set role qualipref_owner')).rejects.toThrow(/permission denied/);
      await expect(client.query('set role postgres')).rejects.toThrow(/permission denied/);
    });
  });

  it('cannot bypass row-level security, nor alter, disable or add tables', async () => {
    await asRuntime(async (client) => {
      expect(await count(client, 'select count(*)::int as n from organization."user"')).toBe(0);
      await client.query('set row_security = off');
      await expect(client.query('select count(*) from organization."user"')).rejects.toThrow(/row-level security/);
      await client.query('reset row_security');
      await expect(client.query('alter table organization."user" disable row level security')).rejects.toThrow(/must be owner/);
      await expect(client.query('alter table organization."user" no force row level security')).rejects.toThrow(/must be owner/);
      await expect(client.query('drop policy tenant_read on organization."user"')).rejects.toThrow(/must be owner/);
      await expect(client.query('alter table organization.audit_entry drop column hash')).rejects.toThrow(/must be owner/);
      await expect(client.query('create table organization.intruder (id int)')).rejects.toThrow(/permission denied/);
    });
  });

  it('reads nothing of another tenant, even by id', async () => {
    expect(await asSuperuser((client) => count(client, 'select count(*)::int as n from organization."user" where tenant_id = $1', [TENANTS.metz.id]))).toBeGreaterThan(0);
    await asRequest(TENANTS.forbach.id, async (client) => {
      expect(await count(client, 'select count(*)::int as n from organization."user" where tenant_id = $1', [TENANTS.metz.id])).toBe(0);
      expect(await count(client, 'select count(*)::int as n from organization."user" where tenant_id = $1', [TENANTS.forbach.id])).toBeGreaterThan(0);
    });
  });

  it('can neither change nor delete audit entries, nor write a digest', async () => {
    for (const sql of [
      "update organization.audit_entry set operation = 'forged'",
      'delete from organization.audit_entry',
      "insert into organization.audit_digest (id, tenant_id, day, entry_count, root, signature, key_id, sealed_at) values (gen_random_uuid(), $1, '2026-01-01', 0, '', '', '', now())",
    ]) {
      await asRequest(TENANTS.forbach.id, async (client) => {
        await expect(client.query(sql, sql.includes('$1') ? [TENANTS.forbach.id] : [])).rejects.toThrow(/permission denied/);
      });
      await asRuntime(async (client) => {
        await expect(client.query(sql, sql.includes('$1') ? [TENANTS.forbach.id] : [])).rejects.toThrow(/permission denied/);
      });
    }
  });

  it('refuses to start when asked for least privilege on a superuser or an owner login', async () => {
    const open = (url: string, migrationUrl?: string) =>
      openDatabase({
        url,
        migrationUrl,
        requireLeastPrivilege: true,
        schema: organization.schema,
        entities: [...AUDIT_ENTITIES, ...organization.entities] as never,
        appRole: 'qualipref_app',
        grants: organization.grants,
        migrationsDir: organization.migrationsDir,
        log: createLogger('test', 'silent'),
      });
    await expect(open(platform.database.url)).rejects.toThrow(/SUPERUSER/);
    await expect(open(platform.database.roleUrls.owner, platform.database.url)).rejects.toThrow(/qualipref_owner: owns/);
  });
});
