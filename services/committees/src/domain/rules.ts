import { addMonths, type CalendarDate } from '@qualipref/calendar';
import { DomainError, ErrorCode, badInput, conflict, frenchShortDate } from '@qualipref/server-kit';
import { PROPOSAL_TRANSITIONS, type ProposalStatus } from './enums.js';
import { PROPOSAL_STATUS_LABELS } from './labels.js';

export function assertProposalTransition(from: ProposalStatus, to: ProposalStatus): void {
  if (from === to) return;
  if (!PROPOSAL_TRANSITIONS[from].includes(to)) throw conflict(`Une proposition ne peut pas passer de « ${PROPOSAL_STATUS_LABELS[from]} » à « ${PROPOSAL_STATUS_LABELS[to]} ».`, 'status');
}

export function assertMandate(start: string, end: string | null): void {
  if (end !== null && end < start) throw badInput('La fin du mandat précède son début.', 'mandateEnd');
}

/** Why a member cannot be invited to a meeting: not seated on its day (the tenant's date), so not a member then. */
export function mandateRefusal(member: { name: string; mandateStart: string; mandateEnd?: string | null }, meetingDate: string): { reason: 'MANDATE_ENDED' | 'MANDATE_NOT_STARTED'; message: string } | null {
  if (member.mandateEnd != null && member.mandateEnd < meetingDate) {
    return { reason: 'MANDATE_ENDED', message: `${member.name} ne peut pas être invité(e) : son mandat a pris fin le ${frenchShortDate(member.mandateEnd)}, avant la réunion du ${frenchShortDate(meetingDate)}.` };
  }
  if (member.mandateStart > meetingDate) {
    return { reason: 'MANDATE_NOT_STARTED', message: `${member.name} ne peut pas être invité(e) : son mandat commence le ${frenchShortDate(member.mandateStart)}, après la réunion du ${frenchShortDate(meetingDate)}.` };
  }
  return null;
}

/** Only members seated on the meeting's day (the tenant's date) are invited as members (C2, C3). */
export function assertSeatedOn(members: readonly { name: string; mandateStart: string; mandateEnd?: string | null }[], day: CalendarDate): void {
  for (const member of members) {
    const refusal = mandateRefusal(member, day);
    if (refusal) throw new DomainError(ErrorCode.BAD_USER_INPUT, refusal.message, 'memberIds', refusal.reason);
  }
}


/** The meeting's day (the tenant's date) is not before the day the committee's decision was signed. */
export function assertMeetingAfterDecision(day: CalendarDate, decisionDate: string): void {
  if (day < decisionDate) {
    throw badInput(`La réunion ne peut pas précéder la décision de création du comité (${frenchShortDate(decisionDate)}).`, 'scheduledAt');
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
