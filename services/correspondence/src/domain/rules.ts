import { addCalendarDays, addMonths, startOfCalendarDate, toCalendarDate, type WorkingCalendar } from '@qualipref/calendar';
import { badInput } from '@qualipref/server-kit';
import { Channel, CorrespondentKind, ItemStatus, ReferralBasis, ReferralState, TargetUnit } from './enums.js';
import { isoDate, labelOf } from './labels.js';

export function assertInstant(value: Date, field: string): void {
  if (!(value instanceof Date) || Number.isNaN(value.getTime()) || value.getUTCFullYear() < 1900 || value.getUTCFullYear() > 2099) {
    throw badInput(`Date et heure invalides.`, field);
  }
}

/** A period of Paris dates, both days included. */
export function period(from: string, to: string): { from: string; to: string } {
  const start = isoDate(from, 'from');
  const end = isoDate(to, 'to');
  if (end < start) throw badInput('La fin de la période précède son début.', 'to');
  return { from: start, to: end };
}

/** What picking a delay target looks at. */
export interface DelayTargetTerms {
  channel: Channel;
  correspondentKind?: CorrespondentKind | null;
  unit: TargetUnit;
  target: number;
  validFrom: string;
  validTo?: string | null;
}

/**
 * The delay target in force on `date` for a channel and correspondent: one for that kind of correspondent wins over one
 * for any, then the most recent. Telephone pick-up (rings) is measured on statistics, never on an item.
 */
export function delayTargetInForce<T extends DelayTargetTerms>(targets: readonly T[], channel: Channel, kind: CorrespondentKind, date: string): T | null {
  const candidates = targets.filter(
    (e) => e.channel === channel && e.unit !== TargetUnit.RINGS && (e.correspondentKind == null || e.correspondentKind === kind) && e.validFrom <= date && (e.validTo == null || e.validTo >= date),
  );
  candidates.sort((a, b) => Number(b.correspondentKind != null) - Number(a.correspondentKind != null) || b.validFrom.localeCompare(a.validFrom));
  return candidates[0] ?? null;
}

/** Due date and the instant an item becomes late, under a delay target; none without one (« sans délai d'engagement »). */
export function scheduleOf(delayTarget: Pick<DelayTargetTerms, 'unit' | 'target'> | null, receivedAt: Date, calendar: WorkingCalendar): { dueDate: string | null; dueAt: Date | null } {
  return delayTarget ? dueOf(delayTarget, receivedAt, calendar) : { dueDate: null, dueAt: null };
}

/** Due date and the instant an item becomes late, under a delay target. */
export function dueOf(terms: Pick<DelayTargetTerms, 'unit' | 'target'>, receivedAt: Date, calendar: WorkingCalendar): { dueDate: string; dueAt: Date } {
  if (terms.unit === TargetUnit.HOURS) {
    const dueAt = new Date(receivedAt.getTime() + terms.target * 3_600_000);
    return { dueDate: toCalendarDate(dueAt), dueAt };
  }
  const dueDate = calendar.dueDate(receivedAt, terms.target);
  // An answer any time on the due date is on time: late starts at the next Paris midnight.
  return { dueDate, dueAt: startOfCalendarDate(addCalendarDays(dueDate, 1)) };
}

export function itemStatus(item: { dueAt?: Date | null; answeredAt?: Date | null }, now: Date): ItemStatus {
  if (!item.dueAt) return item.answeredAt ? ItemStatus.ANSWERED_WITHOUT_ENGAGEMENT : ItemStatus.OPEN_WITHOUT_ENGAGEMENT;
  if (item.answeredAt) return item.answeredAt < item.dueAt ? ItemStatus.ANSWERED_ON_TIME : ItemStatus.ANSWERED_LATE;
  return now < item.dueAt ? ItemStatus.OPEN_ON_TIME : ItemStatus.OPEN_LATE;
}

export function assertNotFuture(at: Date, now: Date, field: string): void {
  if (at.getTime() > now.getTime() + 60_000) throw badInput('La date ne peut pas être dans le futur.', field);
}

export function assertAnsweredAfterReceived(receivedAt: Date, answeredAt: Date): void {
  if (answeredAt.getTime() < receivedAt.getTime()) throw badInput('La réponse ne peut pas précéder la réception.', 'answeredAt');
}

/** The recours gracieux goes out only once the elected official has been informed, that day or before (R3). */
export function assertRecoursAfterInformation(informedAt: string | null, recoursSentAt: string | null): void {
  if (recoursSentAt === null) return;
  if (informedAt === null) throw badInput("Le recours gracieux ne peut être enregistré qu'après l'information préalable de l'élu (date manquante).", 'recoursSentAt');
  if (informedAt > recoursSentAt) throw badInput("Le recours gracieux ne peut pas précéder l'information préalable de l'élu.", 'recoursSentAt');
}

/** The events of a legality control that move the referral deadline. */
export interface LegalityEvents {
  receivedAt: string;
  /** Demande de pièces complémentaires, and the day the pieces came. */
  documentsRequestedAt?: string | null;
  documentsReceivedAt?: string | null;
  /** Recours gracieux sent to the collectivité, and the day of its explicit answer. */
  recoursSentAt?: string | null;
  recoursAnsweredAt?: string | null;
}

/** From when the two months of the referral run, and their last day; both null while pieces asked for are awaited. */
export interface ReferralWindow {
  basis: ReferralBasis;
  runsFrom: string | null;
  deadline: string | null;
}

/** Two months for the referral from the day the period runs from (CGCT L.2131-6). */
const twoMonthsFrom = (day: string) => addMonths(day, 2);

/**
 * The referral window of an act (CGCT L.2131-6 and case law): two months from its reception. A request for missing
 * pieces made within them postpones the start to the day the pieces are received. A recours gracieux sent within them
 * interrupts the period: two new months run from the collectivité's explicit answer, or from its implicit rejection
 * after two months of silence (an answer after that rejection does not reopen it). Neither a request nor a recours sent
 * after the period has closed moves it. The recours is dated by its sending, for want of its receipt.
 */
export function referralWindow(events: LegalityEvents): ReferralWindow {
  let window: ReferralWindow = { basis: ReferralBasis.RECEPTION, runsFrom: events.receivedAt, deadline: twoMonthsFrom(events.receivedAt) };
  const { documentsRequestedAt, documentsReceivedAt, recoursSentAt, recoursAnsweredAt } = events;
  if (documentsRequestedAt && documentsRequestedAt <= window.deadline!) {
    window = documentsReceivedAt
      ? { basis: ReferralBasis.DOCUMENTS_RECEIVED, runsFrom: documentsReceivedAt, deadline: twoMonthsFrom(documentsReceivedAt) }
      : { basis: ReferralBasis.AWAITING_DOCUMENTS, runsFrom: null, deadline: null };
  }
  if (recoursSentAt && (window.deadline === null || recoursSentAt <= window.deadline)) {
    const implicitRejection = twoMonthsFrom(recoursSentAt);
    window =
      recoursAnsweredAt && recoursAnsweredAt <= implicitRejection
        ? { basis: ReferralBasis.RECOURS_ANSWERED, runsFrom: recoursAnsweredAt, deadline: twoMonthsFrom(recoursAnsweredAt) }
        : { basis: ReferralBasis.RECOURS_IMPLICIT_REJECTION, runsFrom: implicitRejection, deadline: twoMonthsFrom(implicitRejection) };
  }
  return window;
}

/**
 * Where the referral stands today. An act whose window closed is « délai expiré sans déféré » only when the prefecture
 * had contested it (observations or a recours gracieux); otherwise it simply was not contested.
 */
export function referralState(control: { referralDeadline?: string | null; referredAt?: string | null; observationsSentAt?: string | null; recoursSentAt?: string | null }, today: string): ReferralState {
  const deadline = control.referralDeadline ?? null;
  if (control.referredAt) return deadline === null || control.referredAt <= deadline ? ReferralState.REFERRED_IN_TIME : ReferralState.REFERRED_LATE;
  if (deadline === null) return ReferralState.AWAITING_DOCUMENTS;
  if (today <= deadline) return ReferralState.OPEN;
  return control.observationsSentAt || control.recoursSentAt ? ReferralState.EXPIRED : ReferralState.NOT_CONTESTED;
}


/** Dates of a record that must not precede another one, with the field to blame. */
export function assertOrdered(pairs: [string | null, string | null, string][], labels: Record<string, string> = {}): void {
  for (const [before, after, field] of pairs) {
    if (before && after && after < before) throw badInput(`La date « ${labels[field] ?? labelOf(field)} » précède une étape antérieure.`, field);
  }
}
