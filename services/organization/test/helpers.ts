import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ACCOUNTS, DEMO_PASSWORD } from '@qualipref/demo-fixtures';
import { createScratchDatabase, startSubgraph, type RunningSubgraph, type ScratchDatabase } from '@qualipref/server-kit';
import type { OrganizationApp } from '../src/app.js';
import { organization } from '../src/subgraph.js';

export interface TestPlatform {
  subgraph: RunningSubgraph<OrganizationApp>;
  database: ScratchDatabase;
  dataDir: string;
  stop(): Promise<void>;
}

/** The organization subgraph over real HTTP, on a fresh database with the demo organization. */
export async function startOrganization(): Promise<TestPlatform> {
  const database = await createScratchDatabase();
  const dataDir = await mkdtemp(join(tmpdir(), 'qp-org-'));
  const subgraph = await startSubgraph(organization, {
    ...process.env,
    DATABASE_URL: database.url,
    PORT: '0',
    QUALIPREF_DATA_DIR: dataDir,
    SEED_DEMO: 'true',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent',
    NODE_ENV: 'test',
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

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

export async function graphql<T = Record<string, unknown>>(url: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<GraphQLResponse<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as Omit<GraphQLResponse<T>, 'status'>) };
}

export const SIGN_IN = 'mutation SignIn($email: String!, $password: String!) { signIn(email: $email, password: $password) { token expiresAt user { id email role } } }';

export async function signIn(url: string, email: string, password = DEMO_PASSWORD): Promise<string> {
  const result = await graphql<{ signIn: { token: string } }>(url, SIGN_IN, { email, password });
  if (!result.data?.signIn) throw new Error(`sign-in failed for ${email}: ${JSON.stringify(result.errors)}`);
  return result.data.signIn.token;
}

export function account(tenant: string, role: string) {
  const found = ACCOUNTS.find((a) => a.tenant === tenant && a.role === role);
  if (!found) throw new Error(`no demo account ${role} in ${tenant}`);
  return found;
}

export const codes = (result: GraphQLResponse) => (result.errors ?? []).map((e) => e.extensions?.code);
