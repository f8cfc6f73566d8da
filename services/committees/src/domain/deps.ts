import type { EntityManager } from '@mikro-orm/core';
import { notFound, type UseCase as KitUseCase } from '@qualipref/server-kit';
import { Committee } from '../entities/index.js';
import type { OrganizationClient } from '@qualipref/organization-client';

/** What a use case of this service works with: the organization API besides the kit's transaction, identity and audit. */
export type UseCase = KitUseCase<{ organization: OrganizationClient }>;

export async function findCommittee(em: EntityManager, id: string): Promise<Committee> {
  const committee = await em.findOne(Committee, { id });
  if (!committee) throw notFound('Comité');
  return committee;
}

