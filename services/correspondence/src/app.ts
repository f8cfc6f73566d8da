import type { SubgraphEnvironment } from '@qualipref/server-kit';
import { demoAsOf } from '@qualipref/demo-fixtures';
import { OrganizationClient } from '@qualipref/organization-client';
import { QualityClient } from '@qualipref/quality-client';
import { seedDemoCorrespondence } from './seed.js';

/** The correspondence service's long-lived parts. */
export interface CorrespondenceApp {
  organization: OrganizationClient;
  /** Asked whether a delay target's national engagement exists. */
  quality: QualityClient;
}

export async function createCorrespondenceApp({ env, config, database, log }: SubgraphEnvironment): Promise<CorrespondenceApp> {
  if (env.SEED_DEMO === 'true') {
    const asOf = demoAsOf(env.DEMO_AS_OF);
    const started = performance.now();
    const rows = await seedDemoCorrespondence(database.orm.em.fork(), asOf);
    if (rows) log.info({ asOf, ms: Math.round(performance.now() - started), rows }, `demo correspondence created up to ${asOf} (delay targets, items, telephony, counters and procedures from 2014, DCTAJ records of Metz)`);
  }
  return { organization: new OrganizationClient(env.SUBGRAPH_ORGANIZATION_URL || 'http://127.0.0.1:4001/graphql', config.platformCallerSecret), quality: new QualityClient(env.SUBGRAPH_QUALITY_URL || undefined, config.platformCallerSecret) };
}
