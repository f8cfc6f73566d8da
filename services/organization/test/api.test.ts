import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNTS, TENANTS, directorateId } from '@qualipref/demo-fixtures';
import { startSubgraph } from '@qualipref/server-kit';
import { organization } from '../src/subgraph.js';
import { account, codes, graphql, signIn, SIGN_IN, startOrganization, type GraphQLResponse, type TestPlatform } from './helpers.js';

let platform: TestPlatform;
let url: string;
const tokens: Record<string, string> = {};
const token = async (tenant: string, role: string) => {
  const key = `${tenant}.${role}`;
  tokens[key] ??= await signIn(url, account(tenant, role).email);
  return tokens[key];
};

beforeAll(async () => {
  platform = await startOrganization();
  url = platform.subgraph.url;
});
afterAll(() => platform?.stop());

const directorateCount = async (tenant: string) => {
  const result = await graphql<{ directorates: { totalCount: number } }>(url, '{ directorates { totalCount } }', {}, await token(tenant, 'ADMINISTRATOR'));
  return result.data!.directorates.totalCount;
};

describe('sign-in', () => {
  it('signs in every demo account and gives back its identity through me', async () => {
    for (const a of ACCOUNTS) {
      const t = await signIn(url, a.email);
      const me = await graphql<{ me: { email: string; role: string; tenant: { code: string }; directorate: { code: string } } }>(
        url,
        '{ me { email role tenant { code } directorate { code } } }',
        {},
        t,
      );
      expect(me.data?.me).toEqual({ email: a.email, role: a.role, tenant: { code: a.tenant }, directorate: { code: a.directorate } });
    }
  });

  it('answers the same UNAUTHENTICATED error for a wrong password and an unknown address', async () => {
    const wrong = await graphql(url, SIGN_IN, { email: account('metz', 'AGENT').email, password: 'not-the-password' });
    const unknown = await graphql(url, SIGN_IN, { email: 'nobody@demo.qualipref.test', password: 'not-the-password' });
    expect(codes(wrong)).toEqual(['UNAUTHENTICATED']);
    // Its own reason and words: the console must not take a wrong password for an expired session.
    expect(wrong.errors?.[0]?.extensions?.reason).toBe('BAD_CREDENTIALS');
    expect(wrong.errors?.[0]?.message).toBe('Adresse électronique ou mot de passe incorrect.');
    expect(unknown.errors?.[0]).toEqual(wrong.errors?.[0]);
    expect(codes(await graphql(url, SIGN_IN, { email: 'not an address', password: 'x' }))).toEqual(['BAD_USER_INPUT']);
  });

  it('refuses an address after five failed attempts, even with the right password, and only that address', async () => {
    const target = account('thionville', 'ANALYST');
    for (let i = 0; i < 5; i++) expect(codes(await graphql(url, SIGN_IN, { email: target.email, password: `essai-${i}` }))).toEqual(['UNAUTHENTICATED']);
    const blocked = await graphql(url, SIGN_IN, { email: target.email.toUpperCase(), password: 'qualipref-demo' });
    expect(codes(blocked)).toEqual(['LIMIT_EXCEEDED']);
    expect(blocked.errors?.[0]?.extensions?.reason).toBe('TOO_MANY_ATTEMPTS');
    await expect(signIn(url, account('thionville', 'MANAGER').email)).resolves.toBeTruthy();
  });

  it('refreshes a session with single-use refresh tokens, closes it on reuse, sign-out or deactivation', async () => {
    const REFRESH = 'mutation($r: String!) { refreshSession(refreshToken: $r) { token refreshToken refreshExpiresAt user { role } } }';
    type Session = { token: string; refreshToken: string; refreshExpiresAt: string; user: { role: string } };
    const reason = (r: GraphQLResponse<unknown>) => r.errors?.[0]?.extensions?.reason;
    const agent = account('forbach', 'AGENT');
    const first = (await graphql<{ signIn: Session }>(url, 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token refreshToken refreshExpiresAt user { role } } }', { e: agent.email, p: 'qualipref-demo' })).data!.signIn;
    expect(first.refreshToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const second = (await graphql<{ refreshSession: Session }>(url, REFRESH, { r: first.refreshToken })).data!.refreshSession;
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect(second.refreshExpiresAt).toBe(first.refreshExpiresAt);
    const me = await graphql<{ me: { email: string } }>(url, '{ me { email } }', {}, second.token);
    expect(me.data!.me.email).toBe(agent.email);
    // The first refresh token comes back: stolen. The whole session closes, the newer token too.
    expect(reason(await graphql(url, REFRESH, { r: first.refreshToken }))).toBe('REFRESH_REUSED');
    expect(reason(await graphql(url, REFRESH, { r: second.refreshToken }))).toBe('REFRESH_EXPIRED');
    expect(reason(await graphql(url, REFRESH, { r: 'x'.repeat(43) }))).toBe('REFRESH_UNKNOWN');

    const other = (await graphql<{ signIn: Session }>(url, 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token refreshToken refreshExpiresAt user { role } } }', { e: agent.email, p: 'qualipref-demo' })).data!.signIn;
    expect((await graphql<{ signOut: boolean }>(url, 'mutation($r: String!) { signOut(refreshToken: $r) }', { r: other.refreshToken })).data!.signOut).toBe(true);
    expect(reason(await graphql(url, REFRESH, { r: other.refreshToken }))).toBe('REFRESH_EXPIRED');

    // A role change applies at the next refresh; a deactivation ends the session.
    const admin = await token('forbach', 'ADMINISTRATOR');
    const third = (await graphql<{ signIn: Session }>(url, 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token refreshToken refreshExpiresAt user { role } } }', { e: agent.email, p: 'qualipref-demo' })).data!.signIn;
    await graphql(url, 'mutation($id: ID!) { updateUser(id: $id, input: { role: MANAGER }) { role } }', { id: agent.id }, admin);
    const promoted = (await graphql<{ refreshSession: Session }>(url, REFRESH, { r: third.refreshToken })).data!.refreshSession;
    expect((await graphql<{ me: { role: string } }>(url, '{ me { role } }', {}, promoted.token)).data!.me.role).toBe('MANAGER');
    await graphql(url, 'mutation($id: ID!) { updateUser(id: $id, input: { role: AGENT, active: false }) { active } }', { id: agent.id }, admin);
    expect(reason(await graphql(url, REFRESH, { r: promoted.refreshToken }))).toBe('REFRESH_EXPIRED');
    await graphql(url, 'mutation($id: ID!) { updateUser(id: $id, input: { active: true }) { active } }', { id: agent.id }, admin);
  });

  it('refuses a deactivated account', async () => {
    const admin = await token('thionville', 'ADMINISTRATOR');
    const agent = account('thionville', 'AGENT');
    await graphql(url, 'mutation($id: ID!) { updateUser(id: $id, input: { active: false }) { active } }', { id: agent.id }, admin);
    expect(codes(await graphql(url, SIGN_IN, { email: agent.email, password: 'qualipref-demo' }))).toEqual(['UNAUTHENTICATED']);
    await graphql(url, 'mutation($id: ID!) { updateUser(id: $id, input: { active: true }) { active } }', { id: agent.id }, admin);
    await expect(signIn(url, agent.email)).resolves.toBeTruthy();
  });

  it('turns password sign-in off when agents use the external identity provider only', async () => {
    const external = await startSubgraph(organization, {
      ...process.env,
      DATABASE_URL: platform.database.url,
      PORT: '0',
      QUALIPREF_DATA_DIR: platform.dataDir,
      LOG_LEVEL: 'silent',
      AUTH_PASSWORD_SIGN_IN: 'false',
    });
    try {
      expect(codes(await graphql(external.url, SIGN_IN, { email: account('metz', 'AGENT').email, password: 'qualipref-demo' }))).toEqual(['FORBIDDEN']);
    } finally {
      await external.stop();
    }
  });

  it('requires a token for me, and refuses a malformed one', async () => {
    expect(codes(await graphql(url, '{ me { id } }'))).toEqual(['UNAUTHENTICATED']);
    const bad = await graphql(url, '{ me { id } }', {}, 'not.a.jwt');
    expect(bad.status).toBe(401);
    expect(codes(bad)).toEqual(['UNAUTHENTICATED']);
  });
});

describe('reading across tenants', () => {
  it('shows a sous-préfecture agent only their tenant', async () => {
    const t = await token('forbach', 'AGENT');
    const result = await graphql<{ tenants: { nodes: { code: string }[] }; directorate: unknown; users: { totalCount: number } }>(
      url,
      'query($id: ID!) { tenants { nodes { code } } directorate(id: $id) { code } users { totalCount } }',
      { id: directorateId('metz', 'DRMM') },
      t,
    );
    expect(result.data?.tenants.nodes).toEqual([{ code: 'forbach' }]);
    expect(result.data?.directorate).toBeNull();
    expect(result.data?.users.totalCount).toBe(4);
    const asked = await graphql(url, 'query($t: ID!) { directorates(tenantId: $t) { totalCount } }', { t: TENANTS.metz.id }, t);
    expect(codes(asked)).toEqual(['FORBIDDEN']);
  });

  it('shows a préfecture analyst the three tenants, with their directorates and services', async () => {
    const t = await token('metz', 'ANALYST');
    const result = await graphql<{ tenants: { totalCount: number; nodes: { code: string; directorates: { totalCount: number; nodes: { code: string; services: { totalCount: number } }[] } }[] } }>(
      url,
      '{ tenants { totalCount nodes { code directorates(first: 100) { totalCount nodes { code services { totalCount } } } } } }',
      {},
      t,
    );
    const tenants = result.data!.tenants;
    expect(tenants.totalCount).toBe(3);
    const metz = tenants.nodes.find((n) => n.code === 'metz')!;
    expect(metz.directorates.nodes.map((d) => d.code)).toEqual(['DCTAJ', 'DCTAS', 'DLP', 'DRMM', 'SG', 'SII']);
    expect(metz.directorates.nodes.find((d) => d.code === 'DRMM')?.services.totalCount).toBe(2);
  });

  it('pages every list the same way, with cursors', async () => {
    const t = await token('metz', 'ANALYST');
    const query = 'query($after: String) { users(first: 5, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { displayName } } } }';
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page += 1) {
      type Page = { users: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { displayName: string } }[] } };
      const result: GraphQLResponse<Page> = await graphql<Page>(url, query, { after }, t);
      seen.push(...result.data!.users.edges.map((e) => e.node.displayName));
      if (!result.data!.users.pageInfo.hasNextPage) break;
      after = result.data!.users.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(ACCOUNTS.length);
    expect([...seen].sort((a, b) => (a < b ? -1 : 1))).toEqual(seen);
    expect(codes(await graphql(url, '{ users(first: 0) { totalCount } }', {}, t))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await graphql(url, '{ users(first: 101) { totalCount } }', {}, t))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await graphql(url, '{ users(after: "garbage") { totalCount } }', {}, t))).toEqual(['BAD_USER_INPUT']);
  });

  it('resolves entity references in batches: three users cost the SQL of one', async () => {
    const t = await token('metz', 'ANALYST');
    const query = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on User { email } } }';
    const sql = async () => Number(/qualipref_sql_statements_total\{[^}]*\} (\d+)/.exec(await (await fetch(url.replace('/graphql', '/metrics'))).text())![1]);
    const ids = ACCOUNTS.slice(0, 3).map((a) => ({ __typename: 'User', id: a.id }));
    // The least of three runs: the counter is the process's, and a statement of an earlier
    // request finishing late must not be billed to this one.
    const cost = async (representations: typeof ids) => {
      let least = Infinity;
      let result: Awaited<ReturnType<typeof graphql<{ _entities: { email: string }[] }>>> | undefined;
      for (let run = 0; run < 3; run++) {
        const before = await sql();
        result = await graphql<{ _entities: { email: string }[] }>(url, query, { r: representations }, t);
        least = Math.min(least, (await sql()) - before);
      }
      return { least, result: result! };
    };
    const { least: costOfOne, result: one } = await cost(ids.slice(0, 1));
    // A counter that counts nothing would make the comparison below pass whatever the batching.
    expect(costOfOne).toBeGreaterThan(0);
    const { least: costOfThree, result: three } = await cost(ids);
    expect(costOfThree).toBe(costOfOne);
    expect(one.data?._entities).toHaveLength(1);
    expect(three.data?._entities.map((e) => e.email)).toEqual(ACCOUNTS.slice(0, 3).map((a) => a.email));
  });
});

describe('administration', () => {
  const CREATE = 'mutation($input: CreateDirectorateInput!) { createDirectorate(input: $input) { id code name tenantId } }';

  it('lets an administrator create a directorate in their tenant, and audits it', async () => {
    const t = await token('forbach', 'ADMINISTRATOR');
    const created = await graphql<{ createDirectorate: { id: string; code: string; tenantId: string } }>(url, CREATE, { input: { code: 'bcl', name: '  Bureau des collectivités  ' } }, t);
    expect(created.data?.createDirectorate).toMatchObject({ code: 'BCL', tenantId: TENANTS.forbach.id });
    const trail = await graphql<{ organizationAuditTrail: { nodes: { operation: string; userEmail: string; changes: { field: string; to: unknown }[] }[] } }>(
      url,
      'query($id: ID!) { organizationAuditTrail(filter: { entityId: $id }) { nodes { operation userEmail changes { field to } } } }',
      { id: created.data!.createDirectorate.id },
      t,
    );
    expect(trail.data?.organizationAuditTrail.nodes).toEqual([
      {
        operation: 'createDirectorate',
        userEmail: account('forbach', 'ADMINISTRATOR').email,
        changes: expect.arrayContaining([{ field: 'code', to: 'BCL' }, { field: 'name', to: 'Bureau des collectivités' }]),
      },
    ]);
  });

  it('refuses bad input with a clear code and stores nothing, not even an audit entry', async () => {
    const t = await token('metz', 'ADMINISTRATOR');
    const before = await directorateCount('metz');
    const trailBefore = await graphql<{ organizationAuditTrail: { totalCount: number } }>(url, '{ organizationAuditTrail { totalCount } }', {}, t);
    const invalid = await graphql(url, CREATE, { input: { code: 'pas un sigle!', name: 'X' } }, t);
    expect(codes(invalid)).toEqual(['BAD_USER_INPUT']);
    expect(invalid.errors?.[0]?.extensions?.field).toBe('code');
    expect(codes(await graphql(url, CREATE, { input: { code: 'NEW', name: '   ' } }, t))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await graphql(url, CREATE, { input: { code: 'DRMM', name: 'Doublon' } }, t))).toEqual(['CONFLICT']);
    expect(codes(await graphql(url, CREATE, { input: { code: 'X' } }, t))).toEqual(['BAD_USER_INPUT']);
    expect(await directorateCount('metz')).toBe(before);
    const trailAfter = await graphql<{ organizationAuditTrail: { totalCount: number } }>(url, '{ organizationAuditTrail { totalCount } }', {}, t);
    expect(trailAfter.data?.organizationAuditTrail.totalCount).toBe(trailBefore.data?.organizationAuditTrail.totalCount);
  });

  it('keeps other roles and other tenants out', async () => {
    expect(codes(await graphql(url, CREATE, { input: { code: 'NEW', name: 'X' } }, await token('metz', 'MANAGER')))).toEqual(['FORBIDDEN']);
    expect(codes(await graphql(url, '{ organizationAuditTrail { totalCount } }', {}, await token('metz', 'ANALYST')))).toEqual(['FORBIDDEN']);
    const forbachAdmin = await token('forbach', 'ADMINISTRATOR');
    const update = await graphql(url, 'mutation($id: ID!) { updateDirectorate(id: $id, input: { name: "Piratée" }) { id } }', { id: directorateId('metz', 'DRMM') }, forbachAdmin);
    expect(codes(update)).toEqual(['NOT_FOUND']);
    const analystDirectorates = await graphql<{ directorate: { name: string } }>(url, 'query($id: ID!) { directorate(id: $id) { name } }', { id: directorateId('metz', 'DRMM') }, await token('metz', 'ANALYST'));
    expect(analystDirectorates.data?.directorate.name).toBe('Direction des ressources et des moyens mutualisés');
    expect(codes(await graphql(url, CREATE, { input: { code: 'NEW', name: 'X' } }))).toEqual(['UNAUTHENTICATED']);
  });

  it('tells anyone, without signing in, who publishes each tenant\'s pages; a signed-in user reads them on the tenant too', async () => {
    const QUERY = '{ tenantPublishers(first: 10) { totalCount nodes { code kind name publisherName publicationDirector postalAddress } } }';
    type Publishers = { tenantPublishers: { totalCount: number; nodes: { code: string; publisherName: string | null; publicationDirector: string | null; postalAddress: string | null }[] } };
    const anonymous = await graphql<Publishers>(url, QUERY);
    expect(anonymous.errors).toBeUndefined();
    expect(anonymous.data?.tenantPublishers.totalCount).toBe(3);
    // The préfecture first, then the sous-préfectures.
    expect(anonymous.data?.tenantPublishers.nodes.map((n) => [n.code, n.publisherName, n.publicationDirector])).toEqual([
      ['metz', 'Préfecture de la Moselle', 'Le préfet de la Moselle'],
      ['forbach', 'Sous-préfecture de Forbach-Boulay-Moselle', 'Le sous-préfet de Forbach-Boulay-Moselle'],
      ['thionville', 'Sous-préfecture de Thionville', 'Le sous-préfet de Thionville'],
    ]);
    expect(anonymous.data?.tenantPublishers.nodes[0]?.postalAddress).toBe(TENANTS.metz.publisher.postalAddress);
    expect(codes(await graphql(url, '{ tenantPublishers(first: 0) { totalCount } }'))).toEqual(['BAD_USER_INPUT']);
    const own = await graphql<{ me: { tenant: { publisherName: string; publicationDirector: string } } }>(url, '{ me { tenant { publisherName publicationDirector } } }', {}, await token('forbach', 'AGENT'));
    expect(own.data?.me.tenant).toEqual({ publisherName: TENANTS.forbach.publisher.name, publicationDirector: TENANTS.forbach.publisher.director });
  });

  it('gives each tenant the State\'s block of its documents from its settings: the prefect, and a sous-préfecture\'s name beneath', async () => {
    type Blocks = { tenants: { nodes: { code: string; prefectTitle: string | null; departementWithArticle: string | null; stateBlock: { lines: string[] } | null }[] } };
    const result = await graphql<Blocks>(url, '{ tenants(first: 10) { nodes { code prefectTitle departementWithArticle stateBlock { lines } } } }', {}, await token('metz', 'ANALYST'));
    expect(result.errors).toBeUndefined();
    expect(result.data?.tenants.nodes.map((n) => [n.code, n.prefectTitle, n.departementWithArticle, n.stateBlock?.lines])).toEqual([
      ['forbach', 'PREFET', 'de la Moselle', ['PRÉFET DE LA MOSELLE', 'Sous-préfecture de Forbach']],
      ['metz', 'PREFET', 'de la Moselle', ['PRÉFET DE LA MOSELLE']],
      ['thionville', 'PREFET', 'de la Moselle', ['PRÉFET DE LA MOSELLE', 'Sous-préfecture de Thionville']],
    ]);
  });

  it('says through Tenant.viewerCan who manages the organization, as the mutations decide', async () => {
    const capability = async (tenant: string, role: string, of = tenant) => {
      const query = 'query($id: ID!) { tenant(id: $id) { viewerCan { id manageOrganization } } }';
      const result = await graphql<{ tenant: { viewerCan: { id: string; manageOrganization: boolean } } | null }>(url, query, { id: TENANTS[of as keyof typeof TENANTS].id }, await token(tenant, role));
      return result.data?.tenant?.viewerCan.manageOrganization;
    };
    expect(await capability('metz', 'ADMINISTRATOR')).toBe(true);
    expect(await capability('forbach', 'ADMINISTRATOR')).toBe(true);
    expect(await capability('metz', 'MANAGER')).toBe(false);
    expect(await capability('metz', 'ANALYST')).toBe(false);
    // A préfecture analyst reads Forbach and administers nothing there.
    expect(await capability('metz', 'ANALYST', 'forbach')).toBe(false);
  });

  it('gives each tenant the time zone of its clock, in which the console reads typed times', async () => {
    const result = await graphql<{ tenants: { nodes: { code: string; timeZone: string }[] } }>(url, '{ tenants(first: 10) { nodes { code timeZone } } }', {}, await token('metz', 'ANALYST'));
    expect(result.data?.tenants.nodes).toEqual([
      { code: 'forbach', timeZone: 'Europe/Paris' },
      { code: 'metz', timeZone: 'Europe/Paris' },
      { code: 'thionville', timeZone: 'Europe/Paris' },
    ]);
  });

  it('says which directorates\' modules the console opens, and to whom it opens the query editor', async () => {
    const opened = async (account: string, tenant = account.split('.')[0]!) => {
      const query = 'query($id: ID!) { tenant(id: $id) { viewerCan { analyseData } directorates(first: 50) { nodes { code viewerCanOpenModule } } } }';
      const [tenantKey, role] = account.split('.') as [string, string];
      const result = await graphql<{ tenant: { viewerCan: { analyseData: boolean }; directorates: { nodes: { code: string; viewerCanOpenModule: boolean }[] } } }>(
        url,
        query,
        { id: TENANTS[tenant as keyof typeof TENANTS].id },
        await token(tenantKey, role),
      );
      const { viewerCan, directorates } = result.data!.tenant;
      const modules = directorates.nodes.filter((d) => d.viewerCanOpenModule).map((d) => d.code);
      // Every directorate of the tenant, those the tests above created included.
      const every = modules.length === directorates.nodes.length;
      return { analyseData: viewerCan.analyseData, modules: every ? 'every' : modules };
    };
    expect(await opened('metz.MANAGER')).toEqual({ analyseData: false, modules: ['DRMM'] });
    expect(await opened('metz.AGENT')).toEqual({ analyseData: false, modules: ['DCTAJ'] });
    expect(await opened('metz.ANALYST')).toEqual({ analyseData: true, modules: 'every' });
    expect(await opened('metz.ADMINISTRATOR')).toEqual({ analyseData: true, modules: 'every' });
    expect(await opened('metz.ANALYST', 'forbach')).toEqual({ analyseData: true, modules: 'every' });
    expect(await opened('forbach.ADMINISTRATOR')).toEqual({ analyseData: true, modules: 'every' });
    expect(await opened('forbach.AGENT')).toEqual({ analyseData: false, modules: ['SPF'] });
  });

  it('manages services and users with validation', async () => {
    const t = await token('thionville', 'ADMINISTRATOR');
    const spt = directorateId('thionville', 'SPT');
    const service = await graphql<{ createService: { id: string; directorate: { code: string } } }>(
      url,
      'mutation($input: CreateServiceInput!) { createService(input: $input) { id kind directorate { code } } }',
      { input: { directorateId: spt, code: 'BRH-T', name: 'Bureau des ressources humaines', kind: 'BUREAU' } },
      t,
    );
    expect(service.data?.createService.directorate.code).toBe('SPT');
    const userInput = { email: 'Nouvel.Agent@Demo.Qualipref.Test', displayName: 'Nouvel agent', directorateId: spt, serviceId: service.data!.createService.id, role: 'AGENT', password: 'un mot de passe long' };
    const created = await graphql<{ createUser: { email: string; service: { code: string } } }>(
      url,
      'mutation($input: CreateUserInput!) { createUser(input: $input) { email service { code } } }',
      { input: userInput },
      t,
    );
    expect(created.data?.createUser).toEqual({ email: 'nouvel.agent@demo.qualipref.test', service: { code: 'BRH-T' } });
    await expect(signIn(url, 'nouvel.agent@demo.qualipref.test', 'un mot de passe long')).resolves.toBeTruthy();
    const again = await graphql(url, 'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }', { input: { ...userInput, email: 'NOUVEL.agent@demo.qualipref.test' } }, t);
    expect(codes(again)).toEqual(['CONFLICT']);
    const shortPassword = await graphql(url, 'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }', { input: { ...userInput, email: 'autre@demo.qualipref.test', password: 'court' } }, t);
    expect(codes(shortPassword)).toEqual(['BAD_USER_INPUT']);
    const foreignDirectorate = await graphql(url, 'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }', { input: { ...userInput, email: 'autre@demo.qualipref.test', directorateId: directorateId('metz', 'DRMM'), serviceId: null } }, t);
    expect(codes(foreignDirectorate)).toEqual(['NOT_FOUND']);
  });

  it('tells a sous-préfecture administrator nothing of another tenant’s addresses: a Metz address gets the answer of an unused one', async () => {
    const t = await token('forbach', 'ADMINISTRATOR');
    const password = 'un autre mot de passe long';
    const create = 'mutation($input: CreateUserInput!) { createUser(input: $input) { id email tenantId role active } }';
    const input = (email: string) => ({ email, displayName: 'Agent de Forbach', directorateId: directorateId('forbach', 'SPF'), role: 'AGENT', password });
    type Created = { createUser: { id: string; email: string; tenantId: string } };
    const answer = (result: GraphQLResponse<Created>) => ({ status: result.status, errors: result.errors ?? null, user: result.data?.createUser ? { ...result.data.createUser, id: 'x', email: 'x' } : null });
    const metzAddress = account('metz', 'AGENT').email;
    const taken = await graphql<Created>(url, create, { input: input(metzAddress) }, t);
    const unused = await graphql<Created>(url, create, { input: input('personne.encore@demo.qualipref.test') }, t);
    expect(answer(taken)).toEqual(answer(unused));
    expect(answer(taken).user).toEqual({ id: 'x', email: 'x', tenantId: TENANTS.forbach.id, role: 'AGENT', active: true });
    // Changing an address: the same.
    const update = 'mutation($id: ID!, $email: String!) { updateUser(id: $id, input: { email: $email }) { email } }';
    const renamed = [account('metz', 'MANAGER').email, 'personne.toujours@demo.qualipref.test'];
    const updates = await Promise.all(renamed.map((email, i) => graphql<{ updateUser: { email: string } }>(url, update, { id: [taken, unused][i]!.data!.createUser.id, email }, t)));
    expect(updates.map((r) => [r.errors ?? null, r.data?.updateUser.email])).toEqual(renamed.map((email) => [null, email]));
    // Each account opens with its own password, in its own tenant.
    const tenantOf = async (session: string) => (await graphql<{ me: { tenantId: string } }>(url, '{ me { tenantId } }', {}, session)).data!.me.tenantId;
    expect(await tenantOf(await signIn(url, metzAddress))).toBe(TENANTS.metz.id);
    expect(await tenantOf(await signIn(url, account('metz', 'MANAGER').email, password))).toBe(TENANTS.forbach.id);
    // An address is unique within the tenant: a second Forbach account with it is refused.
    expect(codes(await graphql(url, create, { input: input(account('metz', 'MANAGER').email) }, t))).toEqual(['CONFLICT']);
    // When one password opens accounts of two tenants, the oldest opens.
    const twin = await graphql<Created>(url, create, { input: { ...input(account('metz', 'ANALYST').email), password: 'qualipref-demo' } }, t);
    expect(twin.data?.createUser.tenantId).toBe(TENANTS.forbach.id);
    expect(await tenantOf(await signIn(url, account('metz', 'ANALYST').email))).toBe(TENANTS.metz.id);
  });
});
