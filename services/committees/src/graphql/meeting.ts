import { Arg, Args, Ctx, Directive, Field, FieldResolver, ID, Int, InputType, Mutation, ObjectType, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import { UserRef } from '@qualipref/organization-client';
import { ConnectionType, PageArgs, paginateChildren, type Connection } from '@qualipref/server-kit';
import { AgendaItem, Invitation, Meeting, Minutes, MinutesSection, Proposal } from '../entities/index.js';
import * as meetings from '../domain/meetings.js';
import { Attendance, MeetingStatus, MinutesStatus } from '../domain/enums.js';
import { CommitteeType, MemberType, loadCommittee, loadMember } from './committee.js';
import type { Context, Ref } from './context.js';
import { ProposalConnection } from './proposal.js';

type MeetingRow = Meeting;
type InvitationRow = Invitation;
type MinutesRow = Minutes;
type MinutesSectionRow = MinutesSection;

export const loadMeeting = (ctx: Context, id: string) => ctx.loaders.byId<Meeting>(Meeting, 'Meeting').load(id);
export const loadAgendaItem = (ctx: Context, id: string) => ctx.loaders.byId<AgendaItem>(AgendaItem, 'AgendaItem').load(id);

registerEnumType(MeetingStatus, {
  name: 'MeetingStatus',
  description: 'Where a meeting stands.',
  valuesConfig: {
    PLANNED: { description: 'Scheduled, not held yet.' },
    HELD: { description: 'Held; attendance recorded.' },
    MINUTES_PUBLISHED: { description: 'Held, and its minutes are published.' },
    CANCELLED: { description: 'Cancelled.' },
  },
});
registerEnumType(Attendance, {
  name: 'Attendance',
  description: 'Presence of an invitee on the attendance sheet (fiche de présence).',
  valuesConfig: {
    PENDING: { description: 'Not recorded yet.' },
    PRESENT: { description: 'Présent.' },
    EXCUSED: { description: 'Excusé.' },
    ABSENT: { description: 'Absent.' },
    REPRESENTED: { description: 'Représenté (see representedBy).' },
  },
});
registerEnumType(MinutesStatus, {
  name: 'MinutesStatus',
  description: 'Life of a version of the minutes (relevé de conclusions).',
  valuesConfig: {
    DRAFT: { description: 'Being written; editable.' },
    VALIDATED: { description: 'Validated by the chair; frozen, ready to publish.' },
    PUBLISHED: { description: 'Published; frozen. A correction is a new version.' },
    SUPERSEDED: { description: 'Was published; replaced by a later version, kept.' },
  },
});

@ObjectType('Meeting', { description: 'A meeting of a committee (C3).' })
@Directive('@key(fields: "id")')
export class MeetingType {
  @Field(() => ID, { description: 'Identifier of the meeting.' })
  id!: string;

  @Field(() => String, { description: 'Title, e.g. « Réunion d’installation du CLU ».' })
  title!: string;

  @Field(() => Date, { description: 'Date and time.' })
  scheduledAt!: Date;

  @Field(() => String, { description: 'Place (e.g. salle Verlaine).' })
  place!: string;

  @Field(() => String, { description: 'Who chairs the meeting.' })
  chairName!: string;

  @Field(() => MeetingStatus, { description: 'Planned, held, minutes published or cancelled.' })
  status!: MeetingStatus;
}

@ObjectType('AgendaItem', { description: 'A point of the agenda (ordre du jour), in order.' })
export class AgendaItemType {
  @Field(() => ID, { description: 'Identifier of the item.' })
  id!: string;

  @Field(() => Int, { description: 'Position in the agenda, from 1.' })
  position!: number;

  @Field(() => String, { description: 'Title of the point.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Details.' })
  description!: string | null;
}

@ObjectType('Invitation', { description: 'An invitee of a meeting and the attendance sheet’s record of them (C4).' })
export class InvitationType {
  @Field(() => ID, { description: 'Identifier of the invitation.' })
  id!: string;

  @Field(() => String, { description: 'Name of the invitee.' })
  name!: string;

  @Field(() => String, { description: 'Organisation or service of the invitee.' })
  organisation!: string;

  @Field(() => Attendance, { description: 'Present, excused, absent, represented, or not recorded yet.' })
  attendance!: Attendance;

  @Field(() => String, { nullable: true, description: 'Who represented the invitee.' })
  representedBy!: string | null;

  @Field(() => Boolean, { description: 'Whether the invitee signed the sheet (visa).' })
  signed!: boolean;
}

@ObjectType('MinutesSection', { description: 'What was presented and concluded on one agenda item.' })
export class MinutesSectionType {
  @Field(() => ID, { description: 'Identifier of the section.' })
  id!: string;

  @Field(() => String, { description: 'What was presented.' })
  presentation!: string;

  @Field(() => String, { description: 'What was concluded.' })
  conclusions!: string;
}

@ObjectType('Minutes', { description: 'One version of the minutes of a meeting (relevé de conclusions, C5).' })
export class MinutesType {
  @Field(() => ID, { description: 'Identifier of this version.' })
  id!: string;

  @Field(() => Int, { description: 'Version number, from 1; a correction of published minutes is the next version.' })
  version!: number;

  @Field(() => MinutesStatus, { description: 'Draft, validated, published or superseded.' })
  status!: MinutesStatus;

  @Field(() => String, { nullable: true, description: '« Affaire suivie par »: the case officers, e.g. « Mme VARNEROT et M. RAULIN ».' })
  caseOfficers!: string | null;

  @Field(() => String, { nullable: true, description: 'The case officers\' professional contacts (e-mail, office telephone), one per line, printed beneath them; never a personal address or number.' })
  caseOfficerContacts!: string | null;

  @Field(() => String, { nullable: true, description: 'Opening paragraph.' })
  introduction!: string | null;

  @Field(() => String, { nullable: true, description: 'Closing paragraph.' })
  closing!: string | null;

  @Field(() => String, { nullable: true, description: 'Name of the signatory.' })
  signatoryName!: string | null;

  @Field(() => String, { nullable: true, description: 'Title of the signatory.' })
  signatoryTitle!: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was validated.' })
  validatedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was published.' })
  publishedAt!: Date | null;
}

export const MeetingConnection = ConnectionType(MeetingType, 'Meeting', 'A page of meetings, newest first.');
export const InvitationConnection = ConnectionType(InvitationType, 'Invitation', 'A page of a meeting’s invitees, by name.');

@InputType({ description: 'A point of a new meeting’s agenda.' })
export class AgendaItemInput {
  @Field(() => String, { description: 'Title.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Details.' })
  description?: string | null;
}

@InputType({ description: 'An agent invited to a meeting.' })
export class AgentInviteeInput {
  @Field(() => ID, { nullable: true, description: 'The user, when known.' })
  userId?: string | null;

  @Field(() => String, { description: 'Name.' })
  name!: string;

  @Field(() => String, { description: 'Service or directorate.' })
  organisation!: string;
}

@InputType({ description: 'A new meeting.' })
export class ScheduleMeetingInput {
  @Field(() => String, { description: 'Title.' })
  title!: string;

  @Field(() => Date, { description: 'Date and time.' })
  scheduledAt!: Date;

  @Field(() => String, { description: 'Place.' })
  place!: string;

  @Field(() => String, { nullable: true, description: 'Chair; the committee’s when omitted.' })
  chairName?: string | null;

  @Field(() => [AgendaItemInput], { description: 'The agenda, in order (at most 50 items).' })
  agenda!: AgendaItemInput[];

  @Field(() => [ID], { nullable: true, description: 'Members invited (at most 200 items).' })
  memberIds?: string[] | null;

  @Field(() => [AgentInviteeInput], { nullable: true, description: 'Agents invited (at most 100 items).' })
  agentInvitees?: AgentInviteeInput[] | null;
}

@InputType({ description: 'One line of the attendance sheet.' })
export class AttendanceInput {
  @Field(() => ID, { description: 'The invitation.' })
  invitationId!: string;

  @Field(() => Attendance, { description: 'Presence.' })
  attendance!: Attendance;

  @Field(() => String, { nullable: true, description: 'Who represented them (REPRESENTED only).' })
  representedBy?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether they signed.' })
  signed?: boolean | null;
}

@InputType({ description: 'Content of one section of the minutes.' })
export class MinutesSectionInput {
  @Field(() => ID, { description: 'The agenda item.' })
  agendaItemId!: string;

  @Field(() => String, { nullable: true, description: 'What was presented.' })
  presentation?: string | null;

  @Field(() => String, { nullable: true, description: 'What was concluded.' })
  conclusions?: string | null;
}

@InputType({ description: 'Content of the minutes; omitted fields stay.' })
export class MinutesInput {
  @Field(() => String, { nullable: true, description: '« Affaire suivie par »: the case officers, e.g. « Mme VARNEROT et M. RAULIN ».' })
  caseOfficers?: string | null;

  @Field(() => String, { nullable: true, description: 'The case officers\' professional contacts, one per line (at most 1,000 characters); never a personal address or number.' })
  caseOfficerContacts?: string | null;

  @Field(() => String, { nullable: true, description: 'Opening paragraph.' })
  introduction?: string | null;

  @Field(() => String, { nullable: true, description: 'Closing paragraph.' })
  closing?: string | null;

  @Field(() => String, { nullable: true, description: 'Signatory.' })
  signatoryName?: string | null;

  @Field(() => String, { nullable: true, description: 'Title of the signatory.' })
  signatoryTitle?: string | null;

  @Field(() => [MinutesSectionInput], { nullable: true, description: 'Sections to change (at most 50 items).' })
  sections?: MinutesSectionInput[] | null;
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

  @FieldResolver(() => InvitationConnection, { description: 'Invitees and their attendance (fiche de présence), by name.' })
  invitations(@Root() meeting: MeetingRow, @Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs): Promise<Connection<Invitation>> {
    return ctx.loaders
      .get<string, Connection<Invitation>>(`meeting-invitations:${page.first}:${page.after ?? ''}`, (ids) => paginateChildren<Invitation>(ctx.em, Invitation, ids, page, { parent: 'meeting', orderBy: 'name' }))
      .load(meeting.id);
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
    return ctx.runAfter((c) => meetings.meetingLookups(c, input), (u, org) => meetings.scheduleMeeting(u, committeeId, input, org));
  }

  @Mutation(() => [InvitationType], { description: 'C4: records attendance (present, excused, absent, represented) and signatures.' })
  recordAttendance(
    @Ctx() ctx: Context,
    @Arg('meetingId', () => ID, { description: 'The meeting.' }) meetingId: string,
    @Arg('entries', () => [AttendanceInput], { description: 'Lines of the attendance sheet (at most 300 items).' }) entries: AttendanceInput[],
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
