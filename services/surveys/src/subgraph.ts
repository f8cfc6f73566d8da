import { fileURLToPath } from 'node:url';
import { DirectorateRef } from '@qualipref/organization-client';
import { createAuditTrailResolver, type SubgraphDefinition } from '@qualipref/server-kit';
import { createSurveysApp } from './app.js';
import { campaignDocument } from './documents.js';
import type { SurveysApp } from './domain/deps.js';
import { entities } from './entities/index.js';
import {
  CampaignResolver,
  DirectorateExtensionResolver,
  FeedbackResolver,
  InvitationStatusResolver,
  KioskResolver,
  PanelMemberResolver,
  PanelResolver,
  QuestionnaireResolver,
  SectionResolver,
  TenantExtensionResolver,
  loadCampaign,
  loadFinding,
} from './graphql/resolvers.js';

export const surveys: SubgraphDefinition<SurveysApp> = {
  name: 'surveys',
  schema: 'surveys',
  defaultPort: 4004,
  entities,
  resolvers: [
    QuestionnaireResolver,
    SectionResolver,
    PanelResolver,
    PanelMemberResolver,
    InvitationStatusResolver,
    CampaignResolver,
    KioskResolver,
    FeedbackResolver,
    TenantExtensionResolver,
    DirectorateExtensionResolver,
    createAuditTrailResolver('surveys'),
  ],
  // Directorate is only extended here (no field of this subgraph returns one): keep it in the schema.
  orphanedTypes: [DirectorateRef],
  references: {
    Campaign: (id, ctx) => loadCampaign(ctx, id),
    SurveyFinding: (id, ctx) => loadFinding(ctx, id),
    Directorate: async (id) => ({ id }),
    Tenant: async (id) => ({ id }),
  },
  migrationsDir: fileURLToPath(new URL('../src/migrations', import.meta.url)),
  createApp: createSurveysApp,
  documents: { campaigns: campaignDocument },
};
