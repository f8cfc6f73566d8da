import type { SubgraphEnvironment } from '@qualipref/server-kit';
import { OrganizationClient } from '@qualipref/organization-client';
import { seedDemoCommittees } from './seed.js';

/** The committees service's long-lived parts. */
export interface CommitteesApp {
  organization: OrganizationClient;
}

export async function createCommitteesApp({ env, database, log }: SubgraphEnvironment): Promise<CommitteesApp> {
  if (env.SEED_DEMO === 'true' && (await seedDemoCommittees(database.orm.em.fork()))) log.info('demo committees created (the CLU of 18 November 2015 and its follow-up)');
  return { organization: new OrganizationClient(env.SUBGRAPH_ORGANIZATION_URL || 'http://127.0.0.1:4001/graphql') };
}
