import { RateLimiter, integerSetting, rateLimitSetting, type SubgraphEnvironment } from '@qualipref/server-kit';
import { demoAsOf } from '@qualipref/demo-fixtures';
import { OrganizationClient } from '@qualipref/organization-client';
import type { SurveysApp } from './domain/deps.js';
import { smtpCa, smtpMailer } from './domain/mailer.js';
import { createOutbox } from './domain/outbox.js';
import { seedDemoSurveys } from './seed.js';

export async function createSurveysApp({ env, config, database, log }: SubgraphEnvironment): Promise<SurveysApp> {
  if (env.SEED_DEMO === 'true') {
    const asOf = demoAsOf(env.DEMO_AS_OF);
    const started = performance.now();
    const seeded = await seedDemoSurveys(database.orm.em.fork(), asOf);
    if (seeded) log.info({ asOf, ...seeded, ms: Math.round(performance.now() - started) }, `demo surveys created (Metz hall 2014 and 2015, élus 2015; every site's hall surveys and feedback 2016 to ${asOf})`);
  }
  // Development default: a local relay; production sets the prefecture's SMTP server.
  const mailer = smtpMailer(env.SMTP_URL || 'smtp://127.0.0.1:25', env.MAIL_FROM || 'Préfecture de la Moselle <ne-pas-repondre@moselle.gouv.fr>', smtpCa(env.SMTP_CA_FILE));
  const outbox = createOutbox(database, config.databaseAppRole, mailer, log, {
    maxAttempts: Math.max(1, integerSetting(env.MAIL_MAX_ATTEMPTS, 6, 'MAIL_MAX_ATTEMPTS')),
    retryBaseMs: integerSetting(env.MAIL_RETRY_BASE_MS, 60_000, 'MAIL_RETRY_BASE_MS'),
    // Longer than a send can take (nodemailer gives up on a silent socket after 10 minutes).
    claimMs: 15 * 60_000,
    batchSize: 50,
  });
  outbox.start(integerSetting(env.MAIL_WORKER_INTERVAL_MS, 10_000, 'MAIL_WORKER_INTERVAL_MS'));
  return {
    organization: new OrganizationClient(env.SUBGRAPH_ORGANIZATION_URL || 'http://127.0.0.1:4001/graphql', config.platformCallerSecret),
    mailer,
    outbox,
    answerPageUrl: env.SURVEY_ANSWER_URL || 'http://127.0.0.1:4000/enquete',
    limiter: RateLimiter.of(database, config.databaseAppRole),
    limits: {
      // A busy counter: a response every few seconds at most, after a burst (a queue sent once the network is back).
      kioskDevice: rateLimitSetting(env.RATE_LIMIT_KIOSK_DEVICE, { burst: 10, seconds: 60 }, 'RATE_LIMIT_KIOSK_DEVICE'),
      // A link answers once: a few attempts for answers the page had to have corrected.
      link: rateLimitSetting(env.RATE_LIMIT_SURVEY_LINK, { burst: 5, seconds: 300 }, 'RATE_LIMIT_SURVEY_LINK'),
      // Several tablets of a hall, or a town hall's élus, behind one address.
      address: rateLimitSetting(env.RATE_LIMIT_SURVEY_ADDRESS, { burst: 60, seconds: 60 }, 'RATE_LIMIT_SURVEY_ADDRESS'),
    },
  };
}
