import type { EntityManager } from '@mikro-orm/core';
import type { Identity } from '@qualipref/auth';
import { notFound, type AuditInput } from '@qualipref/server-kit';
import { Committee } from '../entities/index.js';
import type { OrganizationClient } from '@qualipref/organization-client';

/** What a use case of this service works with, whoever calls it. */
export interface UseCase {
  em: EntityManager;
  identity: Identity;
  audit: (entry: AuditInput) => void;
  organization: OrganizationClient;
  /** The caller's own Authorization header, to ask other services on their behalf. */
  authorization: string;
}

export async function findCommittee(em: EntityManager, id: string): Promise<Committee> {
  const committee = await em.findOne(Committee, { id });
  if (!committee) throw notFound('Comité');
  return committee;
}

