// Benchmark (a script, not a test): a 3-level query through the gateway and straight to the
// organization subgraph, side by side: requests/s, p50/p99 latency, SQL statements per request.
// Usage: npm run bench [-- --seconds 10 --connections 10]. Uses DATABASE_URL's server if set,
// else a scratch database on the local PostgreSQL server, dropped afterwards.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { createScratchDatabase } from '@qualipref/server-kit';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const { values } = parseArgs({ options: { seconds: { type: 'string', default: '10' }, connections: { type: 'string', default: '10' } } });
const seconds = Number(values.seconds);
const connections = Number(values.connections);

const QUERY = `query Organization($first: Int!) {
  tenants(first: $first) { nodes { name directorates(first: $first) { nodes { code services(first: $first) { nodes { code name } } } } } }
}`;

function start(script: string, env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, [join(root, script)], { env: { ...process.env, LOG_LEVEL: 'warn', ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
}

async function ready(url: string): Promise<void> {
  for (let i = 0; i < 300; i += 1) {
    if (await fetch(url).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`not ready: ${url}`);
}

async function sqlStatements(base: string): Promise<number> {
  const text = await (await fetch(`${base}/metrics`)).text();
  return Number(/qualipref_sql_statements_total\{[^}]*\} (\d+)/.exec(text)?.[1] ?? 0);
}

async function graphql(url: string, token: string | null, query: string, variables: object = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data!;
}

async function measure(label: string, url: string, token: string, subgraphBase: string) {
  const body = JSON.stringify({ query: QUERY, variables: { first: 20 } });
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  await autocannon({ url, method: 'POST', headers, body, connections, duration: 2 });
  const before = await sqlStatements(subgraphBase);
  const result = await autocannon({ url, method: 'POST', headers, body, connections, duration: seconds });
  const statements = (await sqlStatements(subgraphBase)) - before;
  const requests = result.requests.total;
  return {
    label,
    'req/s': Math.round(result.requests.average),
    'p50 ms': result.latency.p50,
    'p99 ms': result.latency.p99,
    errors: result.errors + result.non2xx,
    'SQL/request': requests ? +(statements / requests).toFixed(2) : 0,
  };
}

const scratch = process.env.DATABASE_URL ? null : await createScratchDatabase('qp_bench');
const databaseUrl = process.env.DATABASE_URL ?? scratch!.url;
const dataDir = await mkdtemp(join(tmpdir(), 'qp-bench-'));
const org = 'http://127.0.0.1:4101';
const organization = start('services/organization/dist/main.js', { DATABASE_URL: databaseUrl, PORT: '4101', SEED_DEMO: 'true', QUALIPREF_DATA_DIR: dataDir });
const gatewayProcess = start('services/gateway/dist/main.js', {
  PORT: '4100',
  SUBGRAPH_ORGANIZATION_URL: `${org}/graphql`,
  AUTH_JWKS_URL: `${org}/.well-known/jwks.json`,
});
try {
  await ready(`${org}/readyz`);
  await ready('http://127.0.0.1:4100/readyz');
  const { signIn } = (await graphql('http://127.0.0.1:4100/graphql', null, 'mutation { signIn(email: "metz.analyst@demo.qualipref.test", password: "qualipref-demo") { token } }')) as {
    signIn: { token: string };
  };
  process.stdout.write(`3-level query (tenants > directorates > services), ${connections} connections, ${seconds} s each, Node ${process.version}\n`);
  const rows = [await measure('gateway', 'http://127.0.0.1:4100/graphql', signIn.token, org), await measure('subgraph', `${org}/graphql`, signIn.token, org)];
  // eslint-disable-next-line no-console -- the benchmark's output is its table
  console.table(rows);
} finally {
  organization.kill('SIGTERM');
  gatewayProcess.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 500));
  await scratch?.drop();
  await rm(dataDir, { recursive: true, force: true });
}
