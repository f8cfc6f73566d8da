import type { EntityManager } from '@mikro-orm/core';
import { notFound, type Caller as KitCaller, type UseCase as KitUseCase } from '@qualipref/server-kit';
import type { OrganizationClient } from '@qualipref/organization-client';
import { Labelling } from '../entities/index.js';

/** What a use case of this service works with: the organization API besides the kit's transaction, identity and audit. */
export type UseCase = KitUseCase<{ organization: OrganizationClient }>;

/** What a use case's preparation works with, before its transaction (where the organization is asked). */
export type Caller = KitCaller<{ organization: OrganizationClient }>;

export async function findLabelling(em: EntityManager, id: string): Promise<Labelling> {
  const labelling = await em.findOne(Labelling, { id }, { populate: ['referential'] });
  if (!labelling) throw notFound('Labellisation');
  return labelling;
}
