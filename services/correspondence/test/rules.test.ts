import { describe, expect, it } from 'vitest';
import { WorkingCalendar } from '@qualipref/calendar';
import { DomainError } from '@qualipref/server-kit';
import { Channel, CorrespondentKind, ItemStatus, ReferralBasis, ReferralState, TargetUnit } from '../src/domain/enums.js';
import { parseGedInstant } from '../src/domain/ged-import.js';
import { assertRecoursAfterInformation, dueOf, delayTargetInForce, itemStatus, referralState, referralWindow, scheduleOf } from '../src/domain/rules.js';

const calendar = new WorkingCalendar();
const email = (from: string, to: string | null, target = 5, kind: CorrespondentKind | null = null) => ({ channel: Channel.EMAIL, correspondentKind: kind, unit: TargetUnit.WORKING_DAYS, target, validFrom: from, validTo: to });

describe('the delay target in force at reception', () => {
  const targets = [email('2008-01-01', '2014-12-31', 5), email('2015-01-01', null, 3), email('2015-01-01', null, 2, CorrespondentKind.ELECTED_OFFICIAL), { ...email('2008-01-01', null), channel: Channel.TELEPHONE, unit: TargetUnit.RINGS }];

  it('follows the validity periods, so a new target never rewrites the past', () => {
    expect(delayTargetInForce(targets, Channel.EMAIL, CorrespondentKind.USER, '2014-12-31')?.target).toBe(5);
    expect(delayTargetInForce(targets, Channel.EMAIL, CorrespondentKind.USER, '2015-01-01')?.target).toBe(3);
  });

  it('prefers the one for that kind of correspondent', () => {
    expect(delayTargetInForce(targets, Channel.EMAIL, CorrespondentKind.ELECTED_OFFICIAL, '2015-06-01')?.target).toBe(2);
  });

  it('finds none for a channel not covered, nor for the telephone rings (measured on statistics)', () => {
    expect(delayTargetInForce(targets, Channel.COUNTER, CorrespondentKind.USER, '2015-06-01')).toBeNull();
    expect(delayTargetInForce(targets, Channel.TELEPHONE, CorrespondentKind.USER, '2015-06-01')).toBeNull();
    expect(delayTargetInForce(targets, Channel.EMAIL, CorrespondentKind.USER, '2007-12-31')).toBeNull();
  });
});

describe('due dates and status', () => {
  it('counts 5 working days of Alsace-Moselle from the effective reception day', () => {
    // Wednesday 23 December 2015 at 10:00: 24 (Thu), 28, 29, 30, 31 — 25 and 26 December are holidays in Moselle.
    const due = dueOf({ unit: TargetUnit.WORKING_DAYS, target: 5 }, new Date('2015-12-23T09:00:00Z'), calendar);
    expect(due.dueDate).toBe('2015-12-31');
    expect(due.dueAt.toISOString()).toBe('2015-12-31T23:00:00.000Z');
  });

  it('moves an item received after closing time to the next working day', () => {
    // Friday 3 April 2015 is Good Friday (Vendredi saint), a holiday in Moselle: received Thursday 2 at 18:00 → Tuesday 7 (Easter Monday).
    expect(dueOf({ unit: TargetUnit.WORKING_DAYS, target: 0 }, new Date('2015-04-02T16:00:00Z'), calendar).dueDate).toBe('2015-04-07');
  });

  it('counts hours from the reception instant', () => {
    expect(dueOf({ unit: TargetUnit.HOURS, target: 48 }, new Date('2015-06-01T08:00:00Z'), calendar).dueAt.toISOString()).toBe('2015-06-03T08:00:00.000Z');
  });

  it('says open or answered, on time or late', () => {
    const dueAt = new Date('2015-06-10T22:00:00Z');
    expect(itemStatus({ dueAt }, new Date('2015-06-10T21:00:00Z'))).toBe(ItemStatus.OPEN_ON_TIME);
    expect(itemStatus({ dueAt }, new Date('2015-06-10T22:00:00Z'))).toBe(ItemStatus.OPEN_LATE);
    expect(itemStatus({ dueAt, answeredAt: new Date('2015-06-10T20:00:00Z') }, new Date())).toBe(ItemStatus.ANSWERED_ON_TIME);
    expect(itemStatus({ dueAt, answeredAt: new Date('2015-06-11T06:00:00Z') }, new Date())).toBe(ItemStatus.ANSWERED_LATE);
  });
});

describe('legality control', () => {
  it('refuses a recours gracieux without, or before, the information of the elected official', () => {
    expect(() => assertRecoursAfterInformation(null, '2015-04-22')).toThrow(DomainError);
    expect(() => assertRecoursAfterInformation('2015-04-23', '2015-04-22')).toThrow(/précéder/);
    expect(() => assertRecoursAfterInformation('2015-04-22', '2015-04-22')).not.toThrow();
    expect(() => assertRecoursAfterInformation(null, null)).not.toThrow();
  });

  it('gives the prefect two months from reception, to the end of a shorter month', () => {
    expect(referralWindow({ receivedAt: '2015-03-16' })).toEqual({ basis: ReferralBasis.RECEPTION, runsFrom: '2015-03-16', deadline: '2015-05-16' });
    expect(referralWindow({ receivedAt: '2015-12-31' }).deadline).toBe('2016-02-29');
  });

  it('starts the two months again from the explicit answer to a recours gracieux sent within them', () => {
    const window = referralWindow({ receivedAt: '2015-03-16', recoursSentAt: '2015-04-22', recoursAnsweredAt: '2015-05-20' });
    expect(window).toEqual({ basis: ReferralBasis.RECOURS_ANSWERED, runsFrom: '2015-05-20', deadline: '2015-07-20' });
  });

  it('runs them from the implicit rejection after two months of silence, and an answer after it does not reopen them', () => {
    const silent = referralWindow({ receivedAt: '2015-05-06', recoursSentAt: '2015-06-18' });
    expect(silent).toEqual({ basis: ReferralBasis.RECOURS_IMPLICIT_REJECTION, runsFrom: '2015-08-18', deadline: '2015-10-18' });
    expect(referralWindow({ receivedAt: '2015-05-06', recoursSentAt: '2015-06-18', recoursAnsweredAt: '2015-09-01' })).toEqual(silent);
    // An answer on the very day the silence would have become a rejection is the answer.
    expect(referralWindow({ receivedAt: '2015-05-06', recoursSentAt: '2015-06-18', recoursAnsweredAt: '2015-08-18' }).basis).toBe(ReferralBasis.RECOURS_ANSWERED);
  });

  it('lets a recours sent after the two months change nothing', () => {
    expect(referralWindow({ receivedAt: '2015-03-16', recoursSentAt: '2015-05-17', recoursAnsweredAt: '2015-05-20' })).toEqual({ basis: ReferralBasis.RECEPTION, runsFrom: '2015-03-16', deadline: '2015-05-16' });
    expect(referralWindow({ receivedAt: '2015-03-16', recoursSentAt: '2015-05-16' }).basis).toBe(ReferralBasis.RECOURS_IMPLICIT_REJECTION);
  });

  it('runs the two months from the receipt of pieces asked for within them, and not at all while they are awaited', () => {
    expect(referralWindow({ receivedAt: '2015-03-16', documentsRequestedAt: '2015-04-01' })).toEqual({ basis: ReferralBasis.AWAITING_DOCUMENTS, runsFrom: null, deadline: null });
    expect(referralWindow({ receivedAt: '2015-03-16', documentsRequestedAt: '2015-04-01', documentsReceivedAt: '2015-06-10' })).toEqual({ basis: ReferralBasis.DOCUMENTS_RECEIVED, runsFrom: '2015-06-10', deadline: '2015-08-10' });
    // Asked for after the two months: too late to move them.
    expect(referralWindow({ receivedAt: '2015-03-16', documentsRequestedAt: '2015-05-20', documentsReceivedAt: '2015-06-10' }).deadline).toBe('2015-05-16');
    // Pieces received, then a recours within the new two months: it interrupts those.
    expect(referralWindow({ receivedAt: '2015-03-16', documentsRequestedAt: '2015-04-01', documentsReceivedAt: '2015-06-10', recoursSentAt: '2015-08-01', recoursAnsweredAt: '2015-08-20' })).toEqual({ basis: ReferralBasis.RECOURS_ANSWERED, runsFrom: '2015-08-20', deadline: '2015-10-20' });
  });

  it('says « délai expiré sans déféré » only for an act the prefecture had contested', () => {
    const act = { referralDeadline: '2015-05-16', referredAt: null };
    expect(referralState(act, '2015-05-16')).toBe(ReferralState.OPEN);
    expect(referralState(act, '2015-05-17')).toBe(ReferralState.NOT_CONTESTED);
    expect(referralState({ ...act, observationsSentAt: '2015-04-10' }, '2015-05-17')).toBe(ReferralState.EXPIRED);
    expect(referralState({ ...act, recoursSentAt: '2015-04-22' }, '2015-05-17')).toBe(ReferralState.EXPIRED);
    expect(referralState({ ...act, referredAt: '2015-05-18' }, '2016-01-01')).toBe(ReferralState.REFERRED_LATE);
    expect(referralState({ ...act, referredAt: '2015-05-16' }, '2016-01-01')).toBe(ReferralState.REFERRED_IN_TIME);
    expect(referralState({ referralDeadline: null, referredAt: null }, '2016-01-01')).toBe(ReferralState.AWAITING_DOCUMENTS);
  });

});

describe('items without a delay target', () => {
  it('have no due date and are never late', () => {
    expect(scheduleOf(null, new Date('2015-06-01T10:00:00Z'), calendar)).toEqual({ dueDate: null, dueAt: null });
    expect(itemStatus({ dueAt: null, answeredAt: null }, new Date('2030-01-01'))).toBe(ItemStatus.OPEN_WITHOUT_ENGAGEMENT);
    expect(itemStatus({ dueAt: null, answeredAt: new Date('2015-06-20') }, new Date())).toBe(ItemStatus.ANSWERED_WITHOUT_ENGAGEMENT);
  });

  it('come from a channel whose only delay target counts rings', () => {
    const rings = [{ channel: Channel.TELEPHONE, correspondentKind: null, unit: TargetUnit.RINGS, target: 5, validFrom: '2008-01-01', validTo: null }];
    expect(delayTargetInForce(rings, Channel.TELEPHONE, CorrespondentKind.USER, '2015-06-01')).toBeNull();
  });
});

describe('GED dates', () => {
  it('reads French and ISO dates in Paris time', () => {
    expect(parseGedInstant('15/01/2015 10:30', 'receivedAt').toISOString()).toBe('2015-01-15T09:30:00.000Z');
    expect(parseGedInstant('2015-07-15 10:30', 'receivedAt').toISOString()).toBe('2015-07-15T08:30:00.000Z');
    expect(parseGedInstant('2015-07-15T10:30:00Z', 'receivedAt').toISOString()).toBe('2015-07-15T10:30:00.000Z');
    expect(() => parseGedInstant('31/02/2015', 'receivedAt')).toThrow(DomainError);
    expect(() => parseGedInstant('demain', 'receivedAt')).toThrow(DomainError);
  });
});
