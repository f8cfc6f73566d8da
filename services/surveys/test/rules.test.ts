import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TenantClock } from '@qualipref/calendar';
import { DomainError } from '@qualipref/server-kit';
import { checkAnswers } from '../src/domain/answers.js';
import { paperInstant } from '../src/domain/campaigns.js';
import { Civility, QuestionKind, Dimension, PanelOffice, Trend } from '../src/domain/enums.js';
import { greeting } from '../src/domain/greeting.js';
import { compare, wilson } from '../src/domain/results.js';
import type { Campaign, Question } from '../src/entities/index.js';

const question = (key: string, kind: QuestionKind, extra: Partial<Question> = {}) =>
  ({ id: key, key, kind, text: key, dimension: Dimension.OTHER, required: false, options: [], minValue: null, maxValue: null, ...extra }) as unknown as Question;

const QUESTIONS = [
  question('accueil', QuestionKind.SATISFACTION, { required: true }),
  question('profil', QuestionKind.SINGLE_CHOICE, { options: [{ key: 'a', label: 'A' }, { key: 'b', label: 'B' }] }),
  question('motif', QuestionKind.MULTIPLE_CHOICE, { options: [{ key: 'x', label: 'X' }, { key: 'y', label: 'Y' }, { key: 'z', label: 'Z' }] }),
  question('minutes', QuestionKind.NUMBER, { minValue: 0, maxValue: 480 }),
  question('commentaire', QuestionKind.FREE_TEXT),
];

const refusal = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return error instanceof DomainError ? error.code : 'other';
  }
  return 'accepted';
};

describe('Wilson interval', () => {
  it('matches published values', () => {
    // 156 satisfied of 171 with an opinion: 91.23 %, 95 % interval about 86.0 %–94.6 %.
    const interval = wilson(156, 171)!;
    expect(156 / 171).toBeCloseTo(0.9123, 4);
    expect(interval.lower).toBeCloseTo(0.8601, 3);
    expect(interval.upper).toBeCloseTo(0.9461, 3);
    expect(wilson(30, 30)!.upper).toBeCloseTo(1, 10);
    expect(wilson(0, 0)).toBeNull();
  });

  it('always contains the rate, within [0, 1]', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.double({ min: 0, max: 1, noNaN: true }), (n, share) => {
        const s = Math.round(n * share);
        const { lower, upper } = wilson(s, n)!;
        expect(lower).toBeGreaterThanOrEqual(-1e-12);
        expect(upper).toBeLessThanOrEqual(1 + 1e-12);
        expect(lower).toBeLessThanOrEqual(s / n + 1e-12);
        expect(upper).toBeGreaterThanOrEqual(s / n - 1e-12);
      }),
    );
  });
});

describe('comparison', () => {
  const rate = (s: number, o: number) => ({ satisfied: s, withOpinion: o, noOpinion: 0, rate: s / o, ...wilson(s, o)! });
  it('is a baseline without an earlier campaign, stable when the intervals overlap', () => {
    expect(compare(rate(50, 60), null, false).trend).toBe(Trend.BASELINE);
    expect(compare(rate(50, 60), rate(52, 60), true).trend).toBe(Trend.STABLE);
    expect(compare(rate(98, 144), rate(118, 134), true).trend).toBe(Trend.DEGRADED);
    expect(compare(rate(118, 134), rate(98, 144), true).trend).toBe(Trend.IMPROVED);
    expect(compare(rate(118, 134), null, true).trend).toBe(Trend.NOT_COMPARABLE);
  });
});

describe('invitation greetings', () => {
  it('follow the civility and the office, « Madame, Monsieur » only when the civility is unknown', () => {
    expect(greeting({ civility: Civility.MONSIEUR, office: PanelOffice.PRESIDENT })).toBe('Monsieur le Président,');
    expect(greeting({ civility: Civility.MADAME, office: PanelOffice.PRESIDENT })).toBe('Madame la Présidente,');
    expect(greeting({ civility: Civility.MADAME, office: PanelOffice.MAYOR })).toBe('Madame la Maire,');
    expect(greeting({ civility: Civility.MONSIEUR, office: PanelOffice.MAYOR })).toBe('Monsieur le Maire,');
    expect(greeting({ civility: Civility.MADAME, office: null })).toBe('Madame,');
    expect(greeting({ civility: null, office: PanelOffice.MAYOR })).toBe('Madame, Monsieur,');
    expect(greeting({})).toBe('Madame, Monsieur,');
  });
});

describe('answers', () => {
  it('name the question by its text and the expected answer in words, never by code', () => {
    const asked = [question('accueil', QuestionKind.SATISFACTION, { text: 'L’accueil au guichet' })];
    expect(() => checkAnswers(asked, [{ questionKey: 'accueil', number: 3 }])).toThrow('La question « L’accueil au guichet » attend un niveau de satisfaction.');
  });


  it('accept answers of the right kinds and make one row per chosen option', () => {
    const rows = checkAnswers(QUESTIONS, [
      { questionKey: 'accueil', option: 'SATISFIED' },
      { questionKey: 'profil', option: 'b' },
      { questionKey: 'motif', options: ['x', 'z'] },
      { questionKey: 'minutes', number: 25 },
      { questionKey: 'commentaire', text: '<script>alert(1)</script>' },
    ]);
    expect(rows.map((r) => [r.question.key, r.option ?? r.numberValue ?? r.textValue])).toEqual([
      ['accueil', 'SATISFIED'],
      ['profil', 'b'],
      ['motif', 'x'],
      ['motif', 'z'],
      ['minutes', 25],
      ['commentaire', '<script>alert(1)</script>'],
    ]);
  });

  it('refuse anything of the wrong kind, out of range, unknown, repeated or missing', () => {
    const base = { questionKey: 'accueil', option: 'SATISFIED' };
    const cases = [
      [{ questionKey: 'accueil', option: 'RAVI' }],
      [{ questionKey: 'accueil', number: 3 }],
      [base, { questionKey: 'profil', option: 'c' }],
      [base, { questionKey: 'profil', options: ['a'] }],
      [base, { questionKey: 'motif', options: [] }],
      [base, { questionKey: 'motif', options: ['x', 'x'] }],
      [base, { questionKey: 'motif', options: ['x', 'w'] }],
      [base, { questionKey: 'minutes', number: 481 }],
      [base, { questionKey: 'minutes', number: -1 }],
      [base, { questionKey: 'commentaire', text: '   ' }],
      [base, { questionKey: 'commentaire', text: 'x'.repeat(4001) }],
      [base, { questionKey: 'inconnue', option: 'a' }],
      [base, base],
      [{ questionKey: 'profil', option: 'a' }],
      [],
      [{ questionKey: 'accueil', option: 'SATISFIED', text: 'et aussi' }],
    ];
    for (const answers of cases) expect(refusal(() => checkAnswers(QUESTIONS, answers))).toBe('BAD_USER_INPUT');
  });
});

describe('paper forms', () => {
  const campaign = { opensOn: '2026-06-01', closesOn: '2026-06-30' } as Campaign;
  const at = (now: string, timeZone?: string) => new TenantClock({ now: () => new Date(now), timeZone });

  it('dates a form at the start of its day in the tenant time zone', () => {
    expect(paperInstant(campaign, '2026-06-10', at('2026-06-20T10:00:00Z')).toISOString()).toBe('2026-06-09T22:00:00.000Z');
    expect(paperInstant(campaign, '2026-06-10', at('2026-06-20T10:00:00Z', 'Indian/Reunion')).toISOString()).toBe('2026-06-09T20:00:00.000Z');
  });

  it('refuses a day outside the campaign, or after the tenant\'s today', () => {
    expect(refusal(() => paperInstant(campaign, '2026-05-31', at('2026-06-20T10:00:00Z')))).toBe('BAD_USER_INPUT');
    // 21 June has begun in Paris at 22:30Z but not in Guyane.
    expect(refusal(() => paperInstant(campaign, '2026-06-21', at('2026-06-20T22:30:00Z')))).toBe('accepted');
    expect(refusal(() => paperInstant(campaign, '2026-06-21', at('2026-06-20T22:30:00Z', 'America/Cayenne')))).toBe('BAD_USER_INPUT');
  });
});
