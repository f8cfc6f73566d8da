import { fileURLToPath } from 'node:url';
import { demoEmail, errorCodes, graphql, graphqlData, signIn as signInAs, startWithOrganization, type SubgraphPlatform } from '@qualipref/test-kit';
import type { QualityApp } from '../src/app.js';
import { quality } from '../src/subgraph.js';

// The organization service runs as its own process from its build, as in production.
const organizationMain = fileURLToPath(new URL('../../organization/dist/main.js', import.meta.url));

export type Platform = SubgraphPlatform<QualityApp>;

/** The as-of date of the demo data under test: fixed, so that the seeded rows do not follow the clock. */
export const AS_OF = '2026-11-20';

// No gateway runs beside it: the supergraph's address is a closed port, so computing answers SERVICE_UNAVAILABLE.
export const startQuality = (asOf = AS_OF): Promise<Platform> => startWithOrganization(quality, organizationMain, { DEMO_AS_OF: asOf, SUPERGRAPH_URL: 'http://127.0.0.1:9/graphql' });

export const gql = graphql;
export const ok = graphqlData;
export const codes = errorCodes;
export const signIn = (organizationUrl: string, tenant: string, role: string) => signInAs(organizationUrl, demoEmail(tenant, role));
