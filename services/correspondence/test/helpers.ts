import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEMO_PASSWORD } from '@qualipref/demo-fixtures';
import { createScratchDatabase, startSubgraph, type RunningSubgraph, type ScratchDatabase } from '@qualipref/server-kit';
import type { CorrespondenceApp } from '../src/app.js';
import { correspondence } from '../src/subgraph.js';

// The organization service runs as its own process from its build, as in production:
// this service asks it about services and directorates over HTTP and never imports its code.
const organizationMain = fileURLToPath(new URL('../../organization/dist/main.js', import.meta.url));

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(url: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 300; i += 1) {
    if (child.exitCode !== null) throw new Error(`organization exited with ${child.exitCode}`);
    if (await fetch(url).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} not ready`);
}

export interface Platform {
  url: string;
  organizationUrl: string;
  subgraph: RunningSubgraph<CorrespondenceApp>;
  database: ScratchDatabase;
  stop(): Promise<void>;
}

export async function startCorrespondence(): Promise<Platform> {
  const database = await createScratchDatabase();
  const dataDir = await mkdtemp(join(tmpdir(), 'qp-correspondence-'));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const organization = spawn(process.execPath, [organizationMain], {
    env: { ...process.env, DATABASE_URL: database.url, PORT: String(port), QUALIPREF_DATA_DIR: dataDir, SEED_DEMO: 'true', LOG_LEVEL: 'error', NODE_ENV: 'test' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  await waitFor(`${base}/readyz`, organization);
  const subgraph = await startSubgraph(correspondence, {
    ...process.env,
    DATABASE_URL: database.url,
    PORT: '0',
    SEED_DEMO: 'true',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent',
    NODE_ENV: 'test',
    AUTH_JWKS_URL: `${base}/.well-known/jwks.json`,
    SUBGRAPH_ORGANIZATION_URL: `${base}/graphql`,
  });
  return {
    url: subgraph.url,
    organizationUrl: `${base}/graphql`,
    subgraph,
    database,
    async stop() {
      await subgraph.stop();
      organization.kill('SIGTERM');
      await new Promise((r) => organization.once('exit', r));
      await database.drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export interface Result<T> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

export async function gql<T = Record<string, unknown>>(url: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<Result<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as Omit<Result<T>, 'status'>) };
}

/** The data of a query that must succeed. */
export async function ok<T = Record<string, unknown>>(url: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const result = await gql<T>(url, query, variables, token);
  if (result.errors?.length || !result.data) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
  return result.data;
}

export async function signIn(organizationUrl: string, tenant: string, role: string): Promise<string> {
  const data = await ok<{ signIn: { token: string } }>(organizationUrl, 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }', {
    e: `${tenant}.${role.toLowerCase()}@demo.qualipref.test`,
    p: DEMO_PASSWORD,
  });
  return data.signIn.token;
}

export const codes = (result: { errors?: { extensions?: Record<string, unknown> }[] }) => (result.errors ?? []).map((e) => e.extensions?.code);
