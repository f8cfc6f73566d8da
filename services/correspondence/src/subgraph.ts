import { fileURLToPath } from 'node:url';
import { subgraph } from '@qualipref/platform-registry';
import { TenantViewerCanRef } from '@qualipref/organization-client';
import { createAuditTrailResolver, type SubgraphDefinition } from '@qualipref/server-kit';
import { createCorrespondenceApp, type CorrespondenceApp } from './app.js';
import { SCHEMA } from './domain/tableau.js';
import { entities } from './entities/index.js';
// Imported in the order the schema lists them: each room registers its queries and mutations as it loads.
import { CorrespondenceItemResolver, loadItem } from './graphql/items.js';
import { CalendarSettingsResolver, DelayTargetResolver, ItemDelayTargetResolver } from './graphql/delay-targets.js';
import { DirectorateExtensionResolver, ServiceExtensionResolver, TableauResolver, TenantExtensionResolver } from './graphql/tableau.js';
import { GedImportResolver } from './graphql/ged-import.js';
import { AppointmentRequestResolver, LegalityControlCoverageResolver, LegalityControlResolver, LitigationCaseResolver } from './graphql/dctaj.js';
import { ProceduresAndCountersResolver, TenantCountersResolver } from './graphql/counters.js';
import { DirectorateCapabilitiesResolver, TenantCapabilitiesResolver } from './graphql/capabilities.js';

// Its name and port are the registry's, as the gateway and the launcher read them.
const entry = subgraph('correspondence');

export const correspondence: SubgraphDefinition<CorrespondenceApp> = {
  name: entry.name,
  schema: SCHEMA,
  defaultPort: entry.port,
  entities,
  resolvers: [
    CorrespondenceItemResolver,
    DelayTargetResolver,
    ItemDelayTargetResolver,
    CalendarSettingsResolver,
    TableauResolver,
    GedImportResolver,
    LegalityControlResolver,
    LegalityControlCoverageResolver,
    LitigationCaseResolver,
    AppointmentRequestResolver,
    ProceduresAndCountersResolver,
    DirectorateExtensionResolver,
    ServiceExtensionResolver,
    TenantExtensionResolver,
    TenantCountersResolver,
    DirectorateCapabilitiesResolver,
    TenantCapabilitiesResolver,
    createAuditTrailResolver('correspondence'),
  ],
  references: {
    CorrespondenceItem: (id, ctx) => loadItem(ctx, id),
    Directorate: async (id) => ({ id }),
    Service: async (id) => ({ id }),
    Tenant: async (id) => ({ id }),
    TenantViewerCan: async (id) => ({ id }),
  },
  // Reached through the organization's Tenant.viewerCan only: declared so that this subgraph resolves its fields.
  orphanedTypes: [TenantViewerCanRef],
  migrationsDir: fileURLToPath(new URL('../src/migrations', import.meta.url)),
  createApp: createCorrespondenceApp,
};
