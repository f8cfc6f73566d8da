import type { PublicSurveyFieldsFragment as PublicSurvey } from '../src/generated/graphql.js';

// What the kiosk's tests build their surveys from, and read their fields with.

export type { PublicSurvey };
export type Question = PublicSurvey['sections'][number]['questions'][number];

/** A question of the public survey, optional and without options unless `extra` says. */
export const question = (key: string, kind: Question['kind'], extra: Partial<Question> = {}): Question => ({
  __typename: 'Question',
  id: `q-${key}`,
  key,
  text: `Question ${key}`,
  help: null,
  kind,
  required: false,
  options: [],
  minValue: null,
  maxValue: null,
  ...extra,
});

/** The text a field's `aria-describedby` points to: its hint and, once checked, its error message. */
export const describedText = (field: HTMLElement): string =>
  (field.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
