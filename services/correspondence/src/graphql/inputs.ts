import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { AppointmentRequesterKind, Channel, CorrespondentKind, ItemStatus, TargetUnit } from '../domain/enums.js';

@InputType('RegisterCorrespondenceItemInput', { description: 'A correspondence item to register.' })
export class RegisterItemInput {
  @Field(() => Channel, { description: 'How it arrived.' })
  channel!: Channel;

  @Field(() => Date, { description: 'When it was received.' })
  receivedAt!: Date;

  @Field(() => ID, { description: 'Service in charge (its directorate follows).' })
  serviceId!: string;

  @Field(() => CorrespondentKind, { description: 'Who wrote.' })
  correspondentKind!: CorrespondentKind;

  @Field(() => String, { nullable: true, description: 'Name of the correspondent.' })
  correspondentName?: string | null;

  @Field(() => String, { description: 'Subject.' })
  subject!: string;

  @Field(() => String, { nullable: true, description: 'Reference in the GED, unique in the tenant.' })
  gedReference?: string | null;

  @Field(() => ID, { nullable: true, description: 'Agent in charge.' })
  assignedAgentId?: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was answered, for an item registered after the fact.' })
  answeredAt?: Date | null;

  @Field(() => Channel, { nullable: true, description: 'How it was answered (the arrival channel when omitted).' })
  answerChannel?: Channel | null;
}

@InputType('UpdateCorrespondenceItemInput', { description: 'Changes to an item; omitted fields stay. A new reception, channel or correspondent recomputes the due date.' })
export class UpdateItemInput {
  @Field(() => Channel, { nullable: true, description: 'New channel.' })
  channel?: Channel | null;

  @Field(() => Date, { nullable: true, description: 'New reception instant.' })
  receivedAt?: Date | null;

  @Field(() => ID, { nullable: true, description: 'New service in charge (of the caller’s directorate).' })
  serviceId?: string | null;

  @Field(() => CorrespondentKind, { nullable: true, description: 'New kind of correspondent.' })
  correspondentKind?: CorrespondentKind | null;

  @Field(() => String, { nullable: true, description: 'New name of the correspondent.' })
  correspondentName?: string | null;

  @Field(() => String, { nullable: true, description: 'New subject.' })
  subject?: string | null;

  @Field(() => String, { nullable: true, description: 'New GED reference.' })
  gedReference?: string | null;

  @Field(() => ID, { nullable: true, description: 'New agent in charge.' })
  assignedAgentId?: string | null;
}

@InputType('CorrespondenceItemFilter', { description: 'Narrows a list of items.' })
export class ItemFilter {
  @Field(() => ID, { nullable: true, description: 'Only this tenant’s (one the caller reads).' })
  tenantId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only this directorate’s.' })
  directorateId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only this service’s.' })
  serviceId?: string | null;

  @Field(() => Channel, { nullable: true, description: 'Only this channel.' })
  channel?: Channel | null;

  @Field(() => ItemStatus, { nullable: true, description: 'Only items in this status (as of now).' })
  status?: ItemStatus | null;

  @Field(() => String, { nullable: true, description: 'Received on or after this day (YYYY-MM-DD).' })
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'Received on or before this day (YYYY-MM-DD).' })
  to?: string | null;

  @Field(() => String, { nullable: true, description: 'Only this GED reference.' })
  gedReference?: string | null;
}

@InputType({ description: 'A new referential version of the label.' })
export class ReferentialInput {
  @Field(() => String, { description: 'Code, e.g. MARIANNE_2016.' })
  code!: string;

  @Field(() => String, { description: 'Name shown.' })
  name!: string;

  @Field(() => String, { description: 'Version.' })
  version!: string;

  @Field(() => Int, { description: 'Year of publication.' })
  year!: number;
}

@InputType({ description: 'A target of a referential.' })
export class EngagementInput {
  @Field(() => ID, { description: 'The referential.' })
  referentialId!: string;

  @Field(() => Channel, { description: 'Channel covered.' })
  channel!: Channel;

  @Field(() => CorrespondentKind, { nullable: true, description: 'Kind of correspondent covered; any when omitted.' })
  correspondentKind?: CorrespondentKind | null;

  @Field(() => TargetUnit, { description: 'Unit of the target.' })
  unit!: TargetUnit;

  @Field(() => Int, { description: 'The target.' })
  target!: number;

  @Field(() => String, { description: 'The commitment as the label words it.' })
  label!: string;

  @Field(() => String, { description: 'First day in force (YYYY-MM-DD).' })
  validFrom!: string;

  @Field(() => String, { nullable: true, description: 'Last day in force (YYYY-MM-DD); open-ended when omitted.' })
  validTo?: string | null;
}

@InputType({ description: 'Changes to the tenant’s working calendar; omitted fields stay.' })
export class CalendarSettingsInput {
  @Field(() => Boolean, { nullable: true, description: 'Saturdays worked (jours ouvrables).' })
  saturdayWorked?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Whit Monday worked.' })
  whitMondayWorked?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Closing time, HH:MM Paris time.' })
  closingTime?: string | null;
}

@InputType({ description: 'A month of telephony statistics of a service.' })
export class TelephonyMonthInput {
  @Field(() => ID, { description: 'The service.' })
  serviceId!: string;

  @Field(() => String, { description: 'The month, YYYY-MM.' })
  month!: string;

  @Field(() => Int, { description: 'Calls offered.' })
  offered!: number;

  @Field(() => Int, { description: 'Calls picked up.' })
  answered!: number;

  @Field(() => Int, { description: 'Calls picked up within the target (5 rings).' })
  answeredWithinTarget!: number;
}

@InputType({ description: 'Which column (by its header) of a GED export holds each field.' })
export class GedColumnMapping {
  @Field(() => String, { description: 'Column of the GED reference.' })
  gedReference!: string;

  @Field(() => String, { description: 'Column of the reception date (ISO 8601, AAAA-MM-JJ HH:MM or JJ/MM/AAAA HH:MM, Paris time).' })
  receivedAt!: string;

  @Field(() => String, { description: 'Column of the channel (enum value, or Courrier, Courriel, Téléphone, Formulaire, Guichet).' })
  channel!: string;

  @Field(() => String, { description: 'Column of the subject.' })
  subject!: string;

  @Field(() => String, { description: 'Column of the correspondent kind (enum value, or Usager, Élu, Collectivité, Entreprise, Association).' })
  correspondentKind!: string;

  @Field(() => String, { nullable: true, description: 'Column of the service id; the import’s default service when omitted.' })
  serviceId?: string | null;

  @Field(() => String, { nullable: true, description: 'Column of the correspondent’s name.' })
  correspondentName?: string | null;

  @Field(() => String, { nullable: true, description: 'Column of the answer date.' })
  answeredAt?: string | null;

  @Field(() => String, { nullable: true, description: 'Column of the answer channel.' })
  answerChannel?: string | null;
}

@InputType({ description: 'An act under legality control.' })
export class LegalityControlInput {
  @Field(() => ID, { nullable: true, description: 'DCTAJ directorate owning the record: the caller’s when omitted (administrators name one).' })
  ownerDirectorateId?: string | null;

  @Field(() => String, { description: 'The collectivité.' })
  collectiviteName!: string;

  @Field(() => String, { description: 'Kind of act.' })
  actKind!: string;

  @Field(() => String, { nullable: true, description: 'Reference of the act.' })
  actReference?: string | null;

  @Field(() => String, { description: 'Date received (YYYY-MM-DD).' })
  receivedAt!: string;

  @Field(() => String, { nullable: true, description: 'Date observations were sent.' })
  observationsSentAt?: string | null;

  @Field(() => String, { nullable: true, description: 'Date the elected official was informed.' })
  electedOfficialInformedAt?: string | null;

  @Field(() => String, { nullable: true, description: 'Date the recours gracieux was sent (not before the information).' })
  recoursSentAt?: string | null;

  @Field(() => String, { nullable: true, description: 'Date of the referral to the court.' })
  referredAt?: string | null;

  @Field(() => String, { nullable: true, description: 'Notes.' })
  notes?: string | null;
}

@InputType({ description: 'Changes to a legality control; omitted fields stay, null clears.' })
export class UpdateLegalityControlInput {
  @Field(() => String, { nullable: true, description: 'The collectivité.' })
  collectiviteName?: string | null;

  @Field(() => String, { nullable: true, description: 'Kind of act.' })
  actKind?: string | null;

  @Field(() => String, { nullable: true, description: 'Reference of the act.' })
  actReference?: string | null;

  @Field(() => String, { nullable: true, description: 'Date received (moves the referral deadline).' })
  receivedAt?: string | null;

  @Field(() => String, { nullable: true, description: 'Date observations were sent.' })
  observationsSentAt?: string | null;

  @Field(() => String, { nullable: true, description: 'Date the elected official was informed.' })
  electedOfficialInformedAt?: string | null;

  @Field(() => String, { nullable: true, description: 'Date the recours gracieux was sent (not before the information).' })
  recoursSentAt?: string | null;

  @Field(() => String, { nullable: true, description: 'Date of the referral to the court.' })
  referredAt?: string | null;

  @Field(() => String, { nullable: true, description: 'Notes.' })
  notes?: string | null;
}

@InputType({ description: 'A litigation case.' })
export class LitigationCaseInput {
  @Field(() => ID, { nullable: true, description: 'DCTAJ directorate owning the record: the caller’s when omitted.' })
  ownerDirectorateId?: string | null;

  @Field(() => String, { description: 'Reference.' })
  reference!: string;

  @Field(() => String, { nullable: true, description: 'Court.' })
  court?: string | null;

  @Field(() => String, { description: 'Subject.' })
  subject!: string;

  @Field(() => String, { description: 'Date of the request (YYYY-MM-DD).' })
  requestedAt!: string;

  @Field(() => String, { nullable: true, description: 'Date of the filing.' })
  filedAt?: string | null;

  @Field(() => String, { nullable: true, description: 'Date of the hearing.' })
  hearingAt?: string | null;

  @Field(() => String, { nullable: true, description: 'Date of the decision.' })
  decidedAt?: string | null;

  @Field(() => Int, { nullable: true, description: 'Target request → filing in calendar days (60 when omitted).' })
  filingTargetDays?: number | null;

  @Field(() => Int, { nullable: true, description: 'Target request → decision in calendar days (365 when omitted).' })
  decisionTargetDays?: number | null;
}

@InputType({ description: 'Changes to a litigation case; omitted fields stay, null clears a date.' })
export class UpdateLitigationCaseInput {
  @Field(() => String, { nullable: true, description: 'Reference.' })
  reference?: string | null;

  @Field(() => String, { nullable: true, description: 'Court.' })
  court?: string | null;

  @Field(() => String, { nullable: true, description: 'Subject.' })
  subject?: string | null;

  @Field(() => String, { nullable: true, description: 'Date of the request.' })
  requestedAt?: string | null;

  @Field(() => String, { nullable: true, description: 'Date of the filing.' })
  filedAt?: string | null;

  @Field(() => String, { nullable: true, description: 'Date of the hearing.' })
  hearingAt?: string | null;

  @Field(() => String, { nullable: true, description: 'Date of the decision.' })
  decidedAt?: string | null;

  @Field(() => Int, { nullable: true, description: 'Target request → filing in calendar days.' })
  filingTargetDays?: number | null;

  @Field(() => Int, { nullable: true, description: 'Target request → decision in calendar days.' })
  decisionTargetDays?: number | null;
}

@InputType({ description: 'An appointment request.' })
export class AppointmentRequestInput {
  @Field(() => ID, { nullable: true, description: 'DCTAJ directorate owning the record: the caller’s when omitted.' })
  ownerDirectorateId?: string | null;

  @Field(() => String, { description: 'Who asks.' })
  requesterName!: string;

  @Field(() => AppointmentRequesterKind, { description: 'Elected official or territorial officer.' })
  requesterKind!: AppointmentRequesterKind;

  @Field(() => String, { nullable: true, description: 'Their collectivité.' })
  collectiviteName?: string | null;

  @Field(() => String, { description: 'Subject.' })
  subject!: string;

  @Field(() => String, { description: 'Date of the request (YYYY-MM-DD).' })
  requestedAt!: string;

  @Field(() => String, { nullable: true, description: 'Date asked for.' })
  dateAsked?: string | null;

  @Field(() => String, { nullable: true, description: 'Date given.' })
  dateGiven?: string | null;
}

@InputType({ description: 'Changes to an appointment request; omitted fields stay, null clears a date.' })
export class UpdateAppointmentRequestInput {
  @Field(() => String, { nullable: true, description: 'Who asks.' })
  requesterName?: string | null;

  @Field(() => AppointmentRequesterKind, { nullable: true, description: 'Elected official or territorial officer.' })
  requesterKind?: AppointmentRequesterKind | null;

  @Field(() => String, { nullable: true, description: 'Their collectivité.' })
  collectiviteName?: string | null;

  @Field(() => String, { nullable: true, description: 'Subject.' })
  subject?: string | null;

  @Field(() => String, { nullable: true, description: 'Date of the request.' })
  requestedAt?: string | null;

  @Field(() => String, { nullable: true, description: 'Date asked for.' })
  dateAsked?: string | null;

  @Field(() => String, { nullable: true, description: 'Date given.' })
  dateGiven?: string | null;
}

@InputType({ description: 'The processing time of a procedure for a month (R4).' })
export class ProcedureIndicatorInput {
  @Field(() => String, { description: 'Code of the procedure (CNI, PASSEPORT, CARTE_GRISE…).' })
  procedure!: string;

  @Field(() => String, { description: 'The month, YYYY-MM.' })
  month!: string;

  @Field(() => Float, { description: 'Processing time measured, in days.' })
  value!: number;

  @Field(() => Float, { nullable: true, description: 'National target, in days.' })
  target?: number | null;
}

@InputType({ description: 'Which counter visits to measure (R5).' })
export class CounterVisitFilter {
  @Field(() => String, { description: 'First day (YYYY-MM-DD), by Paris date of arrival.' })
  from!: string;

  @Field(() => String, { description: 'Last day (YYYY-MM-DD), included.' })
  to!: string;

  @Field(() => ID, { nullable: true, description: 'Only this tenant (one the caller reads); the caller’s by default.' })
  tenantId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only this service.' })
  serviceId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only this procedure.' })
  procedure?: string | null;
}
