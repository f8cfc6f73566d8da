import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DIRECTORATES, NATIONAL_ENGAGEMENTS, TENANTS, directorateId } from '@qualipref/demo-fixtures';
import { bearer, post, startPlatform, type Platform } from './platform.js';

let platform: Platform;
let token: string;

beforeAll(async () => {
  platform = await startPlatform();
  const signIn = await post<{ signIn: { token: string } }>(platform.gatewayUrl, {
    query: 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }',
    variables: { e: 'metz.analyst@demo.qualipref.test', p: DEMO_PASSWORD },
  });
  token = signIn.data!.signIn.token;
});
afterAll(() => platform?.stop());

const sqlStatements = async (graphqlUrl: string) =>
  Number(/qualipref_sql_statements_total\{[^}]*\} (\d+)/.exec(await (await fetch(graphqlUrl.replace('/graphql', '/metrics'))).text())![1]);

describe('one graph across the subgraphs', () => {
  it('joins committees and organization: the CLU with its directorate, a directorate with its open actions', async () => {
    const result = await post<{ committees: { nodes: { name: string; ownerDirectorate: { code: string; name: string } }[] }; directorate: { code: string; openActions: { totalCount: number; nodes: { reference: string; ownerDirectorate: { code: string } }[] } } }>(
      platform.gatewayUrl,
      {
        query: 'query($d: ID!) { committees(tenantId: "' + TENANTS.metz.id + '") { nodes { name ownerDirectorate { code name } } } directorate(id: $d) { code openActions { totalCount nodes { reference ownerDirectorate { code } } } } }',
        variables: { d: directorateId('metz', 'DRMM') },
      },
      bearer(token),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.committees.nodes[0]!.ownerDirectorate).toEqual({ code: 'DRMM', name: 'Direction des ressources et des moyens mutualisés' });
    expect(result.data!.directorate.openActions.nodes.map((a) => a.reference)).toEqual(['A-02', 'A-04', 'A-09']);
    expect(result.data!.directorate.openActions.nodes.every((a) => a.ownerDirectorate.code === 'DRMM')).toBe(true);
  });

  it('answers a tenant’s capabilities from every subgraph that adds its own: organization’s and the committees’', async () => {
    const capabilities = async (email: string) => {
      const session = await post<{ signIn: { token: string } }>(platform.gatewayUrl, { query: 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }', variables: { e: email, p: DEMO_PASSWORD } });
      const result = await post<{ tenant: { viewerCan: Record<string, boolean> } }>(
        platform.gatewayUrl,
        { query: 'query($t: ID!) { tenant(id: $t) { viewerCan { id manageOrganization createCommittees createActionPlans } } }', variables: { t: TENANTS.metz.id } },
        bearer(session.data!.signIn.token),
      );
      expect(result.errors).toBeUndefined();
      return result.data!.tenant.viewerCan;
    };
    expect(await capabilities('metz.manager@demo.qualipref.test')).toEqual({ id: TENANTS.metz.id, manageOrganization: false, createCommittees: true, createActionPlans: true });
    expect(await capabilities('metz.analyst@demo.qualipref.test')).toEqual({ id: TENANTS.metz.id, manageOrganization: false, createCommittees: false, createActionPlans: false });
  });

  it('joins correspondence and quality: a delay target with the national engagement it implements, an unknown one refused', async () => {
    type Target = { channel: string; validTo: string | null; engagement: { id: string; number: string | null; text: string; referential: { code: string } } };
    const targets = await post<{ delayTargets: { nodes: Target[] } }>(
      platform.gatewayUrl,
      { query: 'query($t: ID) { delayTargets(tenantId: $t, first: 50) { nodes { channel validTo engagement { id number text referential { code } } } } }', variables: { t: TENANTS.metz.id } },
      bearer(token),
    );
    expect(targets.errors).toBeUndefined();
    const letter = targets.data!.delayTargets.nodes.find((t) => t.channel === 'LETTER' && t.validTo === null)!;
    expect(letter.engagement).toEqual({ id: NATIONAL_ENGAGEMENTS.SERVICES_PUBLICS_PLUS_2023_DELAIS, number: '4', text: 'Votre demande est traitée dans les délais annoncés', referential: { code: 'SERVICES_PUBLICS_PLUS_2023' } });
    // Correspondence asks quality through its own URL before writing: an engagement quality does not know is bad input.
    const admin = await post<{ signIn: { token: string } }>(platform.gatewayUrl, { query: 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }', variables: { e: 'metz.administrator@demo.qualipref.test', p: DEMO_PASSWORD } });
    const add = (engagementId: string) =>
      post<{ addDelayTarget: { engagement: { referential: { code: string } } } }>(
        platform.gatewayUrl,
        {
          query: 'mutation($i: DelayTargetInput!) { addDelayTarget(input: $i) { engagement { referential { code } } } }',
          variables: { i: { engagementId, channel: 'CONTACT_FORM', correspondentKind: 'ELECTED_OFFICIAL', unit: 'WORKING_DAYS', target: 3, label: 'Répondre aux élus sous 3 jours ouvrés', validFrom: '2026-01-01' } },
        },
        bearer(admin.data!.signIn.token),
      );
    const unknown = await add('0195a000-0000-7000-8000-00000000dead');
    expect(unknown.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    const added = await add(NATIONAL_ENGAGEMENTS.SERVICES_PUBLICS_PLUS_2023_DELAIS);
    expect(added.errors).toBeUndefined();
    expect(added.data!.addDelayTarget.engagement.referential.code).toBe('SERVICES_PUBLICS_PLUS_2023');
  });

  it('serves a subgraph’s documents through the gateway with the caller’s token', async () => {
    const ids = await post<{ committees: { nodes: { meetings: { nodes: { minutes: { pdfPath: string } | null }[] } }[] } }>(platform.gatewayUrl, { query: '{ committees { nodes { meetings { nodes { minutes { pdfPath } } } } } }' }, bearer(token));
    const path = ids.data!.committees.nodes.flatMap((c) => c.meetings.nodes).find((m) => m.minutes)!.minutes!.pdfPath;
    const base = platform.gatewayUrl.replace('/graphql', '');
    const pdf = await fetch(`${base}${path}`, { headers: bearer(token) });
    expect(pdf.status).toBe(200);
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
    expect((await fetch(`${base}${path}`)).status).toBe(401);
    expect((await fetch(`${base}/documents/unknown/x.pdf`, { headers: bearer(token) })).status).toBe(404);
  });
});

describe('cost of a list through the gateway', () => {
  it('lists 10,000 actions with their directorate and origin at a constant number of SQL statements per page', async () => {
    const client = new pg.Client({ connectionString: platform.databaseUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ plan: string; meeting: string; proposal: string }>(
        "select p.id as plan, (select id from committees.meeting where tenant_id = p.tenant_id order by scheduled_at limit 1) as meeting, (select id from committees.proposal where tenant_id = p.tenant_id limit 1) as proposal from committees.action_plan p where p.tenant_id = $1",
        [TENANTS.metz.id],
      );
      const { plan, meeting, proposal } = rows[0]!;
      const owners = DIRECTORATES.filter((d) => d.tenant === 'metz').map((d) => d.id);
      await client.query(
        `insert into committees.action (id, tenant_id, plan_id, reference, title, owner_directorate_id, due_date, status, progress, origin_kind, origin_proposal_id, origin_meeting_id, created_at, updated_at)
         select gen_random_uuid(), $1, $2, 'B-' || lpad(n::text, 5, '0'), 'Action ' || n, ($5::uuid[])[1 + n % $6], date '2016-01-01' + (n % 365), 'PLANNED', 0,
                case when n % 2 = 0 then 'PROPOSAL' else 'MEETING' end,
                case when n % 2 = 0 then $3::uuid end, case when n % 2 = 1 then $4::uuid end, now(), now()
         from generate_series(1, 10000) n`,
        [TENANTS.metz.id, plan, proposal, meeting, owners, owners.length],
      );
    } finally {
      await client.end();
    }
    const query = 'query($first: Int!, $after: String) { actions(first: $first, after: $after) { totalCount pageInfo { endCursor } nodes { reference ownerDirectorate { code name } originProposal { text } originMeeting { title } } } }';
    const cost = async (first: number, after: string | null) => {
      const before = (await sqlStatements(platform.subgraphUrls.organization!)) + (await sqlStatements(platform.subgraphUrls.committees!));
      const result = await post<{ actions: { totalCount: number; pageInfo: { endCursor: string }; nodes: { ownerDirectorate: { code: string } }[] } }>(platform.gatewayUrl, { query, variables: { first, after } }, bearer(token));
      expect(result.errors).toBeUndefined();
      expect(result.data!.actions.nodes).toHaveLength(first);
      expect(result.data!.actions.nodes.every((n) => n.ownerDirectorate.code)).toBe(true);
      const after2 = (await sqlStatements(platform.subgraphUrls.organization!)) + (await sqlStatements(platform.subgraphUrls.committees!));
      return { statements: after2 - before, total: result.data!.actions.totalCount, end: result.data!.actions.pageInfo.endCursor };
    };
    const small = await cost(10, null);
    const large = await cost(100, null);
    const next = await cost(100, large.end);
    expect(small.total).toBeGreaterThanOrEqual(10_000);
    // Equal counts prove nothing if the counters count nothing.
    expect(small.statements).toBeGreaterThan(0);
    expect(large.statements).toBe(small.statements);
    expect(next.statements).toBe(small.statements);
  }, 120_000);
});
