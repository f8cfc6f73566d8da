// `npm start`: the whole platform on one machine. Without DATABASE_URL, an embedded
// PostgreSQL (PGlite) with its data under .data/; then every subgraph, then the gateway.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ACCOUNTS, DEMO_PASSWORD, TENANTS } from '@qualipref/demo-fixtures';
import { startEmbeddedDatabase, type EmbeddedDatabase } from './embedded-database.js';
import { freePort, startChild, stopChild, waitUntilReady, type Child } from './processes.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const env = process.env;
const write = (line: string) => process.stdout.write(`${line}\n`);

/** The subgraphs in start order, with their default ports. */
const SUBGRAPHS = [
  { name: 'organization', port: 4001 },
  { name: 'committees', port: 4002 },
  { name: 'correspondence', port: 4003 },
  { name: 'surveys', port: 4004 },
];

async function port(name: string, fallback: number): Promise<number> {
  const configured = env[`${name.toUpperCase()}_PORT`];
  if (configured) return Number(configured);
  return env.QUALIPREF_PORTS === 'auto' ? freePort() : fallback;
}

async function main(): Promise<void> {
  const dataDir = resolve(env.QUALIPREF_DATA_DIR || join(root, '.data'));
  const children: Child[] = [];
  let database: EmbeddedDatabase | null = null;
  let stopping = false;

  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    write('[qualipref] stopping…');
    for (const child of [...children].reverse()) await stopChild(child);
    await database?.stop();
    write('[qualipref] stopped');
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));

  try {
    let databaseUrl = env.DATABASE_URL;
    if (!databaseUrl) {
      const dbPort = env.EMBEDDED_DATABASE_PORT ? Number(env.EMBEDDED_DATABASE_PORT) : 0;
      database = await startEmbeddedDatabase(join(dataDir, 'pglite'), dbPort);
      databaseUrl = database.url;
      write(`[qualipref] embedded PostgreSQL (PGlite) at ${databaseUrl}, data in ${join(dataDir, 'pglite')}`);
    } else {
      write('[qualipref] using the PostgreSQL server of DATABASE_URL');
    }

    const urls: Record<string, string> = {};
    let jwksUrl = '';
    for (const subgraph of SUBGRAPHS) {
      const p = await port(subgraph.name, subgraph.port);
      const base = `http://127.0.0.1:${p}`;
      if (subgraph.name === 'organization') jwksUrl = `${base}/.well-known/jwks.json`;
      const child = startChild(
        subgraph.name,
        join(root, 'services', subgraph.name, 'dist', 'main.js'),
        {
          ...env,
          NODE_ENV: env.NODE_ENV || 'development',
          DATABASE_URL: databaseUrl,
          PORT: String(p),
          QUALIPREF_DATA_DIR: dataDir,
          SEED_DEMO: env.SEED_DEMO || 'true',
          AUTH_JWKS_URL: env.AUTH_JWKS_URL || jwksUrl,
          // Services ask each other through the API: the organization subgraph answers directly.
          ...Object.fromEntries(Object.entries(urls).map(([name, url]) => [`SUBGRAPH_${name.toUpperCase()}_URL`, url])),
        },
        write,
      );
      children.push(child);
      await waitUntilReady(child, `${base}/readyz`);
      urls[subgraph.name] = `${base}/graphql`;
    }

    const gatewayPort = await port('gateway', 4000);
    const gateway = startChild(
      'gateway',
      join(root, 'services', 'gateway', 'dist', 'main.js'),
      {
        ...env,
        NODE_ENV: env.NODE_ENV || 'development',
        PORT: String(gatewayPort),
        AUTH_JWKS_URL: env.AUTH_JWKS_URL || jwksUrl,
        CORS_ORIGINS: env.CORS_ORIGINS || 'http://localhost:3000,http://127.0.0.1:3000',
        ...Object.fromEntries(Object.entries(urls).map(([name, url]) => [`SUBGRAPH_${name.toUpperCase()}_URL`, url])),
      },
      write,
    );
    children.push(gateway);
    await waitUntilReady(gateway, `http://127.0.0.1:${gatewayPort}/readyz`);

    for (const child of children) {
      void child.exited.then(async (code) => {
        if (stopping) return;
        write(`[qualipref] ${child.name} exited (${code}): stopping the platform`);
        await stop(1);
      });
    }

    write('');
    write('Qualipref is running.');
    write(`  GraphQL gateway (with the Sandbox explorer): http://127.0.0.1:${gatewayPort}/graphql`);
    for (const [name, url] of Object.entries(urls)) write(`  ${name} subgraph: ${url}`);
    write('');
    write(`Demo accounts: development only, never in production; password for all: ${DEMO_PASSWORD}`);
    for (const a of ACCOUNTS) write(`  ${a.email.padEnd(44)} ${a.role.padEnd(14)} ${TENANTS[a.tenant].name}`);
    write('');
    write(`READY gateway=http://127.0.0.1:${gatewayPort}/graphql`);
    write('Ctrl-C stops everything.');
  } catch (error) {
    write(`[qualipref] start failed: ${(error as Error).message}`);
    await stop(1);
  }
}

await main();
