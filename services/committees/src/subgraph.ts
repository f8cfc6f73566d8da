import { fileURLToPath } from 'node:url';
import { subgraph } from '@qualipref/platform-registry';
import { TenantViewerCanRef } from '@qualipref/organization-client';
import { createAuditTrailResolver, type SubgraphDefinition } from '@qualipref/server-kit';
import { createCommitteesApp, type CommitteesApp } from './app.js';
import { meetingDocument, minutesDocument } from './documents/handlers.js';
import { entities } from './entities/index.js';
// action.ts first: type-graphql lists Query and Mutation fields in the order their modules are evaluated,
// and entering the rooms through action.ts evaluates committee, meeting, proposal, action in that order.
import { ActionPlanResolver, ActionProgressResolver, ActionResolver, DirectorateExtensionResolver, SurveyFindingExtensionResolver, loadAction } from './graphql/action.js';
import { CommitteeResolver, MemberResolver, TenantExtensionResolver, TenantViewerCanResolver, loadCommittee } from './graphql/committee.js';
import { InvitationResolver, MeetingResolver, MinutesResolver, MinutesSectionResolver, loadMeeting } from './graphql/meeting.js';
import { ProposalResolver, ProposalRoutingResolver, ProposalStatusChangeResolver, loadProposal } from './graphql/proposal.js';

// Its name and port are the registry's, as the gateway and the launcher read them.
const entry = subgraph('committees');

export const committees: SubgraphDefinition<CommitteesApp> = {
  name: entry.name,
  schema: 'committees',
  defaultPort: entry.port,
  entities,
  // Reached only through organization's Tenant.viewerCan: declared here, resolved by its key.
  orphanedTypes: [TenantViewerCanRef],
  resolvers: [
    CommitteeResolver,
    MemberResolver,
    MeetingResolver,
    MinutesResolver,
    MinutesSectionResolver,
    InvitationResolver,
    ProposalResolver,
    ProposalRoutingResolver,
    ProposalStatusChangeResolver,
    ActionPlanResolver,
    ActionResolver,
    ActionProgressResolver,
    SurveyFindingExtensionResolver,
    DirectorateExtensionResolver,
    TenantExtensionResolver,
    TenantViewerCanResolver,
    createAuditTrailResolver('committees'),
  ],
  references: {
    Committee: (id, ctx) => loadCommittee(ctx, id),
    Meeting: (id, ctx) => loadMeeting(ctx, id),
    Proposal: (id, ctx) => loadProposal(ctx, id),
    Action: (id, ctx) => loadAction(ctx, id),
    SurveyFinding: async (id) => ({ id }),
    Directorate: async (id) => ({ id }),
    Tenant: async (id) => ({ id }),
    TenantViewerCan: (id) => Promise.resolve({ id }),
  },
  migrationsDir: fileURLToPath(new URL('../src/migrations', import.meta.url)),
  createApp: createCommitteesApp,
  documents: { minutes: minutesDocument, meetings: meetingDocument },
};
