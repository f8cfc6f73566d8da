import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createScratchDatabase, type ScratchDatabase } from '@qualipref/server-kit';
import { startGateway, type RunningGateway } from '../src/gateway.js';

const serviceMain = (name: string) => fileURLToPath(new URL(`../../${name}/dist/main.js`, import.meta.url));

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
    if (child.exitCode !== null) throw new Error(`subgraph exited with ${child.exitCode}`);
    if (await fetch(url).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} not ready`);
}

export interface Platform {
  gatewayUrl: string;
  organizationUrl: string;
  committeesUrl: string;
  correspondenceUrl: string;
  databaseUrl: string;
  dataDir: string;
  jwksUrl: string;
  startGateway(env?: NodeJS.ProcessEnv): Promise<RunningGateway>;
  stop(): Promise<void>;
}

/**
 * Every subgraph as its own process (built output, real HTTP) on one fresh database, and the
 * gateway in this process in front of them.
 */
export async function startPlatform(gatewayEnv: NodeJS.ProcessEnv = {}): Promise<Platform> {
  const database: ScratchDatabase = await createScratchDatabase();
  const dataDir = await mkdtemp(join(tmpdir(), 'qp-gw-'));
  const children: ChildProcess[] = [];
  const startService = async (name: string, env: NodeJS.ProcessEnv) => {
    const port = await freePort();
    const child = spawn(process.execPath, [serviceMain(name)], {
      env: { ...process.env, DATABASE_URL: database.url, PORT: String(port), QUALIPREF_DATA_DIR: dataDir, SEED_DEMO: 'true', LOG_LEVEL: 'error', NODE_ENV: 'test', ...env },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    children.push(child);
    await waitFor(`http://127.0.0.1:${port}/readyz`, child);
    return `http://127.0.0.1:${port}`;
  };
  const base = await startService('organization', {});
  const jwksUrl = `${base}/.well-known/jwks.json`;
  const committeesBase = await startService('committees', { AUTH_JWKS_URL: jwksUrl, SUBGRAPH_ORGANIZATION_URL: `${base}/graphql` });
  const correspondenceBase = await startService('correspondence', { AUTH_JWKS_URL: jwksUrl, SUBGRAPH_ORGANIZATION_URL: `${base}/graphql` });
  const gateways: RunningGateway[] = [];
  const start = async (env: NodeJS.ProcessEnv = {}) => {
    const gateway = await startGateway({
      env: {
        ...process.env,
        PORT: '0',
        LOG_LEVEL: 'silent',
        NODE_ENV: 'test',
        SUBGRAPH_ORGANIZATION_URL: `${base}/graphql`,
        SUBGRAPH_COMMITTEES_URL: `${committeesBase}/graphql`,
        SUBGRAPH_CORRESPONDENCE_URL: `${correspondenceBase}/graphql`,
        AUTH_JWKS_URL: jwksUrl,
        ...gatewayEnv,
        ...env,
      },
    });
    gateways.push(gateway);
    return gateway;
  };
  const main = await start();
  return {
    gatewayUrl: main.url,
    organizationUrl: `${base}/graphql`,
    committeesUrl: `${committeesBase}/graphql`,
    correspondenceUrl: `${correspondenceBase}/graphql`,
    databaseUrl: database.url,
    dataDir,
    jwksUrl,
    startGateway: start,
    async stop() {
      for (const gateway of gateways) await gateway.stop();
      await Promise.all(children.map((child) => new Promise((r) => (child.once('exit', r), child.kill('SIGTERM')))));
      await database.drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export interface Result<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

export async function post<T = Record<string, unknown>>(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Result<T>> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  const text = await response.text();
  const parsed = text.startsWith('{') ? (JSON.parse(text) as Omit<Result<T>, 'status' | 'headers'>) : {};
  return { status: response.status, headers: response.headers, ...parsed };
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
export const codes = (result: { errors?: { extensions?: Record<string, unknown> }[] }) => (result.errors ?? []).map((e) => e.extensions?.code);
