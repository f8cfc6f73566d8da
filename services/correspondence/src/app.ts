import type { SubgraphEnvironment } from '@qualipref/server-kit';
import { OrganizationClient } from '@qualipref/organization-client';
import { seedDemoCorrespondence } from './seed.js';

/** The correspondence service's long-lived parts. */
export interface CorrespondenceApp {
  organization: OrganizationClient;
}

export async function createCorrespondenceApp({ env, database, log }: SubgraphEnvironment): Promise<CorrespondenceApp> {
  if (env.SEED_DEMO === 'true' && (await seedDemoCorrespondence(database.orm.em.fork()))) log.info('demo correspondence created (engagements, items 2014–2016, DCTAJ records of Metz)');
  return { organization: new OrganizationClient(env.SUBGRAPH_ORGANIZATION_URL || 'http://127.0.0.1:4001/graphql') };
}
