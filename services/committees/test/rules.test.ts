import { addMonths } from '@qualipref/calendar';
import { describe, expect, it } from 'vitest';
import { ProposalStatus } from '../src/domain/enums.js';
import { isoDate } from '../src/domain/labels.js';
import { CadenceState, assertMandate, assertProposalTransition, assertSeatedOn, cadence, mandateRefusal } from '../src/domain/rules.js';

describe('dates and states', () => {
  it('accepts only real calendar dates', () => {
    expect(isoDate('2015-11-18', 'd')).toBe('2015-11-18');
    expect(() => isoDate('2015-02-30', 'd')).toThrow();
    expect(() => isoDate('18/11/2015', 'd')).toThrow();
  });

  it('refuses a mandate that ends before it starts', () => {
    expect(() => assertMandate('2016-01-01', '2015-12-31')).toThrow();
    expect(() => assertMandate('2016-01-01', '2016-01-01')).not.toThrow();
  });

  it('invites as members only those seated on the meeting’s day', () => {
    const member = { name: 'Hubert GENIN', mandateStart: '2015-11-18', mandateEnd: '2016-03-31' };
    expect(mandateRefusal(member, '2016-03-31')).toBeNull();
    expect(mandateRefusal(member, '2016-04-01')?.reason).toBe('MANDATE_ENDED');
    expect(mandateRefusal(member, '2015-11-17')?.reason).toBe('MANDATE_NOT_STARTED');
    expect(mandateRefusal({ ...member, mandateEnd: null }, '2030-01-01')).toBeNull();
    expect(() => assertSeatedOn([member], '2016-03-31')).not.toThrow();
    expect(() => assertSeatedOn([member], '2016-04-01')).toThrow(/a pris fin le 31\/03\/2016/);
  });

  it('moves proposals only along their workflow', () => {
    expect(() => assertProposalTransition(ProposalStatus.SUBMITTED, ProposalStatus.DONE)).toThrow();
    expect(() => assertProposalTransition(ProposalStatus.ACCEPTED, ProposalStatus.DONE)).not.toThrow();
    expect(() => assertProposalTransition(ProposalStatus.DONE, ProposalStatus.UNDER_STUDY)).toThrow();
    // The refusal names the states as the DRMM module shows them, never their code.
    expect(() => assertProposalTransition(ProposalStatus.SUBMITTED, ProposalStatus.DONE)).toThrow('Une proposition ne peut pas passer de « Déposée » à « Réalisée ».');
  });

  it('computes the cadence from the last meeting, or from the decision', () => {
    expect(addMonths('2016-01-31', 1)).toBe('2016-02-29');
    expect(cadence('2015-10-14', 12, '2015-11-18', null, '2016-05-01')).toMatchObject({ dueBy: '2016-11-18', state: CadenceState.NOT_SCHEDULED_IN_TIME });
    expect(cadence('2015-10-14', 12, '2015-11-18', '2016-06-15', '2016-05-01').state).toBe(CadenceState.ON_TRACK);
    expect(cadence('2015-10-14', 12, '2015-11-18', '2017-01-10', '2016-05-01').state).toBe(CadenceState.NOT_SCHEDULED_IN_TIME);
    expect(cadence('2015-10-14', 12, '2015-11-18', null, '2017-01-01').state).toBe(CadenceState.OVERDUE);
    expect(cadence('2015-10-14', 12, null, null, '2015-12-01').dueBy).toBe('2016-10-14');
  });
});
