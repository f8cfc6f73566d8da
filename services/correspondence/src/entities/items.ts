import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { idProperty, tenantIdProperty, tenantScoped, timestampProperties } from '@qualipref/server-kit';
import { Channel, CorrespondentKind } from '../domain/enums.js';
import { DelayTarget } from './delay-targets.js';
import { GedImport } from './ged-import.js';

/** A registered item (courrier, courriel, appel…) with its due date under the delay target in force at reception, if one covers its channel. */
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
    /** Null: no delay target covers its channel (« sans délai d'engagement »); it is never late. */
    delayTarget: p.manyToOne(DelayTarget).nullable().index(),
    /** Last day of the target's delay (Paris date); null without one. */
    dueDate: p.date().nullable(),
    /** The instant the item becomes late: after dueDate for working days, receivedAt + target for hours; null without a delay target. */
    dueAt: p.datetime().nullable(),
    answeredAt: p.datetime().nullable(),
    answerChannel: p.enum(() => Channel).nullable(),
    /** Working days from reception to answer, kept so that percentiles are computed in SQL. */
    delayWorkingDays: p.integer().nullable(),
    /** answeredAt < dueAt, kept so that lists filter on status without comparing columns; null while open or without a delay target. */
    answeredOnTime: p.boolean().nullable(),
    reopenedAt: p.datetime().nullable(),
    reopenReason: p.text().nullable(),
    reopenCount: p.integer().default(0),
    gedImport: p.manyToOne(GedImport).nullable().index(),
    ...timestampProperties(),
  },
});
export type CorrespondenceItem = InferEntity<typeof CorrespondenceItem>;
