import { MAX_FREE_TEXT, type SurveyForm, type SurveyQuestion } from './questions.js';

/**
 * What the respondent has entered for one question, before it becomes an answer. A number is
 * kept as typed (a string), so that « 12, » or an empty field can be told apart from 0.
 */
export type Draft = { option: string } | { options: string[] } | { number: string } | { text: string };

export type Drafts = Record<string, Draft | undefined>;

/** One answer as the API takes it (AnswerInput): the question's key and the value of its kind. */
export type Answer = { questionKey: string } & ({ option: string } | { options: string[] } | { number: number } | { text: string });

/** A number as typed in French (« 12 », « 7,5 »); null when it is not one. */
export function parseNumber(typed: string): number | null {
  const normalized = typed.trim().replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(normalized)) return null;
  return Number(normalized);
}

/** The answer to send for a question, or null when the draft answers nothing. */
export function toAnswer(question: SurveyQuestion, draft: Draft | undefined): Answer | null {
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
export function problemOf(question: SurveyQuestion, draft: Draft | undefined): string | null {
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
export function questionsOf<Q extends SurveyQuestion>(survey: SurveyForm<Q>): { section: string; question: Q }[] {
  return survey.sections.flatMap((section) => section.questions.map((question) => ({ section: section.title, question })));
}

/** The questions whose draft cannot be accepted, with why, in the questionnaire's order. */
export function problemsOf<Q extends SurveyQuestion>(survey: SurveyForm<Q>, drafts: Drafts): { question: Q; problem: string }[] {
  return questionsOf(survey).flatMap(({ question }) => {
    const problem = problemOf(question, drafts[question.key]);
    return problem ? [{ question, problem }] : [];
  });
}

/** The answers to send: one per answered question, in the questionnaire's order. */
export function answersOf(survey: SurveyForm, drafts: Drafts): Answer[] {
  return questionsOf(survey).flatMap(({ question }) => {
    const answer = toAnswer(question, drafts[question.key]);
    return answer ? [answer] : [];
  });
}
