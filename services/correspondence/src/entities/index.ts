import { defineEntity, p, type EntitySchema, type InferEntity } from '@mikro-orm/core';
import { DEFAULT_SETTINGS } from '@qualipref/calendar';
import { idProperty, tenantIdProperty, tenantScoped, timestampProperties } from '@qualipref/server-kit';
import { AppointmentRequesterKind, Channel, CorrespondentKind, TargetUnit } from '../domain/enums.js';

/** The working calendar of a tenant (jours ouvrés or ouvrables, Whit Monday, closing time). */
export const TenantSettings = defineEntity({
  name: 'TenantSettings',
  tableName: 'tenant_settings',
  ...tenantScoped,
  uniques: [{ properties: ['tenantId'] }],
  properties: {
    id: idProperty(),
    tenantId: tenantIdProperty(),
    saturdayWorked: p.boolean().default(DEFAULT_SETTINGS.saturdayWorked),
    whitMondayWorked: p.boolean().default(DEFAULT_SETTINGS.whitMondayWorked),
    closingTime: p.string().length(5).default(DEFAULT_SETTINGS.closingTime),
    ...timestampProperties(),
  },
});
export type TenantSettings = InferEntity<typeof TenantSettings>;

/** A version of the label's referential (Marianne 2008, Qualipref 2.0…), kept as data so the platform follows the label. */
export const Referential = defineEntity({
  name: 'Referential',
  tableName: 'referential',
  ...tenantScoped,
  uniques: [{ properties: ['tenantId', 'code'] }],
  properties: {
    id: idProperty(),
    tenantId: tenantIdProperty(),
    code: p.string().length(40),
    name: p.string().length(200),
    version: p.string().length(40),
    year: p.integer(),
    ...timestampProperties(),
  },
});
export type Referential = InferEntity<typeof Referential>;

/** A target delay of a referential, for a channel (and a correspondent kind, or any), over a validity period. */
export const Engagement = defineEntity({
  name: 'Engagement',
  tableName: 'engagement',
  ...tenantScoped,
  indexes: [{ properties: ['tenantId', 'channel', 'validFrom'] }],
  properties: {
    id: idProperty(),
    tenantId: tenantIdProperty(),
    referential: p.manyToOne(Referential).index(),
    channel: p.enum(() => Channel),
    /** Null: any correspondent. */
    correspondentKind: p.enum(() => CorrespondentKind).nullable(),
    unit: p.enum(() => TargetUnit),
    target: p.integer(),
    label: p.string().length(300),
    validFrom: p.date(),
    /** Last day in force; null while it still is. */
    validTo: p.date().nullable(),
    ...timestampProperties(),
  },
});
export type Engagement = InferEntity<typeof Engagement>;

/** A GED import: what was read, created, skipped and refused. */
export const GedImport = defineEntity({
  name: 'GedImport',
  tableName: 'ged_import',
  ...tenantScoped,
  properties: {
    id: idProperty(),
    tenantId: tenantIdProperty(),
    importedAt: p.datetime().index(),
    importedBy: p.uuid(),
    fileName: p.string().length(300).nullable(),
    rowCount: p.integer(),
    created: p.integer(),
    unchanged: p.integer(),
    rejected: p.integer(),
    problems: p.json<{ line: number; reason: string }[]>(),
  },
});
export type GedImport = InferEntity<typeof GedImport>;

/** A registered item (courrier, courriel, appel…) with its due date under the engagement in force at reception. */
export const CorrespondenceItem = defineEntity({
  name: 'CorrespondenceItem',
  tableName: 'correspondence_item',
  ...tenantScoped,
  uniques: [{ properties: ['tenantId', 'gedReference'] }],
  indexes: [{ properties: ['tenantId', 'receivedOn'] }, { properties: ['directorateId', 'receivedOn'] }, { properties: ['serviceId', 'receivedOn'] }],
  properties: {
    id: idProperty(),
    tenantId: tenantIdProperty(),
    channel: p.enum(() => Channel),
    receivedAt: p.datetime(),
    /** Paris date of receivedAt: what periods filter on. */
    receivedOn: p.date(),
    serviceId: p.uuid(),
    directorateId: p.uuid(),
    correspondentKind: p.enum(() => CorrespondentKind),
    correspondentName: p.string().length(200).nullable(),
    subject: p.string().length(500),
    gedReference: p.string().length(100).nullable(),
    assignedAgentId: p.uuid().nullable(),
    engagement: p.manyToOne(Engagement).index(),
    /** Last day of the engagement's delay (Paris date). */
    dueDate: p.date(),
    /** The instant the item becomes late: after dueDate for working days, receivedAt + target for hours. */
    dueAt: p.datetime(),
    answeredAt: p.datetime().nullable(),
    answerChannel: p.enum(() => Channel).nullable(),
    /** Working days from reception to answer, kept so that percentiles are computed in SQL. */
    delayWorkingDays: p.integer().nullable(),
    /** answeredAt < dueAt, kept so that lists filter on status without comparing columns. */
    answeredOnTime: p.boolean().nullable(),
    reopenedAt: p.datetime().nullable(),
    reopenReason: p.text().nullable(),
    reopenCount: p.integer().default(0),
    gedImport: p.manyToOne(GedImport).nullable().index(),
    ...timestampProperties(),
  },
});
export type CorrespondenceItem = InferEntity<typeof CorrespondenceItem>;

/** Monthly telephony statistics of a service: the "5 rings" engagement is measured on them. */
export const TelephonyMonth = defineEntity({
  name: 'TelephonyMonth',
  tableName: 'telephony_month',
  ...tenantScoped,
  uniques: [{ properties: ['serviceId', 'month'] }],
  properties: {
    id: idProperty(),
    tenantId: tenantIdProperty(),
    serviceId: p.uuid(),
    directorateId: p.uuid().index(),
    /** First day of the month. */
    month: p.date(),
    offered: p.integer(),
    answered: p.integer(),
    answeredWithinTarget: p.integer(),
    ...timestampProperties(),
  },
});
export type TelephonyMonth = InferEntity<typeof TelephonyMonth>;

/** An act of a collectivité under legality control (DCTAJ), with the recours gracieux and the referral window. */
export const LegalityControl = defineEntity({
  name: 'LegalityControl',
  tableName: 'legality_control',
  ...tenantScoped,
  properties: {
    id: idProperty(),
    tenantId: tenantIdProperty(),
    ownerDirectorateId: p.uuid().index(),
    collectiviteName: p.string().length(200),
    actKind: p.string().length(200),
    actReference: p.string().length(100).nullable(),
    receivedAt: p.date().index(),
    observationsSentAt: p.date().nullable(),
    electedOfficialInformedAt: p.date().nullable(),
    recoursSentAt: p.date().nullable(),
    /** Last day for the prefect's referral to the administrative court: receivedAt + 2 months. */
    referralDeadline: p.date(),
    referredAt: p.date().nullable(),
    notes: p.text().nullable(),
    ...timestampProperties(),
  },
});
export type LegalityControl = InferEntity<typeof LegalityControl>;

/** A litigation case (contentieux) with its key dates and the targets its delays are measured against. */
export const LitigationCase = defineEntity({
  name: 'LitigationCase',
  tableName: 'litigation_case',
  ...tenantScoped,
  properties: {
    id: idProperty(),
    tenantId: tenantIdProperty(),
    ownerDirectorateId: p.uuid().index(),
    reference: p.string().length(100),
    court: p.string().length(200).nullable(),
    subject: p.string().length(500),
    requestedAt: p.date(),
    filedAt: p.date().nullable(),
    hearingAt: p.date().nullable(),
    decidedAt: p.date().nullable(),
    /** Calendar days allowed from the request to the prefecture's filing. */
    filingTargetDays: p.integer(),
    /** Calendar days allowed from the request to the decision. */
    decisionTargetDays: p.integer(),
    ...timestampProperties(),
  },
});
export type LitigationCase = InferEntity<typeof LitigationCase>;

/** An appointment asked by an elected official or a territorial officer. */
export const AppointmentRequest = defineEntity({
  name: 'AppointmentRequest',
  tableName: 'appointment_request',
  ...tenantScoped,
  properties: {
    id: idProperty(),
    tenantId: tenantIdProperty(),
    ownerDirectorateId: p.uuid().index(),
    requesterName: p.string().length(200),
    requesterKind: p.enum(() => AppointmentRequesterKind),
    collectiviteName: p.string().length(200).nullable(),
    subject: p.string().length(500),
    requestedAt: p.date().index(),
    dateAsked: p.date().nullable(),
    dateGiven: p.date().nullable(),
    /** Working days from the request to the appointment given. */
    delayWorkingDays: p.integer().nullable(),
    ...timestampProperties(),
  },
});
export type AppointmentRequest = InferEntity<typeof AppointmentRequest>;

/** A national processing-time indicator of a common procedure (R4), for a tenant and a month. */
export const ProcedureIndicator = defineEntity({
  name: 'ProcedureIndicator',
  tableName: 'procedure_indicator',
  ...tenantScoped,
  uniques: [{ properties: ['tenantId', 'procedure', 'month'] }],
  properties: {
    id: idProperty(),
    tenantId: tenantIdProperty(),
    /** Code of the procedure as the ministry names it (CNI, PASSEPORT, CARTE_GRISE…). */
    procedure: p.string().length(60),
    /** First day of the month. */
    month: p.date(),
    /** Processing time measured, in days. */
    value: p.double(),
    /** National target, in days. */
    target: p.double().nullable(),
    ...timestampProperties(),
  },
});
export type ProcedureIndicator = InferEntity<typeof ProcedureIndicator>;

/** A visit at a counter from the queue-ticket system (R5): arrival, call, end. */
export const CounterVisit = defineEntity({
  name: 'CounterVisit',
  tableName: 'counter_visit',
  ...tenantScoped,
  uniques: [{ properties: ['tenantId', 'ticket'] }],
  indexes: [{ properties: ['tenantId', 'arrivedAt'] }],
  properties: {
    id: idProperty(),
    tenantId: tenantIdProperty(),
    serviceId: p.uuid().index(),
    /** Ticket number of the queue system: what makes a re-import change nothing. */
    ticket: p.string().length(60),
    procedure: p.string().length(100),
    arrivedAt: p.datetime(),
    calledAt: p.datetime().nullable(),
    endedAt: p.datetime().nullable(),
    withAppointment: p.boolean(),
  },
});
export type CounterVisit = InferEntity<typeof CounterVisit>;

export const entities: EntitySchema[] = [
  TenantSettings,
  Referential,
  Engagement,
  GedImport,
  CorrespondenceItem,
  TelephonyMonth,
  LegalityControl,
  LitigationCase,
  AppointmentRequest,
  ProcedureIndicator,
  CounterVisit,
] as unknown as EntitySchema[];
