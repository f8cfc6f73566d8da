import { join } from 'node:path';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildClientSchema, getIntrospectionQuery, isEnumType, isInputObjectType, isInterfaceType, isObjectType, type IntrospectionQuery } from 'graphql';
import { LocalIssuer, Role } from '@qualipref/auth';
import { ACCOUNTS, DEMO_PASSWORD, TENANTS, directorateId } from '@qualipref/demo-fixtures';
import { DEFAULT_ISSUER, PLATFORM_CALLER_HEADER, platformCallerProof } from '@qualipref/server-kit';
import { composeSupergraph } from '../src/compose.js';
import { bearer, codes, post, startPlatform, type Platform } from './platform.js';

let platform: Platform;
let url: string;

const SIGN_IN = 'mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { token } }';
async function signIn(email: string): Promise<string> {
  const result = await post<{ signIn: { token: string } }>(url, { query: SIGN_IN, variables: { email, password: DEMO_PASSWORD } });
  return result.data!.signIn.token;
}

beforeAll(async () => {
  platform = await startPlatform();
  url = platform.gatewayUrl;
});
afterAll(() => platform?.stop());

describe('supergraph', () => {
  it('composes from the subgraphs at build', async () => {
    const sdl = await composeSupergraph();
    expect(sdl).toContain('join__graph(name: "organization"');
  });

  it('describes every type, field, argument and enum value (the analysts’ manual)', async () => {
    const token = await signIn(ACCOUNTS[2]!.email);
    const result = await post<IntrospectionQuery>(url, { query: getIntrospectionQuery() }, bearer(token));
    const schema = buildClientSchema(result.data!);
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isEnumType(type)) for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
    }
    expect(missing).toEqual([]);
  });
});

describe('one cursor format', () => {
  it('gives the same kind of cursor on entity lists, child lists and computed lists: base64url JSON of the sort values, ending with the key', async () => {
    const token = await signIn(ACCOUNTS[2]!.email);
    type Edges = { edges: { cursor: string; node: { id?: string } }[] };
    const result = await post<{ tenants: Edges & { nodes: { directorates: Edges }[] }; feedbackCounts: Edges }>(
      url,
      {
        query: `{ tenants(first: 1) { edges { cursor node { id } } nodes { directorates(first: 1) { edges { cursor node { id } } } } }
          feedbackCounts(first: 1, from: "2015-01-01", to: "2026-12-31") { edges { cursor node { __typename } } } }`,
      },
      bearer(token),
    );
    const decode = (cursor: string) => JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    const entity = result.data!.tenants.edges[0]!;
    const child = result.data!.tenants.nodes[0]!.directorates.edges[0]!;
    const row = result.data!.feedbackCounts.edges[0]!;
    // paginate (MikroORM's keyset cursor) and paginateChildren: the sort values, then the id.
    for (const { cursor, node } of [entity, child]) expect(decode(cursor).at(-1)).toBe(node.id);
    // paginateRows: the row's key, unique in its list.
    expect(decode(row.cursor)).toEqual([expect.any(String), expect.any(String)]);
    for (const { cursor } of [entity, child, row]) expect(Array.isArray(decode(cursor)) && /^[A-Za-z0-9_-]+$/.test(cursor)).toBe(true);
  });
});

describe('sign-in and identity through the gateway', () => {
  it('signs in each demo role of each tenant and answers me', async () => {
    for (const account of ACCOUNTS) {
      const token = await signIn(account.email);
      const me = await post<{ me: { email: string; role: string; tenant: { name: string } } }>(url, { query: '{ me { email role tenant { name } } }' }, bearer(token));
      expect(me.data?.me).toEqual({ email: account.email, role: account.role, tenant: { name: TENANTS[account.tenant].name } });
    }
  });

  it('refuses missing, expired, foreign and malformed tokens with UNAUTHENTICATED', async () => {
    const missing = await post(url, { query: '{ me { id } }' });
    expect(missing.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'MISSING' });

    const account = ACCOUNTS[0]!;
    const identity = { userId: account.id, tenantId: TENANTS.metz.id, directorateId: directorateId('metz', 'DCTAJ'), role: Role.AGENT, readableTenantIds: [TENANTS.metz.id], email: account.email, name: account.displayName };
    const realKey = await LocalIssuer.open({ keyDir: join(platform.dataDir, 'keys'), issuer: DEFAULT_ISSUER, audience: 'qualipref', ttlSeconds: 900 });
    const expired = await realKey.issue(identity, new Date(Date.now() - 3_600_000));
    const expiredResult = await post(url, { query: '{ me { id } }' }, bearer(expired.token));
    expect(expiredResult.status).toBe(401);
    expect(expiredResult.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'EXPIRED' });

    const otherDir = await mkdtemp(join(tmpdir(), 'qp-foreign-'));
    const foreignKey = await LocalIssuer.open({ keyDir: otherDir, issuer: DEFAULT_ISSUER, audience: 'qualipref', ttlSeconds: 900 });
    const foreign = await foreignKey.issue({ ...identity, role: Role.ADMINISTRATOR });
    const foreignResult = await post(url, { query: '{ me { id } }' }, bearer(foreign.token));
    expect(foreignResult.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INVALID' });
    await rm(otherDir, { recursive: true, force: true });

    // The subgraph verifies again: a forged token sent straight to it, even with the platform's proof, is refused too.
    const organizationUrl = platform.subgraphUrls.organization!;
    const direct = await post(organizationUrl, { query: '{ me { id } }' }, { ...bearer(foreign.token), [PLATFORM_CALLER_HEADER]: platformCallerProof(platform.callerSecret, 'POST', organizationUrl) });
    expect(codes(direct)).toEqual(['UNAUTHENTICATED']);

    expect(codes(await post(url, { query: '{ me { id } }' }, { authorization: 'Bearer abc.def.ghi' }))).toEqual(['UNAUTHENTICATED']);
    const valid = await realKey.issue(identity);
    expect((await post<{ me: { id: string } }>(url, { query: '{ me { id } }' }, bearer(valid.token))).data?.me.id).toBe(account.id);
  });

  it('keeps a Forbach agent out of Metz through the gateway too', async () => {
    const token = await signIn('forbach.agent@demo.qualipref.test');
    const result = await post<{ directorate: unknown; tenants: { nodes: { code: string }[] } }>(
      url,
      { query: 'query($id: ID!) { directorate(id: $id) { code } tenants { nodes { code } } }', variables: { id: directorateId('metz', 'DRMM') } },
      bearer(token),
    );
    expect(result.data).toEqual({ directorate: null, tenants: { nodes: [{ code: 'forbach' }] } });
  });

  it('gives quality a read-only service identity for one tenant: it reads the supergraph there, writes nothing', async () => {
    const tokenUrl = new URL('/oauth/token', platform.subgraphUrls.organization).href;
    const response = await fetch(tokenUrl, {
      method: 'POST',
      headers: { authorization: `Basic ${Buffer.from(`quality:${platform.serviceSecret}`).toString('base64')}`, 'content-type': 'application/x-www-form-urlencoded', [PLATFORM_CALLER_HEADER]: platformCallerProof(platform.callerSecret, 'POST', tokenUrl) },
      body: new URLSearchParams({ grant_type: 'client_credentials', tenant_id: TENANTS.metz.id, directorate_id: directorateId('metz', 'DRMM') }).toString(),
    });
    expect(response.status).toBe(200);
    const { access_token: token } = (await response.json()) as { access_token: string };
    // Across subgraphs: quality's labellings, with their tenant from the organization.
    const read = await post<{ tenants: { nodes: { code: string }[] }; labellings: { nodes: { tenant: { code: string } }[] } }>(url, { query: '{ tenants { nodes { code } } labellings { nodes { tenant { code } } } }' }, bearer(token));
    expect(read.errors).toBeUndefined();
    expect(read.data!.tenants.nodes).toEqual([{ code: 'metz' }]);
    expect(read.data!.labellings.nodes.length).toBeGreaterThan(0);
    expect(new Set(read.data!.labellings.nodes.map((l) => l.tenant.code))).toEqual(new Set(['metz']));
    // Refused by the subgraph as an answer, not a fault: the gateway passes its code and reason on.
    const write = await post(url, { query: 'mutation { signOut(refreshToken: "x") }' }, bearer(token));
    expect(write.status).toBe(200);
    expect(write.errors?.map((e) => [e.extensions?.code, e.extensions?.reason])).toEqual([['FORBIDDEN', 'READ_ONLY_IDENTITY']]);
  });

  it('passes the request id on, and answers it', async () => {
    const result = await post(url, { query: '{ __typename }' }, { 'x-request-id': 'test-request-42' });
    expect(result.headers.get('x-request-id')).toBe('test-request-42');
  });
});

describe('operation limits', () => {
  let token: string;
  beforeAll(async () => {
    token = await signIn('metz.analyst@demo.qualipref.test');
  });

  it('refuses a query deeper than the limit', async () => {
    const deep = '{ me { directorate { tenant { directorates { nodes { services { nodes { directorate { users { nodes { directorate { code } } } } } } } } } } } }';
    const result = await post(url, { query: deep }, bearer(token));
    expect(codes(result)).toEqual(['LIMIT_EXCEEDED']);
    expect(result.errors?.[0]?.message).toMatch(/depth limit of 10/);
  });

  it('refuses too many aliases, directives, tokens or too much cost', async () => {
    const aliases = `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
    expect(codes(await post(url, { query: aliases }, bearer(token)))).toContain('LIMIT_EXCEEDED');
    const directives = `{ me { ${Array.from({ length: 11 }, () => 'id @include(if: true)').join(' ')} } }`;
    expect(codes(await post(url, { query: directives }, bearer(token)))).toContain('LIMIT_EXCEEDED');
    const tokens = `{ me { ${Array.from({ length: 3100 }, () => 'id').join(' ')} } }`;
    expect(codes(await post(url, { query: tokens }, bearer(token)))).toContain('LIMIT_EXCEEDED');
    const cost = '{ tenants { nodes { directorates { nodes { code name services(first: 5) { nodes { code } } } } } } }';
    expect((await post(url, { query: cost }, bearer(token))).errors).toBeUndefined();
    const frugal = await platform.startGateway({ GATEWAY_MAX_COST: '100' });
    const refused = await post(frugal.url, { query: cost }, bearer(token));
    expect(refused.status).toBe(400);
    expect(codes(refused)).toEqual(['LIMIT_EXCEEDED']);
    // 1 + 20 tenants × (1 + 1 + 20 directorates × (1 + 1 + 1 + 1 + 5 services × 2)): the default page when `first` is absent.
    expect(refused.errors?.[0]?.message).toBe("Opération trop coûteuse (coût 5641, au plus 100) : demandez moins d'éléments par page (first) ou moins de listes imbriquées.");
  });

  it('answers a request the client got wrong with HTTP 400 and its code, never as a server error', async () => {
    const syntax = await post(url, { query: '{ me { id }' }, bearer(token));
    expect([syntax.status, codes(syntax)]).toEqual([400, ['GRAPHQL_PARSE_FAILED']]);
    const unknownOperation = await post(url, { query: 'query A { me { id } }', operationName: 'B' }, bearer(token));
    expect([unknownOperation.status, codes(unknownOperation)]).toEqual([400, ['INVALID_GRAPHQL']]);
    const depth = await post(url, { query: '{ me { directorate { tenant { directorates { nodes { services { nodes { directorate { users { nodes { directorate { code } } } } } } } } } } } }' }, bearer(token));
    const tokens = await post(url, { query: `{ me { ${Array.from({ length: 3100 }, () => 'id').join(' ')} } }` }, bearer(token));
    const aliases = await post(url, { query: `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: me { id }`).join(' ')} }` }, bearer(token));
    for (const refused of [depth, tokens, aliases]) expect([refused.status, codes(refused)]).toEqual([400, ['LIMIT_EXCEEDED']]);
    // An unknown field too, as before.
    expect((await post(url, { query: '{ nope }' }, bearer(token))).status).toBe(400);
  });

  it('refuses a batch of more than 10 operations and an oversized body, and changes nothing', async () => {
    const batch = Array.from({ length: 11 }, () => ({ query: '{ __typename }' }));
    const batched = await post(url, batch, bearer(token));
    expect(batched.status).toBe(400);
    expect(codes(batched)).toEqual(['LIMIT_EXCEEDED']);
    const small = (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(batch.slice(0, 3)) }).then((r) => r.json())) as unknown[];
    expect(small).toHaveLength(3);
    const huge = await post(url, { query: `{ __typename } # ${'x'.repeat(2_100_000)}` }, bearer(token));
    expect(huge.status).toBe(413);
    expect(codes(huge)).toEqual(['LIMIT_EXCEEDED']);
  });

  it('does not suggest field names to a prober', async () => {
    const result = await post(url, { query: '{ mee { id } }' }, bearer(token));
    expect(result.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });

  it('blocks cross-site GET requests (CSRF prevention)', async () => {
    const response = await fetch(`${url}?query=${encodeURIComponent('{ __typename }')}`);
    expect(response.status).toBe(400);
    const allowed = await fetch(`${url}?query=${encodeURIComponent('{ __typename }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(allowed.status).toBe(200);
  });

  it('is the only caller the subgraphs answer, with its proof, composing from them too (GATEWAY_SUPERGRAPH=introspect)', async () => {
    const token = await signIn('metz.analyst@demo.qualipref.test');
    const organizationUrl = platform.subgraphUrls.organization!;
    // Straight to a subgraph, a valid token is not enough; without introspection there, `_service` still composes.
    const direct = await post(organizationUrl, { query: '{ me { id } }' }, bearer(token));
    expect(direct.status).toBe(403);
    expect(direct.errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN', reason: 'NOT_A_PLATFORM_CALLER' });
    const signed = (query: string) => post(organizationUrl, { query }, { ...bearer(token), [PLATFORM_CALLER_HEADER]: platformCallerProof(platform.callerSecret, 'POST', organizationUrl) });
    expect((await signed('{ __schema { queryType { name } } }')).errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN', reason: 'INTROSPECTION_DISABLED' });
    const composing = await platform.startGateway({ GATEWAY_SUPERGRAPH: 'introspect' });
    const read = await post<{ tenants: { nodes: { code: string }[] }; labellings: { nodes: { tenant: { code: string } }[] } }>(composing.url, { query: '{ tenants { nodes { code } } labellings { nodes { tenant { code } } } }' }, bearer(token));
    expect(read.errors).toBeUndefined();
    expect(read.data!.labellings.nodes.length).toBeGreaterThan(0);
    // A gateway with another secret is no platform caller: the subgraphs answer it nothing.
    const stranger = await platform.startGateway({ PLATFORM_CALLER_SECRET: 'x'.repeat(32) });
    const refused = await post<{ tenants: unknown }>(stranger.url, { query: '{ tenants { nodes { code } } }' }, bearer(token));
    expect(refused.data?.tenants ?? null).toBeNull();
    expect(refused.errors?.length).toBeGreaterThan(0);
  });

  it('answers introspection only when configured on', async () => {
    const closed = await platform.startGateway({ GATEWAY_INTROSPECTION: 'false' });
    const result = await post(closed.url, { query: '{ __schema { queryType { name } } }' }, bearer(token));
    expect(result.errors?.[0]?.message).toMatch(/introspection/i);
    expect(result.errors?.[0]?.message).not.toMatch(/stack/i);
  });
});

describe('operation cost, with the variables', () => {
  let token: string;
  beforeAll(async () => {
    token = await signIn('metz.analyst@demo.qualipref.test');
  });

  // The fan-outs of the hardening issue: three lists nested, and a tableau per item whose overdue items have a tableau each.
  const TENANTS = 'query Fan($n: Int!) { tenants(first: $n) { nodes { directorates(first: $n) { nodes { services(first: $n) { nodes { code } } } } } } }';
  const TABLEAUX =
    'query Fan($n: Int!) { correspondenceItems(first: $n) { nodes { service { correspondenceTableau(from: "2015-01-01", to: "2015-12-31") { overdueItems(first: $n) { nodes { directorate { correspondenceTableau(from: "2015-01-01", to: "2015-12-31") { from } } } } } } } } }';
  const literal = (query: string, n: number) => query.replace('($n: Int!)', '').replaceAll('$n', String(n));
  // The same, its root field asked 15 times (the most aliases allowed).
  const aliased = (query: string) => {
    const root = query.slice(query.indexOf('{') + 1, query.lastIndexOf('}')).trim();
    return `${query.slice(0, query.indexOf('{'))}{ ${Array.from({ length: 15 }, (_, i) => `a${i}: ${root}`).join(' ')} }`;
  };
  const costOf = (result: { errors?: { extensions?: Record<string, unknown> }[] }) => result.errors?.[0]?.extensions?.cost;

  /** GraphQL operations each subgraph has executed, from its /metrics. */
  async function subgraphRequests(): Promise<Record<string, number>> {
    const entries = await Promise.all(
      Object.entries(platform.subgraphUrls).map(async ([name, graphqlUrl]) => {
        const text = await fetch(graphqlUrl.replace(/\/graphql$/, '/metrics')).then((r) => r.text());
        const count = /^qualipref_graphql_requests_total\{[^}]*\} (\d+)$/m.exec(text)?.[1];
        return [name, Number(count)] as const;
      }),
    );
    return Object.fromEntries(entries);
  }

  it('costs a document the same with `first` as a literal, as a variable, or absent (the default page, 20)', async () => {
    const frugal = await platform.startGateway({ GATEWAY_MAX_COST: '1' });
    for (const query of [TENANTS, TABLEAUX]) {
      for (const n of [5, 100]) {
        const asLiteral = await post(frugal.url, { query: literal(query, n) }, bearer(token));
        const asVariable = await post(frugal.url, { query, variables: { n } }, bearer(token));
        expect(codes(asLiteral)).toEqual(['LIMIT_EXCEEDED']);
        expect(typeof costOf(asLiteral)).toBe('number');
        expect(costOf(asVariable), `${query} n = ${n}`).toBe(costOf(asLiteral));
      }
      // Under the default limit, both are answered with n = 5; with n = 100, both are refused.
      expect((await post(url, { query: literal(query, 5) }, bearer(token))).errors).toBeUndefined();
      expect((await post(url, { query, variables: { n: 5 } }, bearer(token))).errors).toBeUndefined();
    }
    const absent = await post(frugal.url, { query: '{ tenants { nodes { code } } }' }, bearer(token));
    const twenty = await post(frugal.url, { query: 'query($n: Int!) { tenants(first: $n) { nodes { code } } }', variables: { n: 20 } }, bearer(token));
    expect(costOf(absent)).toBe(41);
    expect(costOf(twenty)).toBe(41);
  });

  it('refuses the fan-outs with $n = 100 (HTTP 400 LIMIT_EXCEEDED) before any subgraph is called', async () => {
    for (const query of [TENANTS, TABLEAUX]) {
      const before = await subgraphRequests();
      const refused = await post(url, { query, variables: { n: 100 } }, bearer(token));
      expect(refused.status).toBe(400);
      expect(codes(refused)).toEqual(['LIMIT_EXCEEDED']);
      expect(refused.errors?.[0]?.message).toMatch(/^Opération trop coûteuse \(coût \d+, au plus 15000\)/);
      expect(refused.errors?.[0]?.extensions).toMatchObject({ maxCost: 15000 });
      expect(costOf(refused)).toBeGreaterThan(40_000);
      expect(refused.data ?? null).toBeNull();
      expect(await subgraphRequests()).toEqual(before);
    }
  });

  it('refuses each operation of a batch of 10, each with the fan-out under 15 aliases, before any subgraph is called', async () => {
    const before = await subgraphRequests();
    const batch = Array.from({ length: 10 }, (_, i) => ({ query: aliased(i % 2 ? TABLEAUX : TENANTS), variables: { n: 100 } }));
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...bearer(token) }, body: JSON.stringify(batch) });
    expect(response.status).toBe(400);
    const results = (await response.json()) as { data?: unknown; errors?: { extensions?: Record<string, unknown> }[] }[];
    expect(results).toHaveLength(10);
    for (const result of results) {
      expect(codes(result)).toEqual(['LIMIT_EXCEEDED']);
      expect(result.data ?? null).toBeNull();
    }
    expect(await subgraphRequests()).toEqual(before);
    // The counters do move for an operation that is run.
    expect((await post(url, { query: TENANTS, variables: { n: 1 } }, bearer(token))).errors).toBeUndefined();
    expect((await subgraphRequests()).organization).toBeGreaterThan(before.organization!);
  });
});

describe('health', () => {
  it('is live and ready when the subgraphs are', async () => {
    const base = url.replace('/graphql', '');
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect(await (await fetch(`${base}/readyz`)).json()).toEqual({ status: 'ready', service: 'gateway' });
    const orgBase = platform.subgraphUrls.organization!.replace('/graphql', '');
    expect((await (await fetch(`${orgBase}/readyz`)).json()) as object).toMatchObject({ status: 'ready' });
  });
});
