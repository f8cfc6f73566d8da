import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { idProperty, tenantIdProperty, tenantScoped, timestampProperties } from '@qualipref/server-kit';
import { ActionOrigin, ActionStatus } from '../domain/enums.js';
import { Committee } from './committee.js';
import { Meeting } from './meeting.js';
import { Proposal } from './proposal.js';

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
