import type { SubgraphEnvironment } from '@qualipref/server-kit';
import { demoAsOf } from '@qualipref/demo-fixtures';
import { OrganizationClient, ServiceIdentityClient, tokenUrlOf } from '@qualipref/organization-client';
import type { QualityPorts } from './domain/deps.js';
import { SupergraphFigureSource } from './sources/supergraph.js';
import { seedDemoIndicators, seedDemoLabellings } from './seed.js';

/** The quality service's long-lived parts: the other parts of the platform it asks. */
export type QualityApp = QualityPorts;

/** Its client id at the organization's token endpoint, as `SERVICE_CLIENTS` names it. */
const CLIENT_ID = 'quality';

export async function createQualityApp({ env, config, database, log }: SubgraphEnvironment): Promise<QualityApp> {
  const organizationUrl = env.SUBGRAPH_ORGANIZATION_URL || 'http://127.0.0.1:4001/graphql';
  const secret = env.SERVICE_CLIENT_SECRET;
  // Without its secret the service cannot read the other domains: production refuses to start so.
  if (!secret && env.NODE_ENV === 'production') throw new Error('SERVICE_CLIENT_SECRET is required in production: the quality service reads the computed indicators through the supergraph with it');
  const identities = new ServiceIdentityClient({ tokenUrl: tokenUrlOf(organizationUrl), clientId: CLIENT_ID, clientSecret: secret ?? '', callerSecret: config.platformCallerSecret });
  if (env.SEED_DEMO === 'true') {
    const asOf = demoAsOf(env.DEMO_AS_OF);
    const seeded = await seedDemoLabellings(database, asOf);
    if (seeded) log.info(seeded, 'demo labellings created (Marianne since 2012, Qualipref 2.0, Qual-e-pref, Services Publics + 2023, with their audits)');
    const indicators = await seedDemoIndicators(database, asOf);
    if (indicators) log.info(indicators, 'demo indicators created (2025 imported and entered, and each ended quarter of the as-of year imported; the computed ones come from « Calculer les indicateurs »)');
  }
  return {
    organization: new OrganizationClient(organizationUrl, config.platformCallerSecret),
    figures: new SupergraphFigureSource(env.SUPERGRAPH_URL || 'http://127.0.0.1:4000/graphql', (tenantId, directorateId) => identities.authorization(tenantId, directorateId)),
  };
}
