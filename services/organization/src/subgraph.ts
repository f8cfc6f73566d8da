import { fileURLToPath } from 'node:url';
import { subgraph } from '@qualipref/platform-registry';
import type { EntitySchema } from '@mikro-orm/core';
import { createAuditTrailResolver, type SubgraphDefinition } from '@qualipref/server-kit';
import { createOrganizationApp, organizationVerifier, type OrganizationApp } from './app.js';
import { entities } from './entities/index.js';
import { serviceTokenRoute } from './service-tokens.js';
// type-graphql lists root fields in module evaluation order: the rooms are imported in the schema's order.
import { TenantResolver, TenantViewerCanResolver, loadTenant } from './graphql/tenants.js';
import { DirectorateResolver, ServiceResolver, TenantDirectoratesResolver, loadDirectorate, loadService } from './graphql/directorates.js';
import { SessionResolver } from './graphql/sessions.js';
import { DirectorateUsersResolver, SignInPayloadUserResolver, UserResolver, loadUser } from './graphql/users.js';

// Its name and port are the registry's, as the gateway and the launcher read them.
const entry = subgraph('organization');

export const organization: SubgraphDefinition<OrganizationApp> = {
  name: entry.name,
  schema: 'organization',
  defaultPort: entry.port,
  entities: entities as unknown as EntitySchema[],
  resolvers: [TenantResolver, TenantViewerCanResolver, DirectorateResolver, ServiceResolver, TenantDirectoratesResolver, SessionResolver, UserResolver, DirectorateUsersResolver, SignInPayloadUserResolver, createAuditTrailResolver('organization')],
  references: {
    Tenant: (id, ctx) => loadTenant(ctx, id),
    TenantViewerCan: (id) => Promise.resolve({ id }),
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
  postRoutes: (app, database) => ({ '/oauth/token': serviceTokenRoute(app, database) }),
};
