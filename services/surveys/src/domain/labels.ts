import { inputRules } from '@qualipref/server-kit';

/** The surveys' input fields in French, as the DRMM module's forms name them, for the messages that name them. */
export const FIELD_LABELS = {
  name: 'Nom',
  title: 'Titre',
  description: 'Description',
  text: 'Texte',
  answer: 'Réponse',
  contact: 'Contact',
  email: 'Adresse électronique',
  organization: 'Organisme',
  position: 'Fonction',
  questionKey: 'Question',
  opensOn: 'Premier jour',
  closesOn: 'Dernier jour',
  filledOn: 'Rempli le',
  receivedOn: 'Reçue le',
  from: 'Du',
  to: 'Au',
  'sections.title': 'Titre de la rubrique',
  'sections.questions.text': 'Question',
  'sections.questions.help': 'Aide de la question',
  'sections.questions.options.label': 'Libellé de la réponse proposée',
} as const;

export const { isoDate, optionalText, requiredText } = inputRules(FIELD_LABELS);
