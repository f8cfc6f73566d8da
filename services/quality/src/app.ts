import type { SubgraphEnvironment } from '@qualipref/server-kit';
import { demoAsOf } from '@qualipref/demo-fixtures';
import { OrganizationClient } from '@qualipref/organization-client';
import { seedDemoLabellings } from './seed.js';

/** The quality service's long-lived parts. */
export interface QualityApp {
  organization: OrganizationClient;
}

export async function createQualityApp({ env, database, log }: SubgraphEnvironment): Promise<QualityApp> {
  if (env.SEED_DEMO === 'true') {
    const seeded = await seedDemoLabellings(database, demoAsOf(env.DEMO_AS_OF));
    if (seeded) log.info(seeded, 'demo labellings created (Marianne since 2012, Qualipref 2.0, Qual-e-pref, Services Publics + 2023, with their audits)');
  }
  return { organization: new OrganizationClient(env.SUBGRAPH_ORGANIZATION_URL || 'http://127.0.0.1:4001/graphql') };
}
