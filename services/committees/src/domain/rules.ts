import { addMonths, toCalendarDate } from '@qualipref/calendar';
import { badInput, conflict, frenchDate } from '@qualipref/server-kit';
import { PROPOSAL_TRANSITIONS, type ProposalStatus } from './enums.js';
import { PROPOSAL_STATUS_LABELS } from './labels.js';

export function assertProposalTransition(from: ProposalStatus, to: ProposalStatus): void {
  if (from === to) return;
  if (!PROPOSAL_TRANSITIONS[from].includes(to)) throw conflict(`Une proposition ne peut pas passer de « ${PROPOSAL_STATUS_LABELS[from]} » à « ${PROPOSAL_STATUS_LABELS[to]} ».`, 'status');
}

export function assertMandate(start: string, end: string | null): void {
  if (end !== null && end < start) throw badInput('La fin du mandat précède son début.', 'mandateEnd');
}

export function assertMeetingAfterDecision(scheduledAt: Date, decisionDate: string): void {
  // The meeting's day in Paris, the day the decision was signed in.
  if (toCalendarDate(scheduledAt) < decisionDate) {
    throw badInput(`La réunion ne peut pas précéder la décision de création du comité (${frenchDate(decisionDate)}).`, 'scheduledAt');
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
