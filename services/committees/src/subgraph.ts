import { fileURLToPath } from 'node:url';
import { createAuditTrailResolver, type SubgraphDefinition } from '@qualipref/server-kit';
import { createCommitteesApp, type CommitteesApp } from './app.js';
import { meetingDocument, minutesDocument } from './documents/handlers.js';
import { entities } from './entities/index.js';
import {
  ActionPlanResolver,
  ActionResolver,
  SurveyFindingExtensionResolver,
  CommitteeResolver,
  DirectorateExtensionResolver,
  InvitationResolver,
  MeetingResolver,
  MemberResolver,
  MinutesResolver,
  MinutesSectionResolver,
  ProposalResolver,
  ProposalRoutingResolver,
  TenantExtensionResolver,
  loadAction,
  loadCommittee,
  loadMeeting,
  loadProposal,
} from './graphql/resolvers.js';

export const committees: SubgraphDefinition<CommitteesApp> = {
  name: 'committees',
  schema: 'committees',
  defaultPort: 4002,
  entities,
  resolvers: [
    CommitteeResolver,
    MemberResolver,
    MeetingResolver,
    MinutesResolver,
    MinutesSectionResolver,
    InvitationResolver,
    ProposalResolver,
    ProposalRoutingResolver,
    ActionPlanResolver,
    ActionResolver,
    SurveyFindingExtensionResolver,
    DirectorateExtensionResolver,
    TenantExtensionResolver,
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
  },
  migrationsDir: fileURLToPath(new URL('../src/migrations', import.meta.url)),
  createApp: createCommitteesApp,
  documents: { minutes: minutesDocument, meetings: meetingDocument },
};
