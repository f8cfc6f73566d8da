import { formatCount } from './format.js';

const rules = new Intl.PluralRules('fr-FR');

/** Whether French takes the singular for this number: 0 and 1 do (« 0 répondant », « 1 répondant »). */
export const isSingular = (n: number): boolean => rules.select(n) === 'one';

/** A count with its noun in the right form: « 1 répondant », « 2 répondants », « 1 234 courriers ». */
export const plural = (n: number, singular: string, pluralForm: string): string => `${formatCount(n)} ${isSingular(n) ? singular : pluralForm}`;

// Before a vowel or a mute h the preposition is elided (« d’Amandine », « d’Hélène »).
const ELIDES = /^[aeiouyhàâäéèêëîïôöùûüœæ]/i;

/** « de » before a name, elided where French elides it: « de Jean », « d’Amandine ». */
export const ofName = (name: string): string => (ELIDES.test(name.trim()) ? `d’${name.trim()}` : `de ${name.trim()}`);
