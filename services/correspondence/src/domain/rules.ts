import { addCalendarDays, addMonths, startOfCalendarDate, toCalendarDate, type WorkingCalendar } from '@qualipref/calendar';
import { badInput } from '@qualipref/server-kit';
import { Channel, CorrespondentKind, ItemStatus, ReferralState, TargetUnit } from './enums.js';
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

/** What picking an engagement looks at. */
export interface EngagementTerms {
  channel: Channel;
  correspondentKind?: CorrespondentKind | null;
  unit: TargetUnit;
  target: number;
  validFrom: string;
  validTo?: string | null;
}

/**
 * The engagement in force on `date` for a channel and correspondent: one for that kind of correspondent wins over one
 * for any, then the most recent. Telephone pick-up (rings) is measured on statistics, never on an item.
 */
export function engagementInForce<T extends EngagementTerms>(engagements: readonly T[], channel: Channel, kind: CorrespondentKind, date: string): T | null {
  const candidates = engagements.filter(
    (e) => e.channel === channel && e.unit !== TargetUnit.RINGS && (e.correspondentKind == null || e.correspondentKind === kind) && e.validFrom <= date && (e.validTo == null || e.validTo >= date),
  );
  candidates.sort((a, b) => Number(b.correspondentKind != null) - Number(a.correspondentKind != null) || b.validFrom.localeCompare(a.validFrom));
  return candidates[0] ?? null;
}

/** Due date and the instant an item becomes late, under an engagement. */
export function dueOf(terms: Pick<EngagementTerms, 'unit' | 'target'>, receivedAt: Date, calendar: WorkingCalendar): { dueDate: string; dueAt: Date } {
  if (terms.unit === TargetUnit.HOURS) {
    const dueAt = new Date(receivedAt.getTime() + terms.target * 3_600_000);
    return { dueDate: toCalendarDate(dueAt), dueAt };
  }
  const dueDate = calendar.dueDate(receivedAt, terms.target);
  // An answer any time on the due date is on time: late starts at the next Paris midnight.
  return { dueDate, dueAt: startOfCalendarDate(addCalendarDays(dueDate, 1)) };
}

export function itemStatus(item: { dueAt: Date; answeredAt?: Date | null }, now: Date): ItemStatus {
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

/** The prefect refers an act to the administrative court within two months of receiving it. */
export function referralDeadline(receivedAt: string): string {
  return addMonths(receivedAt, 2);
}

export function referralState(deadline: string, referredAt: string | null, today: string): ReferralState {
  if (referredAt) return referredAt <= deadline ? ReferralState.REFERRED_IN_TIME : ReferralState.REFERRED_LATE;
  return today > deadline ? ReferralState.EXPIRED : ReferralState.OPEN;
}

/** Dates of a record that must not precede another one, with the field to blame. */
export function assertOrdered(pairs: [string | null, string | null, string][]): void {
  for (const [before, after, field] of pairs) {
    if (before && after && after < before) throw badInput(`La date « ${labelOf(field)} » précède une étape antérieure.`, field);
  }
}
