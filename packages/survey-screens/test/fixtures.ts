import type { SurveyForm, SurveyQuestion } from '../src/index.js';

export const question = (key: string, kind: SurveyQuestion['kind'], extra: Partial<SurveyQuestion> = {}): SurveyQuestion => ({
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

export const SURVEY: SurveyForm = {
  sections: [
    {
      title: 'Accueil',
      questions: [
        question('accueil', 'SATISFACTION', { text: 'Êtes-vous satisfait de l’accueil ?', required: true }),
        question('espaces', 'MULTIPLE_CHOICE', { text: 'Espaces utilisés', options: [{ key: 'accueil', label: 'Accueil général' }, { key: 'guichet', label: 'Guichet' }, { key: 'borne', label: 'Borne' }] }),
      ],
    },
    { title: 'Attente', questions: [question('attente', 'NUMBER', { text: 'Minutes d’attente', minValue: 0, maxValue: 480 }), question('remarque', 'FREE_TEXT', { text: 'Une remarque ?' })] },
  ],
};
