import { addCalendarDays, addMonths, calendarDaysBetween } from '@qualipref/calendar';
import { AuditKind, DeadlineState } from './enums.js';

/** A label is valid three years from its certification or renewal (Q4). */
export const VALIDITY_MONTHS = 36;
/** The certification body's follow-up audit falls at eighteen months. */
export const FOLLOW_UP_MONTHS = 18;
/** An internal audit prepares each external one, this many months before it. */
export const INTERNAL_LEAD_MONTHS = 3;
/** A deadline not met is announced this many days before it, like the committee's cadence. */
export const WARNING_DAYS = 90;

export interface AuditFacts {
  id: string;
  kind: AuditKind;
  plannedOn: string;
  heldOn?: string | null;
}

export interface Deadline<A extends AuditFacts = AuditFacts> {
  kind: AuditKind;
  /** The last day the audit may be held. */
  dueOn: string;
  state: DeadlineState;
  /** Not done, and due within WARNING_DAYS or past. */
  warning: boolean;
  /** The audit that meets it, held or planned. */
  audit: A | null;
}

export interface AuditCycle<A extends AuditFacts = AuditFacts> {
  /** Last day of the label's validity; null before the first certification. */
  expiresOn: string | null;
  deadlines: Deadline<A>[];
}

/** The day an audit counts for: when it was held, else when it is planned. */
const dayOf = (audit: AuditFacts) => audit.heldOn ?? audit.plannedOn;

function deadline<A extends AuditFacts>(kind: AuditKind, dueOn: string, after: string, until: string, audits: readonly A[], today: string): Deadline<A> {
  // The audits of this kind that fall in the deadline's window, held ones first.
  const candidates = audits.filter((a) => a.kind === kind && dayOf(a) > after && dayOf(a) <= until).sort((a, b) => Number(!a.heldOn) - Number(!b.heldOn) || dayOf(a).localeCompare(dayOf(b)));
  const audit = candidates[0] ?? null;
  let state: DeadlineState;
  if (audit?.heldOn) state = DeadlineState.DONE;
  else if (today > dueOn) state = DeadlineState.OVERDUE;
  else state = audit && audit.plannedOn <= dueOn ? DeadlineState.SCHEDULED : DeadlineState.NOT_SCHEDULED;
  const warning = state !== DeadlineState.DONE && calendarDaysBetween(today, dueOn) <= WARNING_DAYS;
  return { kind, dueOn, state, warning, audit };
}

/**
 * Q4: the deadlines of a label's cycle from its certification day: an internal audit before the
 * follow-up audit at eighteen months, then another before the renewal audit, which must be held
 * by the last day of the three years. Before the first certification, the certification audit
 * planned is the one deadline.
 */
export function auditCycle<A extends AuditFacts>(certifiedOn: string | null, audits: readonly A[], today: string): AuditCycle<A> {
  if (!certifiedOn) {
    const planned = audits.filter((a) => a.kind === AuditKind.CERTIFICATION).sort((a, b) => dayOf(a).localeCompare(dayOf(b)));
    const first = planned[0];
    return { expiresOn: null, deadlines: first ? [deadline(AuditKind.CERTIFICATION, first.plannedOn, '0000-01-01', '9999-12-31', audits, today)] : [] };
  }
  const followUp = addMonths(certifiedOn, FOLLOW_UP_MONTHS);
  const expiresOn = addCalendarDays(addMonths(certifiedOn, VALIDITY_MONTHS), -1);
  const farFuture = addMonths(expiresOn, 12);
  return {
    expiresOn,
    deadlines: [
      deadline(AuditKind.INTERNAL, addMonths(followUp, -INTERNAL_LEAD_MONTHS), certifiedOn, followUp, audits, today),
      deadline(AuditKind.FOLLOW_UP, followUp, certifiedOn, expiresOn, audits, today),
      deadline(AuditKind.INTERNAL, addMonths(expiresOn, -INTERNAL_LEAD_MONTHS), followUp, expiresOn, audits, today),
      // A renewal held late still renews: it counts up to a year after the expiry.
      deadline(AuditKind.RENEWAL, expiresOn, followUp, farFuture, audits, today),
    ],
  };
}

/**
 * The first deadline not met after the last one met: the one the console announces. An internal
 * audit missed before a follow-up audit since held stays in the cycle as overdue, but is past.
 */
export function nextDeadline<A extends AuditFacts>(cycle: AuditCycle<A>): Deadline<A> | null {
  const lastDone = cycle.deadlines.findLastIndex((d) => d.state === DeadlineState.DONE);
  return cycle.deadlines.slice(lastDone + 1).find((d) => d.state !== DeadlineState.DONE) ?? null;
}
