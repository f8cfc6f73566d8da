import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalIssuer, Role, TokenError, claimsToIdentity, createTokenVerifier, hashPassword, identityToClaims, verifyPassword, type Identity } from '../src/index.js';

const identity: Identity = {
  userId: '0190a000-0000-7000-8000-000000000001',
  tenantId: '0190a000-0000-7000-8000-0000000000a1',
  directorateId: '0190a000-0000-7000-8000-0000000000d1',
  role: Role.MANAGER,
  readableTenantIds: ['0190a000-0000-7000-8000-0000000000a1'],
  email: 'responsable.drmm@moselle.example',
  name: 'Responsable DRMM',
};

let dir: string;
let issuer: LocalIssuer;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qp-auth-'));
  issuer = await LocalIssuer.open({ keyDir: dir, issuer: 'urn:test', audience: 'qualipref', ttlSeconds: 900 });
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('local issuer and verifier', () => {
  it('signs a token that verifies back to the same identity', async () => {
    const verify = createTokenVerifier({ issuer: 'urn:test', audience: 'qualipref', jwks: issuer.jwks() });
    const { token, expiresAt } = await issuer.issue(identity);
    expect(expiresAt.getTime()).toBeGreaterThan(Date.now() + 800_000);
    await expect(verify(`Bearer ${token}`)).resolves.toEqual(identity);
  });

  it('keeps its key in the data directory, private to its owner, and reuses it', async () => {
    const again = await LocalIssuer.open({ keyDir: dir, issuer: 'urn:test', audience: 'qualipref', ttlSeconds: 900 });
    expect(again.jwks()).toEqual(issuer.jwks());
    expect(issuer.jwks().keys[0]).not.toHaveProperty('d');
    const { mode } = await stat(join(dir, 'token-signing-key.json'));
    expect(mode & 0o077).toBe(0);
  });

  it('refuses a missing, expired, foreign or tampered token with the reason', async () => {
    const verify = createTokenVerifier({ issuer: 'urn:test', audience: 'qualipref', jwks: issuer.jwks() });
    // The messages reach the console and the analysts' tools: in French.
    await expect(verify(undefined)).rejects.toMatchObject({ problem: 'MISSING', message: 'Authentification requise : connectez-vous.' });
    await expect(verify('Basic abc')).rejects.toMatchObject({ problem: 'MISSING' });

    const old = await issuer.issue(identity, new Date(Date.now() - 3_600_000));
    await expect(verify(`Bearer ${old.token}`)).rejects.toMatchObject({ problem: 'EXPIRED', message: 'Votre session a expiré : reconnectez-vous.' });

    const otherDir = await mkdtemp(join(tmpdir(), 'qp-auth-other-'));
    const other = await LocalIssuer.open({ keyDir: otherDir, issuer: 'urn:test', audience: 'qualipref', ttlSeconds: 900 });
    const foreign = await other.issue(identity);
    await expect(verify(`Bearer ${foreign.token}`)).rejects.toBeInstanceOf(TokenError);
    await rm(otherDir, { recursive: true, force: true });

    const { token } = await issuer.issue(identity);
    const [header, payload, signature] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload!, 'base64url').toString()), role: 'ADMINISTRATOR' })).toString('base64url');
    await expect(verify(`Bearer ${header}.${forged}.${signature}`)).rejects.toMatchObject({ problem: 'INVALID', message: 'Jeton d’authentification non reconnu : reconnectez-vous.' });

    const wrongAudience = createTokenVerifier({ issuer: 'urn:test', audience: 'someone-else', jwks: issuer.jwks() });
    await expect(wrongAudience(`Bearer ${token}`)).rejects.toMatchObject({ problem: 'INVALID' });
  });
});

describe('service identities', () => {
  const service: Identity = { ...identity, role: Role.ANALYST, service: 'quality', email: '', name: 'Service quality' };

  it('carries the client id as the `service` claim, for the lifetime asked', async () => {
    const verify = createTokenVerifier({ issuer: 'urn:test', audience: 'qualipref', jwks: issuer.jwks() });
    const now = new Date();
    const { token, expiresAt } = await issuer.issue(service, now, 300);
    expect(expiresAt.getTime()).toBe((Math.floor(now.getTime() / 1000) + 300) * 1000);
    expect(JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString())).toMatchObject({ service: 'quality', exp: Math.floor(now.getTime() / 1000) + 300 });
    await expect(verify(`Bearer ${token}`)).resolves.toEqual(service);
    expect(identityToClaims(identity)).not.toHaveProperty('service');
    expect(claimsToIdentity({ ...identityToClaims(identity) })).not.toHaveProperty('service');
  });

  it('refuses a service token that reads another tenant than its own, or names no client', () => {
    const claims = identityToClaims(service);
    const widened = { ...claims, readable_tenant_ids: [claims.tenant_id, '0190a000-0000-7000-8000-0000000000a2'] };
    expect(() => claimsToIdentity(widened)).toThrow(TokenError);
    expect(() => claimsToIdentity(widened)).toThrow(/ne lit que sa propre préfecture/);
    expect(() => claimsToIdentity({ ...claims, service: '' })).toThrow(TokenError);
    expect(() => claimsToIdentity({ ...claims, service: 42 })).toThrow(TokenError);
    // A person may read several tenants (a prefecture-level analyst): only a service may not.
    const { service: _client, ...person } = widened;
    expect(claimsToIdentity(person).readableTenantIds).toHaveLength(2);
  });
});

describe('passwords', () => {
  it('hashes with scrypt and a salt, and verifies only the right password', async () => {
    const a = await hashPassword('correct horse battery staple');
    const b = await hashPassword('correct horse battery staple');
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('correct horse battery staple', a)).toBe(true);
    expect(await verifyPassword('correct horse battery stapl', a)).toBe(false);
    expect(await verifyPassword('anything', 'not-a-hash')).toBe(false);
  });
});
