import type { EntitySchema } from '@mikro-orm/core';
import { Action, ActionPlan, ActionProgress } from './action.js';
import { College, Committee, FollowUp, Member } from './committee.js';
import { AgendaItem, Invitation, Meeting, Minutes, MinutesSection } from './meeting.js';
import { Proposal, ProposalRouting, ProposalStatusChange } from './proposal.js';

export * from './action.js';
export * from './committee.js';
export * from './meeting.js';
export * from './proposal.js';

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
