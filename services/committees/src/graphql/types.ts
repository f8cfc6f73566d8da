import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DirectorateRef, TenantRef, UserRef } from '@qualipref/organization-client';
import { ConnectionType } from '@qualipref/server-kit';
import { ActionOrigin, ActionStatus, Attendance, MeetingStatus, MinutesStatus, ProposalStatus } from '../domain/enums.js';
import { CadenceState } from '../domain/rules.js';

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
registerEnumType(ActionStatus, {
  name: 'ActionStatus',
  description: 'Where an action of the plan stands.',
  valuesConfig: {
    PLANNED: { description: 'Not started.' },
    IN_PROGRESS: { description: 'Started.' },
    DONE: { description: 'Done (100 %).' },
    CANCELLED: { description: 'Given up.' },
  },
});
registerEnumType(ActionOrigin, {
  name: 'ActionOrigin',
  description: 'What produced an action.',
  valuesConfig: {
    PROPOSAL: { description: 'A proposal of a committee member (originProposal).' },
    SURVEY_FINDING: { description: 'A finding of a satisfaction survey (originFindingId).' },
    MEETING: { description: 'A decision of a meeting (originMeeting).' },
    OTHER: { description: 'Anything else.' },
  },
});
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

  @Field(() => String, { nullable: true, description: '« Affaire suivie par ».' })
  caseOfficers!: string | null;

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

  @Field(() => ID, { nullable: true, description: 'Who (a user id).' })
  changedBy!: string | null;
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

@ObjectType('ActionPlan', { description: 'The action plan of a year (C7), e.g. « Plan d’actions 2016 ».' })
export class ActionPlanType {
  @Field(() => ID, { description: 'Identifier of the plan.' })
  id!: string;

  @Field(() => ID, { description: 'Tenant of the plan.' })
  tenantId!: string;

  @Field(() => Int, { description: 'Year of the plan.' })
  year!: number;

  @Field(() => String, { description: 'Title.' })
  title!: string;
}

@ObjectType('ActionProgress', { description: 'A dated step of an action’s progress.' })
export class ActionProgressType {
  @Field(() => Date, { description: 'When it was reported.' })
  recordedAt!: Date;

  @Field(() => Int, { description: 'Progress in percent.' })
  progress!: number;

  @Field(() => ActionStatus, { description: 'Status then.' })
  status!: ActionStatus;

  @Field(() => String, { nullable: true, description: 'Comment.' })
  note!: string | null;

  @Field(() => ID, { nullable: true, description: 'Who reported it (a user id).' })
  recordedBy!: string | null;
}

@ObjectType('SurveyFinding', { description: 'A finding of a satisfaction survey (owned by the surveys service); here with the actions that take it up.' })
@Directive('@key(fields: "id")')
export class SurveyFindingRef {
  @Field(() => ID, { description: 'Identifier of the finding.' })
  id!: string;
}

@ObjectType('Action', { description: 'An action of a plan (C7), with its owner directorate, due date, status and origin.' })
@Directive('@key(fields: "id")')
export class ActionType {
  @Field(() => ID, { description: 'Identifier of the action.' })
  id!: string;

  @Field(() => String, { description: 'Stable reference within the plan (A-01…), the key of the CSV round trip.' })
  reference!: string;

  @Field(() => String, { description: 'What is to be done.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Details.' })
  description!: string | null;

  @Field(() => String, { nullable: true, description: 'Due date (YYYY-MM-DD).' })
  dueDate!: string | null;

  @Field(() => ActionStatus, { description: 'Where it stands.' })
  status!: ActionStatus;

  @Field(() => Int, { description: 'Progress in percent.' })
  progress!: number;

  @Field(() => ActionOrigin, { description: 'What produced it.' })
  originKind!: ActionOrigin;

  @Field(() => String, { nullable: true, description: 'The survey finding it comes from (an id of the surveys service).' })
  originFindingId!: string | null;
}

@ObjectType('ImportProblem', { description: 'A row of an import that was refused.' })
export class ImportProblemType {
  @Field(() => Int, { description: 'Line in the file (the header is line 1).' })
  line!: number;

  @Field(() => String, { description: 'Why it was refused.' })
  message!: string;
}

@ObjectType('ActionPlanImportReport', { description: 'Result of a CSV import: all rows applied, or none when any is refused.' })
export class ImportReportType {
  @Field(() => Int, { description: 'Actions created.' })
  created!: number;

  @Field(() => Int, { description: 'Actions changed.' })
  updated!: number;

  @Field(() => Int, { description: 'Rows identical to the plan.' })
  unchanged!: number;

  @Field(() => [ImportProblemType], { description: 'Refused rows; when any, nothing was written.' })
  problems!: ImportProblemType[];
}

export const CommitteeConnection = ConnectionType(CommitteeType, 'Committee', 'A page of committees.');
export const MemberConnection = ConnectionType(MemberType, 'Member', 'A page of members, by college then name.');
export const MeetingConnection = ConnectionType(MeetingType, 'Meeting', 'A page of meetings, newest first.');
export const ProposalConnection = ConnectionType(ProposalType, 'Proposal', 'A page of proposals, newest first.');
export const ActionPlanConnection = ConnectionType(ActionPlanType, 'ActionPlan', 'A page of action plans, newest year first.');
export const ActionConnection = ConnectionType(ActionType, 'Action', 'A page of actions, by reference.');

export { DirectorateRef, TenantRef, UserRef };
