import type { SubgraphEnvironment } from '@qualipref/server-kit';
import { OrganizationClient } from '@qualipref/organization-client';
import { parisToday, type SurveysApp } from './domain/deps.js';
import { smtpMailer } from './domain/mailer.js';
import { seedDemoSurveys } from './seed.js';

export async function createSurveysApp({ env, database, log }: SubgraphEnvironment): Promise<SurveysApp> {
  if (env.SEED_DEMO === 'true' && (await seedDemoSurveys(database.orm.em.fork()))) log.info('demo surveys created (Metz hall 2014 and 2015, élus 2015, feedback)');
  return {
    organization: new OrganizationClient(env.SUBGRAPH_ORGANIZATION_URL || 'http://127.0.0.1:4001/graphql'),
    // Development default: a local relay; production sets the prefecture's SMTP server.
    mailer: smtpMailer(env.SMTP_URL || 'smtp://127.0.0.1:25', env.MAIL_FROM || 'Préfecture de la Moselle <ne-pas-repondre@moselle.gouv.fr>'),
    answerPageUrl: env.SURVEY_ANSWER_URL || 'http://127.0.0.1:4000/enquete',
    today: parisToday,
  };
}
