import { describe, expect, it } from 'vitest';
import { TenantClock } from '@qualipref/calendar';
import { compute } from '../src/domain/computations.js';
import { IndicatorComputation as C } from '../src/domain/enums.js';
import type { Figures } from '../src/domain/figures.js';
import { checkParameters } from '../src/domain/formulas.js';
import { parsePeriod } from '../src/domain/periods.js';

const calendar = new TenantClock().calendar;
const year = parsePeriod('2025');
const none: Figures = { channels: [], telephony: { offered: 0, answered: 0, answeredWithinTarget: 0 }, procedures: [], campaigns: 0, questions: [], committees: [], actions: [], feedbacks: [] };
const figures: Figures = {
  ...none,
  channels: [{ channel: 'EMAIL', answeredWithDelayTarget: 36, answeredOnTime: 29 }],
  telephony: { offered: 1000, answered: 930, answeredWithinTarget: 810 },
  procedures: [
    { procedure: 'CARTE_GRISE', month: '2025-01', value: 6.5, target: 7 },
    { procedure: 'CARTE_GRISE', month: '2025-02', value: 7.5, target: 7 },
    { procedure: 'CNI', month: '2025-01', value: 9, target: 15 },
  ],
  campaigns: 1,
  questions: [
    { dimension: 'WAITING_TIME', satisfied: 30, withOpinion: 40, noOpinion: 10 },
    { dimension: 'PHYSICAL_RECEPTION', satisfied: 45, withOpinion: 50, noOpinion: 0 },
  ],
  committees: [{ kind: 'CLU', name: 'Comité local des usagers', decisionDate: '2015-09-01', meetingIntervalMonths: 12, heldOn: ['2024-11-18', '2025-11-17'] }],
  actions: [{ status: 'DONE', dueDate: '2025-03-31' }, { status: 'IN_PROGRESS', dueDate: '2025-06-30' }, { status: 'CANCELLED', dueDate: '2025-06-30' }, { status: 'PLANNED', dueDate: '2026-06-30' }],
  // Received Friday 5 December 2025: 15 working days later is Tuesday 30 December (the 25th and 26th are holidays in Moselle).
  feedbacks: [{ receivedOn: '2025-12-05', status: 'ANSWERED', answeredOn: '2025-12-30' }, { receivedOn: '2025-12-05', status: 'ANSWERED', answeredOn: '2025-12-31' }, { receivedOn: '2025-06-02', status: 'RECEIVED', answeredOn: null }, { receivedOn: '2025-06-02', status: 'CLOSED', answeredOn: null }],
};
const run = (computation: C, parameters: Record<string, unknown>, f = figures, period = year) => compute(computation, checkParameters(computation, parameters), f, period, calendar);

describe('computed indicators', () => {
  it('computes each rate with its numerator and sample size, and says what from', () => {
    expect(run(C.ON_TIME_RATE, { channel: 'EMAIL' })).toMatchObject({ value: 29 / 36, numerator: 29, sampleSize: 36 });
    expect(run(C.TELEPHONE_PICK_UP_RATE, {})).toMatchObject({ value: 0.93, numerator: 930, sampleSize: 1000 });
    expect(run(C.TELEPHONE_WITHIN_TARGET_RATE, {})).toMatchObject({ value: 0.81, sampleSize: 1000 });
    expect(run(C.FLAGSHIP_PROCEDURE_ON_TIME, { procedure: 'CARTE_GRISE' })).toMatchObject({ value: 0.5, numerator: 1, sampleSize: 2 });
    expect(run(C.SATISFACTION_RATE, { dimension: 'WAITING_TIME' })).toMatchObject({ value: 0.75, numerator: 30, sampleSize: 40 });
    expect(run(C.SATISFACTION_RATE, {})).toMatchObject({ value: 75 / 90, sampleSize: 90 });
    expect(run(C.ACTION_PLAN_COMPLETION, {})).toMatchObject({ value: 0.5, numerator: 1, sampleSize: 2 });
    const onTime = run(C.ON_TIME_RATE, { channel: 'EMAIL' });
    expect(onTime.value !== null && onTime.origin).toBe('Tableau de suivi du 01/01/2025 au 31/12/2025 : 29 courriels répondus dans le délai sur 36 soumis à un délai.');
  });

  it('computes net satisfaction as its formula says, over those with an opinion or every answer', () => {
    // 75 satisfied, 15 dissatisfied, 10 without an opinion.
    expect(run(C.NET_SATISFACTION, { denominator: 'WITH_OPINION' })).toMatchObject({ value: 60 / 90, numerator: 60, sampleSize: 90 });
    expect(run(C.NET_SATISFACTION, { denominator: 'ALL_ANSWERS' })).toMatchObject({ value: 0.6, numerator: 60, sampleSize: 100 });
    // More dissatisfied than satisfied: below zero, as its unit (SIGNED_RATE) allows.
    expect(run(C.NET_SATISFACTION, { dimension: 'WAITING_TIME', denominator: 'WITH_OPINION' }, { ...figures, questions: [{ dimension: 'WAITING_TIME', satisfied: 16, withOpinion: 40, noOpinion: 0 }] })).toMatchObject({ value: -0.2, numerator: -8 });
  });

  it('counts the committee’s cadence over every day of the period, and feedback answered within working days on the tenant’s calendar', () => {
    expect(run(C.COMMITTEE_CADENCE_MET, { committeeKind: 'CLU' })).toMatchObject({ value: 1, numerator: 1 });
    const late = { ...figures, committees: [{ ...figures.committees[0]!, heldOn: ['2024-11-18', '2025-12-01'] }] };
    expect(run(C.COMMITTEE_CADENCE_MET, { committeeKind: 'CLU' }, late)).toMatchObject({ value: 0 });
    expect(run(C.FEEDBACK_ANSWERED_IN_TIME, { withinWorkingDays: 15 })).toMatchObject({ value: 1 / 3, numerator: 1, sampleSize: 3 });
  });

  it('gives no value, with the reason, when the period holds nothing to count or the formula is incomplete', () => {
    for (const [computation, parameters] of [[C.ON_TIME_RATE, { channel: 'LETTER' }], [C.TELEPHONE_PICK_UP_RATE, {}], [C.SATISFACTION_RATE, {}], [C.NET_SATISFACTION, { denominator: 'WITH_OPINION' }], [C.COMMITTEE_CADENCE_MET, { committeeKind: 'CLU' }], [C.ACTION_PLAN_COMPLETION, {}], [C.FEEDBACK_ANSWERED_IN_TIME, { withinWorkingDays: 15 }]] as const) {
      const result = run(computation, parameters, none);
      expect(result.value, computation).toBeNull();
      expect(result.value === null && result.reason, computation).toBeTruthy();
    }
    expect(run(C.FLAGSHIP_PROCEDURE_ON_TIME, {})).toEqual({ value: null, reason: expect.stringMatching(/démarche phare/) });
  });

  it('reads the periods a value is recorded for, and refuses the others', () => {
    expect(parsePeriod('2025-q3')).toMatchObject({ code: '2025-T3', start: '2025-07-01', end: '2025-09-30', label: '3e trimestre 2025' });
    expect(parsePeriod('2024-02')).toMatchObject({ code: '2024-02', end: '2024-02-29', label: 'février 2024' });
    for (const bad of ['25', '2025-13', '2025-T0', 'T3 2025', '2025-1']) expect(() => parsePeriod(bad), bad).toThrow(/non reconnue/);
  });
});
