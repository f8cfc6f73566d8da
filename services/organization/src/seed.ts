import type { EntityManager } from '@mikro-orm/core';
import { hashPassword, Role } from '@qualipref/auth';
import { ACCOUNTS, DEMO_PASSWORD, DIRECTORATES, TENANTS } from '@qualipref/demo-fixtures';
import { tenantEntityManager } from '@qualipref/server-kit';
import { Directorate, Service, Tenant, User } from './entities/index.js';
import { PrefectTitle, ServiceKind, TenantKind } from './domain/kinds.js';

export interface DemoAccountLine {
  email: string;
  password: string;
  role: string;
  tenant: string;
}

/**
 * Creates the demo organization once (the three tenants, the seed's directorates, one account
 * per role per tenant). Returns the accounts when it created them, null when already there.
 * Each tenant's rows are written under that tenant's session, as the policies require.
 */
export async function seedDemoData(em: EntityManager): Promise<DemoAccountLine[] | null> {
  if (await em.findOne(Tenant, { id: TENANTS.metz.id })) {
    // A data directory seeded before tenants had a publisher gets the demo's, once.
    for (const t of Object.values(TENANTS)) {
      await em.nativeUpdate(Tenant, { id: t.id, publisherName: null }, { publisherName: t.publisher.name, publicationDirector: t.publisher.director, postalAddress: t.publisher.postalAddress });
      // …and before they had a State's block.
      await em.nativeUpdate(Tenant, { id: t.id, prefectTitle: null }, { prefectTitle: t.stateBlock.prefectTitle as PrefectTitle, departementWithArticle: t.stateBlock.departementWithArticle });
    }
    return null;
  }
  await em.transactional(async (tx) => {
    for (const t of Object.values(TENANTS)) {
      tx.create(Tenant, {
        id: t.id,
        code: t.code,
        kind: t.kind as TenantKind,
        name: t.name,
        city: t.city,
        parentId: t.parent ? TENANTS[t.parent].id : null,
        publisherName: t.publisher.name,
        publicationDirector: t.publisher.director,
        postalAddress: t.publisher.postalAddress,
        prefectTitle: t.stateBlock.prefectTitle as PrefectTitle,
        departementWithArticle: t.stateBlock.departementWithArticle,
      });
    }
  });
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const tenant of Object.values(TENANTS)) {
    const scoped = tenantEntityManager(em, tenant.id);
    await scoped.transactional(async (tx) => {
      const byCode = new Map<string, Directorate>();
      for (const d of DIRECTORATES.filter((x) => x.tenant === tenant.code)) {
        const directorate = tx.create(Directorate, { id: d.id, tenantId: tenant.id, code: d.code, name: d.name, active: true });
        byCode.set(d.code, directorate);
        for (const s of d.services) {
          tx.create(Service, { id: s.id, tenantId: tenant.id, directorate, code: s.code, name: s.name, kind: s.kind as ServiceKind, active: true });
        }
      }
      for (const a of ACCOUNTS.filter((x) => x.tenant === tenant.code)) {
        tx.create(User, {
          id: a.id,
          tenantId: tenant.id,
          directorate: byCode.get(a.directorate)!,
          email: a.email,
          displayName: a.displayName,
          jobTitle: a.jobTitle,
          role: a.role as Role,
          active: true,
          passwordHash,
        });
      }
    });
  }
  return ACCOUNTS.map((a) => ({ email: a.email, password: DEMO_PASSWORD, role: a.role, tenant: TENANTS[a.tenant].name }));
}
