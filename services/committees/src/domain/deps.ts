import type { EntityManager } from '@mikro-orm/core';
import { notFound, type Caller as KitCaller, type UseCase as KitUseCase } from '@qualipref/server-kit';
import { Committee } from '../entities/index.js';
import type { OrganizationClient, OrganizationLookups } from '@qualipref/organization-client';

/** What a use case of this service works with: the organization API besides the kit's transaction, identity and audit. */
export type UseCase = KitUseCase<{ organization: OrganizationClient }>;

/** What a use case's preparation works with, before its transaction (where the organization is asked). */
export type Caller = KitCaller<{ organization: OrganizationClient }>;

/** Looks up the directorates a use case names, before its transaction. */
export function lookUpDirectorates(c: Caller, ids: (string | null | undefined)[]): Promise<OrganizationLookups> {
  return c.app.organization.lookups(c.authorization, { directorates: ids });
}

/** The owner directorate and the service running a committee, asked before its transaction. */
export function lookUpDirectoratesAndServices(c: Caller, directorates: (string | null | undefined)[], services: (string | null | undefined)[]): Promise<OrganizationLookups> {
  return c.app.organization.lookups(c.authorization, { directorates, services });
}

export async function findCommittee(em: EntityManager, id: string): Promise<Committee> {
  const committee = await em.findOne(Committee, { id });
  if (!committee) throw notFound('Comité');
  return committee;
}

