import type { AnswerInput, PublicSurveyFieldsFragment } from '../generated/graphql.js';

export type PublicSurvey = PublicSurveyFieldsFragment;
export type Question = PublicSurvey['sections'][number]['questions'][number];

/**
 * What the respondent has entered for one question, before it becomes an AnswerInput. A number
 * is kept as typed (a string), so that « 12, » or an empty field can be told apart from 0.
 */
export type Draft = { option: string } | { options: string[] } | { number: string } | { text: string };

export type Drafts = Record<string, Draft | undefined>;

/** The fixed satisfaction scale of the API (SatisfactionLevel), in the order it is shown. */
export const SATISFACTION_LEVELS = [
  { key: 'VERY_SATISFIED', label: 'Très satisfait' },
  { key: 'SATISFIED', label: 'Satisfait' },
  { key: 'DISSATISFIED', label: 'Peu satisfait' },
  { key: 'VERY_DISSATISFIED', label: 'Pas du tout satisfait' },
  { key: 'NO_OPINION', label: 'Sans avis' },
] as const;

/** Same limit as the API (MAX_FREE_TEXT of the surveys service). */
export const MAX_FREE_TEXT = 4000;

/** A number as typed in French (« 12 », « 7,5 »); null when it is not one. */
export function parseNumber(typed: string): number | null {
  const normalized = typed.trim().replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(normalized)) return null;
  return Number(normalized);
}

/** The answer to send for a question, or null when the draft answers nothing. */
export function toAnswer(question: Question, draft: Draft | undefined): AnswerInput | null {
  if (!draft) return null;
  if ('option' in draft) return draft.option ? { questionKey: question.key, option: draft.option } : null;
  if ('options' in draft) return draft.options.length > 0 ? { questionKey: question.key, options: draft.options } : null;
  if ('number' in draft) {
    const value = parseNumber(draft.number);
    return value === null ? null : { questionKey: question.key, number: value };
  }
  const text = draft.text.trim();
  return text ? { questionKey: question.key, text } : null;
}

/**
 * Why the draft cannot be accepted as it is (in French, for the respondent), or null. An empty
 * answer is accepted for an optional question: it is simply not sent.
 */
export function problemOf(question: Question, draft: Draft | undefined): string | null {
  if (draft && 'number' in draft && draft.number.trim() !== '') {
    const value = parseNumber(draft.number);
    if (value === null) return 'Saisissez un nombre, en chiffres (par exemple 15).';
    if (question.minValue != null && value < question.minValue) return `Saisissez un nombre supérieur ou égal à ${question.minValue}.`;
    if (question.maxValue != null && value > question.maxValue) return `Saisissez un nombre inférieur ou égal à ${question.maxValue}.`;
    return null;
  }
  if (draft && 'text' in draft && draft.text.length > MAX_FREE_TEXT) return `Votre texte dépasse ${MAX_FREE_TEXT} caractères : raccourcissez-le.`;
  if (question.required && !toAnswer(question, draft)) return 'Cette question attend une réponse.';
  return null;
}

/** Every question of a survey in order, with the title of its section. */
export function questionsOf(survey: PublicSurvey): { section: string; question: Question }[] {
  return survey.sections.flatMap((section) => section.questions.map((question) => ({ section: section.title, question })));
}

/** The answers to send: one per answered question, in the questionnaire's order. */
export function answersOf(survey: PublicSurvey, drafts: Drafts): AnswerInput[] {
  return questionsOf(survey).flatMap(({ question }) => {
    const answer = toAnswer(question, drafts[question.key]);
    return answer ? [answer] : [];
  });
}
