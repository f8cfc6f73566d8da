import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { idProperty, tenantIdProperty, tenantScoped, timestampProperties } from '@qualipref/server-kit';

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
    /** The service of that directorate that runs it (MACAP for the CLU): the mission line of its documents. */
    secretariatServiceId: p.uuid().nullable(),
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
