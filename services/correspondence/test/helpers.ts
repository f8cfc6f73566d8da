import { fileURLToPath } from 'node:url';
import { demoEmail, errorCodes, graphql, graphqlData, signIn as signInAs, startWithOrganization, type SubgraphPlatform } from '@qualipref/test-kit';
import type { CorrespondenceApp } from '../src/app.js';
import { correspondence } from '../src/subgraph.js';

// The organization service runs as its own process from its build, as in production.
const organizationMain = fileURLToPath(new URL('../../organization/dist/main.js', import.meta.url));

export type Platform = SubgraphPlatform<CorrespondenceApp>;
export const startCorrespondence = (env: NodeJS.ProcessEnv = {}): Promise<Platform> => startWithOrganization(correspondence, organizationMain, env);

export const gql = graphql;
export const ok = graphqlData;
export const codes = errorCodes;
export const signIn = (organizationUrl: string, tenant: string, role: string) => signInAs(organizationUrl, demoEmail(tenant, role));
