import type { SubgraphEnvironment } from '@qualipref/server-kit';
import { demoAsOf } from '@qualipref/demo-fixtures';
import { OrganizationClient } from '@qualipref/organization-client';
import type { SurveysApp } from './domain/deps.js';
import { smtpMailer } from './domain/mailer.js';
import { seedDemoSurveys } from './seed.js';

export async function createSurveysApp({ env, config, database, log }: SubgraphEnvironment): Promise<SurveysApp> {
  if (env.SEED_DEMO === 'true') {
    const asOf = demoAsOf(env.DEMO_AS_OF);
    const started = performance.now();
    const seeded = await seedDemoSurveys(database.orm.em.fork(), asOf);
    if (seeded) log.info({ asOf, ...seeded, ms: Math.round(performance.now() - started) }, `demo surveys created (Metz hall 2014 and 2015, élus 2015; every site's hall surveys and feedback 2016 to ${asOf})`);
  }
  return {
    organization: new OrganizationClient(env.SUBGRAPH_ORGANIZATION_URL || 'http://127.0.0.1:4001/graphql', config.platformCallerSecret),
    // Development default: a local relay; production sets the prefecture's SMTP server.
    mailer: smtpMailer(env.SMTP_URL || 'smtp://127.0.0.1:25', env.MAIL_FROM || 'Préfecture de la Moselle <ne-pas-repondre@moselle.gouv.fr>'),
    answerPageUrl: env.SURVEY_ANSWER_URL || 'http://127.0.0.1:4000/enquete',
  };
}
