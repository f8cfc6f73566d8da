import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '@qualipref/auth';
import { TENANTS, directorateId } from '@qualipref/demo-fixtures';
import { ServiceIdentityClient, ServiceIdentityError, tokenUrlOf } from '@qualipref/organization-client';
import { authenticateClient, readServiceClients, serviceUserId } from '../src/service-tokens.js';
import { account, codes, graphql, signIn, startOrganization, type TestPlatform } from './helpers.js';

const SECRET = 'un-secret-de-test-assez-long-pour-le-service-quality';
const basic = (id: string, secret: string) => `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;

let platform: TestPlatform;
let tokenUrl: string;
let url: string;

beforeAll(async () => {
  platform = await startOrganization({ SERVICE_CLIENTS: `quality:${SECRET}` });
  url = platform.subgraph.url;
  tokenUrl = tokenUrlOf(url);
});
afterAll(() => platform?.stop());

function askToken(params: Record<string, string>, authorization = basic('quality', SECRET), contentType = 'application/x-www-form-urlencoded') {
  return fetch(tokenUrl, { method: 'POST', headers: { authorization, 'content-type': contentType }, body: new URLSearchParams(params).toString() });
}

const metz = { grant_type: 'client_credentials', tenant_id: TENANTS.metz.id, directorate_id: directorateId('metz', 'DRMM') };

async function serviceToken(params = metz): Promise<string> {
  const response = await askToken(params);
  expect(response.status).toBe(200);
  return ((await response.json()) as { access_token: string }).access_token;
}

describe('SERVICE_CLIENTS', () => {
  it('reads clientId:secret pairs and refuses a short secret, a malformed or a repeated entry', () => {
    expect(readServiceClients({})).toEqual([]);
    expect(readServiceClients({ SERVICE_CLIENTS: ` quality:${SECRET} , other:${SECRET}x ` }).map((c) => c.clientId)).toEqual(['quality', 'other']);
    expect(() => readServiceClients({ SERVICE_CLIENTS: 'quality:trop-court' })).toThrow(/at least 32/);
    expect(() => readServiceClients({ SERVICE_CLIENTS: SECRET })).toThrow(/clientId:secret/);
    expect(() => readServiceClients({ SERVICE_CLIENTS: `quality:${SECRET},quality:${SECRET}` })).toThrow(/twice/);
  });

  it('authenticates a client by HTTP Basic only with its own secret', () => {
    const clients = readServiceClients({ SERVICE_CLIENTS: `quality:${SECRET}` });
    expect(authenticateClient(clients, basic('quality', SECRET))?.clientId).toBe('quality');
    expect(authenticateClient(clients, basic('quality', `${SECRET}x`))).toBeNull();
    expect(authenticateClient(clients, basic('nobody', SECRET))).toBeNull();
    expect(authenticateClient(clients, `Bearer ${SECRET}`)).toBeNull();
    expect(authenticateClient(clients, undefined)).toBeNull();
  });

  it('gives a client one stable user id', () => {
    expect(serviceUserId('quality')).toBe(serviceUserId('quality'));
    expect(serviceUserId('quality')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(serviceUserId('other')).not.toBe(serviceUserId('quality'));
  });
});

describe('POST /oauth/token', () => {
  it('issues a 300 s read-only token for a directorate of the tenant, accepted like any token', async () => {
    const response = await askToken(metz);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = (await response.json()) as { access_token: string; token_type: string; expires_in: number };
    expect(body).toMatchObject({ token_type: 'Bearer', expires_in: 300 });
    const claims = JSON.parse(Buffer.from(body.access_token.split('.')[1]!, 'base64url').toString()) as Record<string, unknown>;
    expect(claims).toMatchObject({ service: 'quality', role: 'ANALYST', tenant_id: TENANTS.metz.id, readable_tenant_ids: [TENANTS.metz.id], name: 'Service quality', email: '' });
    expect((claims.exp as number) - (claims.iat as number)).toBe(300);

    const read = await graphql<{ tenants: { nodes: { code: string }[] }; directorate: { code: string } | null }>(url, 'query($d: ID!) { tenants { nodes { code } } directorate(id: $d) { code } }', { d: metz.directorate_id }, body.access_token);
    expect(read.errors).toBeUndefined();
    expect(read.data).toEqual({ tenants: { nodes: [{ code: 'metz' }] }, directorate: { code: 'DRMM' } });
    // A service is no user of the organization: the token is accepted, `me` has no one to show.
    expect(codes(await graphql(url, '{ me { id } }', {}, body.access_token))).toEqual(['NOT_FOUND']);
  });

  it('reads its own tenant only', async () => {
    const token = await serviceToken();
    const other = await graphql<{ tenant: unknown; directorate: unknown; directorates: { totalCount: number } }>(
      url,
      'query($t: ID!, $d: ID!) { tenant(id: $t) { code } directorate(id: $d) { code } directorates(tenantId: $t) { totalCount } }',
      { t: TENANTS.forbach.id, d: directorateId('forbach', 'SPF') },
      token,
    );
    expect(other.data?.tenant ?? null).toBeNull();
    expect(other.data?.directorate ?? null).toBeNull();
    expect(codes(other)).toEqual(['FORBIDDEN']);
  });

  it('refuses an unknown client or a wrong secret with invalid_client, 401 and a Basic challenge', async () => {
    for (const authorization of [basic('quality', `${SECRET}-faux`), basic('inconnu', SECRET), '']) {
      const response = await askToken(metz, authorization);
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toMatch(/^Basic /);
      expect(await response.json()).toMatchObject({ error: 'invalid_client' });
    }
  });

  it('refuses another grant, missing parameters and a directorate that is not the tenant’s', async () => {
    const error = async (response: Response) => ({ status: response.status, error: ((await response.json()) as { error: string }).error });
    expect(await error(await askToken({ ...metz, grant_type: 'password' }))).toEqual({ status: 400, error: 'unsupported_grant_type' });
    expect(await error(await askToken({ grant_type: 'client_credentials', tenant_id: TENANTS.metz.id }))).toEqual({ status: 400, error: 'invalid_request' });
    expect(await error(await askToken({ tenant_id: TENANTS.metz.id, directorate_id: metz.directorate_id }))).toEqual({ status: 400, error: 'invalid_request' });
    expect(await error(await askToken(metz, basic('quality', SECRET), 'application/json'))).toEqual({ status: 400, error: 'invalid_request' });
    expect(await error(await askToken({ ...metz, directorate_id: directorateId('forbach', 'SPF') }))).toEqual({ status: 400, error: 'invalid_target' });
    expect(await error(await askToken({ ...metz, tenant_id: '0195a000-0000-7000-8000-0000000000ff' }))).toEqual({ status: 400, error: 'invalid_target' });
    expect(await error(await askToken({ ...metz, directorate_id: 'pas-un-uuid' }))).toEqual({ status: 400, error: 'invalid_target' });
  });
});

describe('a service identity', () => {
  const CREATE = 'mutation($input: CreateDirectorateInput!) { createDirectorate(input: $input) { id } }';
  const count = async (token: string) => (await graphql<{ directorates: { totalCount: number } }>(url, '{ directorates { totalCount } }', {}, token)).data!.directorates.totalCount;

  it('is refused every mutation before any resolver runs, whatever its role, and nothing changes', async () => {
    const administrator = await signIn(url, account('metz', 'ADMINISTRATOR').email);
    const before = await count(administrator);
    // An administrator's rights with a service's name: only the read-only rule stands in the way.
    const admin = platform.subgraph.app.issuer.issue({
      userId: serviceUserId('quality'), tenantId: TENANTS.metz.id, directorateId: metz.directorate_id, role: Role.ADMINISTRATOR, readableTenantIds: [TENANTS.metz.id], email: '', name: 'Service quality', service: 'quality',
    });
    for (const token of [await serviceToken(), (await admin).token]) {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query: CREATE, variables: { input: { code: 'SVC', name: 'Direction créée par un service' } } }) });
      expect(response.status).toBe(200);
      const body = (await response.json()) as { data?: unknown; errors: { message: string; extensions: Record<string, unknown> }[] };
      expect(body.errors).toEqual([{ message: 'Cette identité de service ne peut que lire.', extensions: { code: 'FORBIDDEN', reason: 'READ_ONLY_IDENTITY' } }]);
    }
    expect(await count(administrator)).toBe(before);
    // signOut writes without the request context's write path: the subgraph's own refusal is what stops it.
    const signOut = await graphql(url, 'mutation { signOut(refreshToken: "x") }', {}, await serviceToken());
    expect(signOut.errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN', reason: 'READ_ONLY_IDENTITY' });
  });
});

describe('the service identity client of @qualipref/organization-client', () => {
  it('gets a token this subgraph accepts, and says why when it is refused', async () => {
    const identity = new ServiceIdentityClient({ tokenUrl, clientId: 'quality', clientSecret: SECRET });
    const authorization = await identity.authorization(TENANTS.metz.id, metz.directorate_id);
    expect(authorization).toMatch(/^Bearer /);
    const read = await graphql<{ tenants: { nodes: { code: string }[] } }>(url, '{ tenants { nodes { code } } }', {}, authorization.slice('Bearer '.length));
    expect(read.data?.tenants.nodes).toEqual([{ code: 'metz' }]);

    const misplaced = identity.authorization(TENANTS.metz.id, directorateId('forbach', 'SPF'));
    await expect(misplaced).rejects.toBeInstanceOf(ServiceIdentityError);
    await expect(misplaced).rejects.toThrow(/invalid_target : Direction inconnue/);
  });
});
