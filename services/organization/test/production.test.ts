import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TENANTS, directorateId } from '@qualipref/demo-fixtures';
import { OrganizationClient, ServiceIdentityClient, tokenUrlOf } from '@qualipref/organization-client';
import { PLATFORM_CALLER_HEADER, platformCallerProof, readHttpConfig } from '@qualipref/server-kit';
import { account, codes, SIGN_IN, startOrganization, type TestPlatform } from './helpers.js';

const SECRET = randomBytes(32).toString('base64url');
const SERVICE_SECRET = randomBytes(32).toString('base64url');
let platform: TestPlatform;
let url: string;
let token: string;

/** POSTs a body to the subgraph with the given proof of a platform caller (none when null) and a token. */
async function post(body: unknown, proof: string | null = platformCallerProof(SECRET, 'POST', url), bearer: string | null = token) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(proof ? { [PLATFORM_CALLER_HEADER]: proof } : {}), ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, ...(JSON.parse(text) as { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] }) };
}

beforeAll(async () => {
  platform = await startOrganization({ NODE_ENV: 'production', PLATFORM_CALLER_SECRET: SECRET, SERVICE_CLIENTS: `quality:${SERVICE_SECRET}` });
  url = platform.subgraph.url;
  const signedIn = await post({ query: SIGN_IN, variables: { email: account('metz', 'ANALYST').email, password: 'qualipref-demo' } }, undefined, null);
  token = (signedIn.data?.signIn as { token: string }).token;
});
afterAll(() => platform?.stop());

describe('a subgraph in production', () => {
  it('does not start without a platform callers’ secret of at least 32 characters', () => {
    expect(() => readHttpConfig(4001, { NODE_ENV: 'production' })).toThrow(/PLATFORM_CALLER_SECRET is required in production/);
    expect(() => readHttpConfig(4001, { NODE_ENV: 'production', PLATFORM_CALLER_SECRET: 'short' })).toThrow(/at least 32 characters/);
    // Outside production a missing secret is accepted (any caller then), a short one is not.
    expect(readHttpConfig(4001, {}).platformCallerSecret).toBeUndefined();
    expect(() => readHttpConfig(4001, { PLATFORM_CALLER_SECRET: 'short' })).toThrow(/at least 32 characters/);
  });

  it('refuses a request with a valid token but without a valid proof of a platform caller, 403 FORBIDDEN NOT_A_PLATFORM_CALLER', async () => {
    const query = { query: '{ me { email } }' };
    expect((await post(query)).data).toEqual({ me: { email: account('metz', 'ANALYST').email } });
    const refusals = {
      missing: null,
      'another secret': platformCallerProof(randomBytes(32).toString('base64url'), 'POST', url),
      expired: platformCallerProof(SECRET, 'POST', url, Date.now() - 120_000),
      'from the future': platformCallerProof(SECRET, 'POST', url, Date.now() + 120_000),
      'for another path': platformCallerProof(SECRET, 'POST', new URL('/oauth/token', url)),
      'for another method': platformCallerProof(SECRET, 'GET', url),
      garbled: `${platformCallerProof(SECRET, 'POST', url).slice(0, -1)}A`,
    };
    for (const [what, proof] of Object.entries(refusals)) {
      const refused = await post(query, proof);
      expect(refused.status, what).toBe(403);
      expect(refused.errors?.[0]?.extensions, what).toEqual({ code: 'FORBIDDEN', reason: 'NOT_A_PLATFORM_CALLER' });
      expect(refused.errors?.[0]?.message).toBe('Ce service ne répond qu’aux autres parties de la plateforme : passez par la passerelle.');
      expect(refused.data ?? null).toBeNull();
    }
    // The token is still verified on top of the proof.
    expect(codes(await post(query, undefined, 'abc.def.ghi'))).toEqual(['UNAUTHENTICATED']);
  });

  it('keeps health, readiness, metrics and the public keys open, and the token endpoint for the platform only', async () => {
    const base = url.replace(/\/graphql$/, '');
    for (const path of ['/healthz', '/readyz', '/metrics', '/.well-known/jwks.json']) expect((await fetch(`${base}${path}`)).status, path).toBe(200);
    const form = { grant_type: 'client_credentials', tenant_id: TENANTS.metz.id, directorate_id: directorateId('metz', 'DRMM') };
    const unsigned = await fetch(`${base}/oauth/token`, {
      method: 'POST',
      headers: { authorization: `Basic ${Buffer.from(`quality:${SERVICE_SECRET}`).toString('base64')}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(form).toString(),
    });
    expect(unsigned.status).toBe(403);
    // The services' own clients sign: a service identity, then 250 directorates looked up in requests of 100 aliases.
    const identity = new ServiceIdentityClient({ tokenUrl: tokenUrlOf(url), clientId: 'quality', clientSecret: SERVICE_SECRET, callerSecret: SECRET });
    expect(await identity.authorization(TENANTS.metz.id, directorateId('metz', 'DRMM'))).toMatch(/^Bearer /);
    const ids = [directorateId('metz', 'DRMM'), ...Array.from({ length: 249 }, (_, i) => `0195a000-0000-7000-8000-${(0x1000 + i).toString(16).padStart(12, '0')}`)];
    const found = await new OrganizationClient(url, SECRET).directorates(ids, `Bearer ${token}`);
    expect(found.get(directorateId('metz', 'DRMM'))?.code).toBe('DRMM');
    expect(found.size).toBe(250);
    // Without the secret, the subgraph's refusal reaches the caller as the other service being unavailable.
    await expect(new OrganizationClient(url).directorates(ids, `Bearer ${token}`)).rejects.toMatchObject({ code: 'SERVICE_UNAVAILABLE', cause: { message: 'organization subgraph answered HTTP 403' } });
  });

  it('refuses introspection with a code but answers `_service { sdl }` for the composition, and suggests no field', async () => {
    for (const query of ['{ __schema { queryType { name } } }', '{ __type(name: "User") { fields { name } } }', '{ me { __typename } a: __schema { types { name } } }']) {
      const refused = await post({ query });
      expect(refused.status, query).toBe(403);
      expect(refused.errors?.[0]?.extensions, query).toEqual({ code: 'FORBIDDEN', reason: 'INTROSPECTION_DISABLED' });
      expect(refused.data ?? null).toBeNull();
    }
    const sdl = await post({ query: '{ _service { sdl } }' }, undefined, null);
    expect((sdl.data?._service as { sdl: string }).sdl).toContain('type User');
    const typo = await post({ query: '{ me { emial } }' });
    expect(codes(typo)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(typo.errors?.[0]?.message).not.toMatch(/Did you mean|email/);
  });

  it('refuses a request over its limits with LIMIT_EXCEEDED (HTTP 400) before running it', async () => {
    const thousandAliases = await post({ query: `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: me { id }`).join(' ')} }` });
    expect(thousandAliases.status).toBe(400);
    expect(codes(thousandAliases)).toEqual(['LIMIT_EXCEEDED']);
    // Refused by its tokens (6,000); 150 aliases within the tokens, by its aliases.
    expect(thousandAliases.errors?.[0]?.message).toBe('Token limit of 4000 exceeded.');
    const aliases = await post({ query: `{ ${Array.from({ length: 150 }, (_, i) => `a${i}: me { id }`).join(' ')} }` });
    expect(aliases.status).toBe(400);
    expect(aliases.errors).toEqual([{ message: 'Aliases limit of 100 exceeded, found 150.', extensions: { code: 'LIMIT_EXCEEDED' } }]);
    // Depth 15: me, directorate, then four times tenant, directorates, nodes, and id.
    const deep = await post({ query: `{ me { directorate { ${'tenant { directorates { nodes { '.repeat(4)}id${' } } }'.repeat(4)} } } }` });
    expect(deep.status).toBe(400);
    expect(codes(deep)).toEqual(['LIMIT_EXCEEDED']);
    const long = await post({ query: `{ me { ${Array.from({ length: 4001 }, () => 'id').join(' ')} } }` });
    expect(long.status).toBe(400);
    expect(codes(long)).toEqual(['LIMIT_EXCEEDED']);
    const batch = await post([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]);
    expect(batch.status).toBe(400);
    expect(codes(batch)).toEqual(['LIMIT_EXCEEDED']);
    expect(codes(await post({ query: `{ ${Array.from({ length: 100 }, (_, i) => `a${i}: me { id }`).join(' ')} }` }))).toEqual([]);
  });
});
