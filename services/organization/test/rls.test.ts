import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/postgresql';
import { Role, type Identity } from '@qualipref/auth';
import { DIRECTORATES, TENANTS, directorateId } from '@qualipref/demo-fixtures';
import { AuditEntry, paginateChildren, requestSession, withClient } from '@qualipref/server-kit';
import { Directorate, Service, User } from '../src/entities/index.js';
import { startOrganization, type TestPlatform } from './helpers.js';

let platform: TestPlatform;

const identity = (tenant: keyof typeof TENANTS, role: Role, readable: string[] = [TENANTS[tenant].id]): Identity => ({
  userId: '0195a000-0000-7000-8000-00000000ffff',
  tenantId: TENANTS[tenant].id,
  directorateId: directorateId(tenant, tenant === 'metz' ? 'DRMM' : tenant === 'forbach' ? 'SPF' : 'SPT'),
  role,
  readableTenantIds: readable,
  email: 'test@demo.qualipref.test',
  name: 'Test',
});

/** An EntityManager exactly as a request gets it: the app role, the identity's tenants. */
function requestEm(who: Identity): EntityManager {
  return platform.subgraph.database.orm.em.fork({ session: requestSession(who, 'qualipref_app') }) as unknown as EntityManager;
}

const metzDrmm = directorateId('metz', 'DRMM');
const forbach = identity('forbach', Role.ADMINISTRATOR);

beforeAll(async () => {
  platform = await startOrganization();
});
afterAll(() => platform?.stop());

describe('row-level security on tenant tables', () => {
  it('runs requests as a role that is not superuser, cannot bypass RLS and owns no table', async () => {
    const em = platform.subgraph.database.orm.em.fork();
    const [role] = await em.getConnection().execute<{ rolsuper: boolean; rolbypassrls: boolean }[]>(
      "select rolsuper, rolbypassrls from pg_roles where rolname = 'qualipref_app'",
    );
    expect(role).toEqual({ rolsuper: false, rolbypassrls: false });
    const owned = await em.getConnection().execute("select tablename from pg_tables where schemaname = 'organization' and tableowner = 'qualipref_app'");
    expect(owned).toEqual([]);
    const forced = await em.getConnection().execute<{ relname: string; relforcerowsecurity: boolean }[]>(
      "select c.relname, c.relforcerowsecurity from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'organization' and c.relkind = 'r' and c.relname <> 'schema_migrations' and c.relname <> 'tenant' and c.relname <> 'rate_limit' order by 1",
    );
    expect(forced.map((r) => r.relname)).toEqual(['audit_digest', 'audit_entry', 'directorate', 'refresh_token', 'service', 'user']);
    expect(forced.every((r) => r.relforcerowsecurity)).toBe(true);
    // The sign-in limiter's buckets belong to no tenant and hold only hashes of addresses.
    const buckets = await em.getConnection().execute<{ column_name: string }[]>("select column_name from information_schema.columns where table_schema = 'organization' and table_name = 'rate_limit' order by 1");
    expect(buckets.map((c) => c.column_name)).toEqual(['full_at', 'granted', 'key', 'scope', 'tokens', 'updated_at']);
  });

  it('hides a Metz row from a Forbach identity even when the query forgets to filter', async () => {
    const em = requestEm(forbach);
    expect(await em.findOne(Directorate, { id: metzDrmm })).toBeNull();
    const all = await em.find(Directorate, {});
    expect(all.map((d) => d.code)).toEqual(['SPF']);
    const raw = await (em as SqlEntityManager).execute('select count(*)::int as n from organization.directorate');
    expect(raw).toEqual([{ n: 1 }]);
  });

  it('applies the tenant session to raw SQL too, such as the batched child lists', async () => {
    const em = requestEm(forbach);
    const pages = await paginateChildren<Service>(em, Service, [metzDrmm, directorateId('forbach', 'SPF')], { first: 20 }, { parent: 'directorate', orderBy: 'code' });
    expect(pages.map((p) => p.nodes.map((s) => s.code))).toEqual([[], ['BAT-F', 'BCL-F']]);
    expect(pages[0]?.totalCount).toBe(0);
  });

  it('updates no Metz row for a Forbach identity, whatever the statement', async () => {
    const em = requestEm(forbach);
    expect(await em.nativeUpdate(Directorate, { id: metzDrmm }, { name: 'Piratée' })).toBe(0);
    expect(await em.nativeDelete(User, { tenantId: TENANTS.metz.id })).toBe(0);
    const untouched = await withClient(platform.database.url, (client) => client.query<{ name: string }>('select name from organization.directorate where id = $1', [metzDrmm]));
    expect(untouched.rows[0]?.name).toBe(DIRECTORATES.find((d) => d.id === metzDrmm)!.name);
  });

  it('refuses in PostgreSQL an insert for another tenant', async () => {
    const em = requestEm(forbach);
    em.create(Directorate, { tenantId: TENANTS.metz.id, code: 'INTRUS', name: 'Intrus', active: true });
    await expect(em.flush()).rejects.toThrow(/row-level security/);
  });

  it('lets a préfecture analyst read the three tenants but write none of the others', async () => {
    const all = [TENANTS.metz.id, TENANTS.forbach.id, TENANTS.thionville.id];
    const em = requestEm(identity('metz', Role.ANALYST, all));
    const codes = (await em.find(Directorate, {}, { orderBy: { code: 'asc' } })).map((d) => d.code);
    expect(codes).toEqual(expect.arrayContaining(['DRMM', 'SPF', 'SPT']));
    expect(await em.nativeUpdate(Directorate, { id: directorateId('forbach', 'SPF') }, { name: 'x' })).toBe(0);
  });

  it('lets the request role append to the audit trail but never change or delete it', async () => {
    const em = requestEm(forbach);
    em.create(AuditEntry, {
      tenantId: TENANTS.forbach.id,
      occurredAt: new Date(),
      userId: forbach.userId,
      userEmail: forbach.email,
      operation: 'test',
      entityType: 'Test',
      entityId: forbach.userId,
      changes: [],
      requestId: null,
    });
    await em.flush();
    await expect(requestEm(forbach).nativeUpdate(AuditEntry, { operation: 'test' }, { operation: 'forged' })).rejects.toThrow(/permission denied/);
    await expect(requestEm(forbach).nativeDelete(AuditEntry, { operation: 'test' })).rejects.toThrow(/permission denied/);
  });
});
