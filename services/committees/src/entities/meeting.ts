import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { idProperty, tenantIdProperty, tenantScoped, timestampProperties } from '@qualipref/server-kit';
import { Attendance, MeetingStatus, MinutesStatus } from '../domain/enums.js';
import { Committee, Member } from './committee.js';

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
    /** Their professional contacts, one per line, printed beneath (never a personal address or phone). */
    caseOfficerContacts: p.text().nullable(),
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
