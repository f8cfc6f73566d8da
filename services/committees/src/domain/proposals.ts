import { badInput, diffSnapshots, notFound } from '@qualipref/server-kit';
import { AgendaItem, Member, Proposal, ProposalRouting, ProposalStatusChange, type Committee, type Meeting } from '../entities/index.js';
import type { OrganizationLookups } from '@qualipref/organization-client';
import { lookUpDirectorates, type Caller, type UseCase } from './deps.js';
import { ProposalStatus } from './enums.js';
import { findMeeting } from './meetings.js';
import { authorize } from './policy.js';
import { assertProposalTransition } from './rules.js';
import { optionalText, requiredText } from './labels.js';

export interface RoutingInput {
  directorateId?: string | null;
  bodyName?: string | null;
}

export interface ProposalInput {
  text: string;
  agendaItemId?: string | null;
  authorMemberId?: string | null;
  authorName?: string | null;
  routings: RoutingInput[];
}

/** What raising a proposal asks the organization first: the directorates it is routed to. */
export function proposalLookups(c: Caller, input: ProposalInput): Promise<OrganizationLookups> {
  return lookUpDirectorates(c, input.routings.map((r) => r.directorateId));
}

/** C6: a proposal raised in a meeting, routed to one or more directorates or bodies. */
export async function raiseProposal(u: UseCase, meetingId: string, input: ProposalInput, org: OrganizationLookups): Promise<Proposal> {
  const { meeting, committee } = await findMeeting(u, meetingId);
  authorize(u.identity, 'committee.manage', committee);
  const agendaItem = input.agendaItemId ? await u.em.findOne(AgendaItem, { id: input.agendaItemId, meeting }) : null;
  if (input.agendaItemId && !agendaItem) throw badInput("Ce point n'est pas à l'ordre du jour de la réunion.", 'agendaItemId');
  const author = input.authorMemberId ? await u.em.findOne(Member, { id: input.authorMemberId, committee }) : null;
  if (input.authorMemberId && !author) throw badInput("L'auteur n'est pas membre de ce comité.", 'authorMemberId');
  const authorName = author?.name ?? optionalText(input.authorName, 'authorName', 200);
  if (!authorName) throw badInput("Indiquez l'auteur de la proposition.", 'authorName');
  if (input.routings.length === 0) throw badInput('Une proposition est orientée vers au moins une direction ou instance.', 'routings');
  const directorateIds = input.routings.map((r) => r.directorateId).filter((id): id is string => !!id);
  org.assertDirectoratesOfTenant(directorateIds, committee.tenantId, 'routings.directorateId');
  const proposal = u.em.create(Proposal, {
    tenantId: committee.tenantId,
    meeting,
    agendaItem,
    author,
    authorName,
    text: requiredText(input.text, 'text', 5000),
    status: ProposalStatus.SUBMITTED,
  });
  for (const routing of input.routings) {
    const bodyName = optionalText(routing.bodyName, 'routings.bodyName', 200);
    if (!routing.directorateId && !bodyName) throw badInput('Chaque orientation désigne une direction ou une instance.', 'routings');
    u.em.create(ProposalRouting, { tenantId: committee.tenantId, proposal, directorateId: routing.directorateId ?? null, bodyName });
  }
  u.em.create(ProposalStatusChange, { tenantId: committee.tenantId, proposal, fromStatus: null, toStatus: ProposalStatus.SUBMITTED, changedAt: new Date(), changedBy: u.identity.userId });
  u.audit({ operation: 'raiseProposal', entityType: 'Proposal', entityId: proposal.id, changes: diffSnapshots(null, { text: proposal.text, authorName, routings: input.routings }) });
  return proposal;
}

/** The secretariat, or a directorate the proposal is routed to, moves it on and answers it. */
export async function updateProposalStatus(u: UseCase, id: string, status: ProposalStatus, answer: string | null | undefined, note: string | null | undefined): Promise<Proposal> {
  const proposal = await u.em.findOne(Proposal, { id }, { populate: ['meeting', 'meeting.committee'] });
  if (!proposal) throw notFound('Proposition');
  const committee = (proposal.meeting as unknown as Meeting).committee as unknown as Committee;
  const routedDirectorateIds = (await u.em.find(ProposalRouting, { proposal })).map((r) => r.directorateId).filter((d): d is string => !!d);
  authorize(u.identity, 'proposal.moveOn', { committee, routedDirectorateIds });
  assertProposalTransition(proposal.status, status);
  const from = proposal.status;
  proposal.status = status;
  if (answer !== undefined) proposal.answer = optionalText(answer, 'answer', 5000);
  if ((status === ProposalStatus.REJECTED || status === ProposalStatus.DONE) && !proposal.answer) throw badInput('Une proposition close porte une réponse.', 'answer');
  u.em.create(ProposalStatusChange, { tenantId: proposal.tenantId, proposal, fromStatus: from, toStatus: status, note: optionalText(note, 'note', 2000), changedAt: new Date(), changedBy: u.identity.userId });
  u.audit({ operation: 'updateProposalStatus', entityType: 'Proposal', entityId: id, changes: [{ field: 'status', from, to: status }, ...(answer !== undefined ? [{ field: 'answer', from: null, to: proposal.answer }] : [])] });
  return proposal;
}
