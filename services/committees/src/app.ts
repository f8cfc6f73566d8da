import type { SubgraphEnvironment } from '@qualipref/server-kit';
import { demoAsOf } from '@qualipref/demo-fixtures';
import { OrganizationClient } from '@qualipref/organization-client';
import { SurveysClient } from '@qualipref/surveys-client';
import { seedDemoCommittees } from './seed.js';

/** The committees service's long-lived parts. */
export interface CommitteesApp {
  organization: OrganizationClient;
  surveys: SurveysClient;
}

export async function createCommitteesApp({ env, config, database, log }: SubgraphEnvironment): Promise<CommitteesApp> {
  if (env.SEED_DEMO === 'true') {
    const asOf = demoAsOf(env.DEMO_AS_OF);
    const started = performance.now();
    const seeded = await seedDemoCommittees(database.orm.em.fork(), asOf);
    if (seeded) log.info({ asOf, ...seeded, ms: Math.round(performance.now() - started) }, `demo committees created (the CLU of 18 November 2015; the three CLUs' meetings and action plans 2016 to ${asOf})`);
  }
  return { organization: new OrganizationClient(env.SUBGRAPH_ORGANIZATION_URL || 'http://127.0.0.1:4001/graphql', config.platformCallerSecret), surveys: new SurveysClient(env.SUBGRAPH_SURVEYS_URL || undefined, config.platformCallerSecret) };
}
