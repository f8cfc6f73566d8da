import type { EntityManager } from '@mikro-orm/core';
import { notFound, type Caller as KitCaller, type UseCase as KitUseCase } from '@qualipref/server-kit';
import { Committee } from '../entities/index.js';
import type { OrganizationClient, OrganizationLookups } from '@qualipref/organization-client';
import type { SurveysClient } from '@qualipref/surveys-client';

/** The other subgraphs this one asks, over HTTP. */
interface Apis {
  organization: OrganizationClient;
  surveys: SurveysClient;
}

/** What a use case of this service works with: the organization and surveys APIs besides the kit's transaction, identity and audit. */
export type UseCase = KitUseCase<Apis>;

/** What a use case's preparation works with, before its transaction (where the other services are asked). */
export type Caller = KitCaller<Apis>;

/** Looks up the directorates a use case names, before its transaction. */
export function lookUpDirectorates(c: Caller, ids: (string | null | undefined)[]): Promise<OrganizationLookups> {
  return c.app.organization.lookups(c.authorization, { directorates: ids });
}

/** The users (agents) a use case names, before its transaction. */
export function lookUpUsers(c: Caller, ids: (string | null | undefined)[]): Promise<OrganizationLookups> {
  return c.app.organization.lookups(c.authorization, { users: ids });
}

export async function findCommittee(em: EntityManager, id: string): Promise<Committee> {
  const committee = await em.findOne(Committee, { id });
  if (!committee) throw notFound('Comité');
  return committee;
}

