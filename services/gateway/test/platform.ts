import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createScratchDatabase } from '@qualipref/server-kit';
import { freePort, startServiceProcess, startSmtpCapture, type ServiceProcess, type SmtpCapture } from '@qualipref/test-kit';
import { SUBGRAPHS, serviceIdentityVariables, subgraph, subgraphUrlVariables } from '@qualipref/platform-registry';
import { startGateway, type RunningGateway } from '../src/gateway.js';

const serviceMain = (name: SubgraphName) => fileURLToPath(new URL(`../../../${subgraph(name).folder}/dist/main.js`, import.meta.url));

export interface Platform {
  gatewayUrl: string;
  /** Each subgraph's own GraphQL endpoint, by its name in the registry. */
  subgraphUrls: Record<SubgraphName, string>;
  /** The SMTP server the surveys service sends its invitations to. */
  mail: SmtpCapture;
  databaseUrl: string;
  dataDir: string;
  jwksUrl: string;
  /** The secret of the service identities (quality's, at the organization's POST /oauth/token). */
  serviceSecret: string;
  /** The platform callers' secret (PLATFORM_CALLER_SECRET): a request straight to a subgraph is signed with it. */
  callerSecret: string;
  startGateway(env?: NodeJS.ProcessEnv): Promise<RunningGateway>;
  stop(): Promise<void>;
}

/** A subgraph's name in the registry. */
export type SubgraphName = string;

export interface PlatformOptions {
  /** Environment of one subgraph's process over the common one (its own DATABASE_URL, SEED_DEMO…), given the services' login URL. */
  serviceEnv?: (name: SubgraphName, databaseUrl: string) => NodeJS.ProcessEnv;
}

/**
 * Every subgraph of the registry as its own process (built output, real HTTP) on one fresh
 * database, organization first, and the gateway in this process in front of them.
 */
export async function startPlatform(gatewayEnv: NodeJS.ProcessEnv = {}, options: PlatformOptions = {}): Promise<Platform> {
  const database = await createScratchDatabase();
  const dataDir = await mkdtemp(join(tmpdir(), 'qp-gw-'));
  // The demo is seeded as of a fixed date, as in each subgraph's own tests, so that its rows do not follow the clock.
  const common = { ...database.serviceEnv, QUALIPREF_DATA_DIR: dataDir, SEED_DEMO: 'true', DEMO_AS_OF: '2026-11-20' };
  // As in production: the subgraphs answer only requests signed with it (the gateway's, each other's), without introspection.
  const callerSecret = randomBytes(32).toString('base64url');
  const envOf = (name: SubgraphName, env: NodeJS.ProcessEnv) => ({ ...env, PLATFORM_CALLER_SECRET: callerSecret, SUBGRAPH_INTROSPECTION: 'false', ...options.serviceEnv?.(name, database.serviceEnv.DATABASE_URL) });
  const serviceSecret = randomBytes(32).toString('base64url');
  const services: ServiceProcess[] = [];
  const gateways: RunningGateway[] = [];
  let mail: SmtpCapture | undefined;
  const stop = async () => {
    for (const gateway of gateways) await gateway.stop();
    await Promise.all(services.map((s) => s.stop()));
    await mail?.stop();
    await database.drop();
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    const organization = await startServiceProcess(serviceMain('organization'), envOf('organization', { ...common, ...serviceIdentityVariables('organization', serviceSecret, '') }));
    services.push(organization);
    const jwksUrl = `${organization.base}/.well-known/jwks.json`;
    const dependent = { ...common, AUTH_JWKS_URL: jwksUrl, SUBGRAPH_ORGANIZATION_URL: organization.url };
    mail = await startSmtpCapture();
    // What a subgraph needs besides the common environment: the surveys send mail with links.
    const ownEnv: Record<SubgraphName, NodeJS.ProcessEnv> = { surveys: { SMTP_URL: mail.url, SURVEY_ANSWER_URL: 'https://enquetes.moselle.gouv.fr/repondre' } };
    // Every other subgraph of the registry trusts the organization's tokens and asks it about directorates; their ports
    // are chosen first, so that each is told the others' URLs (correspondence asks quality) while they start together.
    const others = SUBGRAPHS.filter((s) => s.name !== 'organization');
    const ports = await Promise.all(others.map(() => freePort()));
    const subgraphUrls: Record<SubgraphName, string> = { organization: organization.url, ...Object.fromEntries(others.map((s, i) => [s.name, `http://127.0.0.1:${ports[i]}/graphql`])) };
    const start = async (env: NodeJS.ProcessEnv = {}) => {
      const gateway = await startGateway({
        env: {
          ...process.env,
          PORT: '0',
          LOG_LEVEL: 'silent',
          NODE_ENV: 'test',
          ...subgraphUrlVariables(subgraphUrls),
          AUTH_JWKS_URL: jwksUrl,
          PLATFORM_CALLER_SECRET: callerSecret,
          ...gatewayEnv,
          ...env,
        },
      });
      gateways.push(gateway);
      return gateway;
    };
    // The gateway reads the built supergraph and asks no subgraph to start: it listens first, on a port of its
    // own, so that a subgraph with a service identity is told where the supergraph is (no port chosen ahead to race for).
    const main = await start();
    const started = await Promise.all(
      others.map((s, i) => startServiceProcess(serviceMain(s.name), envOf(s.name, { ...dependent, ...subgraphUrlVariables(subgraphUrls, s.name), ...serviceIdentityVariables(s.name, serviceSecret, main.url), ...ownEnv[s.name], PORT: String(ports[i]) }))),
    );
    services.push(...started);
    return { gatewayUrl: main.url, subgraphUrls, mail, databaseUrl: database.url, dataDir, jwksUrl, serviceSecret, callerSecret, startGateway: start, stop };
  } catch (error) {
    // A platform that did not start leaves no process behind: the test runner would wait for it.
    await stop().catch(() => undefined);
    throw error;
  }
}

export interface Result<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** POSTs any body (an operation, a batch, a raw string) and reads the answer. */
export async function post<T = Record<string, unknown>>(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Result<T>> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  const text = await response.text();
  const parsed = text.startsWith('{') ? (JSON.parse(text) as Omit<Result<T>, 'status' | 'headers'>) : {};
  return { status: response.status, headers: response.headers, ...parsed };
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
export { errorCodes as codes } from '@qualipref/test-kit';
