import { fileURLToPath } from 'node:url';
import { demoEmail, errorCodes, graphql, graphqlData, signIn as signInAs, startWithOrganization, type SubgraphPlatform } from '@qualipref/test-kit';
import type { CorrespondenceApp } from '../src/app.js';
import { correspondence } from '../src/subgraph.js';

// The organization service (and quality, where delay targets are added) run as their own processes from their builds, as in production.
const organizationMain = fileURLToPath(new URL('../../organization/dist/main.js', import.meta.url));
const qualityMain = fileURLToPath(new URL('../../quality/dist/main.js', import.meta.url));

export type Platform = SubgraphPlatform<CorrespondenceApp>;
/** The service under test; `withQuality` starts the quality service beside it, which adding a delay target asks. */
export const startCorrespondence = (env: NodeJS.ProcessEnv = {}, { withQuality = false } = {}): Promise<Platform> =>
  startWithOrganization(correspondence, organizationMain, env, withQuality ? { quality: qualityMain } : {});

export const gql = graphql;
export const ok = graphqlData;
export const codes = errorCodes;
export const signIn = (organizationUrl: string, tenant: string, role: string) => signInAs(organizationUrl, demoEmail(tenant, role));
