import { fileURLToPath } from 'node:url';
import { demoEmail, errorCodes, graphql, graphqlData, signIn as signInAs, startWithOrganization, type SubgraphPlatform } from '@qualipref/test-kit';
import type { CommitteesApp } from '../src/app.js';
import { committees } from '../src/subgraph.js';

// The organization service (and surveys, whose findings actions refer to) run as their own processes from their builds, as in production.
const organizationMain = fileURLToPath(new URL('../../organization/dist/main.js', import.meta.url));
const surveysMain = fileURLToPath(new URL('../../surveys/dist/main.js', import.meta.url));

export type Platform = SubgraphPlatform<CommitteesApp>;

/** The as-of date of the demo data under test: fixed, so that the seeded rows do not follow the clock. */
export const AS_OF = '2026-11-20';

/** The service under test; `withSurveys` starts the surveys service beside it, which an action's finding is checked against. */
export const startCommittees = (asOf = AS_OF, { withSurveys = false, env = {} }: { withSurveys?: boolean; env?: NodeJS.ProcessEnv } = {}): Promise<Platform> =>
  startWithOrganization(committees, organizationMain, { DEMO_AS_OF: asOf, ...env }, withSurveys ? { surveys: surveysMain } : {});

export const gql = graphql;
export const ok = graphqlData;
export const codes = errorCodes;
export const signIn = (organizationUrl: string, tenant: string, role: string) => signInAs(organizationUrl, demoEmail(tenant, role));
