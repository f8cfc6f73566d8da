// Benchmarks (scripts, not tests): they print figures, they assert nothing.
//   npm run bench                          organization: a 3-level query (tenants > directorates > services)
//   npm run bench -- --scenario actions    committees: a page of actions with directorate and origin, 100,000 actions
//   npm run bench -- --scenario tableau    correspondence: the 2015 tableau de suivi of the DCTAJ, 1,000,000 items in
//                                          Metz, also as the raw SQL statement alone
//   npm run bench -- --scenario kiosk      surveys: 2,000 kiosk submissions from 50 clients, half retried; then
//                                          the results of a campaign of 100,000 responses
//   npm run bench -- --scenario default-start   npm start without DATABASE_URL, embedded databases shared then
//                                          one per service: time to ready, memory at rest, one write per
//                                          subgraph timed, and whether a long import makes sign-in's service wait
//                                          (--as-of 2026-11-20, --embedded shared,per-service, --launcher <main.js>)
// Each prints requests/s, p50/p99 latency through the gateway and straight to the subgraph, and the
// SQL statements per request. Uses DATABASE_URL's server if set, else a scratch database on the
// local PostgreSQL server, dropped afterwards. Options: --seconds 10 --connections 10.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { SUBGRAPHS, serviceIdentityVariables, subgraphUrlVariables } from '@qualipref/platform-registry';
import { createScratchDatabase } from '@qualipref/server-kit';
import { defaultStart } from './default-start.js';
import { generateCorrespondence } from './generate-correspondence.js';
import { kioskLoad } from './kiosk.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
    scenario: { type: 'string', default: 'organization' },
    actions: { type: 'string', default: '100000' },
    items: { type: 'string', default: '1000000' },
    'as-of': { type: 'string', default: '2026-11-20' },
    embedded: { type: 'string', default: 'shared,per-service' },
    launcher: { type: 'string', default: 'infra/launcher/dist/main.js' },
  },
});
if (values.scenario === 'default-start') {
  await defaultStart({ launcher: resolve(root, values.launcher), asOf: values['as-of'], modes: values.embedded.split(',') });
  process.exit(0);
}
const seconds = Number(values.seconds);
const connections = Number(values.connections);

interface Scenario {
  title: string;
  subgraph: 'organization' | 'committees' | 'correspondence';
  query: string;
  /** The same query for the subgraph alone: it cannot resolve the other subgraphs' fields. */
  subgraphQuery?: string;
  variables: Record<string, unknown>;
  prepare?: (databaseUrl: string) => Promise<void>;
  /** The statement the subgraph runs, to time it alone (run as the request role, Metz analyst's session). */
  rawSql?: { sql: string; params: unknown[] };
}

const METZ = '0195a000-0000-7000-8000-000000000001';
const DCTAJ = '0195a000-0000-7000-8000-000000000103';
const TABLEAU_FIELDS = 'total { received answered onTimeRate medianDelayWorkingDays p90DelayWorkingDays backlog overdue } byChannel { channel received answered onTimeRate medianDelayWorkingDays p90DelayWorkingDays }';

const SCENARIOS: Record<string, Scenario> = {
  organization: {
    title: '3-level query (tenants > directorates > services)',
    subgraph: 'organization',
    query: 'query Organization($first: Int!) { tenants(first: $first) { nodes { name directorates(first: $first) { nodes { code services(first: $first) { nodes { code name } } } } } } }',
    variables: { first: 20 },
  },
  actions: {
    title: `a page of 50 actions with owner directorate and origin, among ${Number(values.actions).toLocaleString('en')} actions`,
    subgraph: 'committees',
    query: 'query Actions($first: Int!) { actions(first: $first) { totalCount nodes { reference title ownerDirectorate { code name } originProposal { text } originMeeting { title } } } }',
    subgraphQuery: 'query Actions($first: Int!) { actions(first: $first) { totalCount nodes { reference title ownerDirectorate { id } originProposal { text } originMeeting { title } } } }',
    variables: { first: 50 },
    prepare: async (databaseUrl) => {
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      try {
        await client.query(
          `insert into committees.action (id, tenant_id, plan_id, reference, title, owner_directorate_id, due_date, status, progress, origin_kind, origin_proposal_id, origin_meeting_id, created_at, updated_at)
           select gen_random_uuid(), p.tenant_id, p.id, 'B-' || lpad(n::text, 6, '0'), 'Action ' || n,
                  (select owner_directorate_id from committees.action a where a.plan_id = p.id order by reference offset (n % 5) limit 1),
                  date '2016-01-01' + (n % 365), 'PLANNED', 0,
                  case when n % 2 = 0 then 'PROPOSAL' else 'MEETING' end,
                  case when n % 2 = 0 then (select id from committees.proposal where tenant_id = p.tenant_id limit 1) end,
                  case when n % 2 = 1 then (select id from committees.meeting where tenant_id = p.tenant_id limit 1) end,
                  now(), now()
           from committees.action_plan p, generate_series(1, $2::int) n where p.tenant_id = $1`,
          [METZ, Number(values.actions)],
        );
        await client.query('analyze committees.action');
      } finally {
        await client.end();
      }
    },
  },
  tableau: {
    title: `the 2015 tableau de suivi of the DCTAJ, among ${Number(values.items).toLocaleString('en')} generated items in Metz`,
    subgraph: 'correspondence',
    query: `query Tableau($d: ID!) { directorate(id: $d) { code correspondenceTableau(from: "2015-01-01", to: "2015-12-31") { ${TABLEAU_FIELDS} } } }`,
    subgraphQuery: `query Tableau($d: ID!) { tableauDeSuivi(directorateId: $d, from: "2015-01-01", to: "2015-12-31") { ${TABLEAU_FIELDS} } }`,
    variables: { d: DCTAJ },
    prepare: async (databaseUrl) => {
      await generateCorrespondence(databaseUrl, 'metz', Number(values.items));
    },
    rawSql: {
      sql: `select i.channel, grouping(i.channel) as all_channels, count(*)::int as received, count(i.answered_at)::int as answered,
              (count(*) filter (where i.answered_at < i.due_at))::int as answered_on_time,
              percentile_cont(0.5) within group (order by i.delay_working_days) as median, percentile_cont(0.9) within group (order by i.delay_working_days) as p90,
              (count(*) filter (where i.answered_at is null))::int as backlog, (count(*) filter (where i.answered_at is null and i.due_at <= now()))::int as overdue
            from correspondence.correspondence_item i
            where i.tenant_id = any($1::uuid[]) and i.directorate_id = any($2::uuid[]) and i.received_on between $3::date and $4::date
            group by grouping sets ((i.directorate_id, i.channel), (i.directorate_id))`,
      params: [`{${METZ}}`, `{${DCTAJ}}`, '2015-01-01', '2015-12-31'],
    },
  },
};

/** Times one SQL statement alone, from `connections` clients, inside the request's tenant session. */
async function measureSql(label: string, databaseUrl: string, raw: { sql: string; params: unknown[] }) {
  const latencies: number[] = [];
  const deadline = Date.now() + seconds * 1000;
  const worker = async () => {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      while (Date.now() < deadline) {
        const started = performance.now();
        await client.query('begin read only');
        await client.query("select set_config('app.tenant_id', $1, true), set_config('app.readable_tenants', $1, true), set_config('role', 'qualipref_app', true)", [METZ]);
        await client.query(raw.sql, raw.params);
        await client.query('rollback');
        latencies.push(performance.now() - started);
      }
    } finally {
      await client.end();
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  latencies.sort((a, b) => a - b);
  const at = (q: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!);
  return { label, 'req/s': Math.round(latencies.length / seconds), 'p50 ms': at(0.5), 'p99 ms': at(0.99), errors: 0, 'SQL/request': 4 };
}

function start(script: string, env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, [join(root, script)], { env: { ...process.env, LOG_LEVEL: 'warn', ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
}

async function ready(url: string): Promise<void> {
  for (let i = 0; i < 600; i += 1) {
    if (await fetch(url).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`not ready: ${url}`);
}

async function sqlStatements(base: string): Promise<number> {
  const text = await (await fetch(`${base}/metrics`)).text();
  return Number(/qualipref_sql_statements_total\{[^}]*\} (\d+)/.exec(text)?.[1] ?? 0);
}

async function measure(label: string, url: string, token: string, query: string, variables: Record<string, unknown>, services: string[]) {
  const body = JSON.stringify({ query, variables });
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  await autocannon({ url, method: 'POST', headers, body, connections, duration: 2 });
  const count = async () => (await Promise.all(services.map(sqlStatements))).reduce((a, b) => a + b, 0);
  const before = await count();
  const result = await autocannon({ url, method: 'POST', headers, body, connections, duration: seconds });
  const statements = (await count()) - before;
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

const scenario = values.scenario === 'kiosk' ? null : SCENARIOS[values.scenario];
if (!scenario && values.scenario !== 'kiosk') throw new Error(`unknown scenario ${values.scenario}: ${Object.keys(SCENARIOS).join(', ')}`);
const scratch = process.env.DATABASE_URL ? null : await createScratchDatabase('qp_bench');
const databaseUrl = process.env.DATABASE_URL ?? scratch!.url;
const dataDir = await mkdtemp(join(tmpdir(), 'qp-bench-'));
// Each subgraph on its registry port + 100, so that the bench runs beside `npm start`.
const urls = new Map(SUBGRAPHS.map((s) => [s.name, `http://127.0.0.1:${s.port + 100}`]));
const url = (name: string) => urls.get(name)!;
const graphqlUrls = Object.fromEntries(SUBGRAPHS.map((s) => [s.name, `${url(s.name)}/graphql`]));
const [org, com, cor, sur] = [url('organization'), url('committees'), url('correspondence'), url('surveys')];
const common = { DATABASE_URL: databaseUrl, SEED_DEMO: 'true', QUALIPREF_DATA_DIR: dataDir, AUTH_JWKS_URL: `${org}/.well-known/jwks.json` };
const serviceSecret = randomBytes(32).toString('base64url');
const processes: ChildProcess[] = [];
try {
  // In the registry's order: organization first, the others verify its tokens and ask it.
  for (const s of SUBGRAPHS) {
    // The others' ports are fixed: a subgraph may ask one that starts after it (correspondence asks quality), at request time only.
    const own = s.name === 'organization' ? {} : subgraphUrlVariables(graphqlUrls, s.name);
    const identity = serviceIdentityVariables(s.name, serviceSecret, 'http://127.0.0.1:4100/graphql');
    // The kiosk load is 2,000 responses from one tablet and one address: it times the submission, not its rate limits.
    const limits = s.name === 'surveys' && !scenario ? { RATE_LIMIT_KIOSK_DEVICE: 'off', RATE_LIMIT_SURVEY_ADDRESS: 'off' } : {};
    processes.push(start(`${s.folder}/dist/main.js`, { ...common, ...own, ...identity, ...limits, PORT: String(s.port + 100) }));
    await ready(`${url(s.name)}/readyz`);
  }
  processes.push(
    start('services/gateway/dist/main.js', {
      PORT: '4100',
      // The 3-level scenario may ask 20 × 20 × 20 services, a cost of 25,261, over the default limit (15,000): the bench times the
      // gateway's path, not its limits.
      GATEWAY_MAX_COST: '30000',
      ...subgraphUrlVariables(graphqlUrls),
      AUTH_JWKS_URL: common.AUTH_JWKS_URL,
    }),
  );
  await ready('http://127.0.0.1:4100/readyz');
  if (!scenario) {
    const signIn = async (email: string) => ((await graphql('http://127.0.0.1:4100/graphql', `mutation { signIn(email: "${email}", password: "qualipref-demo") { token } }`)) as { signIn: { token: string } }).signIn.token;
    await kioskLoad('http://127.0.0.1:4100/graphql', databaseUrl, signIn);
  } else {
    await scenario.prepare?.(databaseUrl);
    const { signIn } = (await graphql('http://127.0.0.1:4100/graphql', 'mutation { signIn(email: "metz.analyst@demo.qualipref.test", password: "qualipref-demo") { token } }')) as { signIn: { token: string } };
    process.stdout.write(`${scenario.title}; ${connections} connections, ${seconds} s each, Node ${process.version}\n`);
    const own = { organization: org, committees: com, correspondence: cor }[scenario.subgraph];
    const rows = [
      await measure('gateway', 'http://127.0.0.1:4100/graphql', signIn.token, scenario.query, scenario.variables, [org, com, cor, sur]),
      await measure(`${scenario.subgraph} subgraph`, `${own}/graphql`, signIn.token, scenario.subgraphQuery ?? scenario.query, scenario.variables, [org, com, cor, sur]),
      ...(scenario.rawSql ? [await measureSql('raw SQL', databaseUrl, scenario.rawSql)] : []),
    ];
    // eslint-disable-next-line no-console -- the benchmark's output is its table
    console.table(rows);
  }
} finally {
  // Wait for every service to exit: the next run reuses the ports.
  await Promise.all(processes.map((child) => new Promise((resolve) => (child.exitCode !== null ? resolve(null) : (child.once('exit', resolve), child.kill('SIGTERM'))))));
  await scratch?.drop();
  await rm(dataDir, { recursive: true, force: true });
}

async function graphql(url: string, query: string) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data!;
}
