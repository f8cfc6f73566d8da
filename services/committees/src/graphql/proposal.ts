import { Arg, Args, Ctx, Directive, Field, FieldResolver, ID, InputType, Mutation, ObjectType, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import type { FilterQuery } from '@mikro-orm/core';
import { DirectorateRef, UserRef } from '@qualipref/organization-client';
import { ConnectionType, PageArgs, paginate, type Connection } from '@qualipref/server-kit';
import { Action, Proposal, ProposalRouting, ProposalStatusChange } from '../entities/index.js';
import * as proposals from '../domain/proposals.js';
import { can } from '../domain/policy.js';
import { ProposalStatus } from '../domain/enums.js';
import { ActionType } from './action.js';
// Before ./committee.js: the rooms must be evaluated in the schema's order (see action.ts).
import { AgendaItemType, MeetingType, loadAgendaItem, loadMeeting } from './meeting.js';
import { MemberType, loadCommittee, loadMember } from './committee.js';
import type { Context, Ref } from './context.js';

type ProposalRow = Proposal;
type RoutingRow = ProposalRouting;
type StatusChangeRow = ProposalStatusChange;

export const loadProposal = (ctx: Context, id: string) => ctx.loaders.byId<Proposal>(Proposal, 'Proposal').load(id);

registerEnumType(ProposalStatus, {
  name: 'ProposalStatus',
  description: 'Where a proposal stands until it is answered.',
  valuesConfig: {
    SUBMITTED: { description: 'Raised in a meeting, routed.' },
    UNDER_STUDY: { description: 'Being examined by the bodies it was routed to.' },
    ACCEPTED: { description: 'Accepted; actions may follow.' },
    REJECTED: { description: 'Rejected, with an answer.' },
    DONE: { description: 'Carried out, with an answer.' },
  },
});

@ObjectType('ProposalRouting', { description: 'Where a proposal was sent: a directorate or a named body.' })
export class ProposalRoutingType {
  @Field(() => ID, { description: 'Identifier of the routing.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'A body that is not a directorate, e.g. « Comité de pilotage de la politique qualité ».' })
  bodyName!: string | null;
}

@ObjectType('ProposalStatusChange', { description: 'One step of a proposal’s history.' })
export class ProposalStatusChangeType {
  @Field(() => ProposalStatus, { nullable: true, description: 'Status before (null when raised).' })
  fromStatus!: ProposalStatus | null;

  @Field(() => ProposalStatus, { description: 'Status after.' })
  toStatus!: ProposalStatus;

  @Field(() => String, { nullable: true, description: 'Why.' })
  note!: string | null;

  @Field(() => Date, { description: 'When.' })
  changedAt!: Date;
}

@ObjectType('Proposal', { description: 'A proposal raised by a member in a meeting (C6), routed until answered.' })
@Directive('@key(fields: "id")')
export class ProposalType {
  @Field(() => ID, { description: 'Identifier of the proposal.' })
  id!: string;

  @Field(() => String, { description: 'Who raised it.' })
  authorName!: string;

  @Field(() => String, { description: 'What is proposed.' })
  text!: string;

  @Field(() => ProposalStatus, { description: 'Where it stands.' })
  status!: ProposalStatus;

  @Field(() => String, { nullable: true, description: 'The answer given.' })
  answer!: string | null;

  @Field(() => Date, { description: 'When it was recorded.' })
  createdAt!: Date;
}

export const ProposalConnection = ConnectionType(ProposalType, 'Proposal', 'A page of proposals, newest first.');

@InputType({ description: 'Where a proposal is sent: a directorate, or a named body.' })
export class RoutingInput {
  @Field(() => ID, { nullable: true, description: 'A directorate of the tenant.' })
  directorateId?: string | null;

  @Field(() => String, { nullable: true, description: 'A body that is not a directorate.' })
  bodyName?: string | null;
}

@InputType({ description: 'A proposal raised in a meeting.' })
export class RaiseProposalInput {
  @Field(() => String, { description: 'What is proposed.' })
  text!: string;

  @Field(() => ID, { nullable: true, description: 'The agenda item it was raised on.' })
  agendaItemId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The member who raised it.' })
  authorMemberId?: string | null;

  @Field(() => String, { nullable: true, description: 'Who raised it, when not a member.' })
  authorName?: string | null;

  @Field(() => [RoutingInput], { description: 'Where it is sent: at least one, at most 20 items.' })
  routings!: RoutingInput[];
}

@InputType({ description: 'Narrows a list of proposals.' })
export class ProposalFilter {
  @Field(() => ID, { nullable: true, description: 'Only this meeting’s.' })
  meetingId?: string | null;

  @Field(() => ProposalStatus, { nullable: true, description: 'Only this status.' })
  status?: ProposalStatus | null;

  @Field(() => ID, { nullable: true, description: 'Only those routed to this directorate.' })
  directorateId?: string | null;
}

@Resolver(() => ProposalType)
export class ProposalResolver {
  @Query(() => ProposalConnection, { nullable: true, description: 'Proposals of the readable tenants, newest first.' })
  async proposals(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => ProposalFilter, { nullable: true, description: 'Narrows the list.' }) filter?: ProposalFilter | null,
  ): Promise<Connection<Proposal>> {
    const where: FilterQuery<Proposal> = { tenantId: { $in: ctx.readableTenants(null) } };
    if (filter?.meetingId) where.meeting = filter.meetingId;
    if (filter?.status) where.status = filter.status;
    if (filter?.directorateId) {
      const routed = await ctx.em.find(ProposalRouting, { directorateId: filter.directorateId }, { fields: ['proposal'] });
      where.id = { $in: routed.map((r) => r.proposal.id) };
    }
    return paginate(ctx.em, Proposal, where, page, { createdAt: 'desc' });
  }

  @Query(() => ProposalType, { nullable: true, description: 'One proposal; null when unknown or not readable.' })
  proposal(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'Identifier of the proposal.' }) id: string) {
    ctx.requireIdentity();
    return loadProposal(ctx, id);
  }

  @FieldResolver(() => MeetingType, { description: 'The meeting it was raised in.' })
  meeting(@Root() proposal: ProposalRow, @Ctx() ctx: Context) {
    return loadMeeting(ctx, proposal.meeting.id);
  }

  @FieldResolver(() => AgendaItemType, { nullable: true, description: 'The agenda item it was raised on.' })
  agendaItem(@Root() proposal: ProposalRow, @Ctx() ctx: Context) {
    return proposal.agendaItem ? loadAgendaItem(ctx, proposal.agendaItem.id) : null;
  }

  @FieldResolver(() => MemberType, { nullable: true, description: 'The member who raised it.' })
  author(@Root() proposal: ProposalRow, @Ctx() ctx: Context) {
    return proposal.author ? loadMember(ctx, proposal.author.id) : null;
  }

  @FieldResolver(() => [ProposalRoutingType], { description: 'Where it was sent.' })
  routings(@Root() proposal: ProposalRow, @Ctx() ctx: Context) {
    return ctx.loaders.childrenOf<ProposalRouting>(ProposalRouting, 'ProposalRouting', 'proposal', { id: 'asc' }).load(proposal.id);
  }

  @FieldResolver(() => [ProposalStatusChangeType], { description: 'Every change of status, oldest first.' })
  history(@Root() proposal: ProposalRow, @Ctx() ctx: Context) {
    return ctx.loaders.childrenOf<ProposalStatusChange>(ProposalStatusChange, 'ProposalStatusChange', 'proposal', { changedAt: 'asc' }).load(proposal.id);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the caller may move this proposal on and answer it (updateProposalStatus): whoever runs its committee, or the managers and agents of a directorate it is routed to.' })
  async viewerCanMoveOn(@Root() proposal: ProposalRow, @Ctx() ctx: Context): Promise<boolean> {
    if (!ctx.identity) return false;
    const [meeting, routings] = await Promise.all([loadMeeting(ctx, proposal.meeting.id), this.routings(proposal, ctx)]);
    const committee = meeting && (await loadCommittee(ctx, meeting.committee.id));
    if (!committee) return false;
    return can(ctx.identity, 'proposal.moveOn', { committee, routedDirectorateIds: routings.flatMap((r) => (r.directorateId ? [r.directorateId] : [])) });
  }

  @FieldResolver(() => [ActionType], { description: 'Actions of the plans that came of it.' })
  actions(@Root() proposal: ProposalRow, @Ctx() ctx: Context) {
    return ctx.loaders.childrenOf<Action>(Action, 'Action', 'originProposal', { reference: 'asc' }).load(proposal.id);
  }

  @Mutation(() => ProposalType, { description: 'C6: records a proposal raised in a meeting and routes it.' })
  raiseProposal(
    @Ctx() ctx: Context,
    @Arg('meetingId', () => ID, { description: 'The meeting.' }) meetingId: string,
    @Arg('input', () => RaiseProposalInput, { description: 'The proposal.' }) input: RaiseProposalInput,
  ) {
    return ctx.runAfter((c) => proposals.proposalLookups(c, input), (u, org) => proposals.raiseProposal(u, meetingId, input, org));
  }

  @Mutation(() => ProposalType, { description: 'Moves a proposal on (secretariat, or a directorate it is routed to) and records the step.' })
  updateProposalStatus(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The proposal.' }) id: string,
    @Arg('status', () => ProposalStatus, { description: 'The new status.' }) status: ProposalStatus,
    @Arg('answer', () => String, { nullable: true, description: 'The answer (required to reject or close).' }) answer?: string | null,
    @Arg('note', () => String, { nullable: true, description: 'Why.' }) note?: string | null,
  ) {
    return ctx.run((u) => proposals.updateProposalStatus(u, id, status, answer ?? undefined, note));
  }
}

@Resolver(() => ProposalStatusChangeType)
export class ProposalStatusChangeResolver {
  @FieldResolver(() => UserRef, { nullable: true, description: 'The agent who made the change (resolved by the organization service); null when no agent is known.' })
  changedBy(@Root() change: StatusChangeRow): Ref | null {
    return change.changedBy ? { id: change.changedBy } : null;
  }
}

@Resolver(() => ProposalRoutingType)
export class ProposalRoutingResolver {
  @FieldResolver(() => DirectorateRef, { nullable: true, description: 'The directorate it was sent to.' })
  directorate(@Root() routing: RoutingRow): Ref | null {
    return routing.directorateId ? { id: routing.directorateId } : null;
  }
}
