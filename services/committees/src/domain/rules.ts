import { addMonths, toCalendarDate } from '@qualipref/calendar';
import { Role, type Identity } from '@qualipref/auth';
import { badInput, conflict, forbidden } from '@qualipref/server-kit';
import { PROPOSAL_TRANSITIONS, type ProposalStatus } from './enums.js';

/** The facts about a committee that decide who may do what. */
export interface CommitteeAccess {
  ownerDirectorateId: string;
  secretariatUserIds: string[];
}

const isAdmin = (identity: Identity) => identity.role === Role.ADMINISTRATOR;
const inSecretariat = (identity: Identity, committee: CommitteeAccess) => committee.secretariatUserIds.includes(identity.userId);

/** Administrators, the owner directorate's managers (DRMM) and the secretariat run a committee. */
export function canManageCommittee(identity: Identity, committee: CommitteeAccess): boolean {
  if (identity.role === Role.ANALYST) return false;
  return isAdmin(identity) || inSecretariat(identity, committee) || (identity.role === Role.MANAGER && identity.directorateId === committee.ownerDirectorateId);
}

export function assertManageCommittee(identity: Identity, committee: CommitteeAccess): void {
  if (!canManageCommittee(identity, committee)) throw forbidden('Seuls le secrétariat, la direction qui anime le comité et les administrateurs peuvent modifier ce comité.');
}

/** Members' contact details: the secretariat and administrators only (personal data). */
export function canSeeContacts(identity: Identity | null, committee: CommitteeAccess): boolean {
  return !!identity && identity.role !== Role.ANALYST && (isAdmin(identity) || inSecretariat(identity, committee));
}

export function assertCanCreateCommittee(identity: Identity): void {
  if (identity.role !== Role.ADMINISTRATOR && identity.role !== Role.MANAGER) throw forbidden('Seuls les responsables de direction et les administrateurs créent un comité.');
}

/** A directorate other than the committee's updates what is routed to it or owned by it. */
export function canActForDirectorate(identity: Identity, directorateIds: string[]): boolean {
  return (identity.role === Role.MANAGER || identity.role === Role.AGENT) && directorateIds.includes(identity.directorateId);
}

export function assertProposalTransition(from: ProposalStatus, to: ProposalStatus): void {
  if (from === to) return;
  if (!PROPOSAL_TRANSITIONS[from].includes(to)) throw conflict(`Une proposition ne peut pas passer de ${from} à ${to}.`, 'status');
}

export function assertMandate(start: string, end: string | null): void {
  if (end !== null && end < start) throw badInput('La fin du mandat précède son début.', 'mandateEnd');
}

export function assertMeetingAfterDecision(scheduledAt: Date, decisionDate: string): void {
  // The meeting's day in Paris, the day the decision was signed in.
  if (toCalendarDate(scheduledAt) < decisionDate) {
    throw badInput(`La réunion ne peut pas précéder la décision de création du comité (${decisionDate}).`, 'scheduledAt');
  }
}

export function assertProgress(progress: number): void {
  if (!Number.isInteger(progress) || progress < 0 || progress > 100) throw badInput("L'avancement est un entier de 0 à 100 %.", 'progress');
}

export enum CadenceState {
  /** The next meeting is scheduled before the deadline. */
  ON_TRACK = 'ON_TRACK',
  /** No meeting is scheduled before the deadline, which has not passed yet. */
  NOT_SCHEDULED_IN_TIME = 'NOT_SCHEDULED_IN_TIME',
  /** The deadline has passed without a meeting. */
  OVERDUE = 'OVERDUE',
}

export interface Cadence {
  lastMeetingDate: string | null;
  nextMeetingDate: string | null;
  /** The date by which the next meeting must be held. */
  dueBy: string;
  state: CadenceState;
}

/**
 * C8: a committee meets at least every `intervalMonths`; counted from its last held meeting,
 * or from its founding decision when it has not met yet.
 */
export function cadence(decisionDate: string, intervalMonths: number, lastHeld: string | null, nextPlanned: string | null, today: string): Cadence {
  const dueBy = addMonths(lastHeld ?? decisionDate, intervalMonths);
  let state = CadenceState.ON_TRACK;
  if (!nextPlanned || nextPlanned > dueBy) state = today > dueBy ? CadenceState.OVERDUE : CadenceState.NOT_SCHEDULED_IN_TIME;
  return { lastMeetingDate: lastHeld, nextMeetingDate: nextPlanned, dueBy, state };
}
