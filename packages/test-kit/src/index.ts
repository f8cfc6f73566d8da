import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_PASSWORD } from '@qualipref/demo-fixtures';
import { SUBGRAPHS, serviceIdentityVariables, subgraphUrlVariables } from '@qualipref/platform-registry';
import { createScratchDatabase, startSubgraph, type RunningSubgraph, type ScratchDatabase, type SubgraphDefinition } from '@qualipref/server-kit';

/** A free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface ServiceProcess {
  /** http://127.0.0.1:<port> */
  base: string;
  /** The GraphQL endpoint. */
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts a built service (its dist/main.js) as its own process on a free port (or env.PORT, when
 * the caller chose it beforehand so that others can be told its URL), as it runs in production,
 * and waits until it answers /readyz (or `readyPath`: the gateway's /healthz, to start it before its subgraphs).
 */
export async function startServiceProcess(main: string, env: NodeJS.ProcessEnv, timeoutMs = 60_000, readyPath = '/readyz'): Promise<ServiceProcess> {
  const port = env.PORT ? Number(env.PORT) : await freePort();
  const child = spawn(process.execPath, [main], {
    env: { ...process.env, LOG_LEVEL: 'error', NODE_ENV: 'test', ...env, PORT: String(port) },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${main} exited with ${child.exitCode}`);
    if (await fetch(`${base}${readyPath}`).then((r) => r.ok, () => false)) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${main} not ready after ${timeoutMs} ms`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    base,
    url: `${base}/graphql`,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

export interface GraphQLResult<T> {
  status: number;
  headers: Headers;
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** POSTs one GraphQL operation, with a bearer token when given. */
export async function graphql<T = Record<string, unknown>>(url: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<GraphQLResult<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, headers: response.headers, ...((await response.json()) as Omit<GraphQLResult<T>, 'status' | 'headers'>) };
}

/** The data of an operation that must succeed; its errors otherwise. */
export async function graphqlData<T = Record<string, unknown>>(url: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const result = await graphql<T>(url, query, variables, token);
  if (result.errors?.length || !result.data) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
  return result.data;
}

/** The error codes of a result, in order. */
export const errorCodes = (result: { errors?: { extensions?: Record<string, unknown> }[] }) => (result.errors ?? []).map((e) => e.extensions?.code);

export const SIGN_IN = 'mutation SignIn($email: String!, $password: String!) { signIn(email: $email, password: $password) { token expiresAt user { id email role } } }';

/** Signs a demo account in on the given endpoint (organization subgraph or gateway). */
export async function signIn(url: string, email: string, password = DEMO_PASSWORD): Promise<string> {
  const data = await graphqlData<{ signIn: { token: string } }>(url, SIGN_IN, { email, password });
  return data.signIn.token;
}

/** The demo account of a role in a tenant: `metz.analyst@demo.qualipref.test`. */
export const demoEmail = (tenant: string, role: string) => `${tenant}.${role.toLowerCase()}@demo.qualipref.test`;

export interface SubgraphPlatform<TApp> {
  /** The subgraph's GraphQL endpoint. */
  url: string;
  organizationUrl: string;
  /** The GraphQL endpoint of each other service started beside it (`alongside`), by its name in the registry. */
  serviceUrls: Record<string, string>;
  /** The secret of the service identities at the organization's POST /oauth/token (env.SERVICE_CLIENT_SECRET, or a new one). */
  serviceSecret: string;
  subgraph: RunningSubgraph<TApp>;
  database: ScratchDatabase;
  stop(): Promise<void>;
}

/**
 * A subgraph under test, in this process, on a fresh database, with the organization service
 * beside it as its own process (its build at `organizationMain`): the subgraph asks it about
 * directorates and services over HTTP and trusts its tokens, as in production. `alongside` names
 * the other services it asks (their name in the registry and their build), started the same way
 * on the same database; the subgraph reaches each at SUBGRAPH_<NAME>_URL.
 */
export async function startWithOrganization<TApp>(
  definition: SubgraphDefinition<TApp>,
  organizationMain: string,
  env: NodeJS.ProcessEnv = {},
  alongside: Record<string, string> = {},
): Promise<SubgraphPlatform<TApp>> {
  const database = await createScratchDatabase();
  const dataDir = await mkdtemp(join(tmpdir(), `qp-${definition.name}-`));
  const common = { ...database.serviceEnv, QUALIPREF_DATA_DIR: dataDir, SEED_DEMO: 'true' };
  const serviceSecret = env.SERVICE_CLIENT_SECRET ?? randomBytes(32).toString('base64url');
  // The organization ignores the supergraph's URL: it only learns its service clients.
  const organization = await startServiceProcess(organizationMain, { ...common, ...serviceIdentityVariables('organization', serviceSecret, '') });
  const dependent = { ...common, AUTH_JWKS_URL: `${organization.base}/.well-known/jwks.json`, SUBGRAPH_ORGANIZATION_URL: organization.url, ...(env.DEMO_AS_OF ? { DEMO_AS_OF: env.DEMO_AS_OF } : {}) };
  const names = Object.keys(alongside);
  const others = await Promise.all(names.map((name) => startServiceProcess(alongside[name]!, dependent)));
  const serviceUrls = Object.fromEntries(names.map((name, i) => [name, others[i]!.url]));
  const subgraph = await startSubgraph(definition, {
    ...process.env,
    ...database.serviceEnv,
    PORT: '0',
    SEED_DEMO: 'true',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent',
    NODE_ENV: 'test',
    AUTH_JWKS_URL: dependent.AUTH_JWKS_URL,
    SUBGRAPH_ORGANIZATION_URL: organization.url,
    ...subgraphUrlVariables(serviceUrls),
    // No gateway here: a subgraph with a service identity gets its secret, and SUPERGRAPH_URL from `env` when its test needs one.
    ...(SUBGRAPHS.find((s) => s.name === definition.name)?.serviceIdentity ? { SERVICE_CLIENT_SECRET: serviceSecret } : {}),
    ...env,
  });
  return {
    url: subgraph.url,
    organizationUrl: organization.url,
    serviceUrls,
    serviceSecret,
    subgraph,
    database,
    async stop() {
      await subgraph.stop();
      await Promise.all(others.map((s) => s.stop()));
      await organization.stop();
      await database.drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
export { makeTestCertificates, mailText, startSmtpCapture, type ReceivedMail, type SmtpCapture, type SmtpCaptureOptions, type TestCertificates } from './smtp.js';
export { startStatementCounter, type StatementCounter } from './statements.js';
export { exercisedFields, fanOutFields, listFieldStats, schemaOf, type FanOutField, type ListFieldStats } from './fan-out.js';
export { schemaDigest } from './digest.js';
export { identityFor } from './identity.js';
export { unlabelledFields } from './labels.js';
export { largestVariables } from './variables.js';
