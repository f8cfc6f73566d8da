import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '@qualipref/auth';
import { createLogger, createScratchDatabase, openDatabase, RequestContext, type Database, type ScratchDatabase } from '@qualipref/server-kit';
import { OrganizationClient } from '../src/index.js';

const TENANT = '0195a000-0000-7000-8000-000000000001';
const directorateNumber = (n: number) => `0195a000-0000-7000-8000-${(0x1000 + n).toString(16).padStart(12, '0')}`;

/** A stand-in for the organization subgraph's HTTP endpoint: it answers aliased `directorate(id:)` queries and counts requests. */
function organizationServer(): Promise<{ url: string; requests: () => number; close: () => Promise<void> }> {
  let requests = 0;
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      requests += 1;
      const { variables } = JSON.parse(body) as { variables: Record<string, string> };
      const data = Object.fromEntries(
        Object.entries(variables).map(([name, id]) => [`r${name.slice(1)}`, id.endsWith('ffff') ? null : { id, tenantId: TENANT, code: 'DRMM', name: 'Direction', tenant: { name: 'Préfecture de la Moselle', city: 'Metz' } }]),
      );
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ data }));
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      resolve({ url: `http://127.0.0.1:${port}/graphql`, requests: () => requests, close: () => new Promise((r) => server.close(() => r())) });
    }),
  );
}

describe('the organization lookups', () => {
  let organization: Awaited<ReturnType<typeof organizationServer>>;
  let scratch: ScratchDatabase;
  let database: Database;
  const log = createLogger('test', 'silent');

  beforeAll(async () => {
    organization = await organizationServer();
    scratch = await createScratchDatabase('qp_lookups');
    database = await openDatabase({ url: scratch.url, schema: 'lookups', entities: [], appRole: 'qualipref_app', migrationsDir: '/nonexistent', log });
  });

  afterAll(async () => {
    await database?.close();
    await scratch?.drop();
    await organization?.close();
  });

  const context = () =>
    new RequestContext(
      database,
      { userId: directorateNumber(0), tenantId: TENANT, directorateId: directorateNumber(1), role: Role.MANAGER, readableTenantIds: [TENANT], email: 'metz.manager@demo.qualipref.test', name: 'Responsable' },
      'request-1',
      log,
      'qualipref_app',
      { organization: new OrganizationClient(organization.url) },
      'Bearer x',
    );

  it('asks once per distinct directorate, in one request, however many lines name them', async () => {
    const before = organization.requests();
    const lines = Array.from({ length: 5000 }, (_, i) => directorateNumber(i % 3));
    const org = await context().app.organization.lookups('Bearer x', { directorates: [...lines, 'not-a-uuid', null] });
    expect(organization.requests() - before).toBe(1);
    expect(org.directorate(directorateNumber(2))?.tenantId).toBe(TENANT);
    expect(org.directorate('not-a-uuid')).toBeNull();
    expect(() => org.assertDirectoratesOfTenant([directorateNumber(1)], TENANT, 'ownerDirectorateId')).not.toThrow();
  });

  it('splits many distinct ids into requests of a hundred', async () => {
    const before = organization.requests();
    const org = await context().app.organization.lookups('Bearer x', { directorates: Array.from({ length: 250 }, (_, i) => directorateNumber(i)) });
    expect(organization.requests() - before).toBe(3);
    expect(org.directorate(directorateNumber(249))).not.toBeNull();
  });

  it('refuses an unknown directorate as bad input, and an id never looked up as a programming error', async () => {
    const unknown = '0195a000-0000-7000-8000-00000000ffff';
    const org = await context().app.organization.lookups('Bearer x', { directorates: [unknown] });
    expect(() => org.assertDirectoratesOfTenant([unknown], TENANT, 'ownerDirectorateId')).toThrow(/Direction inconnue/);
    expect(() => org.directorate(directorateNumber(7))).toThrow(/not looked up before the transaction/);
  });

  it('is refused inside a transaction, and asked before it by runAfter', async () => {
    const ctx = context();
    const before = organization.requests();
    await expect(ctx.run(() => ctx.app.organization.lookups('Bearer x', { directorates: [directorateNumber(1)] }))).rejects.toThrow(/inside the database transaction of request request-1/);
    expect(organization.requests()).toBe(before);
    const name = await ctx.runAfter(
      (c) => c.app.organization.lookups(c.authorization, { directorates: [directorateNumber(1)] }),
      async (_u, org) => org.directorate(directorateNumber(1))?.tenant.city,
    );
    expect(name).toBe('Metz');
    expect(organization.requests()).toBe(before + 1);
  });
});
