import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { toCalendarDate } from '@qualipref/calendar';
import type { FilterQuery } from '@mikro-orm/core';
import { PageArgs, badInput, paginate, paginateChildren, type Connection, type RequestContext } from '@qualipref/server-kit';
import {
  Action,
  ActionPlan,
  ActionProgress,
  AgendaItem,
  College,
  Committee,
  FollowUp,
  Invitation,
  Meeting,
  Member,
  Minutes,
  MinutesSection,
  Proposal,
  ProposalRouting,
  ProposalStatusChange,
} from '../entities/index.js';
import * as actions from '../domain/actions.js';
import * as committees from '../domain/committees.js';
import * as meetings from '../domain/meetings.js';
import * as proposals from '../domain/proposals.js';
import { ActionStatus, MeetingStatus, MinutesStatus, ProposalStatus } from '../domain/enums.js';
import { cadence, canSeeContacts } from '../domain/rules.js';
import type { CommitteesApp } from '../app.js';
import {
  ActionFilter,
  ActionInput,
  AttendanceInput,
  CreateCommitteeInput,
  MemberInput,
  MinutesInput,
  ProposalFilter,
  RaiseProposalInput,
  ScheduleMeetingInput,
  UpdateActionInput,
  UpdateCommitteeInput,
  UpdateMemberInput,
} from './inputs.js';
import {
  ActionConnection,
  ActionPlanConnection,
  ActionPlanType,
  ActionProgressType,
  ActionType,
  SurveyFindingRef,
  AgendaItemType,
  CollegeType,
  CommitteeCadenceType,
  CommitteeConnection,
  CommitteeType,
  DirectorateRef,
  FollowUpType,
  ImportReportType,
  InvitationType,
  MeetingConnection,
  MeetingType,
  MemberConnection,
  MemberType,
  MinutesSectionType,
  MinutesType,
  ProposalConnection,
  ProposalRoutingType,
  ProposalStatusChangeType,
  ProposalType,
  TenantRef,
  UserRef,
} from './types.js';

type Context = RequestContext<CommitteesApp>;
// Parameter types named apart from the entity schemas, so that decorator metadata sees plain types.
type CommitteeRow = Committee;
type MemberRow = Member;
type MeetingRow = Meeting;
type InvitationRow = Invitation;
type MinutesRow = Minutes;
type MinutesSectionRow = MinutesSection;
type ProposalRow = Proposal;
type RoutingRow = ProposalRouting;
type PlanRow = ActionPlan;
type ActionRow = Action;
type Ref = { id: string };

export const loadCommittee = (ctx: Context, id: string) => ctx.loaders.byId<Committee>(Committee, 'Committee').load(id);
export const loadMeeting = (ctx: Context, id: string) => ctx.loaders.byId<Meeting>(Meeting, 'Meeting').load(id);
export const loadProposal = (ctx: Context, id: string) => ctx.loaders.byId<Proposal>(Proposal, 'Proposal').load(id);
export const loadAction = (ctx: Context, id: string) => ctx.loaders.byId<Action>(Action, 'Action').load(id);
const loadMember = (ctx: Context, id: string) => ctx.loaders.byId<Member>(Member, 'Member').load(id);
const loadPlan = (ctx: Context, id: string) => ctx.loaders.byId<ActionPlan>(ActionPlan, 'ActionPlan').load(id);
const loadAgendaItem = (ctx: Context, id: string) => ctx.loaders.byId<AgendaItem>(AgendaItem, 'AgendaItem').load(id);

// The tenants' day (Europe/Paris): in UTC, the hours after midnight would still be yesterday.
const today = () => toCalendarDate(new Date());

@Resolver(() => CommitteeType)
export class CommitteeResolver {
  @Query(() => CommitteeConnection, { description: 'Committees of the readable tenants.' })
  committees(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('tenantId', () => ID, { nullable: true, description: 'Only this tenant’s.' }) tenantId?: string | null,
  ): Promise<Connection<Committee>> {
    return paginate(ctx.em, Committee, { tenantId: { $in: ctx.readableTenants(tenantId) } }, page, { decisionDate: 'asc' });
  }

  @Query(() => CommitteeType, { nullable: true, description: 'One committee; null when unknown or not readable.' })
  committee(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'Identifier of the committee.' }) id: string) {
    ctx.requireIdentity();
    return loadCommittee(ctx, id);
  }

  @Query(() => [CommitteeCadenceType], { description: 'C8: committees whose next meeting is not scheduled in time (or all, with all: true), with the follow-ups due before it.' })
  async committeeCadence(
    @Ctx() ctx: Context,
    @Arg('all', () => Boolean, { defaultValue: false, description: 'Include the committees on track.' }) all: boolean,
  ): Promise<CommitteeCadenceType[]> {
    const identity = ctx.requireIdentity();
    const list = await ctx.em.find(Committee, { tenantId: { $in: identity.readableTenantIds } }, { orderBy: { name: 'asc' }, limit: 500 });
    if (!list.length) return [];
    const ids = list.map((c) => c.id);
    const rows = await ctx.em.find(Meeting, { committee: { $in: ids }, status: { $ne: MeetingStatus.CANCELLED } }, { orderBy: { scheduledAt: 'asc' } });
    const followUps = await ctx.em.find(FollowUp, { committee: { $in: ids }, done: false }, { orderBy: { dueDate: 'asc' } });
    const now = new Date();
    return list
      .map((committee) => {
        const mine = rows.filter((m) => m.committee.id === committee.id);
        const held = mine.filter((m) => m.status !== MeetingStatus.PLANNED).at(-1);
        const next = mine.find((m) => m.status === MeetingStatus.PLANNED && m.scheduledAt >= now);
        const c = cadence(committee.decisionDate, committee.meetingIntervalMonths, held ? toCalendarDate(held.scheduledAt) : null, next ? toCalendarDate(next.scheduledAt) : null, today());
        const horizon = c.nextMeetingDate ?? c.dueBy;
        return { committee, ...c, followUpsDue: followUps.filter((f) => f.committee.id === committee.id && f.dueDate <= horizon) };
      })
      .filter((c) => all || c.state !== 'ON_TRACK') as unknown as CommitteeCadenceType[];
  }

  @FieldResolver(() => TenantRef, { description: 'Tenant of the committee.' })
  tenant(@Root() committee: CommitteeRow): Ref {
    return { id: committee.tenantId };
  }

  @FieldResolver(() => DirectorateRef, { description: 'Directorate that runs the committee (DRMM for the CLU).' })
  ownerDirectorate(@Root() committee: CommitteeRow): Ref {
    return { id: committee.ownerDirectorateId };
  }

  @FieldResolver(() => [UserRef], { description: 'Agents of the secretariat.' })
  secretariat(@Root() committee: CommitteeRow): Ref[] {
    return committee.secretariatUserIds.map((id) => ({ id }));
  }

  @FieldResolver(() => [CollegeType], { description: 'Colleges of the composition, in order.' })
  colleges(@Root() committee: CommitteeRow, @Ctx() ctx: Context) {
    return ctx.loaders.childrenOf<College>(College, 'College', 'committee', { position: 'asc' }).load(committee.id);
  }

  @FieldResolver(() => MemberConnection, { description: 'Seats of the committee, by name; on a date, only who sat then (C2 history).' })
  async members(
    @Root() committee: CommitteeRow,
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('onDate', () => String, { nullable: true, description: 'Only the mandates running on this date (YYYY-MM-DD).' }) onDate?: string | null,
  ): Promise<Connection<Member>> {
    if (onDate && !/^\d{4}-\d{2}-\d{2}$/.test(onDate)) throw badInput('Date invalide (AAAA-MM-JJ).', 'onDate');
    const where = onDate ? { sql: 't."mandate_start" <= ?::date and (t."mandate_end" is null or t."mandate_end" >= ?::date)', params: [onDate, onDate] } : undefined;
    return ctx.loaders
      .get<string, Connection<Member>>(`members:${page.first}:${page.after ?? ''}:${onDate ?? ''}`, (ids) => paginateChildren<Member>(ctx.em, Member, ids, page, { parent: 'committee', orderBy: 'name', where }))
      .load(committee.id);
  }

  @FieldResolver(() => MeetingConnection, { description: 'Meetings of the committee, newest first.' })
  meetings(@Root() committee: CommitteeRow, @Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs): Promise<Connection<Meeting>> {
    return ctx.loaders
      .get<string, Connection<Meeting>>(`meetings:${page.first}:${page.after ?? ''}`, (ids) => paginateChildren<Meeting>(ctx.em, Meeting, ids, page, { parent: 'committee', orderBy: 'scheduledAt', descending: true }))
      .load(committee.id);
  }

  @FieldResolver(() => [FollowUpType], { description: 'Follow-ups of the committee, by due date.' })
  followUps(@Root() committee: CommitteeRow, @Ctx() ctx: Context) {
    return ctx.loaders.childrenOf<FollowUp>(FollowUp, 'FollowUp', 'committee', { dueDate: 'asc' }).load(committee.id);
  }

  @Mutation(() => CommitteeType, { description: 'C1: creates a committee from its prefectoral decision, with its colleges. Managers and administrators.' })
  createCommittee(@Ctx() ctx: Context, @Arg('input', () => CreateCommitteeInput, { description: 'The committee.' }) input: CreateCommitteeInput) {
    return ctx.runAfter((c) => committees.committeeLookups(c, input, true), (u, org) => committees.createCommittee(u, input, org));
  }

  @Mutation(() => CommitteeType, { description: 'Changes a committee.' })
  updateCommittee(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The committee.' }) id: string,
    @Arg('input', () => UpdateCommitteeInput, { description: 'The changes.' }) input: UpdateCommitteeInput,
  ) {
    return ctx.runAfter((c) => committees.committeeLookups(c, input, false), (u, org) => committees.updateCommittee(u, id, input, org));
  }

  @Mutation(() => MemberType, { description: 'C2: adds a seat for a mandate period.' })
  addMember(
    @Ctx() ctx: Context,
    @Arg('committeeId', () => ID, { description: 'The committee.' }) committeeId: string,
    @Arg('input', () => MemberInput, { description: 'The seat.' }) input: MemberInput,
  ) {
    return ctx.run((u) => committees.addMember(u, committeeId, input));
  }

  @Mutation(() => MemberType, { description: 'Changes a seat; ending a mandate keeps it in the history.' })
  updateMember(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The seat.' }) id: string,
    @Arg('input', () => UpdateMemberInput, { description: 'The changes.' }) input: UpdateMemberInput,
  ) {
    return ctx.run((u) => committees.updateMember(u, id, input));
  }

  @Mutation(() => FollowUpType, { description: 'C8: records something due before the next meeting.' })
  addFollowUp(
    @Ctx() ctx: Context,
    @Arg('committeeId', () => ID, { description: 'The committee.' }) committeeId: string,
    @Arg('title', () => String, { description: 'What is due.' }) title: string,
    @Arg('dueDate', () => String, { description: 'When (YYYY-MM-DD).' }) dueDate: string,
  ) {
    return ctx.run((u) => committees.addFollowUp(u, committeeId, title, dueDate));
  }

  @Mutation(() => FollowUpType, { description: 'Marks a follow-up done or not done.' })
  setFollowUpDone(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The follow-up.' }) id: string,
    @Arg('done', () => Boolean, { description: 'Done or not.' }) done: boolean,
  ) {
    return ctx.run((u) => committees.setFollowUpDone(u, id, done));
  }
}

@Resolver(() => MemberType)
export class MemberResolver {
  @FieldResolver(() => CollegeType, { description: 'College of the seat.' })
  college(@Root() member: MemberRow, @Ctx() ctx: Context) {
    return ctx.loaders.byId<College>(College, 'College').load(member.college.id);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Contact details: shown to the secretariat and administrators only, null for everyone else.' })
  async contact(@Root() member: MemberRow, @Ctx() ctx: Context): Promise<string | null> {
    const committee = await loadCommittee(ctx, member.committee.id);
    return committee && canSeeContacts(ctx.identity, committee) ? (member.contact ?? null) : null;
  }

  @FieldResolver(() => UserRef, { nullable: true, description: 'The user, when the member is an agent.' })
  user(@Root() member: MemberRow): Ref | null {
    return member.userId ? { id: member.userId } : null;
  }

  @FieldResolver(() => CommitteeType, { description: 'The committee.' })
  committee(@Root() member: MemberRow, @Ctx() ctx: Context) {
    return loadCommittee(ctx, member.committee.id);
  }
}

@Resolver(() => MeetingType)
export class MeetingResolver {
  @Query(() => MeetingType, { nullable: true, description: 'One meeting; null when unknown or not readable.' })
  meeting(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'Identifier of the meeting.' }) id: string) {
    ctx.requireIdentity();
    return loadMeeting(ctx, id);
  }

  @FieldResolver(() => CommitteeType, { description: 'The committee.' })
  committee(@Root() meeting: MeetingRow, @Ctx() ctx: Context) {
    return loadCommittee(ctx, meeting.committee.id);
  }

  @FieldResolver(() => [AgendaItemType], { description: 'The agenda, in order.' })
  agenda(@Root() meeting: MeetingRow, @Ctx() ctx: Context) {
    return ctx.loaders.childrenOf<AgendaItem>(AgendaItem, 'AgendaItem', 'meeting', { position: 'asc' }).load(meeting.id);
  }

  @FieldResolver(() => [InvitationType], { description: 'Invitees and their attendance (fiche de présence), by name.' })
  invitations(@Root() meeting: MeetingRow, @Ctx() ctx: Context) {
    return ctx.loaders.childrenOf<Invitation>(Invitation, 'Invitation', 'meeting', { name: 'asc' }).load(meeting.id);
  }

  @FieldResolver(() => MinutesType, { nullable: true, description: 'The current minutes: the published version, else the latest.' })
  async minutes(@Root() meeting: MeetingRow, @Ctx() ctx: Context) {
    const versions = await ctx.loaders.childrenOf<Minutes>(Minutes, 'Minutes', 'meeting', { version: 'desc' }).load(meeting.id);
    return versions.find((m) => m.status === MinutesStatus.PUBLISHED) ?? versions[0] ?? null;
  }

  @FieldResolver(() => [MinutesType], { description: 'Every version of the minutes, newest first.' })
  minutesVersions(@Root() meeting: MeetingRow, @Ctx() ctx: Context) {
    return ctx.loaders.childrenOf<Minutes>(Minutes, 'Minutes', 'meeting', { version: 'desc' }).load(meeting.id);
  }

  @FieldResolver(() => ProposalConnection, { description: 'Proposals raised in the meeting.' })
  proposals(@Root() meeting: MeetingRow, @Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs): Promise<Connection<Proposal>> {
    return ctx.loaders
      .get<string, Connection<Proposal>>(`meeting-proposals:${page.first}:${page.after ?? ''}`, (ids) => paginateChildren<Proposal>(ctx.em, Proposal, ids, page, { parent: 'meeting', orderBy: 'createdAt' }))
      .load(meeting.id);
  }

  @FieldResolver(() => String, { description: 'Path of the attendance sheet PDF on the gateway (GET with the bearer token).' })
  attendanceSheetPdfPath(@Root() meeting: MeetingRow): string {
    return `/documents/committees/meetings/${meeting.id}/attendance-sheet.pdf`;
  }

  @Mutation(() => MeetingType, { description: 'C3: schedules a meeting with its agenda and invitees.' })
  scheduleMeeting(
    @Ctx() ctx: Context,
    @Arg('committeeId', () => ID, { description: 'The committee.' }) committeeId: string,
    @Arg('input', () => ScheduleMeetingInput, { description: 'The meeting.' }) input: ScheduleMeetingInput,
  ) {
    return ctx.run((u) => meetings.scheduleMeeting(u, committeeId, input));
  }

  @Mutation(() => [InvitationType], { description: 'C4: records attendance (present, excused, absent, represented) and signatures.' })
  recordAttendance(
    @Ctx() ctx: Context,
    @Arg('meetingId', () => ID, { description: 'The meeting.' }) meetingId: string,
    @Arg('entries', () => [AttendanceInput], { description: 'Lines of the attendance sheet.' }) entries: AttendanceInput[],
  ) {
    return ctx.run((u) => meetings.recordAttendance(u, meetingId, entries));
  }

  @Mutation(() => MeetingType, { description: 'Marks a planned meeting as held.' })
  markMeetingHeld(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The meeting.' }) id: string) {
    return ctx.run((u) => meetings.setMeetingStatus(u, id, MeetingStatus.HELD));
  }

  @Mutation(() => MeetingType, { description: 'Cancels a planned meeting.' })
  cancelMeeting(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The meeting.' }) id: string) {
    return ctx.run((u) => meetings.setMeetingStatus(u, id, MeetingStatus.CANCELLED));
  }

  @Mutation(() => MinutesType, { description: 'C5: starts (or continues) the draft minutes of a held meeting, one section per agenda item.' })
  draftMinutes(
    @Ctx() ctx: Context,
    @Arg('meetingId', () => ID, { description: 'The meeting.' }) meetingId: string,
    @Arg('input', () => MinutesInput, { description: 'Content.' }) input: MinutesInput,
  ) {
    return ctx.run((u) => meetings.draftMinutes(u, meetingId, input));
  }

  @Mutation(() => MinutesType, { description: 'Edits draft minutes; validated and published ones are frozen (CONFLICT).' })
  editMinutes(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The minutes version.' }) id: string,
    @Arg('input', () => MinutesInput, { description: 'Content.' }) input: MinutesInput,
  ) {
    return ctx.run((u) => meetings.editMinutes(u, id, input));
  }

  @Mutation(() => MinutesType, { description: 'Validates draft minutes (every section concluded).' })
  validateMinutes(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The minutes version.' }) id: string) {
    return ctx.run((u) => meetings.validateMinutes(u, id));
  }

  @Mutation(() => MinutesType, { description: 'Publishes validated minutes; a previously published version becomes SUPERSEDED.' })
  publishMinutes(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The minutes version.' }) id: string) {
    return ctx.run((u) => meetings.publishMinutes(u, id));
  }

  @Mutation(() => MinutesType, { description: 'Opens a correction of published minutes as a new draft version; the published one is kept.' })
  correctMinutes(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The published version.' }) id: string) {
    return ctx.run((u) => meetings.correctMinutes(u, id));
  }
}

@Resolver(() => MinutesType)
export class MinutesResolver {
  @FieldResolver(() => [MinutesSectionType], { description: 'One section per agenda item, in agenda order.' })
  async sections(@Root() minutes: MinutesRow, @Ctx() ctx: Context) {
    const sections = await ctx.loaders.childrenOf<MinutesSection>(MinutesSection, 'MinutesSection', 'minutes', { id: 'asc' }).load(minutes.id);
    const items = await Promise.all(sections.map((s) => loadAgendaItem(ctx, s.agendaItem.id)));
    return sections.map((s, i) => ({ s, p: items[i]?.position ?? 0 })).sort((a, b) => a.p - b.p).map((x) => x.s);
  }

  @FieldResolver(() => String, { description: 'Path of this version as a PDF on the gateway (GET with the bearer token).' })
  pdfPath(@Root() minutes: MinutesRow): string {
    return `/documents/committees/minutes/${minutes.id}.pdf`;
  }

  @FieldResolver(() => MeetingType, { description: 'The meeting.' })
  meeting(@Root() minutes: MinutesRow, @Ctx() ctx: Context) {
    return loadMeeting(ctx, minutes.meeting.id);
  }
}

@Resolver(() => MinutesSectionType)
export class MinutesSectionResolver {
  @FieldResolver(() => AgendaItemType, { description: 'The agenda item.' })
  agendaItem(@Root() section: MinutesSectionRow, @Ctx() ctx: Context) {
    return loadAgendaItem(ctx, section.agendaItem.id);
  }
}

@Resolver(() => InvitationType)
export class InvitationResolver {
  @FieldResolver(() => MemberType, { nullable: true, description: 'The member invited, if a member.' })
  member(@Root() invitation: InvitationRow, @Ctx() ctx: Context) {
    return invitation.member ? loadMember(ctx, invitation.member.id) : null;
  }

  @FieldResolver(() => UserRef, { nullable: true, description: 'The agent invited, if a user.' })
  user(@Root() invitation: InvitationRow): Ref | null {
    return invitation.userId ? { id: invitation.userId } : null;
  }
}

@Resolver(() => ProposalType)
export class ProposalResolver {
  @Query(() => ProposalConnection, { description: 'Proposals of the readable tenants, newest first.' })
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

@Resolver(() => ProposalRoutingType)
export class ProposalRoutingResolver {
  @FieldResolver(() => DirectorateRef, { nullable: true, description: 'The directorate it was sent to.' })
  directorate(@Root() routing: RoutingRow): Ref | null {
    return routing.directorateId ? { id: routing.directorateId } : null;
  }
}

@Resolver(() => ActionPlanType)
export class ActionPlanResolver {
  @Query(() => ActionPlanConnection, { description: 'Action plans of the readable tenants, newest first.' })
  actionPlans(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('tenantId', () => ID, { nullable: true, description: 'Only this tenant’s.' }) tenantId?: string | null,
  ): Promise<Connection<ActionPlan>> {
    return paginate(ctx.em, ActionPlan, { tenantId: { $in: ctx.readableTenants(tenantId) } }, page, { year: 'desc' });
  }

  @Query(() => ActionPlanType, { nullable: true, description: 'One plan; null when unknown or not readable.' })
  actionPlan(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'Identifier of the plan.' }) id: string) {
    ctx.requireIdentity();
    return loadPlan(ctx, id);
  }

  @FieldResolver(() => CommitteeType, { nullable: true, description: 'The committee it belongs to.' })
  committee(@Root() plan: PlanRow, @Ctx() ctx: Context) {
    return plan.committee ? loadCommittee(ctx, plan.committee.id) : null;
  }

  @FieldResolver(() => ActionConnection, { description: 'Actions of the plan, by reference.' })
  actions(@Root() plan: PlanRow, @Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs): Promise<Connection<Action>> {
    return ctx.loaders
      .get<string, Connection<Action>>(`plan-actions:${page.first}:${page.after ?? ''}`, (ids) => paginateChildren<Action>(ctx.em, Action, ids, page, { parent: 'plan', orderBy: 'reference' }))
      .load(plan.id);
  }

  @FieldResolver(() => String, { description: 'The plan as CSV (UTF-8 with BOM, comma-separated): the same format importActionPlanCsv reads back.' })
  async csv(@Root() plan: PlanRow, @Ctx() ctx: Context): Promise<string> {
    return actions.actionsToCsv(await ctx.em.find(Action, { plan: plan.id }, { orderBy: { reference: 'asc' }, limit: 10_000 }));
  }

  @Mutation(() => ActionPlanType, { description: 'C7: opens the action plan of a year.' })
  createActionPlan(
    @Ctx() ctx: Context,
    @Arg('year', () => Int, { description: 'The year.' }) year: number,
    @Arg('title', () => String, { description: 'Title, e.g. « Plan d’actions 2016 ».' }) title: string,
    @Arg('committeeId', () => ID, { nullable: true, description: 'The committee it belongs to.' }) committeeId?: string | null,
  ) {
    return ctx.run((u) => actions.createActionPlan(u, year, title, committeeId));
  }

  @Mutation(() => ImportReportType, { description: 'Imports the plan’s CSV (as exported): new references are created, known ones updated; when any row is refused, nothing is written and each problem is reported with its line.' })
  async importActionPlanCsv(
    @Ctx() ctx: Context,
    @Arg('planId', () => ID, { description: 'The plan.' }) planId: string,
    @Arg('csv', () => String, { description: 'The CSV text.' }) csv: string,
  ): Promise<actions.ImportReport> {
    if (csv.length > 2_000_000) throw badInput('Fichier trop volumineux (2 Mo au plus).', 'csv');
    try {
      return await ctx.runAfter((c) => actions.parseActionsCsv(c, csv), (u, parsed) => actions.importActionsCsv(u, planId, parsed));
    } catch (error) {
      if (error instanceof actions.ImportRejected) return error.report;
      throw error;
    }
  }
}

@Resolver(() => ActionType)
export class ActionResolver {
  @Query(() => ActionConnection, { name: 'actions', description: 'Actions of the readable tenants, by reference; filter by plan, status, directorate, overdue.' })
  listActions(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => ActionFilter, { nullable: true, description: 'Narrows the list.' }) filter?: ActionFilter | null,
  ): Promise<Connection<Action>> {
    const where: FilterQuery<Action> = { tenantId: { $in: ctx.readableTenants(null) } };
    if (filter?.planId) where.plan = filter.planId;
    if (filter?.status) where.status = filter.status;
    if (filter?.ownerDirectorateId) where.ownerDirectorateId = filter.ownerDirectorateId;
    if (filter?.overdue === true) Object.assign(where, { dueDate: { $lt: today() }, status: { $nin: [ActionStatus.DONE, ActionStatus.CANCELLED] } });
    if (filter?.overdue === false) where.$or = [{ dueDate: null }, { dueDate: { $gte: today() } }, { status: { $in: [ActionStatus.DONE, ActionStatus.CANCELLED] } }];
    return paginate(ctx.em, Action, where, page, { reference: 'asc' });
  }

  @Query(() => ActionType, { nullable: true, description: 'One action; null when unknown or not readable.' })
  action(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'Identifier of the action.' }) id: string) {
    ctx.requireIdentity();
    return loadAction(ctx, id);
  }

  @FieldResolver(() => ActionPlanType, { description: 'The plan.' })
  plan(@Root() action: ActionRow, @Ctx() ctx: Context) {
    return loadPlan(ctx, action.plan.id);
  }

  @FieldResolver(() => DirectorateRef, { description: 'Directorate in charge.' })
  ownerDirectorate(@Root() action: ActionRow): Ref {
    return { id: action.ownerDirectorateId };
  }

  @FieldResolver(() => Boolean, { description: 'Past its due date and neither done nor cancelled.' })
  overdue(@Root() action: ActionRow): boolean {
    return !!action.dueDate && action.dueDate < today() && action.status !== ActionStatus.DONE && action.status !== ActionStatus.CANCELLED;
  }

  @FieldResolver(() => ProposalType, { nullable: true, description: 'The proposal it comes from.' })
  originProposal(@Root() action: ActionRow, @Ctx() ctx: Context) {
    return action.originProposal ? loadProposal(ctx, action.originProposal.id) : null;
  }

  @FieldResolver(() => MeetingType, { nullable: true, description: 'The meeting it comes from.' })
  originMeeting(@Root() action: ActionRow, @Ctx() ctx: Context) {
    return action.originMeeting ? loadMeeting(ctx, action.originMeeting.id) : null;
  }

  @FieldResolver(() => SurveyFindingRef, { nullable: true, description: 'The survey finding it comes from (resolved by the surveys service).' })
  originFinding(@Root() action: ActionRow): { id: string } | null {
    return action.originFindingId ? { id: action.originFindingId } : null;
  }

  @FieldResolver(() => [ActionProgressType], { description: 'Dated history of its progress, oldest first.' })
  progressHistory(@Root() action: ActionRow, @Ctx() ctx: Context) {
    return ctx.loaders.childrenOf<ActionProgress>(ActionProgress, 'ActionProgress', 'action', { recordedAt: 'asc' }).load(action.id);
  }

  @Mutation(() => ActionType, { description: 'C7: adds an action to a plan.' })
  addAction(
    @Ctx() ctx: Context,
    @Arg('planId', () => ID, { description: 'The plan.' }) planId: string,
    @Arg('input', () => ActionInput, { description: 'The action.' }) input: ActionInput,
  ) {
    return ctx.runAfter((c) => actions.actionLookups(c, input), (u, org) => actions.addAction(u, planId, input, org));
  }

  @Mutation(() => ActionType, { description: 'Changes an action (the plan’s managers).' })
  updateAction(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The action.' }) id: string,
    @Arg('input', () => UpdateActionInput, { description: 'The changes.' }) input: UpdateActionInput,
  ) {
    return ctx.runAfter((c) => actions.actionLookups(c, input), (u, org) => actions.updateAction(u, id, input, org));
  }

  @Mutation(() => ActionType, { description: 'Reports progress (the directorate in charge, or the plan’s managers); kept in a dated history.' })
  reportActionProgress(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The action.' }) id: string,
    @Arg('progress', () => Int, { description: 'Progress in percent (0–100).' }) progress: number,
    @Arg('status', () => ActionStatus, { nullable: true, description: 'New status; derived from the progress when omitted.' }) status?: ActionStatus | null,
    @Arg('note', () => String, { nullable: true, description: 'Comment.' }) note?: string | null,
  ) {
    return ctx.run((u) => actions.reportActionProgress(u, id, progress, status, note));
  }
}

/** Directorate and Tenant, owned by the organization service, extended with what this service knows of them. */
@Resolver(() => DirectorateRef)
export class DirectorateExtensionResolver {
  @FieldResolver(() => ActionConnection, { description: 'Actions in charge of this directorate that are not done or cancelled, by due date.' })
  openActions(@Root() directorate: Ref, @Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs): Promise<Connection<Action>> {
    ctx.requireIdentity();
    const where = { sql: 't."status" not in (?, ?)', params: [ActionStatus.DONE, ActionStatus.CANCELLED] };
    return ctx.loaders
      .get<string, Connection<Action>>(`open-actions:${page.first}:${page.after ?? ''}`, (ids) => paginateChildren<Action>(ctx.em, Action, ids, page, { parent: 'ownerDirectorateId', orderBy: 'reference', where }))
      .load(directorate.id);
  }

  @FieldResolver(() => ProposalConnection, { description: 'Proposals routed to this directorate, newest first.' })
  routedProposals(@Root() directorate: Ref, @Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs): Promise<Connection<Proposal>> {
    ctx.requireIdentity();
    const through = { entity: ProposalRouting.meta.className, child: 'proposal' };
    return ctx.loaders
      .get<string, Connection<Proposal>>(`routed-proposals:${page.first}:${page.after ?? ''}`, (ids) =>
        paginateChildren<Proposal>(ctx.em, Proposal, ids, page, { parent: 'directorateId', orderBy: 'createdAt', descending: true, idDescending: false, through }),
      )
      .load(directorate.id);
  }
}

@Resolver(() => TenantRef)
export class TenantExtensionResolver {
  @FieldResolver(() => CommitteeConnection, { description: 'Committees of the tenant.' })
  committees(@Root() tenant: Ref, @Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs): Promise<Connection<Committee>> {
    ctx.requireIdentity();
    return ctx.loaders
      .get<string, Connection<Committee>>(`tenant-committees:${page.first}:${page.after ?? ''}`, (ids) => paginateChildren<Committee>(ctx.em, Committee, ids, page, { parent: 'tenantId', orderBy: 'name' }))
      .load(tenant.id);
  }
}

@Resolver(() => SurveyFindingRef)
export class SurveyFindingExtensionResolver {
  @FieldResolver(() => [ActionType], { description: 'Actions of the plans that take this finding up, by reference.' })
  actions(@Root() finding: { id: string }, @Ctx() ctx: Context) {
    ctx.requireIdentity();
    return ctx.loaders.childrenOf<Action>(Action, 'Action', 'originFindingId', { reference: 'asc' }).load(finding.id);
  }
}
