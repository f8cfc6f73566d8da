import { inputRules } from '@qualipref/server-kit';

/** The organization's input fields in French, for the messages that name them. */
export const FIELD_LABELS = {
  name: 'Nom',
  description: 'Description',
  displayName: 'Nom affiché',
  jobTitle: 'Fonction',
} as const;

export const { optionalText, requiredText } = inputRules(FIELD_LABELS);
