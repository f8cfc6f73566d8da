/** The kinds of question of the API (QuestionKind), each answered with its own field. */
export type QuestionKind = 'SATISFACTION' | 'SINGLE_CHOICE' | 'MULTIPLE_CHOICE' | 'NUMBER' | 'FREE_TEXT';

/**
 * What the fields and the answers model read of a question: the API's Question (the console) and
 * PublicQuestion (the kiosk) both fit, so a kind the API adds fails the apps' typecheck here.
 */
export interface SurveyQuestion {
  key: string;
  text: string;
  help?: string | null;
  kind: QuestionKind;
  required: boolean;
  options: readonly { key: string; label: string }[];
  minValue?: number | null;
  maxValue?: number | null;
}

/** A questionnaire as its sections of questions, in the order they are asked. */
export interface SurveyForm<Q extends SurveyQuestion = SurveyQuestion> {
  sections: readonly { title: string; questions: readonly Q[] }[];
}

/** The fixed satisfaction scale of the API (SatisfactionLevel), in the order it is shown, with its French labels. */
export const SATISFACTION_LEVELS = [
  { key: 'VERY_SATISFIED', label: 'Très satisfait' },
  { key: 'SATISFIED', label: 'Satisfait' },
  { key: 'DISSATISFIED', label: 'Peu satisfait' },
  { key: 'VERY_DISSATISFIED', label: 'Pas du tout satisfait' },
  { key: 'NO_OPINION', label: 'Sans avis' },
] as const;

export type SatisfactionLevel = (typeof SATISFACTION_LEVELS)[number]['key'];

/** Same limit as the API (MAX_FREE_TEXT of the surveys service). */
export const MAX_FREE_TEXT = 4000;
