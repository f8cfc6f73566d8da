import type { EntityManager } from '@mikro-orm/core';
import { notFound, type Caller as KitCaller, type UseCase as KitUseCase } from '@qualipref/server-kit';
import type { OrganizationClient } from '@qualipref/organization-client';
import { Labelling } from '../entities/index.js';
import type { FigureSource } from './figures.js';

/** The other parts of the platform a use case asks, before its transaction: the organization, and the domains' figures. */
export interface QualityPorts {
  organization: OrganizationClient;
  figures: FigureSource;
}

/** What a use case of this service works with: the platform's other parts besides the kit's transaction, identity and audit. */
export type UseCase = KitUseCase<QualityPorts>;

/** What a use case's preparation works with, before its transaction (where the other parts are asked). */
export type Caller = KitCaller<QualityPorts>;

export async function findLabelling(em: EntityManager, id: string): Promise<Labelling> {
  const labelling = await em.findOne(Labelling, { id }, { populate: ['referential'] });
  if (!labelling) throw notFound('Labellisation');
  return labelling;
}
