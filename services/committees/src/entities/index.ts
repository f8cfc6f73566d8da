import { defineEntity, p, type EntitySchema, type InferEntity } from '@mikro-orm/core';
import { idProperty, tenantIdProperty, tenantScoped, timestampProperties } from '@qualipref/server-kit';
import { ActionOrigin, ActionStatus, Attendance, MeetingStatus, MinutesStatus, ProposalStatus } from '../domain/enums.js';

/** A committee created by a prefectoral decision (C1): the CLU, or another kind later. */
export const Committee = defineEntity({
  name: 'Committee',
  tableName: 'committee',
  ...tenantScoped,
  properties: {
    id: idProperty(),
    tenantId: tenantIdProperty(),
    /** Open list: CLU today, other committees later. */
    kind: p.string().length(40),
    name: p.string().length(200),
    decisionDate: p.date(),
    decisionReference: p.string().length(200),
    decisionText: p.text().nullable(),
    chairName: p.string().length(200),
    chairTitle: p.string().length(200).nullable(),
    /** Directorate that runs the committee (DRMM for the CLU). */
    ownerDirectorateId: p.uuid().index(),
    /** Agents of the secretariat (MACAP): they manage meetings, minutes and members' contacts. */
    secretariatUserIds: p.array<string>().default([]),
    /** The committee meets at least once in this many months (C8: the CLU, 12). */
    meetingIntervalMonths: p.integer().default(12),
    ...timestampProperties(),
  },
});
export type Committee = InferEntity<typeof Committee>;

/** A college of the composition (C2): collectivités territoriales, usagers, professionnels, administration. */
export const College = defineEntity({
  name: 'College',
  tableName: 'college',
  ...tenantScoped,
  uniques: [{ properties: ['committee', 'code'] }],
  properties: {
    id: idProperty(),
    tenantId: tenantIdProperty(),
    committee: p.manyToOne(Committee).index(),
    code: p.string().length(40),
    name: p.string().length(200),
    position: p.integer(),
  },
});
export type College = InferEntity<typeof College>;

/**
 * A seat in a committee for a mandate period. A change of composition ends a mandate and
 * opens another, so the history of who sat when stays.
 */
export const Member = defineEntity({
  name: 'Member',
  tableName: 'member',
  ...tenantScoped,
  properties: {
    id: idProperty(),
    tenantId: tenantIdProperty(),
    committee: p.manyToOne(Committee).index(),
    college: p.manyToOne(College).index(),
    name: p.string().length(200),
    organisation: p.string().length(200),
    role: p.string().length(200).nullable(),
    /** Personal data: shown to the secretariat and administrators only. */
    contact: p.string().length(320).nullable(),
    /** When the member is an agent of the platform. */
    userId: p.uuid().nullable(),
    mandateStart: p.date(),
    mandateEnd: p.date().nullable(),
    ...timestampProperties(),
  },
});
export type Member = InferEntity<typeof Member>;

export const Meeting = defineEntity({
  name: 'Meeting',
  tableName: 'meeting',
  ...tenantScoped,
  properties: {
    id: idProperty(),
    tenantId: tenantIdProperty(),
    committee: p.manyToOne(Committee).index(),
    title: p.string().length(300),
    scheduledAt: p.datetime().index(),
    place: p.string().length(200),
    chairName: p.string().length(200),
    status: p.enum(() => MeetingStatus).default(MeetingStatus.PLANNED),
    ...timestampProperties(),
  },
});
export type Meeting = InferEntity<typeof Meeting>;

export const AgendaItem = defineEntity({
  name: 'AgendaItem',
  tableName: 'agenda_item',
  ...tenantScoped,
  uniques: [{ properties: ['meeting', 'position'] }],
  properties: {
    id: idProperty(),
    tenantId: tenantIdProperty(),
    meeting: p.manyToOne(Meeting).index(),
    position: p.integer(),
    title: p.string().length(500),
    description: p.text().nullable(),
  },
});
export type AgendaItem = InferEntity<typeof AgendaItem>;

/** An invitee of a meeting (a member or an agent) and what the attendance sheet says of them. */
export const Invitation = defineEntity({
  name: 'Invitation',
  tableName: 'invitation',
  ...tenantScoped,
  properties: {
    id: idProperty(),
    tenantId: tenantIdProperty(),
    meeting: p.manyToOne(Meeting).index(),
    member: p.manyToOne(Member).nullable().index(),
    userId: p.uuid().nullable(),
    name: p.string().length(200),
    organisation: p.string().length(200),
    attendance: p.enum(() => Attendance).default(Attendance.PENDING),
    representedBy: p.string().length(200).nullable(),
    signed: p.boolean().default(false),
    ...timestampProperties(),
  },
});
export type Invitation = InferEntity<typeof Invitation>;

/** One version of the minutes of a meeting (C5); a published version is frozen. */
export const Minutes = defineEntity({
  name: 'Minutes',
  tableName: 'minutes',
  ...tenantScoped,
  uniques: [{ properties: ['meeting', 'version'] }],
  properties: {
    id: idProperty(),
    tenantId: tenantIdProperty(),
    meeting: p.manyToOne(Meeting).index(),
    version: p.integer(),
    status: p.enum(() => MinutesStatus).default(MinutesStatus.DRAFT),
    /** "Affaire suivie par". */
    caseOfficers: p.string().length(300).nullable(),
    introduction: p.text().nullable(),
    closing: p.text().nullable(),
    signatoryName: p.string().length(200).nullable(),
    signatoryTitle: p.string().length(200).nullable(),
    validatedAt: p.datetime().nullable(),
    publishedAt: p.datetime().nullable(),
    ...timestampProperties(),
  },
});
export type Minutes = InferEntity<typeof Minutes>;

export const MinutesSection = defineEntity({
  name: 'MinutesSection',
  tableName: 'minutes_section',
  ...tenantScoped,
  uniques: [{ properties: ['minutes', 'agendaItem'] }],
  properties: {
    id: idProperty(),
    tenantId: tenantIdProperty(),
    minutes: p.manyToOne(Minutes).index(),
    agendaItem: p.manyToOne(AgendaItem).index(),
    presentation: p.text().default(''),
    conclusions: p.text().default(''),
  },
});
export type MinutesSection = InferEntity<typeof MinutesSection>;

/** A proposal raised by a member in a meeting (C6), routed to the bodies that examine it. */
export const Proposal = defineEntity({
  name: 'Proposal',
  tableName: 'proposal',
  ...tenantScoped,
  properties: {
    id: idProperty(),
    tenantId: tenantIdProperty(),
    meeting: p.manyToOne(Meeting).index(),
    agendaItem: p.manyToOne(AgendaItem).nullable().index(),
    author: p.manyToOne(Member).nullable().index(),
    authorName: p.string().length(200),
    text: p.text(),
    status: p.enum(() => ProposalStatus).default(ProposalStatus.SUBMITTED),
    answer: p.text().nullable(),
    ...timestampProperties(),
  },
});
export type Proposal = InferEntity<typeof Proposal>;

/** Where a proposal is sent: a directorate, or a named body (comité de pilotage…). */
export const ProposalRouting = defineEntity({
  name: 'ProposalRouting',
  tableName: 'proposal_routing',
  ...tenantScoped,
  properties: {
    id: idProperty(),
    tenantId: tenantIdProperty(),
    proposal: p.manyToOne(Proposal).index(),
    directorateId: p.uuid().nullable().index(),
    bodyName: p.string().length(200).nullable(),
  },
});
export type ProposalRouting = InferEntity<typeof ProposalRouting>;

export const ProposalStatusChange = defineEntity({
  name: 'ProposalStatusChange',
  tableName: 'proposal_status_change',
  ...tenantScoped,
  properties: {
    id: idProperty(),
    tenantId: tenantIdProperty(),
    proposal: p.manyToOne(Proposal).index(),
    fromStatus: p.enum(() => ProposalStatus).nullable(),
    toStatus: p.enum(() => ProposalStatus),
    note: p.text().nullable(),
    changedAt: p.datetime(),
    changedBy: p.uuid().nullable(),
  },
});
export type ProposalStatusChange = InferEntity<typeof ProposalStatusChange>;

/** The action plan of a year (C7), e.g. « Plan d'actions 2016 ». */
export const ActionPlan = defineEntity({
  name: 'ActionPlan',
  tableName: 'action_plan',
  ...tenantScoped,
  uniques: [{ properties: ['tenantId', 'year'] }],
  properties: {
    id: idProperty(),
    tenantId: tenantIdProperty(),
    committee: p.manyToOne(Committee).nullable().index(),
    year: p.integer(),
    title: p.string().length(200),
    ...timestampProperties(),
  },
});
export type ActionPlan = InferEntity<typeof ActionPlan>;

export const Action = defineEntity({
  name: 'Action',
  tableName: 'action',
  ...tenantScoped,
  uniques: [{ properties: ['plan', 'reference'] }],
  // The lists page by (reference, id) within a tenant, by directorate, and by plan.
  indexes: [{ properties: ['reference', 'id'] }, { properties: ['ownerDirectorateId', 'status'] }],
  properties: {
    id: idProperty(),
    tenantId: tenantIdProperty(),
    plan: p.manyToOne(ActionPlan).index(),
    /** Stable key within the plan (A-01…): what the CSV round trip matches on. */
    reference: p.string().length(40),
    title: p.string().length(500),
    description: p.text().nullable(),
    ownerDirectorateId: p.uuid().index(),
    dueDate: p.date().nullable().index(),
    status: p.enum(() => ActionStatus).default(ActionStatus.PLANNED),
    progress: p.integer().default(0),
    originKind: p.enum(() => ActionOrigin),
    originProposal: p.manyToOne(Proposal).nullable().index(),
    originMeeting: p.manyToOne(Meeting).nullable().index(),
    /** A finding of the surveys service, by id: no table of another service is read. */
    originFindingId: p.string().length(100).nullable(),
    ...timestampProperties(),
  },
});
export type Action = InferEntity<typeof Action>;

/** A dated step of an action's progress. */
export const ActionProgress = defineEntity({
  name: 'ActionProgress',
  tableName: 'action_progress',
  ...tenantScoped,
  properties: {
    id: idProperty(),
    tenantId: tenantIdProperty(),
    action: p.manyToOne(Action).index(),
    recordedAt: p.datetime(),
    progress: p.integer(),
    status: p.enum(() => ActionStatus),
    note: p.text().nullable(),
    recordedBy: p.uuid().nullable(),
  },
});
export type ActionProgress = InferEntity<typeof ActionProgress>;

/** Something due before a committee's next meeting (C8): the audit result, the bilan qualité… */
export const FollowUp = defineEntity({
  name: 'FollowUp',
  tableName: 'follow_up',
  ...tenantScoped,
  properties: {
    id: idProperty(),
    tenantId: tenantIdProperty(),
    committee: p.manyToOne(Committee).index(),
    title: p.string().length(300),
    dueDate: p.date(),
    done: p.boolean().default(false),
    ...timestampProperties(),
  },
});
export type FollowUp = InferEntity<typeof FollowUp>;

export const entities: EntitySchema[] = [
  Committee,
  College,
  Member,
  Meeting,
  AgendaItem,
  Invitation,
  Minutes,
  MinutesSection,
  Proposal,
  ProposalRouting,
  ProposalStatusChange,
  ActionPlan,
  Action,
  ActionProgress,
  FollowUp,
] as unknown as EntitySchema[];
