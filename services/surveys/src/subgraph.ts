import { fileURLToPath } from 'node:url';
import { subgraph } from '@qualipref/platform-registry';
import { DirectorateRef, TenantViewerCanRef } from '@qualipref/organization-client';
import { createAuditTrailResolver, type SubgraphDefinition } from '@qualipref/server-kit';
import { createSurveysApp } from './app.js';
import { campaignDocument } from './documents.js';
import type { SurveysApp } from './domain/deps.js';
import { entities } from './entities/index.js';
import { publicationDocuments } from './public/publications.js';
// In this order: type-graphql lists Query and Mutation fields in the order their modules are evaluated.
import { QuestionnaireResolver, SectionResolver } from './graphql/questionnaires.js';
import { PanelMemberResolver, PanelResolver } from './graphql/panels.js';
import { InvitationStatusResolver, MailMessageResolver } from './graphql/invitations.js';
import { CampaignResolver, loadCampaign, TenantExtensionResolver } from './graphql/campaigns.js';
import { KioskResolver } from './graphql/kiosk.js';
import { FeedbackResolver } from './graphql/feedback.js';
import { DirectorateExtensionResolver } from './graphql/dimensions.js';
import { loadFinding } from './graphql/publication.js';
import { TenantViewerCanResolver } from './graphql/capabilities.js';

// Its name and port are the registry's, as the gateway and the launcher read them.
const entry = subgraph('surveys');

export const surveys: SubgraphDefinition<SurveysApp> = {
  name: entry.name,
  schema: 'surveys',
  defaultPort: entry.port,
  entities,
  resolvers: [
    QuestionnaireResolver,
    SectionResolver,
    PanelResolver,
    PanelMemberResolver,
    InvitationStatusResolver,
    MailMessageResolver,
    CampaignResolver,
    KioskResolver,
    FeedbackResolver,
    TenantExtensionResolver,
    TenantViewerCanResolver,
    DirectorateExtensionResolver,
    createAuditTrailResolver('surveys'),
  ],
  // Directorate and TenantViewerCan are only extended here (no field of this subgraph returns one): keep them in the schema.
  orphanedTypes: [DirectorateRef, TenantViewerCanRef],
  references: {
    Campaign: (id, ctx) => loadCampaign(ctx, id),
    SurveyFinding: (id, ctx) => loadFinding(ctx, id),
    Directorate: async (id) => ({ id }),
    Tenant: async (id) => ({ id }),
    TenantViewerCan: (id) => Promise.resolve({ id }),
  },
  migrationsDir: fileURLToPath(new URL('../src/migrations', import.meta.url)),
  createApp: createSurveysApp,
  stopApp: async (app) => {
    await app.outbox.stop();
    app.mailer.close();
  },
  documents: { campaigns: campaignDocument },
  publicDocuments: { publications: publicationDocuments },
};
