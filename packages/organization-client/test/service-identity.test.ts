import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '@qualipref/auth';
import { createLogger, createScratchDatabase, openDatabase, RequestContext, type Database, type ScratchDatabase } from '@qualipref/server-kit';
import { ServiceIdentityClient, ServiceIdentityError, tokenUrlOf } from '../src/index.js';

const TENANT = '0195a000-0000-7000-8000-000000000001';
const DIRECTORATE = '0195a000-0000-7000-8000-000000000102';
const OTHER_DIRECTORATE = '0195a000-0000-7000-8000-000000000103';
const SECRET = 'un-secret-de-test-assez-long-pour-le-service-quality';

/** A stand-in for the organization's token endpoint: it answers the given lifetime, counts requests and records what it was sent. */
function tokenServer(): Promise<{ url: string; requests: () => number; last: () => { authorization?: string; body: string }; expiresIn: (s: number) => void; close: () => Promise<void> }> {
  let requests = 0;
  let lifetime = 300;
  let last = { authorization: undefined as string | undefined, body: '' };
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      requests += 1;
      last = { authorization: req.headers.authorization, body };
      res.setHeader('content-type', 'application/json');
      const expected = `Basic ${Buffer.from(`quality:${SECRET}`).toString('base64')}`;
      if (req.headers.authorization !== expected) {
        res.statusCode = 401;
        return res.end(JSON.stringify({ error: 'invalid_client', error_description: 'Service inconnu ou secret incorrect.' }));
      }
      res.end(JSON.stringify({ access_token: `jeton-${requests}`, token_type: 'Bearer', expires_in: lifetime }));
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      resolve({
        url: `http://127.0.0.1:${port}/oauth/token`,
        requests: () => requests,
        last: () => last,
        expiresIn: (s) => (lifetime = s),
        close: () => new Promise((r) => server.close(() => r())),
      });
    }),
  );
}

describe('the service identity client', () => {
  let organization: Awaited<ReturnType<typeof tokenServer>>;
  let scratch: ScratchDatabase;
  let database: Database;

  beforeAll(async () => {
    organization = await tokenServer();
    scratch = await createScratchDatabase('qp_service_identity');
    database = await openDatabase({ url: scratch.url, schema: 'service_identity', entities: [], appRole: 'qualipref_app', migrationsDir: '/nonexistent', log: createLogger('test', 'silent') });
  });

  afterAll(async () => {
    await database?.close();
    await scratch?.drop();
    await organization?.close();
  });

  const client = (clientSecret = SECRET) => new ServiceIdentityClient({ tokenUrl: organization.url, clientId: 'quality', clientSecret });

  it('finds the token endpoint beside the GraphQL one', () => {
    expect(tokenUrlOf('http://127.0.0.1:4001/graphql')).toBe('http://127.0.0.1:4001/oauth/token');
    expect(tokenUrlOf('https://organisation.example/api/graphql?x=1')).toBe('https://organisation.example/oauth/token');
  });

  it('asks with HTTP Basic and the client credentials grant, then keeps the token per tenant and directorate', async () => {
    organization.expiresIn(300);
    const identity = client();
    const before = organization.requests();
    const [a, b] = await Promise.all([identity.authorization(TENANT, DIRECTORATE), identity.authorization(TENANT, DIRECTORATE)]);
    expect(a).toMatch(/^Bearer jeton-\d+$/);
    expect(b).toBe(a);
    expect(Object.fromEntries(new URLSearchParams(organization.last().body))).toEqual({ grant_type: 'client_credentials', tenant_id: TENANT, directorate_id: DIRECTORATE });
    expect(await identity.authorization(TENANT, DIRECTORATE)).toBe(a);
    expect(organization.requests() - before).toBe(1);
    expect(await identity.authorization(TENANT, OTHER_DIRECTORATE)).not.toBe(a);
    expect(organization.requests() - before).toBe(2);
  });

  it('asks again within 30 s of the expiry', async () => {
    organization.expiresIn(30);
    const identity = client();
    const first = await identity.authorization(TENANT, DIRECTORATE);
    expect(await identity.authorization(TENANT, DIRECTORATE)).not.toBe(first);
  });

  it('says in French why no token came, with the cause, and asks again next time', async () => {
    organization.expiresIn(300);
    const refused = client(`${SECRET}-faux`);
    const error = await refused.authorization(TENANT, DIRECTORATE).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceIdentityError);
    expect((error as Error).message).toBe('Le service d’organisation a refusé un jeton de service au client quality : HTTP 401 (invalid_client : Service inconnu ou secret incorrect.).');
    expect((error as Error).cause).toMatchObject({ status: 401, error: 'invalid_client' });
    const before = organization.requests();
    await expect(refused.authorization(TENANT, DIRECTORATE)).rejects.toBeInstanceOf(ServiceIdentityError);
    expect(organization.requests() - before).toBe(1);

    const unreachable = new ServiceIdentityClient({ tokenUrl: 'http://127.0.0.1:1/oauth/token', clientId: 'quality', clientSecret: SECRET });
    const failure = await unreachable.authorization(TENANT, DIRECTORATE).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ServiceIdentityError);
    expect((failure as Error).message).toMatch(/^Le service d’organisation est injoignable/);
    expect((failure as Error).cause).toBeInstanceOf(Error);
  });

  it('is refused inside a database transaction', async () => {
    const identity = client();
    const ctx = new RequestContext(
      database,
      { userId: DIRECTORATE, tenantId: TENANT, directorateId: DIRECTORATE, role: Role.MANAGER, readableTenantIds: [TENANT], email: 'metz.manager@demo.qualipref.test', name: 'Responsable' },
      'request-1',
      createLogger('test', 'silent'),
      'qualipref_app',
      undefined,
    );
    const before = organization.requests();
    await expect(ctx.run(() => identity.authorization(TENANT, DIRECTORATE))).rejects.toThrow(/inside the database transaction of request request-1/);
    expect(organization.requests()).toBe(before);
  });
});
