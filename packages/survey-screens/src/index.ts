export { QuestionField, type QuestionFieldProps } from './QuestionField.js';
export { answersOf, parseNumber, problemOf, problemsOf, questionsOf, toAnswer, type Answer, type Draft, type Drafts } from './answers.js';
export { MAX_FREE_TEXT, SATISFACTION_LEVELS, type QuestionKind, type SatisfactionLevel, type SurveyForm, type SurveyQuestion } from './questions.js';
