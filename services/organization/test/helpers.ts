import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ACCOUNTS } from '@qualipref/demo-fixtures';
import { createScratchDatabase, startSubgraph, type RunningSubgraph, type ScratchDatabase } from '@qualipref/server-kit';
import type { OrganizationApp } from '../src/app.js';
import { organization } from '../src/subgraph.js';

export interface TestPlatform {
  subgraph: RunningSubgraph<OrganizationApp>;
  database: ScratchDatabase;
  dataDir: string;
  stop(): Promise<void>;
}

/**
 * The organization subgraph over real HTTP, on a fresh database with the demo organization, logged
 * in as in production (the runtime role; migrations as the schema owner); `env` adds to its environment.
 */
export async function startOrganization(env: NodeJS.ProcessEnv = {}): Promise<TestPlatform> {
  const database = await createScratchDatabase();
  const dataDir = await mkdtemp(join(tmpdir(), 'qp-org-'));
  const subgraph = await startSubgraph(organization, {
    ...process.env,
    ...database.serviceEnv,
    PORT: '0',
    QUALIPREF_DATA_DIR: dataDir,
    SEED_DEMO: 'true',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent',
    NODE_ENV: 'test',
    ...env,
  });
  return {
    subgraph,
    database,
    dataDir,
    async stop() {
      await subgraph.stop();
      await database.drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export { SIGN_IN, errorCodes as codes, graphql, signIn, type GraphQLResult as GraphQLResponse } from '@qualipref/test-kit';

export function account(tenant: string, role: string) {
  const found = ACCOUNTS.find((a) => a.tenant === tenant && a.role === role);
  if (!found) throw new Error(`no demo account ${role} in ${tenant}`);
  return found;
}

