import { fileURLToPath } from 'node:url';
import { TenantClock } from '@qualipref/calendar';
import { defaultClocks } from '@qualipref/server-kit';
import { demoEmail, errorCodes, graphql, graphqlData, signIn as signInAs, startSmtpCapture, startWithOrganization, type SmtpCapture, type SubgraphPlatform } from '@qualipref/test-kit';
import type { SurveysApp } from '../src/domain/deps.js';
import type { OutboxRound } from '../src/domain/outbox.js';
import { surveys } from '../src/subgraph.js';

// The organization service runs as its own process from its build, as in production.
const organizationMain = fileURLToPath(new URL('../../organization/dist/main.js', import.meta.url));

export type Platform = SubgraphPlatform<SurveysApp> & { mail: SmtpCapture; deliver: () => Promise<OutboxRound> };

/** The as-of date of the demo data under test: fixed, so that the seeded rows do not follow the clock. */
export const AS_OF = '2026-11-20';

/**
 * The surveys subgraph on a fresh database, sending its mail to a real local SMTP server; `now`, when given, is the
 * current instant of every tenant's clock (a test that depends on the date fixes it). Its outbox has no background
 * worker: a test sends the queued mail by `deliver` (or the outbox's `runOnce`).
 */
export async function startSurveys(asOf = AS_OF, now?: () => Date, env: Record<string, string> = {}): Promise<Platform> {
  const mail = await startSmtpCapture();
  const definition = now ? { ...surveys, clocks: defaultClocks(now) } : surveys;
  const platform = await startWithOrganization(definition, organizationMain, { SMTP_URL: mail.url, SURVEY_ANSWER_URL: 'https://enquetes.moselle.gouv.fr/repondre', DEMO_AS_OF: asOf, MAIL_WORKER_INTERVAL_MS: '0', ...env });
  return {
    ...platform,
    mail,
    deliver: () => platform.subgraph.app.outbox.runOnce(),
    async stop() {
      await platform.stop();
      await mail.stop();
    },
  };
}

export const gql = graphql;
export const ok = graphqlData;
export const codes = errorCodes;
export const reasons = (result: { errors?: { extensions?: Record<string, unknown> }[] }) => (result.errors ?? []).map((e) => e.extensions?.reason);
export const signIn = (organizationUrl: string, tenant: string, role: string) => signInAs(organizationUrl, demoEmail(tenant, role));

/** Today by the platform's clock (the Moselle's), and a day some days away from it. */
export const today = () => new TenantClock().today();
export const daysFrom = (date: string, days: number) => new Date(Date.parse(`${date}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
