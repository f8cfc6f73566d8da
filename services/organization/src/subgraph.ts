import { fileURLToPath } from 'node:url';
import type { EntitySchema } from '@mikro-orm/core';
import { createAuditTrailResolver, type SubgraphDefinition } from '@qualipref/server-kit';
import { createOrganizationApp, organizationVerifier, type OrganizationApp } from './app.js';
import { entities } from './entities/index.js';
import { DirectorateResolver, ServiceResolver, TenantResolver, UserResolver, loadDirectorate, loadService, loadTenant, loadUser } from './graphql/resolvers.js';

export const organization: SubgraphDefinition<OrganizationApp> = {
  name: 'organization',
  schema: 'organization',
  defaultPort: 4001,
  entities: entities as unknown as EntitySchema[],
  resolvers: [TenantResolver, DirectorateResolver, ServiceResolver, UserResolver, createAuditTrailResolver('organization')],
  references: {
    Tenant: (id, ctx) => loadTenant(ctx, id),
    Directorate: (id, ctx) => loadDirectorate(ctx, id),
    Service: (id, ctx) => loadService(ctx, id),
    User: (id, ctx) => loadUser(ctx, id),
  },
  migrationsDir: fileURLToPath(new URL('../src/migrations', import.meta.url)),
  grants: { readOnly: ['tenant'] },
  createApp: createOrganizationApp,
  verifier: organizationVerifier,
  routes: (app) => ({
    '/.well-known/jwks.json': (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'public, max-age=300' }).end(JSON.stringify(app.issuer.jwks()));
    },
  }),
};
