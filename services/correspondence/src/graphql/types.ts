import { Directive, Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DirectorateRef, ServiceRef, TenantRef, UserRef } from '@qualipref/organization-client';
import { ConnectionType } from '@qualipref/server-kit';
import { AppointmentRequesterKind, Channel, CorrespondentKind, ItemStatus, ReferralState, TargetUnit } from '../domain/enums.js';

registerEnumType(Channel, {
  name: 'CorrespondenceChannel',
  description: 'How an item reached a service, or how it was answered.',
  valuesConfig: {
    LETTER: { description: 'Courrier postal.' },
    EMAIL: { description: 'Courriel.' },
    TELEPHONE: { description: 'Appel téléphonique.' },
    CONTACT_FORM: { description: 'Formulaire de contact du site internet.' },
    COUNTER: { description: 'Guichet (accueil physique).' },
  },
});
registerEnumType(CorrespondentKind, {
  name: 'CorrespondentKind',
  description: 'Who wrote or called.',
  valuesConfig: {
    USER: { description: 'Usager (particulier).' },
    ELECTED_OFFICIAL: { description: 'Élu.' },
    COLLECTIVITE: { description: 'Collectivité territoriale.' },
    BUSINESS: { description: 'Entreprise.' },
    ASSOCIATION: { description: 'Association.' },
  },
});
registerEnumType(TargetUnit, {
  name: 'EngagementUnit',
  description: 'Unit of an engagement’s target.',
  valuesConfig: {
    WORKING_DAYS: { description: 'Working days of the tenant’s calendar (Alsace-Moselle holidays), from the effective reception day.' },
    HOURS: { description: 'Hours from the reception instant.' },
    RINGS: { description: 'Rings before a call is picked up: measured on the monthly telephony statistics.' },
  },
});
registerEnumType(ItemStatus, {
  name: 'CorrespondenceStatus',
  description: 'Where an item stands against its due date.',
  valuesConfig: {
    OPEN_ON_TIME: { description: 'Not answered yet, still within its delay.' },
    OPEN_LATE: { description: 'Not answered and past its due date (overdue).' },
    ANSWERED_ON_TIME: { description: 'Answered by its due date.' },
    ANSWERED_LATE: { description: 'Answered after its due date.' },
  },
});
registerEnumType(AppointmentRequesterKind, {
  name: 'AppointmentRequesterKind',
  description: 'Who asks for an appointment with the DCTAJ.',
  valuesConfig: {
    ELECTED_OFFICIAL: { description: 'An elected official (maire, président d’EPCI…).' },
    TERRITORIAL_OFFICER: { description: 'An officer of a collectivité (DGS, secrétaire de mairie…).' },
  },
});
registerEnumType(ReferralState, {
  name: 'ReferralState',
  description: 'Where the two-month window of the prefect’s referral to the administrative court stands.',
  valuesConfig: {
    OPEN: { description: 'Not referred; the window is still open.' },
    REFERRED_IN_TIME: { description: 'Referred within the window.' },
    REFERRED_LATE: { description: 'Referred after the window closed.' },
    EXPIRED: { description: 'Not referred and the window has closed.' },
  },
});

@ObjectType('Referential', { description: 'A version of the quality label’s referential (Marianne 2008, Qualipref 2.0 of 2015, Marianne 2016, Qual-e-pref 2019), kept as data.' })
export class ReferentialType {
  @Field(() => ID, { description: 'Identifier of the referential.' })
  id!: string;

  @Field(() => ID, { description: 'Tenant it applies to.' })
  tenantId!: string;

  @Field(() => String, { description: 'Code, e.g. MARIANNE_2008, QUALIPREF_2_0.' })
  code!: string;

  @Field(() => String, { description: 'Name shown.' })
  name!: string;

  @Field(() => String, { description: 'Version of the label.' })
  version!: string;

  @Field(() => Int, { description: 'Year the version was published.' })
  year!: number;
}

@ObjectType('Engagement', { description: 'A target of a referential for a channel (and a kind of correspondent, or any), over a validity period: changing a target never rewrites past results.' })
export class EngagementType {
  @Field(() => ID, { description: 'Identifier of the engagement.' })
  id!: string;

  @Field(() => ID, { description: 'Tenant it applies to.' })
  tenantId!: string;

  @Field(() => Channel, { description: 'Channel it covers.' })
  channel!: Channel;

  @Field(() => CorrespondentKind, { nullable: true, description: 'Kind of correspondent it covers; null for any.' })
  correspondentKind!: CorrespondentKind | null;

  @Field(() => TargetUnit, { description: 'Unit of the target.' })
  unit!: TargetUnit;

  @Field(() => Int, { description: 'The target (5 working days, 15 working days, 5 rings…).' })
  target!: number;

  @Field(() => String, { description: 'The commitment as the label words it.' })
  label!: string;

  @Field(() => String, { description: 'First day in force (YYYY-MM-DD).' })
  validFrom!: string;

  @Field(() => String, { nullable: true, description: 'Last day in force (YYYY-MM-DD); null while it still is.' })
  validTo!: string | null;
}

@ObjectType('CalendarSettings', { description: 'The working calendar of a tenant.' })
export class CalendarSettingsType {
  @Field(() => ID, { description: 'Tenant.' })
  tenantId!: string;

  @Field(() => Boolean, { description: 'True: Saturdays are worked (jours ouvrables); false: Monday to Friday (jours ouvrés).' })
  saturdayWorked!: boolean;

  @Field(() => Boolean, { description: 'True when Whit Monday is worked (journée de solidarité).' })
  whitMondayWorked!: boolean;

  @Field(() => String, { description: 'Paris time (HH:MM) from which an item counts as received on the next working day.' })
  closingTime!: string;
}

@ObjectType('CorrespondenceItem', { description: 'A registered item (courrier, courriel, appel, formulaire, guichet) with its due date and status (R1, R2).' })
@Directive('@key(fields: "id")')
export class CorrespondenceItemType {
  @Field(() => ID, { description: 'Identifier of the item.' })
  id!: string;

  @Field(() => ID, { description: 'Tenant of the item.' })
  tenantId!: string;

  @Field(() => Channel, { description: 'How it arrived.' })
  channel!: Channel;

  @Field(() => Date, { description: 'When it was received.' })
  receivedAt!: Date;

  @Field(() => String, { description: 'Paris date of reception (YYYY-MM-DD): what periods filter on.' })
  receivedOn!: string;

  @Field(() => CorrespondentKind, { description: 'Who wrote.' })
  correspondentKind!: CorrespondentKind;

  @Field(() => String, { nullable: true, description: 'Name of the correspondent.' })
  correspondentName!: string | null;

  @Field(() => String, { description: 'Subject.' })
  subject!: string;

  @Field(() => String, { nullable: true, description: 'Reference in the document-management system (GED), unique in the tenant.' })
  gedReference!: string | null;

  @Field(() => String, { description: 'Last day to answer on time (YYYY-MM-DD), from the engagement in force at reception.' })
  dueDate!: string;

  @Field(() => Date, { description: 'The instant the item becomes late.' })
  dueAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it was answered; null while open.' })
  answeredAt!: Date | null;

  @Field(() => Channel, { nullable: true, description: 'How it was answered.' })
  answerChannel!: Channel | null;

  @Field(() => Int, { nullable: true, description: 'Working days from the effective reception day to the answer.' })
  delayWorkingDays!: number | null;

  @Field(() => Date, { nullable: true, description: 'When it was last reopened.' })
  reopenedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was last reopened.' })
  reopenReason!: string | null;

  @Field(() => Int, { description: 'How many times it was reopened.' })
  reopenCount!: number;
}

@ObjectType('DelayIndicators', { description: 'Response delays of a scope (tenant, directorate or service) for a channel or all of them, over a period: items counted by their reception date; answers, backlog and overdue as of now.' })
export class DelayIndicatorsType {
  @Field(() => Channel, { nullable: true, description: 'The channel; null for all channels together.' })
  channel!: Channel | null;

  @Field(() => Int, { description: 'Items received in the period.' })
  received!: number;

  @Field(() => Int, { description: 'Of those, answered.' })
  answered!: number;

  @Field(() => Int, { description: 'Of those, answered by their due date.' })
  answeredOnTime!: number;

  @Field(() => Float, { nullable: true, description: 'Answered on time, in percent of answered (one decimal); null when none was answered.' })
  onTimeRate!: number | null;

  @Field(() => Float, { nullable: true, description: 'Median delay of the answers, in working days.' })
  medianDelayWorkingDays!: number | null;

  @Field(() => Float, { nullable: true, description: '90th percentile of the delay of the answers, in working days.' })
  p90DelayWorkingDays!: number | null;

  @Field(() => Int, { description: 'Items received in the period and still open (stock).' })
  backlog!: number;

  @Field(() => Int, { description: 'Of the backlog, items past their due date.' })
  overdue!: number;
}

@ObjectType('TelephonySummary', { description: 'Telephony statistics of a scope over the months of a period (the « 5 rings » engagement).' })
export class TelephonySummaryType {
  @Field(() => Int, { description: 'Calls offered.' })
  offered!: number;

  @Field(() => Int, { description: 'Calls picked up.' })
  answered!: number;

  @Field(() => Int, { description: 'Calls picked up within the target (5 rings).' })
  answeredWithinTarget!: number;

  @Field(() => Float, { nullable: true, description: 'Picked up within the target, in percent of offered; null when no call was offered.' })
  withinTargetRate!: number | null;
}

@ObjectType('DelayTableau', { description: 'The tableau de suivi (R1) of a tenant, directorate or service over a period: per channel and in total, with overdue items and a CSV export.' })
export class DelayTableauType {
  @Field(() => ID, { nullable: true, description: 'Tenant, when the tableau is for one (or was narrowed to one).' })
  tenantId!: string | null;

  @Field(() => ID, { nullable: true, description: 'Directorate, when the tableau is for one.' })
  directorateId!: string | null;

  @Field(() => ID, { nullable: true, description: 'Service, when the tableau is for one.' })
  serviceId!: string | null;

  @Field(() => String, { description: 'First day of the period (YYYY-MM-DD).' })
  from!: string;

  @Field(() => String, { description: 'Last day of the period (YYYY-MM-DD).' })
  to!: string;

  @Field(() => Channel, { nullable: true, description: 'The only channel counted, when one was asked.' })
  channel!: Channel | null;
}

@ObjectType('ImportRowProblem', { description: 'A row of an import (GED export, queue tickets) that was refused.' })
export class GedImportProblemType {
  @Field(() => Int, { description: 'Line in the file (the header is line 1).' })
  line!: number;

  @Field(() => String, { description: 'Why it was refused.' })
  reason!: string;
}

@ObjectType('GedImport', { description: 'The kept result of an import from the document-management system (GED).' })
export class GedImportType {
  @Field(() => ID, { description: 'Identifier of the import.' })
  id!: string;

  @Field(() => ID, { description: 'Tenant.' })
  tenantId!: string;

  @Field(() => Date, { description: 'When it ran.' })
  importedAt!: Date;

  @Field(() => String, { nullable: true, description: 'Name of the file imported.' })
  fileName!: string | null;

  @Field(() => Int, { description: 'Data rows read.' })
  rowCount!: number;

  @Field(() => Int, { description: 'Items created.' })
  created!: number;

  @Field(() => Int, { description: 'Rows skipped because their GED reference was already registered.' })
  unchanged!: number;

  @Field(() => Int, { description: 'Rows refused.' })
  rejected!: number;

  @Field(() => [GedImportProblemType], { description: 'Refused rows with their line and reason.' })
  problems!: GedImportProblemType[];
}

@ObjectType('TelephonyMonth', { description: 'A month of telephony statistics of a service.' })
export class TelephonyMonthType {
  @Field(() => ID, { description: 'Identifier of the record.' })
  id!: string;

  @Field(() => String, { description: 'First day of the month (YYYY-MM-DD).' })
  month!: string;

  @Field(() => Int, { description: 'Calls offered.' })
  offered!: number;

  @Field(() => Int, { description: 'Calls picked up.' })
  answered!: number;

  @Field(() => Int, { description: 'Calls picked up within the target (5 rings).' })
  answeredWithinTarget!: number;
}

@ObjectType('LegalityControl', { description: 'An act of a collectivité under legality control (DCTAJ, R3), with the recours gracieux and the referral window.' })
export class LegalityControlType {
  @Field(() => ID, { description: 'Identifier of the control.' })
  id!: string;

  @Field(() => ID, { description: 'Tenant.' })
  tenantId!: string;

  @Field(() => String, { description: 'The collectivité that adopted the act.' })
  collectiviteName!: string;

  @Field(() => String, { description: 'Kind of act (délibération, arrêté, marché…).' })
  actKind!: string;

  @Field(() => String, { nullable: true, description: 'Reference of the act.' })
  actReference!: string | null;

  @Field(() => String, { description: 'Date the prefecture received it (YYYY-MM-DD).' })
  receivedAt!: string;

  @Field(() => String, { nullable: true, description: 'Date observations were sent to the collectivité.' })
  observationsSentAt!: string | null;

  @Field(() => String, { nullable: true, description: 'Date the elected official was informed before a recours gracieux.' })
  electedOfficialInformedAt!: string | null;

  @Field(() => String, { nullable: true, description: 'Date the recours gracieux was sent; never before the elected official was informed.' })
  recoursSentAt!: string | null;

  @Field(() => String, { description: 'Last day for the prefect’s referral to the administrative court: two months after reception.' })
  referralDeadline!: string;

  @Field(() => String, { nullable: true, description: 'Date the act was referred to the court (déféré).' })
  referredAt!: string | null;

  @Field(() => String, { nullable: true, description: 'Notes.' })
  notes!: string | null;
}

@ObjectType('LitigationCase', { description: 'A litigation case (contentieux, DCTAJ) with its key dates and delays against targets.' })
export class LitigationCaseType {
  @Field(() => ID, { description: 'Identifier of the case.' })
  id!: string;

  @Field(() => ID, { description: 'Tenant.' })
  tenantId!: string;

  @Field(() => String, { description: 'Reference (court case number).' })
  reference!: string;

  @Field(() => String, { nullable: true, description: 'Court.' })
  court!: string | null;

  @Field(() => String, { description: 'Subject.' })
  subject!: string;

  @Field(() => String, { description: 'Date of the request (saisine).' })
  requestedAt!: string;

  @Field(() => String, { nullable: true, description: 'Date of the prefecture’s filing (mémoire).' })
  filedAt!: string | null;

  @Field(() => String, { nullable: true, description: 'Date of the hearing.' })
  hearingAt!: string | null;

  @Field(() => String, { nullable: true, description: 'Date of the decision.' })
  decidedAt!: string | null;

  @Field(() => Int, { description: 'Target from request to filing, in calendar days.' })
  filingTargetDays!: number;

  @Field(() => Int, { description: 'Target from request to decision, in calendar days.' })
  decisionTargetDays!: number;
}

@ObjectType('AppointmentRequest', { description: 'An appointment asked of the DCTAJ by an elected official or a territorial officer, with the delay to the appointment.' })
export class AppointmentRequestType {
  @Field(() => ID, { description: 'Identifier of the request.' })
  id!: string;

  @Field(() => ID, { description: 'Tenant.' })
  tenantId!: string;

  @Field(() => String, { description: 'Who asks.' })
  requesterName!: string;

  @Field(() => AppointmentRequesterKind, { description: 'Elected official or territorial officer.' })
  requesterKind!: AppointmentRequesterKind;

  @Field(() => String, { nullable: true, description: 'Their collectivité.' })
  collectiviteName!: string | null;

  @Field(() => String, { description: 'Subject.' })
  subject!: string;

  @Field(() => String, { description: 'Date of the request (YYYY-MM-DD).' })
  requestedAt!: string;

  @Field(() => String, { nullable: true, description: 'Date the requester asked for.' })
  dateAsked!: string | null;

  @Field(() => String, { nullable: true, description: 'Date of the appointment given.' })
  dateGiven!: string | null;

  @Field(() => Int, { nullable: true, description: 'Working days from the request to the appointment given.' })
  delayWorkingDays!: number | null;
}

@ObjectType('ProcedureIndicator', { description: 'R4: the processing time of a common procedure (national indicator) for a tenant and a month.' })
export class ProcedureIndicatorType {
  @Field(() => ID, { description: 'Identifier of the record.' })
  id!: string;

  @Field(() => ID, { description: 'Tenant.' })
  tenantId!: string;

  @Field(() => String, { description: 'Code of the procedure (CNI, PASSEPORT, CARTE_GRISE…).' })
  procedure!: string;

  @Field(() => String, { description: 'First day of the month (YYYY-MM-DD).' })
  month!: string;

  @Field(() => Float, { description: 'Processing time measured, in days.' })
  value!: number;

  @Field(() => Float, { nullable: true, description: 'National target, in days.' })
  target!: number | null;
}

@ObjectType('CounterImportReport', { description: 'Result of an import of queue tickets.' })
export class CounterImportReportType {
  @Field(() => Int, { description: 'Visits created.' })
  created!: number;

  @Field(() => Int, { description: 'Rows skipped because their ticket was already imported.' })
  unchanged!: number;

  @Field(() => [GedImportProblemType], { description: 'Refused rows with their line and reason.' })
  problems!: GedImportProblemType[];
}

@ObjectType('WaitingTimeBucket', { description: 'Visits whose wait fell within a range of minutes.' })
export class WaitingTimeBucketType {
  @Field(() => Int, { description: 'Lower bound, in minutes (included).' })
  fromMinutes!: number;

  @Field(() => Int, { nullable: true, description: 'Upper bound, in minutes (excluded); null for the last range.' })
  toMinutes!: number | null;

  @Field(() => Int, { description: 'Visits in the range.' })
  visits!: number;
}

@ObjectType('CounterWaitingTimes', { description: 'R5: waiting time at the counters from arrival to call, over a period.' })
export class CounterWaitingTimesType {
  @Field(() => Int, { description: 'Visits in the period.' })
  visits!: number;

  @Field(() => Int, { description: 'Of those, with an appointment.' })
  withAppointment!: number;

  @Field(() => Float, { nullable: true, description: 'Median wait, in minutes.' })
  medianWaitMinutes!: number | null;

  @Field(() => Float, { nullable: true, description: '90th percentile of the wait, in minutes.' })
  p90WaitMinutes!: number | null;

  @Field(() => [WaitingTimeBucketType], { description: 'Distribution of the wait.' })
  distribution!: WaitingTimeBucketType[];
}

@ObjectType('CounterPeakHour', { description: 'Visits in one hour of a weekday for one procedure (Paris time).' })
export class CounterPeakHourType {
  @Field(() => Int, { description: 'Weekday, 1 = Monday … 7 = Sunday.' })
  weekday!: number;

  @Field(() => Int, { description: 'Hour of arrival, 0–23.' })
  hour!: number;

  @Field(() => String, { description: 'Procedure.' })
  procedure!: string;

  @Field(() => Int, { description: 'Visits.' })
  visits!: number;

  @Field(() => Float, { nullable: true, description: 'Average wait, in minutes.' })
  averageWaitMinutes!: number | null;
}

@ObjectType('CounterPeakHours', { description: 'R5: when the counters are busiest, per weekday, hour and procedure, ready to send to town halls.' })
export class CounterPeakHoursType {
  @Field(() => [CounterPeakHourType], { description: 'Rows by weekday and hour, busiest procedure first.' })
  rows!: CounterPeakHourType[];

  @Field(() => String, { description: 'The table as CSV (UTF-8 with BOM, semicolons).' })
  csv!: string;
}

export const CorrespondenceItemConnection = ConnectionType(CorrespondenceItemType, 'CorrespondenceItem', 'A page of correspondence items.');
export const GedImportConnection = ConnectionType(GedImportType, 'GedImport', 'A page of GED imports, newest first.');
export const LegalityControlConnection = ConnectionType(LegalityControlType, 'LegalityControl', 'A page of legality controls, newest reception first.');
export const LitigationCaseConnection = ConnectionType(LitigationCaseType, 'LitigationCase', 'A page of litigation cases, newest request first.');
export const AppointmentRequestConnection = ConnectionType(AppointmentRequestType, 'AppointmentRequest', 'A page of appointment requests, newest first.');

export { DirectorateRef, ServiceRef, TenantRef, UserRef };
