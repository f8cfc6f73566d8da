// `npm start`: the whole platform on one machine. Without DATABASE_URL, embedded PostgreSQL
// (PGlite), one database per service, with their data under .data/; then every subgraph, then
// the gateway, the console and the kiosk.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ACCOUNTS, DEMO_PASSWORD, TENANTS, demoAsOf } from '@qualipref/demo-fixtures';
import { startConsole, type RunningConsole } from './console.js';
import { startEmbeddedDatabases } from './embedded-database.js';
import { publicOrigins, startPublicApp, surveyAnswerUrl, type RunningPublicApp } from './public-apps.js';
import { startMailSink, type MailSink } from './mail-sink.js';
import { freePort, startChild, stopChild, waitUntilReady, type Child } from './processes.js';
import { SUBGRAPHS, serviceIdentityVariables, subgraphUrlVariables } from '@qualipref/platform-registry';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const env = process.env;
const write = (line: string) => process.stdout.write(`${line}\n`);


async function port(name: string, fallback: number): Promise<number> {
  const configured = env[`${name.toUpperCase()}_PORT`];
  if (configured) return Number(configured);
  return env.QUALIPREF_PORTS === 'auto' ? freePort() : fallback;
}

/**
 * The date the demo data reaches: DEMO_AS_OF, or the one fixed in the data directory when it was
 * created (so the demo does not change from one start to the next), or today for a new one.
 */
async function fixDemoAsOf(dataDir: string): Promise<string> {
  const file = join(dataDir, 'demo-as-of');
  if (env.DEMO_AS_OF) return demoAsOf(env.DEMO_AS_OF);
  if (existsSync(file)) return demoAsOf((await readFile(file, 'utf8')).trim());
  const today = demoAsOf();
  await mkdir(dataDir, { recursive: true });
  await writeFile(file, `${today}\n`);
  return today;
}

async function main(): Promise<void> {
  const dataDir = resolve(env.QUALIPREF_DATA_DIR || join(root, '.data'));
  const children: Child[] = [];
  let database: { stop(): Promise<void> } | null = null;
  let mailSink: MailSink | null = null;
  let consoleServers: RunningConsole | null = null;
  let kiosk: RunningPublicApp | null = null;
  let transparence: RunningPublicApp | null = null;
  let stopping = false;

  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    write('[qualipref] stopping…');
    await consoleServers?.stop();
    await kiosk?.stop();
    await transparence?.stop();
    for (const child of [...children].reverse()) await stopChild(child);
    await database?.stop();
    await mailSink?.stop();
    write('[qualipref] stopped');
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));

  try {
    const asOf = env.SEED_DEMO === 'false' ? null : await fixDemoAsOf(dataDir);
    const databaseUrls = new Map<string, string>();
    if (!env.DATABASE_URL) {
      if (env.EMBEDDED_DATABASE && !['per-service', 'shared'].includes(env.EMBEDDED_DATABASE)) throw new Error(`EMBEDDED_DATABASE is per-service or shared, not ${env.EMBEDDED_DATABASE}`);
      const shared = env.EMBEDDED_DATABASE === 'shared';
      const firstPort = env.EMBEDDED_DATABASE_PORT ? Number(env.EMBEDDED_DATABASE_PORT) : 0;
      const names = SUBGRAPHS.map((s) => s.name);
      const embedded = await startEmbeddedDatabases(join(dataDir, 'databases'), names, shared, (name) => (firstPort ? firstPort + Math.max(0, names.indexOf(name)) : 0));
      database = embedded;
      for (const [name, url] of embedded.urls) databaseUrls.set(name, url);
      write(`[qualipref] embedded PostgreSQL (PGlite), ${shared ? 'one database for all the services' : 'one database per service'}, data in ${join(dataDir, 'databases')}`);
      if (existsSync(join(dataDir, 'pglite'))) write(`[qualipref] ${join(dataDir, 'pglite')} holds the embedded database of an earlier version: no longer read, it may be deleted`);
    } else {
      for (const { name } of SUBGRAPHS) databaseUrls.set(name, env.DATABASE_URL);
      write('[qualipref] using the PostgreSQL server of DATABASE_URL');
    }
    if (asOf) write(`[qualipref] demo data up to ${asOf} (DEMO_AS_OF)`);

    if (!env.SMTP_URL) {
      mailSink = await startMailSink(join(dataDir, 'mail'), env.MAIL_SINK_PORT ? Number(env.MAIL_SINK_PORT) : 0, write);
      write(`[qualipref] no SMTP_URL: e-mails (survey invitations) are kept as .eml files in ${mailSink.dir}`);
    }

    // Chosen before the services start: the invitations' links point at the kiosk's answer page.
    const kioskPort = await port('kiosk', 3200);
    const transparencePort = await port('transparence', 3300);
    // Every port chosen before any subgraph starts: a subgraph may ask one that starts after it (correspondence asks
    // quality whether a national engagement exists), at request time only.
    const ports = new Map<string, number>();
    for (const subgraph of SUBGRAPHS) ports.set(subgraph.name, await port(subgraph.name, subgraph.port));
    const urls: Record<string, string> = Object.fromEntries(SUBGRAPHS.map((s) => [s.name, `http://127.0.0.1:${ports.get(s.name)}/graphql`]));
    // Chosen before the subgraphs too: a subgraph with a service identity is told where the supergraph is.
    const gatewayPort = await port('gateway', 4000);
    const supergraphUrl = `http://127.0.0.1:${gatewayPort}/graphql`;
    // The secret of the service identities: the one given, or a new one at each start (no file to keep it in).
    const serviceSecret = env.SERVICE_CLIENT_SECRET || randomBytes(32).toString('base64url');
    // The secret the gateway and the services sign their requests to each other with, the same way.
    const callerSecret = env.PLATFORM_CALLER_SECRET || randomBytes(32).toString('base64url');
    let jwksUrl = '';
    for (const subgraph of SUBGRAPHS) {
      const p = ports.get(subgraph.name)!;
      const base = `http://127.0.0.1:${p}`;
      if (subgraph.name === 'organization') jwksUrl = `${base}/.well-known/jwks.json`;
      const child = startChild(
        subgraph.name,
        join(root, subgraph.folder, 'dist', 'main.js'),
        {
          ...env,
          NODE_ENV: env.NODE_ENV || 'development',
          DATABASE_URL: databaseUrls.get(subgraph.name),
          PORT: String(p),
          QUALIPREF_DATA_DIR: dataDir,
          SEED_DEMO: env.SEED_DEMO || 'true',
          ...(asOf ? { DEMO_AS_OF: asOf } : {}),
          AUTH_JWKS_URL: env.AUTH_JWKS_URL || jwksUrl,
          SMTP_URL: env.SMTP_URL || mailSink?.url,
          SURVEY_ANSWER_URL: env.SURVEY_ANSWER_URL || surveyAnswerUrl(kioskPort),
          // Services ask each other through the API: each subgraph answers directly.
          ...subgraphUrlVariables(urls, subgraph.name),
          ...serviceIdentityVariables(subgraph.name, serviceSecret, supergraphUrl),
          PLATFORM_CALLER_SECRET: callerSecret,
        },
        write,
      );
      children.push(child);
      await waitUntilReady(child, `${base}/readyz`);
    }

    // Chosen before the gateway starts: the gateway allows the console's origin (CORS).
    const consolePort = await port('console', 3000);
    const gateway = startChild(
      'gateway',
      join(root, 'services', 'gateway', 'dist', 'main.js'),
      {
        ...env,
        NODE_ENV: env.NODE_ENV || 'development',
        PORT: String(gatewayPort),
        AUTH_JWKS_URL: env.AUTH_JWKS_URL || jwksUrl,
        CORS_ORIGINS: env.CORS_ORIGINS || [`http://localhost:${consolePort}`, `http://127.0.0.1:${consolePort}`, ...publicOrigins(kioskPort), ...publicOrigins(transparencePort)].join(','),
        ...subgraphUrlVariables(urls),
        PLATFORM_CALLER_SECRET: callerSecret,
      },
      write,
    );
    children.push(gateway);
    await waitUntilReady(gateway, `http://127.0.0.1:${gatewayPort}/readyz`);
    // The API is usable without the console: a console that cannot be served is reported, not fatal.
    consoleServers = await startConsole(root, supergraphUrl, consolePort, port, env).catch((error: Error) => {
      write(`[qualipref] console not served: ${error.message}`);
      return null;
    });
    kiosk = await startPublicApp(root, 'kiosk', supergraphUrl, kioskPort).catch((error: Error) => {
      write(`[qualipref] kiosk not served: ${error.message}`);
      return null;
    });
    transparence = await startPublicApp(root, 'transparence', supergraphUrl, transparencePort, consoleServers?.url).catch((error: Error) => {
      write(`[qualipref] public results not served: ${error.message}`);
      return null;
    });

    for (const child of children) {
      void child.exited.then(async (code) => {
        if (stopping) return;
        write(`[qualipref] ${child.name} exited (${code}): stopping the platform`);
        await stop(1);
      });
    }

    write('');
    write('Qualipref is running.');
    if (consoleServers) {
      write(`  Console: ${consoleServers.url}/  (sign in with a demo account below)`);
      for (const remote of consoleServers.remotes) write(`    remote ${remote.name}: ${remote.url}`);
    }
    if (kiosk) write(`  Hall kiosk: ${kiosk.url}/borne  (personal survey links: ${kiosk.url}/repondre/<token>)`);
    if (transparence) write(`  Public results, no sign-in: ${transparence.url}/  (a site's: ${transparence.url}/metz)`);
    write(`  GraphQL gateway (with the Sandbox explorer): http://127.0.0.1:${gatewayPort}/graphql`);
    for (const [name, url] of Object.entries(urls)) write(`  ${name} subgraph: ${url}`);
    write('');
    write(`Demo accounts: development only, never in production; password for all: ${DEMO_PASSWORD}`);
    for (const a of ACCOUNTS) write(`  ${a.email.padEnd(44)} ${a.role.padEnd(14)} ${a.directorate.padEnd(6)} ${TENANTS[a.tenant].name}`);
    write('');
    write(`READY gateway=http://127.0.0.1:${gatewayPort}/graphql${consoleServers ? ` console=${consoleServers.url}/` : ''}`);
    write('Ctrl-C stops everything.');
  } catch (error) {
    write(`[qualipref] start failed: ${(error as Error).message}`);
    await stop(1);
  }
}

await main();
