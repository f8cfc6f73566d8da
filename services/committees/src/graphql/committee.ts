import { Arg, Args, Ctx, Directive, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import { DirectorateRef, ServiceRef, TenantRef, TenantViewerCanRef, UserRef } from '@qualipref/organization-client';
import { ConnectionType, PageArgs, badInput, paginate, paginateChildren, paginateRows, type Connection } from '@qualipref/server-kit';
import { College, Committee, FollowUp, Meeting, Member } from '../entities/index.js';
import * as committees from '../domain/committees.js';
import { MeetingStatus } from '../domain/enums.js';
import { can } from '../domain/policy.js';
import { CadenceState, cadence } from '../domain/rules.js';
import { type Context, type Ref } from './context.js';
import { MeetingConnection } from './meeting.js';

// Parameter types named apart from the entity schemas, so that decorator metadata sees plain types.
type CommitteeRow = Committee;
type MemberRow = Member;

export const loadCommittee = (ctx: Context, id: string) => ctx.loaders.byId<Committee>(Committee, 'Committee').load(id);
export const loadMember = (ctx: Context, id: string) => ctx.loaders.byId<Member>(Member, 'Member').load(id);

registerEnumType(CadenceState, {
  name: 'CadenceState',
  description: 'Whether a committee meets as often as it must.',
  valuesConfig: {
    ON_TRACK: { description: 'The next meeting is scheduled before the deadline.' },
    NOT_SCHEDULED_IN_TIME: { description: 'No meeting is scheduled before the deadline yet.' },
    OVERDUE: { description: 'The deadline has passed without a meeting.' },
  },
});

@ObjectType('Committee', { description: 'A committee created by a prefectoral decision (C1), such as the comité local des usagers (CLU).' })
@Directive('@key(fields: "id")')
export class CommitteeType {
  @Field(() => ID, { description: 'Identifier of the committee.' })
  id!: string;

  @Field(() => ID, { description: 'Tenant of the committee.' })
  tenantId!: string;

  @Field(() => String, { description: 'Kind of committee: CLU, or another code for committees to come.' })
  kind!: string;

  @Field(() => String, { description: 'Name, e.g. « Comité local des usagers ».' })
  name!: string;

  @Field(() => String, { description: 'Date of the prefectoral decision that created it (YYYY-MM-DD).' })
  decisionDate!: string;

  @Field(() => String, { description: 'Reference of that decision.' })
  decisionReference!: string;

  @Field(() => String, { nullable: true, description: 'Text of the decision.' })
  decisionText!: string | null;

  @Field(() => String, { description: 'Who chairs it (e.g. the secrétaire général).' })
  chairName!: string;

  @Field(() => String, { nullable: true, description: 'Title of the chair.' })
  chairTitle!: string | null;

  @Field(() => Int, { description: 'The committee meets at least once in this many months (12 for the CLU).' })
  meetingIntervalMonths!: number;
}

@ObjectType('College', { description: 'A college of a committee’s composition (C2).' })
export class CollegeType {
  @Field(() => ID, { description: 'Identifier of the college.' })
  id!: string;

  @Field(() => String, { description: 'Code: COLLECTIVITES, USAGERS, PROFESSIONNELS, ADMINISTRATION…' })
  code!: string;

  @Field(() => String, { description: 'Name shown.' })
  name!: string;

  @Field(() => Int, { description: 'Order in the composition.' })
  position!: number;
}

@ObjectType('Member', { description: 'A seat in a committee for a mandate period (C2). Contact details are personal data.' })
export class MemberType {
  @Field(() => ID, { description: 'Identifier of the seat.' })
  id!: string;

  @Field(() => String, { description: 'Name of the member.' })
  name!: string;

  @Field(() => String, { description: 'Organisation represented.' })
  organisation!: string;

  @Field(() => String, { nullable: true, description: 'Role or office (e.g. « Conseillère départementale »).' })
  role!: string | null;

  @Field(() => String, { description: 'First day of the mandate (YYYY-MM-DD).' })
  mandateStart!: string;

  @Field(() => String, { nullable: true, description: 'Last day of the mandate, if ended (YYYY-MM-DD).' })
  mandateEnd!: string | null;
}

@ObjectType('FollowUp', { description: 'Something due before a committee’s next meeting (C8): the audit result, the bilan qualité…' })
export class FollowUpType {
  @Field(() => ID, { description: 'Identifier of the follow-up.' })
  id!: string;

  @Field(() => String, { description: 'What is due.' })
  title!: string;

  @Field(() => String, { description: 'When it is due (YYYY-MM-DD).' })
  dueDate!: string;

  @Field(() => Boolean, { description: 'Whether it is done.' })
  done!: boolean;
}

@ObjectType('CommitteeCadence', { description: 'Whether a committee meets as often as it must (C8), and what is due before its next meeting.' })
export class CommitteeCadenceType {
  @Field(() => CommitteeType, { description: 'The committee.' })
  committee!: CommitteeType;

  @Field(() => String, { nullable: true, description: 'Date of the last meeting held.' })
  lastMeetingDate!: string | null;

  @Field(() => String, { nullable: true, description: 'Date of the next planned meeting.' })
  nextMeetingDate!: string | null;

  @Field(() => String, { description: 'The next meeting must be held by this date.' })
  dueBy!: string;

  @Field(() => CadenceState, { description: 'On track, not scheduled in time, or overdue.' })
  state!: CadenceState;

  @Field(() => [FollowUpType], { description: 'Follow-ups not done, due before the next meeting (or before the deadline when none is planned).' })
  followUpsDue!: FollowUpType[];
}

export const CommitteeConnection = ConnectionType(CommitteeType, 'Committee', 'A page of committees.');

export const CommitteeCadenceConnection = ConnectionType(CommitteeCadenceType, 'CommitteeCadence', 'A page of committees’ cadences, by committee name.');

export const MemberConnection = ConnectionType(MemberType, 'Member', 'A page of members, by college then name.');

@InputType({ description: 'A college of a new committee.' })
export class CollegeInput {
  @Field(() => String, { description: 'Code: COLLECTIVITES, USAGERS, PROFESSIONNELS, ADMINISTRATION…' })
  code!: string;

  @Field(() => String, { description: 'Name shown.' })
  name!: string;
}

@InputType({ description: 'A new committee, from its prefectoral decision.' })
export class CreateCommitteeInput {
  @Field(() => String, { description: 'Kind: CLU, or another code.' })
  kind!: string;

  @Field(() => String, { description: 'Name.' })
  name!: string;

  @Field(() => String, { description: 'Date of the decision (YYYY-MM-DD).' })
  decisionDate!: string;

  @Field(() => String, { description: 'Reference of the decision.' })
  decisionReference!: string;

  @Field(() => String, { nullable: true, description: 'Text of the decision.' })
  decisionText?: string | null;

  @Field(() => String, { description: 'Who chairs it.' })
  chairName!: string;

  @Field(() => String, { nullable: true, description: 'Title of the chair.' })
  chairTitle?: string | null;

  @Field(() => ID, { nullable: true, description: 'Directorate that runs it; the caller’s when omitted.' })
  ownerDirectorateId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The service of that directorate that runs it (MACAP for the CLU), printed as the mission line of its documents; none when omitted.' })
  secretariatServiceId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Users of the secretariat (at most 20 items).' })
  secretariatUserIds?: string[] | null;

  @Field(() => Int, { nullable: true, description: 'Minimum frequency in months (12 when omitted).' })
  meetingIntervalMonths?: number | null;

  @Field(() => [CollegeInput], { nullable: true, description: 'Colleges of the composition, in order (at most 10 items).' })
  colleges?: CollegeInput[] | null;
}

@InputType({ description: 'Changes to a committee; omitted fields stay.' })
export class UpdateCommitteeInput {
  @Field(() => String, { nullable: true, description: 'New name.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'New text of the decision.' })
  decisionText?: string | null;

  @Field(() => String, { nullable: true, description: 'New chair.' })
  chairName?: string | null;

  @Field(() => String, { nullable: true, description: 'New title of the chair.' })
  chairTitle?: string | null;

  @Field(() => ID, { nullable: true, description: 'New directorate running it; its service is cleared unless secretariatServiceId names one of the new directorate.' })
  ownerDirectorateId?: string | null;

  @Field(() => ID, { nullable: true, description: 'New service running it, of its owner directorate; null for none.' })
  secretariatServiceId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'New secretariat (at most 20 items).' })
  secretariatUserIds?: string[] | null;

  @Field(() => Int, { nullable: true, description: 'New minimum frequency in months.' })
  meetingIntervalMonths?: number | null;
}

@InputType({ description: 'A seat in a committee.' })
export class MemberInput {
  @Field(() => ID, { description: 'College of the seat.' })
  collegeId!: string;

  @Field(() => String, { description: 'Name.' })
  name!: string;

  @Field(() => String, { description: 'Organisation represented.' })
  organisation!: string;

  @Field(() => String, { nullable: true, description: 'Role or office.' })
  role?: string | null;

  @Field(() => String, { nullable: true, description: 'Contact (personal data, shown to the secretariat only).' })
  contact?: string | null;

  @Field(() => ID, { nullable: true, description: 'The user, when the member is an agent.' })
  userId?: string | null;

  @Field(() => String, { description: 'First day of the mandate (YYYY-MM-DD).' })
  mandateStart!: string;

  @Field(() => String, { nullable: true, description: 'Last day of the mandate (YYYY-MM-DD).' })
  mandateEnd?: string | null;
}

@InputType({ description: 'Changes to a seat; omitted fields stay. End a mandate with mandateEnd.' })
export class UpdateMemberInput {
  @Field(() => ID, { nullable: true, description: 'New college.' })
  collegeId?: string | null;

  @Field(() => String, { nullable: true, description: 'New name.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'New organisation.' })
  organisation?: string | null;

  @Field(() => String, { nullable: true, description: 'New role.' })
  role?: string | null;

  @Field(() => String, { nullable: true, description: 'New contact.' })
  contact?: string | null;

  @Field(() => String, { nullable: true, description: 'New first day (YYYY-MM-DD).' })
  mandateStart?: string | null;

  @Field(() => String, { nullable: true, description: 'Last day of the mandate (YYYY-MM-DD).' })
  mandateEnd?: string | null;
}

@Resolver(() => CommitteeType)
export class CommitteeResolver {
  @Query(() => CommitteeConnection, { nullable: true, description: 'Committees of the readable tenants.' })
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

  @Query(() => CommitteeCadenceConnection, { nullable: true, description: 'C8: committees whose next meeting is not scheduled in time (or all, with all: true), by name, with the follow-ups due before it.' })
  async committeeCadence(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('all', () => Boolean, { defaultValue: false, description: 'Include the committees on track.' }) all: boolean,
    @Arg('tenantId', () => ID, { nullable: true, description: 'Only this tenant’s.' }) tenantId?: string | null,
  ): Promise<Connection<CommitteeCadenceType>> {
    // Which committees are late is known only once every cadence is computed: the page is cut after.
    const list = await ctx.em.find(Committee, { tenantId: { $in: ctx.readableTenants(tenantId) } });
    const ids = list.map((c) => c.id);
    const rows = ids.length ? await ctx.em.find(Meeting, { committee: { $in: ids }, status: { $ne: MeetingStatus.CANCELLED } }, { orderBy: { scheduledAt: 'asc' } }) : [];
    const now = ctx.clock.now();
    const cadences = list
      .map((committee) => {
        const mine = rows.filter((m) => m.committee.id === committee.id);
        const held = mine.filter((m) => m.status !== MeetingStatus.PLANNED).at(-1);
        const next = mine.find((m) => m.status === MeetingStatus.PLANNED && m.scheduledAt >= now);
        return { committee, ...cadence(committee.decisionDate, committee.meetingIntervalMonths, held ? ctx.clock.toCalendarDate(held.scheduledAt) : null, next ? ctx.clock.toCalendarDate(next.scheduledAt) : null, ctx.clock.today()) };
      })
      .filter((c) => all || c.state !== CadenceState.ON_TRACK);
    const connection = paginateRows(cadences, page, (c) => `${c.committee.name}|${c.committee.id}`);
    const pageIds = connection.nodes.map((c) => c.committee.id);
    const followUps = pageIds.length ? await ctx.em.find(FollowUp, { committee: { $in: pageIds }, done: false }, { orderBy: { dueDate: 'asc' } }) : [];
    const withFollowUps = (c: (typeof cadences)[number]) => ({ ...c, followUpsDue: followUps.filter((f) => f.committee.id === c.committee.id && f.dueDate <= (c.nextMeetingDate ?? c.dueBy)) });
    return {
      ...connection,
      nodes: connection.nodes.map(withFollowUps),
      edges: connection.edges.map((edge) => ({ cursor: edge.cursor, node: withFollowUps(edge.node) })),
    } as unknown as Connection<CommitteeCadenceType>;
  }

  @FieldResolver(() => TenantRef, { description: 'Tenant of the committee.' })
  tenant(@Root() committee: CommitteeRow): Ref {
    return { id: committee.tenantId };
  }

  @FieldResolver(() => Boolean, { description: 'Whether the caller runs this committee: changes it, its members and follow-ups, schedules its meetings, records their attendance, minutes and proposals (its secretariat, the managers of its directorate, administrators of its tenant).' })
  viewerCanManage(@Root() committee: CommitteeRow, @Ctx() ctx: Context): boolean {
    return can(ctx.identity, 'committee.manage', committee);
  }

  @FieldResolver(() => DirectorateRef, { description: 'Directorate that runs the committee (DRMM for the CLU).' })
  ownerDirectorate(@Root() committee: CommitteeRow): Ref {
    return { id: committee.ownerDirectorateId };
  }

  @FieldResolver(() => ServiceRef, { nullable: true, description: 'The service of the owner directorate that runs the committee (MACAP for the CLU): the mission line of its documents; null when not recorded.' })
  secretariatService(@Root() committee: CommitteeRow): Ref | null {
    return committee.secretariatServiceId ? { id: committee.secretariatServiceId } : null;
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
    return ctx.runAfter((c) => committees.memberLookups(c, input), (u, org) => committees.addMember(u, committeeId, input, org));
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
    return committee && can(ctx.identity, 'committee.readContacts', committee) ? (member.contact ?? null) : null;
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

@Resolver(() => TenantViewerCanRef)
export class TenantViewerCanResolver {
  @FieldResolver(() => Boolean, { description: 'Whether the caller may create a committee in this tenant (its managers and administrators).' })
  createCommittees(@Root() capabilities: TenantViewerCanRef, @Ctx() ctx: Context): boolean {
    return can(ctx.identity, 'committee.create', { tenantId: capabilities.id });
  }

  @FieldResolver(() => Boolean, { description: 'Whether the caller may open an action plan in this tenant: its administrators, or whoever runs one of its committees (for that committee).' })
  async createActionPlans(@Root() capabilities: TenantViewerCanRef, @Ctx() ctx: Context): Promise<boolean> {
    const tenantId = capabilities.id;
    if (this.createServicesActionPlans(capabilities, ctx)) return true;
    if (!ctx.identity || ctx.identity.tenantId !== tenantId) return false;
    const committees = await ctx.em.find(Committee, { tenantId });
    return committees.some((committee) => can(ctx.identity, 'actionPlan.create', { tenantId, committee }));
  }

  @FieldResolver(() => Boolean, { description: 'Whether the caller may open an action plan of the services, carried by no committee, in this tenant: its administrators.' })
  createServicesActionPlans(@Root() capabilities: TenantViewerCanRef, @Ctx() ctx: Context): boolean {
    return can(ctx.identity, 'actionPlan.create', { tenantId: capabilities.id, committee: null });
  }
}
