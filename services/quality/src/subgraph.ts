import { fileURLToPath } from 'node:url';
import { subgraph } from '@qualipref/platform-registry';
import { TenantViewerCanRef } from '@qualipref/organization-client';
import { createAuditTrailResolver, type SubgraphDefinition } from '@qualipref/server-kit';
import { createQualityApp, type QualityApp } from './app.js';
import { NATIONAL_TABLES, entities } from './entities/index.js';
// type-graphql lists root fields in module evaluation order: the referentials first, then the labellings, then the indicators.
import { EngagementResolver, IndicatorDefinitionResolver, ReferentialResolver, loadEngagement, loadReferential } from './graphql/referentials.js';
import { AuditResolver, LabellingResolver, TenantExtensionResolver, TenantViewerCanResolver, loadLabelling } from './graphql/labelling.js';
import { IndicatorComputationResultResolver, IndicatorFieldsResolver, IndicatorValueResolver } from './graphql/indicators.js';
import { PublicationDraftFigureResolver, PublicationResolver, PublishedFigureResolver } from './graphql/publications.js';
import { transparenceDocuments } from './public/transparence.js';

// Its name and port are the registry's, as the gateway and the launcher read them.
const entry = subgraph('quality');

export const quality: SubgraphDefinition<QualityApp> = {
  name: entry.name,
  schema: 'quality',
  defaultPort: entry.port,
  entities,
  // Reached only through organization's Tenant.viewerCan: declared here, resolved by its key.
  orphanedTypes: [TenantViewerCanRef],
  resolvers: [ReferentialResolver, EngagementResolver, IndicatorDefinitionResolver, LabellingResolver, AuditResolver, TenantExtensionResolver, TenantViewerCanResolver, IndicatorFieldsResolver, IndicatorValueResolver, IndicatorComputationResultResolver, PublicationResolver, PublishedFigureResolver, PublicationDraftFigureResolver, createAuditTrailResolver('quality')],
  references: {
    Referential: (id, ctx) => loadReferential(ctx, id),
    Engagement: (id, ctx) => loadEngagement(ctx, id),
    Labelling: (id, ctx) => loadLabelling(ctx, id),
    Tenant: async (id) => ({ id }),
    TenantViewerCan: (id) => Promise.resolve({ id }),
  },
  migrationsDir: fileURLToPath(new URL('../src/migrations', import.meta.url)),
  // The national referentials are shipped by migration: requests only read them.
  grants: { readOnly: NATIONAL_TABLES, appendOnly: ['published_figure'] },
  publicDocuments: { transparence: transparenceDocuments },
  createApp: createQualityApp,
};
