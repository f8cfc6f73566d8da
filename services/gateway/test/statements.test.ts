import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { type GraphQLObjectType, getNamedType, isObjectType } from 'graphql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exercisedFields, fanOutFields, listFieldStats, schemaOf, signIn, startStatementCounter, type StatementCounter } from '@qualipref/test-kit';
import { CASES, EXEMPT, type StatementCase } from './statements/cases.js';
import { seedStatementRows } from './statements/seed.js';
import { bearer, post, startPlatform, type Platform, type SubgraphName } from './platform.js';
import { SUBGRAPHS as REGISTRY } from '@qualipref/platform-registry';

/**
 * The README's promise, checked on every list of the supergraph: the SQL statements of a
 * request do not grow with the rows it returns. Each case is sent through the gateway for a
 * page of 10 then of 100 parents, and PostgreSQL must receive the same number of statements
 * both times, counted on the wire between the services and the server.
 */

const schema = schemaOf(await readFile(new URL('../supergraph.graphql', import.meta.url), 'utf8'));
const FIELDS = new Map(fanOutFields(schema).map((f) => [f.name, f]));
/** Whether a list field's items are rows (they have an id), not values computed for the parent. */
const hasId = (name: string) => {
  const [type, field] = name.split('.') as [string, string];
  const named = getNamedType((schema.getType(type) as GraphQLObjectType).getFields()[field]!.type);
  return isObjectType(named) && 'id' in named.getFields();
};
const SUBGRAPHS = REGISTRY.map((s) => s.name as SubgraphName);

describe('every fan-out field of the supergraph has a statement-count case', () => {
  const exercised = new Set(CASES.flatMap((c) => [...exercisedFields(schema, c.query)]));
  const fields = [...FIELDS.values()];

  it('lists the fields no case selects under a list and no exemption explains (none)', () => {
    expect(fields.filter((f) => !exercised.has(f.name) && !(f.name in EXEMPT)).map((f) => `${f.kind} ${f.name}`)).toEqual([]);
  });

  it('exempts only fan-out fields of the supergraph', () => {
    const names = new Set(fields.map((f) => f.name));
    expect(Object.keys(EXEMPT).filter((name) => !names.has(name))).toEqual([]);
  });
});

let platform: Platform;
const counters = new Map<SubgraphName, StatementCounter>();
const tokens = new Map<string, string>();

beforeAll(async () => {
  const adminUrl = process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
  for (const name of SUBGRAPHS) counters.set(name, await startStatementCounter(adminUrl));
  platform = await startPlatform(
    // The cases select deep trees on purpose; the limits are the gateway's own tests' business.
    { GATEWAY_MAX_DEPTH: '20', GATEWAY_MAX_TOKENS: '20000', GATEWAY_MAX_COST: '10000000' },
    {
      serviceEnv: (name, databaseUrl) => {
        const url = new URL(counters.get(name)!.url);
        url.pathname = new URL(databaseUrl).pathname;
        url.username = new URL(databaseUrl).username;
        // The organization's demo gives the accounts; the other services' rows are the suite's own.
        // No mail outbox worker: its rounds would be counted with the cases' statements.
        return { DATABASE_URL: url.toString(), SEED_DEMO: name === 'organization' ? 'true' : 'false', MAIL_WORKER_INTERVAL_MS: '0' };
      },
    },
  );
  await seedStatementRows(platform.databaseUrl);
  // Signed in after the seed: a préfecture analyst's token names the tenants added under Metz.
  for (const account of new Set(CASES.flatMap((c) => (typeof c.as === 'object' ? [c.as.small, c.as.large] : [c.as ?? 'metz.analyst'])))) tokens.set(account, await signIn(platform.gatewayUrl, `${account}@demo.qualipref.test`));
}, 300_000);

/** Statements per service of each case, written to test-output/statement-counts.json for the record. */
const counts: Record<string, { small: Record<string, number>; large: Record<string, number> }> = {};

afterAll(async () => {
  await mkdir(new URL('../test-output/', import.meta.url), { recursive: true });
  await writeFile(new URL('../test-output/statement-counts.json', import.meta.url), `${JSON.stringify(counts, null, 2)}\n`);
  await platform?.stop();
  for (const counter of counters.values()) await counter.close();
});

const total = () => [...counters.values()].reduce((sum, c) => sum + c.count(), 0);

async function run(c: StatementCase, size: 'small' | 'large') {
  const variables = c[size];
  const account = typeof c.as === 'object' ? c.as[size] : (c.as ?? 'metz.analyst');
  const before = new Map(SUBGRAPHS.map((name) => [name, counters.get(name)!.count()]));
  const start = total();
  const result = await post<Record<string, unknown>>(platform.gatewayUrl, { query: c.query, variables }, bearer(tokens.get(account)!));
  expect(result.errors, c.name).toBeUndefined();
  const perService = Object.fromEntries(SUBGRAPHS.map((name) => [name, counters.get(name)!.count() - before.get(name)!]));
  return { data: result.data!, statements: total() - start, perService };
}

describe('the child lists batched per page keep their order and their cursors', () => {
  const sql = async (text: string, values: unknown[]) => {
    const client = new pg.Client({ connectionString: platform.databaseUrl });
    await client.connect();
    try {
      return (await client.query<{ id: string }>(text, values)).rows.map((r) => r.id);
    } finally {
      await client.end();
    }
  };
  /** Every id of a child list, read three at a time through its cursors. */
  const pages = async (query: string, variables: Record<string, unknown>, list: (data: Record<string, unknown>) => { nodes: { id: string }[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } }) => {
    const ids: string[] = [];
    let after: string | null = null;
    for (;;) {
      const result = await post<Record<string, unknown>>(platform.gatewayUrl, { query, variables: { ...variables, first: 3, after } }, bearer(tokens.get('metz.analyst')!));
      expect(result.errors).toBeUndefined();
      const page = list(result.data!);
      ids.push(...page.nodes.map((n) => n.id));
      if (!page.pageInfo.hasNextPage) return ids;
      after = page.pageInfo.endCursor;
    }
  };
  const PAGE = 'pageInfo { endCursor hasNextPage } nodes { id }';

  it('pages a tenant’s campaigns newest first (ties by id), as the table orders them', async () => {
    const metz = '0195a000-0000-7000-8000-000000000001';
    const ids = await pages(`query($id: ID!, $first: Int!, $after: String) { tenant(id: $id) { campaigns(first: $first, after: $after) { ${PAGE} } } }`, { id: metz }, (d) => (d.tenant as { campaigns: never }).campaigns);
    expect(ids).toEqual(await sql('select id from surveys.campaign where tenant_id = $1 order by opens_on desc, id asc', [metz]));
  });

  it('pages the proposals routed to a directorate newest first (ties by id), each once', async () => {
    const [directorate] = await sql("select id from organization.directorate where code = 'ZD1' order by tenant_id limit 1", []);
    const ids = await pages(`query($id: ID!, $first: Int!, $after: String) { directorate(id: $id) { routedProposals(first: $first, after: $after) { ${PAGE} } } }`, { id: directorate }, (d) => (d.directorate as { routedProposals: never }).routedProposals);
    expect(ids.length).toBeGreaterThan(3);
    expect(ids).toEqual(await sql('select p.id from committees.proposal p where p.id in (select r.proposal_id from committees.proposal_routing r where r.directorate_id = $1) order by p.created_at desc, p.id asc', [directorate]));
  });
});

describe('statements per request do not grow with the rows returned', () => {
  it('counts what PostgreSQL receives, statement by statement', async () => {
    const counter = await startStatementCounter(platform.databaseUrl);
    const client = new pg.Client({ connectionString: counter.url });
    await client.connect();
    try {
      const before = counter.count();
      await client.query('select 1');
      await client.query('select $1::int + 1 as n', [1]);
      // A message larger than a TCP chunk is still one statement.
      await client.query('select length($1::text) as n', ['x'.repeat(200_000)]);
      expect(counter.count() - before).toBe(3);
    } finally {
      await client.end();
      await counter.close();
    }
  });

  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    // Sent once first, so that what a service reads once and keeps is not counted against the small page alone.
    await run(c, 'large');
    const small = await run(c, 'small');
    const large = await run(c, 'large');
    expect(c.parents(small.data).length, 'parents of the small page').toBeGreaterThanOrEqual(10);
    expect(c.parents(large.data).length, 'parents of the large page').toBeGreaterThanOrEqual(100);
    counts[c.name] = { small: small.perService, large: large.perService };
    // The seed is in the answer: every list of rows under a list holds at least two per parent, every list of values and every object shows up.
    const thin = [...listFieldStats(schema, c.query, large.data)].filter(([name, s]) => {
      const field = FIELDS.get(name);
      if (!field || name in EXEMPT) return false;
      if (field.kind === 'connection' || (field.kind === 'list' && hasId(name))) return s.children < 2 * s.parents;
      return field.kind === 'list' ? s.children === 0 : s.present === 0;
    });
    expect(thin.map(([name, s]) => `${name}: ${s.children} for ${s.parents}, ${s.present} present`)).toEqual([]);
    expect({ small: small.statements, large: large.statements, perService: large.perService }).toEqual({ small: small.statements, large: small.statements, perService: small.perService });
  }, 120_000);
});
