import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { idProperty, tenantIdProperty, tenantScoped, timestampProperties } from '@qualipref/server-kit';
import { ProposalStatus } from '../domain/enums.js';
import { Member } from './committee.js';
import { AgendaItem, Meeting } from './meeting.js';

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
