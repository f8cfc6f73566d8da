import { Field, ID, InputType, Int } from 'type-graphql';
import { ActionOrigin, ActionStatus, Attendance, ProposalStatus } from '../domain/enums.js';

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

  @Field(() => [ID], { nullable: true, description: 'Users of the secretariat.' })
  secretariatUserIds?: string[] | null;

  @Field(() => Int, { nullable: true, description: 'Minimum frequency in months (12 when omitted).' })
  meetingIntervalMonths?: number | null;

  @Field(() => [CollegeInput], { nullable: true, description: 'Colleges of the composition, in order.' })
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

  @Field(() => ID, { nullable: true, description: 'New directorate running it.' })
  ownerDirectorateId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'New secretariat.' })
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

  @Field(() => String, { nullable: true, description: 'New first day.' })
  mandateStart?: string | null;

  @Field(() => String, { nullable: true, description: 'Last day of the mandate.' })
  mandateEnd?: string | null;
}

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

  @Field(() => [AgendaItemInput], { description: 'The agenda, in order.' })
  agenda!: AgendaItemInput[];

  @Field(() => [ID], { nullable: true, description: 'Members invited.' })
  memberIds?: string[] | null;

  @Field(() => [AgentInviteeInput], { nullable: true, description: 'Agents invited.' })
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
  @Field(() => String, { nullable: true, description: '« Affaire suivie par ».' })
  caseOfficers?: string | null;

  @Field(() => String, { nullable: true, description: 'Opening paragraph.' })
  introduction?: string | null;

  @Field(() => String, { nullable: true, description: 'Closing paragraph.' })
  closing?: string | null;

  @Field(() => String, { nullable: true, description: 'Signatory.' })
  signatoryName?: string | null;

  @Field(() => String, { nullable: true, description: 'Title of the signatory.' })
  signatoryTitle?: string | null;

  @Field(() => [MinutesSectionInput], { nullable: true, description: 'Sections to change.' })
  sections?: MinutesSectionInput[] | null;
}

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

  @Field(() => [RoutingInput], { description: 'Where it is sent (at least one).' })
  routings!: RoutingInput[];
}

@InputType({ description: 'An action of a plan.' })
export class ActionInput {
  @Field(() => String, { description: 'Reference within the plan (A-01…).' })
  reference!: string;

  @Field(() => String, { description: 'What is to be done.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Details.' })
  description?: string | null;

  @Field(() => ID, { description: 'Directorate in charge.' })
  ownerDirectorateId!: string;

  @Field(() => String, { nullable: true, description: 'Due date (YYYY-MM-DD).' })
  dueDate?: string | null;

  @Field(() => ActionStatus, { nullable: true, description: 'Status (PLANNED when omitted).' })
  status?: ActionStatus | null;

  @Field(() => Int, { nullable: true, description: 'Progress in percent.' })
  progress?: number | null;

  @Field(() => ActionOrigin, { description: 'What produced it.' })
  originKind!: ActionOrigin;

  @Field(() => ID, { nullable: true, description: 'The proposal it comes from (PROPOSAL).' })
  originProposalId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The meeting it comes from (MEETING).' })
  originMeetingId?: string | null;

  @Field(() => String, { nullable: true, description: 'The survey finding it comes from (SURVEY_FINDING).' })
  originFindingId?: string | null;
}

@InputType({ description: 'Changes to an action; omitted fields stay.' })
export class UpdateActionInput {
  @Field(() => String, { nullable: true, description: 'New title.' })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'New details.' })
  description?: string | null;

  @Field(() => ID, { nullable: true, description: 'New directorate in charge.' })
  ownerDirectorateId?: string | null;

  @Field(() => String, { nullable: true, description: 'New due date.' })
  dueDate?: string | null;

  @Field(() => ActionStatus, { nullable: true, description: 'New status.' })
  status?: ActionStatus | null;

  @Field(() => Int, { nullable: true, description: 'New progress.' })
  progress?: number | null;
}

@InputType({ description: 'Narrows a list of actions.' })
export class ActionFilter {
  @Field(() => ID, { nullable: true, description: 'Only this plan.' })
  planId?: string | null;

  @Field(() => ActionStatus, { nullable: true, description: 'Only this status.' })
  status?: ActionStatus | null;

  @Field(() => ID, { nullable: true, description: 'Only this directorate in charge.' })
  ownerDirectorateId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only actions past their due date and not done or cancelled (true), or the others (false).' })
  overdue?: boolean | null;
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
