import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REMOTES } from '@qualipref/console-kit/federation';
import { ACCOUNTS, demoAsOf } from '@qualipref/demo-fixtures';
import { serviceIdentityVariables, subgraphUrlVariables } from '@qualipref/platform-registry';
import { createScratchDatabase } from '@qualipref/server-kit';
import { startStaticServer, type StaticServer } from '@qualipref/static-server';
import { freePort, startServiceProcess, type ServiceProcess } from '@qualipref/test-kit';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..', '..');
const serviceMain = (name: string) => join(root, 'services', name, 'dist', 'main.js');

export interface ConsolePlatform {
  /** The date the demo data reaches (today, in Europe/Paris): tests take their dates from it. */
  asOf: string;
  consoleUrl: string;
  gatewayUrl: string;
  /** Each directorate's remote, on its own server, by Module Federation name. */
  remotes: Map<string, StaticServer>;
  /** Stops one remote's server, as when its deployment is down. */
  stopRemote(name: string): Promise<void>;
  stop(): Promise<void>;
}

/** The subgraphs composed in the built supergraph (`join__Graph`), so that a new one is started too. */
async function composedSubgraphs(): Promise<string[]> {
  const supergraph = await readFile(join(root, 'services', 'gateway', 'supergraph.graphql'), 'utf8');
  return [...supergraph.matchAll(/@join__graph\(name: "([a-z-]+)"/g)].map((m) => m[1]!);
}

/** What another app's end-to-end tests add to the platform (the kiosk's, for instance). */
export interface ConsolePlatformOptions {
  /** Extra environment of a subgraph, by name (e.g. `surveys`: its SMTP server and answer page). */
  subgraphEnv?: Record<string, NodeJS.ProcessEnv>;
  /** Origins the gateway allows besides the console's (CORS), e.g. another app's server. */
  corsOrigins?: string[];
}

/**
 * The whole platform on this machine, from the builds: every subgraph and the gateway as their
 * own processes on a fresh database of the local PostgreSQL server (with the demo data), the
 * console and each remote on their own static server, as `npm start` serves them.
 */
export async function startConsolePlatform(options: ConsolePlatformOptions = {}): Promise<ConsolePlatform> {
  const asOf = demoAsOf();
  const database = await createScratchDatabase();
  const dataDir = await mkdtemp(join(tmpdir(), 'qp-console-'));
  const processes: ServiceProcess[] = [];
  const servers = new Map<string, StaticServer>();
  const stop = async () => {
    await Promise.all([...servers.values()].map((s) => s.stop()));
    for (const p of processes.reverse()) await p.stop();
    await database.drop();
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    // The subgraphs as production configures them: answering only requests signed with the platform callers' secret (the gateway's,
    // each other's), without introspection or « Did you mean … », under their operation limits.
    const callerSecret = randomBytes(32).toString('base64url');
    const common = { ...database.serviceEnv, QUALIPREF_DATA_DIR: dataDir, SEED_DEMO: 'true', DEMO_AS_OF: asOf, LOG_LEVEL: 'error', PLATFORM_CALLER_SECRET: callerSecret, SUBGRAPH_INTROSPECTION: 'false' };
    const serviceSecret = randomBytes(32).toString('base64url');
    const organization = await startServiceProcess(serviceMain('organization'), { ...common, ...serviceIdentityVariables('organization', serviceSecret, ''), ...options.subgraphEnv?.organization }, 120_000);
    processes.push(organization);
    const jwksUrl = `${organization.base}/.well-known/jwks.json`;
    const dependent = { ...common, AUTH_JWKS_URL: jwksUrl, SUBGRAPH_ORGANIZATION_URL: organization.url };
    // Their ports chosen first, so that each is told the others' URLs (correspondence asks quality, which starts after it).
    const names = (await composedSubgraphs()).filter((n) => n !== 'organization');
    const ports = new Map<string, number>();
    for (const name of names) ports.set(name, await freePort());
    const urls: Record<string, string> = { organization: organization.url, ...Object.fromEntries(names.map((name) => [name, `http://127.0.0.1:${ports.get(name)}/graphql`])) };
    const consolePort = await freePort();
    const consoleOrigin = `http://127.0.0.1:${consolePort}`;
    // The gateway reads the built supergraph and needs no subgraph to listen: it starts first (alive, not yet
    // ready), so that a subgraph with a service identity is told where the supergraph is.
    const gateway = await startServiceProcess(
      serviceMain('gateway'),
      {
        AUTH_JWKS_URL: jwksUrl,
        LOG_LEVEL: 'error',
        PLATFORM_CALLER_SECRET: callerSecret,
        CORS_ORIGINS: [consoleOrigin, ...(options.corsOrigins ?? [])].join(','),
        ...subgraphUrlVariables(urls),
      },
      120_000,
      '/healthz',
    );
    processes.push(gateway);
    for (const name of names) {
      const service = await startServiceProcess(serviceMain(name), { ...dependent, ...subgraphUrlVariables(urls, name), ...serviceIdentityVariables(name, serviceSecret, gateway.url), ...options.subgraphEnv?.[name], PORT: String(ports.get(name)) }, 120_000);
      processes.push(service);
    }
    const remotes = [];
    for (const remote of REMOTES) {
      const server = await startStaticServer({ root: join(root, 'apps', remote.app, 'dist'), cors: true });
      servers.set(remote.name, server);
      remotes.push({ name: remote.name, entry: `${server.url}/mf-manifest.json`, directorates: remote.directorates, ...(remote.capability ? { capability: remote.capability } : {}), path: remote.path, title: remote.title });
    }
    const shell = await startStaticServer({ root: join(root, 'apps', 'console', 'dist'), port: consolePort, spa: true, documents: { '/console-config.json': { gatewayUrl: gateway.url, remotes, demoEmail: ACCOUNTS[0]!.email } } });
    servers.set('console', shell);
    return {
      asOf,
      consoleUrl: shell.url,
      gatewayUrl: gateway.url,
      remotes: new Map([...servers].filter(([name]) => name !== 'console')),
      async stopRemote(name) {
        await servers.get(name)?.stop();
        servers.delete(name);
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
