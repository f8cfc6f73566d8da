import { fileURLToPath } from 'node:url';
import { createAuditTrailResolver, type SubgraphDefinition } from '@qualipref/server-kit';
import { createCorrespondenceApp, type CorrespondenceApp } from './app.js';
import { SCHEMA } from './domain/tableau.js';
import { entities } from './entities/index.js';
import {
  AppointmentRequestResolver,
  CalendarSettingsResolver,
  CorrespondenceItemResolver,
  DirectorateExtensionResolver,
  EngagementResolver,
  GedImportResolver,
  LegalityControlResolver,
  LitigationCaseResolver,
  ProceduresAndCountersResolver,
  ReferentialResolver,
  ServiceExtensionResolver,
  TableauResolver,
  TenantExtensionResolver,
  loadItem,
} from './graphql/resolvers.js';

export const correspondence: SubgraphDefinition<CorrespondenceApp> = {
  name: 'correspondence',
  schema: SCHEMA,
  defaultPort: 4003,
  entities,
  resolvers: [
    CorrespondenceItemResolver,
    ReferentialResolver,
    EngagementResolver,
    CalendarSettingsResolver,
    TableauResolver,
    GedImportResolver,
    LegalityControlResolver,
    LitigationCaseResolver,
    AppointmentRequestResolver,
    ProceduresAndCountersResolver,
    DirectorateExtensionResolver,
    ServiceExtensionResolver,
    TenantExtensionResolver,
    createAuditTrailResolver('correspondence'),
  ],
  references: {
    CorrespondenceItem: (id, ctx) => loadItem(ctx, id),
    Directorate: async (id) => ({ id }),
    Service: async (id) => ({ id }),
    Tenant: async (id) => ({ id }),
  },
  migrationsDir: fileURLToPath(new URL('../src/migrations', import.meta.url)),
  createApp: createCorrespondenceApp,
};
