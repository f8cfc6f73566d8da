import { badInput } from '@qualipref/server-kit';
import { QuestionKind, SatisfactionLevel } from './enums.js';
import type { Question } from '../entities/index.js';

/** One answer as a respondent gives it; exactly the field of the question's kind is filled. */
export interface AnswerInput {
  questionKey: string;
  option?: string | null;
  options?: string[] | null;
  number?: number | null;
  text?: string | null;
}

/** An answer checked against its question, ready to store: one row per chosen option. */
export interface AnswerRow {
  question: Question;
  option: string | null;
  numberValue: number | null;
  textValue: string | null;
}

export const MAX_FREE_TEXT = 4000;
const LEVELS = new Set<string>(Object.values(SatisfactionLevel));

function filled(answer: AnswerInput): string[] {
  return (['option', 'options', 'number', 'text'] as const).filter((field) => answer[field] !== undefined && answer[field] !== null);
}

/**
 * Checks a whole set of answers against the questionnaire: every key known and answered once,
 * each answer of its question's kind and in range, every required question answered. Anything
 * wrong refuses the whole response (nothing is stored).
 */
export function checkAnswers(questions: Question[], answers: AnswerInput[]): AnswerRow[] {
  if (!Array.isArray(answers) || answers.length === 0) throw badInput('La réponse ne contient aucune réponse aux questions.', 'answers');
  const byKey = new Map(questions.map((q) => [q.key, q]));
  const seen = new Set<string>();
  const rows: AnswerRow[] = [];
  answers.forEach((answer, index) => {
    const field = `answers[${index}]`;
    const question = byKey.get(answer.questionKey);
    if (!question) throw badInput(`Question inconnue dans ce questionnaire : « ${String(answer.questionKey).slice(0, 60)} ».`, `${field}.questionKey`);
    if (seen.has(question.key)) throw badInput(`La question « ${question.text} » a reçu deux réponses.`, `${field}.questionKey`);
    seen.add(question.key);
    rows.push(...rowsOf(question, answer, field));
  });
  const missing = questions.filter((q) => q.required && !seen.has(q.key));
  if (missing.length > 0) throw badInput(`Réponse obligatoire manquante : ${missing.map((q) => `« ${q.text} »`).join(', ')}.`, 'answers');
  return rows;
}

/** What each kind of question takes, as a message says it (never SINGLE_CHOICE or `option`). */
const EXPECTED_ANSWER: Record<QuestionKind, string> = {
  [QuestionKind.SATISFACTION]: 'un niveau de satisfaction',
  [QuestionKind.SINGLE_CHOICE]: 'un seul choix parmi les réponses proposées',
  [QuestionKind.MULTIPLE_CHOICE]: 'un ou plusieurs choix parmi les réponses proposées',
  [QuestionKind.NUMBER]: 'un nombre',
  [QuestionKind.FREE_TEXT]: 'un texte',
};

function rowsOf(question: Question, answer: AnswerInput, field: string): AnswerRow[] {
  const given = filled(answer);
  const expected = { SATISFACTION: 'option', SINGLE_CHOICE: 'option', MULTIPLE_CHOICE: 'options', NUMBER: 'number', FREE_TEXT: 'text' }[question.kind];
  if (given.length !== 1 || given[0] !== expected) {
    throw badInput(`La question « ${question.text} » attend ${EXPECTED_ANSWER[question.kind]}.`, field);
  }
  const row = { question, option: null, numberValue: null, textValue: null };
  switch (question.kind) {
    case QuestionKind.SATISFACTION:
      if (!LEVELS.has(answer.option!)) throw badInput(`Niveau de satisfaction inconnu : « ${String(answer.option).slice(0, 60)} ».`, `${field}.option`);
      return [{ ...row, option: answer.option! }];
    case QuestionKind.SINGLE_CHOICE:
      if (!question.options.some((o) => o.key === answer.option)) throw badInput(`Choix inconnu pour « ${question.text} » : « ${String(answer.option).slice(0, 60)} ».`, `${field}.option`);
      return [{ ...row, option: answer.option! }];
    case QuestionKind.MULTIPLE_CHOICE: {
      const chosen = answer.options!;
      if (chosen.length === 0) throw badInput(`Choisissez au moins une réponse pour « ${question.text} ».`, `${field}.options`);
      if (new Set(chosen).size !== chosen.length) throw badInput(`Un même choix est donné deux fois pour « ${question.text} ».`, `${field}.options`);
      const unknown = chosen.find((c) => !question.options.some((o) => o.key === c));
      if (unknown !== undefined) throw badInput(`Choix inconnu pour « ${question.text} » : « ${String(unknown).slice(0, 60)} ».`, `${field}.options`);
      return chosen.map((option) => ({ ...row, option }));
    }
    case QuestionKind.NUMBER: {
      const value = answer.number!;
      if (!Number.isFinite(value)) throw badInput(`Nombre invalide pour « ${question.text} ».`, `${field}.number`);
      if ((question.minValue != null && value < question.minValue) || (question.maxValue != null && value > question.maxValue)) {
        throw badInput(`La réponse à « ${question.text} » doit être comprise entre ${question.minValue ?? '−∞'} et ${question.maxValue ?? '+∞'}.`, `${field}.number`);
      }
      return [{ ...row, numberValue: value }];
    }
    case QuestionKind.FREE_TEXT: {
      const text = answer.text!.trim();
      if (text.length === 0) throw badInput(`Réponse vide pour « ${question.text} ».`, `${field}.text`);
      if (text.length > MAX_FREE_TEXT) throw badInput(`La réponse à « ${question.text} » dépasse ${MAX_FREE_TEXT} caractères.`, `${field}.text`);
      return [{ ...row, textValue: text }];
    }
  }
}
