import { describe, expect, it } from 'vitest';
import { answersOf, problemOf, problemsOf } from '../src/index.js';
import { SURVEY, question } from './fixtures.js';

describe('answers', () => {
  it('send only the answered questions, trimmed, in the questionnaire’s order', () => {
    expect(answersOf(SURVEY, { remarque: { text: '  merci  ' }, attente: { number: '' }, espaces: { options: [] }, accueil: { option: 'SATISFIED' } })).toEqual([
      { questionKey: 'accueil', option: 'SATISFIED' },
      { questionKey: 'remarque', text: 'merci' },
    ]);
  });

  it('read a number typed in French, a decimal comma included', () => {
    expect(answersOf({ sections: [{ title: 's', questions: [question('attente', 'NUMBER')] }] }, { attente: { number: ' 7,5 ' } })).toEqual([{ questionKey: 'attente', number: 7.5 }]);
  });

  it('leave out a choice left blank, and ask for it only when the question is required', () => {
    expect(answersOf(SURVEY, { accueil: { option: '' } })).toEqual([]);
    expect(problemOf(question('q', 'SINGLE_CHOICE'), { option: '' })).toBeNull();
    expect(problemsOf(SURVEY, { accueil: { option: '' }, attente: { number: '600' } })).toEqual([
      { question: SURVEY.sections[0]!.questions[0], problem: 'Cette question attend une réponse.' },
      { question: SURVEY.sections[1]!.questions[0], problem: 'Saisissez un nombre inférieur ou égal à 480.' },
    ]);
  });

  it('refuse a free text longer than the API accepts', () => {
    expect(problemOf(question('remarque', 'FREE_TEXT'), { text: 'a'.repeat(4001) })).toBe('Votre texte dépasse 4000 caractères : raccourcissez-le.');
    expect(problemOf(question('remarque', 'FREE_TEXT'), { text: 'a'.repeat(4000) })).toBeNull();
  });
});
