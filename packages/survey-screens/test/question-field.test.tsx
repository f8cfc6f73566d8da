import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { QuestionField, problemOf, type Draft, type SurveyQuestion } from '../src/index.js';
import { SURVEY, question } from './fixtures.js';

afterEach(cleanup);

/** A QuestionField with its own state, as the pages hold it. */
function Field({ q, onDraft, transcribing }: { q: SurveyQuestion; onDraft?: (draft: Draft) => void; transcribing?: boolean }) {
  const [draft, setDraft] = useState<Draft | undefined>();
  return (
    <QuestionField
      question={q}
      draft={draft}
      problem={problemOf(q, draft)}
      transcribing={transcribing}
      onChange={(next) => {
        setDraft(next);
        onDraft?.(next);
      }}
    />
  );
}

describe('question components', () => {
  it('offer the satisfaction scale in French, grouped under the question, and answer with the API’s level', async () => {
    const onDraft = vi.fn();
    render(<Field q={question('accueil', 'SATISFACTION', { required: true, text: 'Êtes-vous satisfait de l’accueil ?' })} onDraft={onDraft} />);
    const group = screen.getByRole('group', { name: /Êtes-vous satisfait de l’accueil/ });
    expect(within(group).getAllByRole('radio').map((r) => r.closest('div')!.textContent)).toEqual(['Très satisfait', 'Satisfait', 'Peu satisfait', 'Pas du tout satisfait', 'Sans avis']);
    expect(screen.getByText('Cette question attend une réponse.')).toBeTruthy();
    await userEvent.click(screen.getByLabelText('Peu satisfait'));
    expect(onDraft).toHaveBeenLastCalledWith({ option: 'DISSATISFIED' });
    expect((screen.getByLabelText('Peu satisfait') as HTMLInputElement).checked).toBe(true);
    expect(screen.queryByText('Cette question attend une réponse.')).toBeNull();
  });

  it('offer a blank choice when a paper form is keyed in, ticked until an answer is', async () => {
    const onDraft = vi.fn();
    render(<Field q={question('guichet', 'SINGLE_CHOICE', { options: [{ key: 'oui', label: 'Oui' }, { key: 'non', label: 'Non' }] })} onDraft={onDraft} transcribing />);
    const blank = screen.getByLabelText('Sans réponse sur le formulaire') as HTMLInputElement;
    expect(blank.checked).toBe(true);
    await userEvent.click(screen.getByLabelText('Non'));
    expect(blank.checked).toBe(false);
    await userEvent.click(blank);
    expect(onDraft).toHaveBeenLastCalledWith({ option: '' });
  });

  it('keep multiple choices in the questionnaire’s order, whatever the order of the taps', async () => {
    const onDraft = vi.fn();
    render(<Field q={SURVEY.sections[0]!.questions[1]!} onDraft={onDraft} />);
    expect(screen.getByRole('group', { name: /Espaces utilisés/ })).toBeTruthy();
    await userEvent.click(screen.getByLabelText('Borne'));
    await userEvent.click(screen.getByLabelText('Accueil général'));
    expect(onDraft).toHaveBeenLastCalledWith({ options: ['accueil', 'borne'] });
    await userEvent.click(screen.getByLabelText('Borne'));
    expect(onDraft).toHaveBeenLastCalledWith({ options: ['accueil'] });
    expect(screen.getByText(/\(facultatif\)/)).toBeTruthy();
  });

  it('check a number against its range, in French, and accept a decimal comma', async () => {
    render(<Field q={question('attente', 'NUMBER', { text: 'Minutes', minValue: 0, maxValue: 480 })} />);
    const input = screen.getByLabelText(/Minutes/);
    expect(screen.getByText('Un nombre entre 0 et 480.')).toBeTruthy();
    expect(input.getAttribute('aria-invalid')).toBeNull();
    await userEvent.type(input, '600');
    expect(screen.getByText('Saisissez un nombre inférieur ou égal à 480.')).toBeTruthy();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    await userEvent.clear(input);
    await userEvent.type(input, 'dix');
    expect(screen.getByText('Saisissez un nombre, en chiffres (par exemple 15).')).toBeTruthy();
    await userEvent.clear(input);
    await userEvent.type(input, '7,5');
    expect(screen.queryByText(/Saisissez/)).toBeNull();
    expect(input.getAttribute('aria-invalid')).toBeNull();
  });

  it('show free text as text, never as HTML', async () => {
    const onDraft = vi.fn();
    const { container } = render(<Field q={question('remarque', 'FREE_TEXT', { text: '<i>Une remarque</i> ?' })} onDraft={onDraft} />);
    expect(screen.getByText('<i>Une remarque</i> ?', { exact: false })).toBeTruthy();
    expect(container.querySelector('i')).toBeNull();
    await userEvent.type(screen.getByRole('textbox', { name: /Une remarque/ }), '<b>Très bien</b>');
    expect(onDraft).toHaveBeenLastCalledWith({ text: '<b>Très bien</b>' });
    expect(container.querySelector('b')).toBeNull();
  });
});
