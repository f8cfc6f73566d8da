// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SurveyWalk } from '../src/kiosk/SurveyWalk.js';
import { answersOf, problemOf, type Draft, type PublicSurvey, type Question } from '../src/survey/answers.js';
import { QuestionField } from '../src/survey/QuestionField.js';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const question = (key: string, kind: Question['kind'], extra: Partial<Question> = {}): Question => ({
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

const SURVEY: PublicSurvey = {
  __typename: 'PublicSurvey',
  campaignId: 'c-1',
  title: 'Enquête du hall',
  opensOn: '2026-11-30',
  closesOn: '2026-12-04',
  introduction: null,
  tenant: { __typename: 'Tenant', name: 'Sous-préfecture de Forbach' },
  sections: [
    {
      __typename: 'PublicSection',
      title: 'Accueil',
      questions: [
        question('accueil', 'SATISFACTION', { text: 'Êtes-vous satisfait de l’accueil ?', required: true }),
        question('espaces', 'MULTIPLE_CHOICE', { text: 'Espaces utilisés', options: [{ __typename: 'QuestionOption', key: 'accueil', label: 'Accueil général' }, { __typename: 'QuestionOption', key: 'guichet', label: 'Guichet' }, { __typename: 'QuestionOption', key: 'borne', label: 'Borne' }] }),
      ],
    },
    { __typename: 'PublicSection', title: 'Attente', questions: [question('attente', 'NUMBER', { text: 'Minutes d’attente', minValue: 0, maxValue: 480 }), question('remarque', 'FREE_TEXT', { text: 'Une remarque ?' })] },
  ],
};

/** A QuestionField with its own state, as the pages hold it. */
function Field({ q, onDraft }: { q: Question; onDraft?: (draft: Draft) => void }) {
  const [draft, setDraft] = useState<Draft | undefined>();
  return (
    <QuestionField
      question={q}
      draft={draft}
      problem={problemOf(q, draft)}
      onChange={(next) => {
        setDraft(next);
        onDraft?.(next);
      }}
    />
  );
}

describe('question components', () => {
  it('offer the satisfaction scale in French and answer with the API’s level', async () => {
    const onDraft = vi.fn();
    render(<Field q={question('accueil', 'SATISFACTION', { required: true })} onDraft={onDraft} />);
    expect(screen.getAllByRole('radio').map((r) => r.closest('div')!.textContent)).toEqual(['Très satisfait', 'Satisfait', 'Peu satisfait', 'Pas du tout satisfait', 'Sans avis']);
    expect(screen.getByText('Cette question attend une réponse.')).toBeTruthy();
    await userEvent.click(screen.getByLabelText('Peu satisfait'));
    expect(onDraft).toHaveBeenLastCalledWith({ option: 'DISSATISFIED' });
    expect((screen.getByLabelText('Peu satisfait') as HTMLInputElement).checked).toBe(true);
    expect(screen.queryByText('Cette question attend une réponse.')).toBeNull();
  });

  it('keep multiple choices in the questionnaire’s order, whatever the order of the taps', async () => {
    const onDraft = vi.fn();
    render(<Field q={SURVEY.sections[0]!.questions[1]!} onDraft={onDraft} />);
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
    await userEvent.type(input, '600');
    expect(screen.getByText('Saisissez un nombre inférieur ou égal à 480.')).toBeTruthy();
    await userEvent.clear(input);
    await userEvent.type(input, 'dix');
    expect(screen.getByText('Saisissez un nombre, en chiffres (par exemple 15).')).toBeTruthy();
    await userEvent.clear(input);
    await userEvent.type(input, '7,5');
    expect(screen.queryByText(/Saisissez/)).toBeNull();
    expect(answersOf({ ...SURVEY, sections: [{ __typename: 'PublicSection', title: 's', questions: [question('attente', 'NUMBER')] }] }, { attente: { number: '7,5' } })).toEqual([{ questionKey: 'attente', number: 7.5 }]);
  });

  it('show free text as text, never as HTML', async () => {
    const onDraft = vi.fn();
    const { container } = render(<Field q={question('remarque', 'FREE_TEXT', { text: '<i>Une remarque</i> ?' })} onDraft={onDraft} />);
    expect(screen.getByText('<i>Une remarque</i> ?', { exact: false })).toBeTruthy();
    expect(container.querySelector('i')).toBeNull();
    await userEvent.type(screen.getByRole('textbox'), '<b>Très bien</b>');
    expect(onDraft).toHaveBeenLastCalledWith({ text: '<b>Très bien</b>' });
    expect(container.querySelector('b')).toBeNull();
  });
});

describe('answers', () => {
  it('send only the answered questions, trimmed, in the questionnaire’s order', () => {
    expect(answersOf(SURVEY, { remarque: { text: '  merci  ' }, attente: { number: '' }, espaces: { options: [] }, accueil: { option: 'SATISFIED' } })).toEqual([
      { questionKey: 'accueil', option: 'SATISFIED' },
      { questionKey: 'remarque', text: 'merci' },
    ]);
  });
});

describe('the kiosk’s walk through a survey', () => {
  it('asks one question per screen with its progress, refuses to skip a required one, and hands over the answers on « Terminer »', async () => {
    const onFinish = vi.fn(async () => {});
    render(<SurveyWalk survey={SURVEY} idleSeconds={90} onFinish={onFinish} onAbandon={() => {}} />);
    expect(screen.getByText('Question 1 sur 4')).toBeTruthy();
    expect(screen.getAllByRole('radio')).toHaveLength(5);
    await userEvent.click(screen.getByRole('button', { name: 'Suivant' }));
    expect(screen.getByText('Cette question attend une réponse.')).toBeTruthy();
    expect(screen.getByText('Question 1 sur 4')).toBeTruthy();
    await userEvent.click(screen.getByLabelText('Très satisfait'));
    await userEvent.click(screen.getByRole('button', { name: 'Suivant' }));
    expect(screen.getByText('Question 2 sur 4')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Suivant' }));
    await userEvent.click(screen.getByRole('button', { name: 'Précédent' }));
    expect(screen.getByText('Question 2 sur 4')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Suivant' }));
    await userEvent.type(screen.getByLabelText(/Minutes d’attente/), '20');
    await userEvent.click(screen.getByRole('button', { name: 'Suivant' }));
    expect(screen.getByText('Question 4 sur 4')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Suivant' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Terminer' }));
    expect(onFinish).toHaveBeenCalledWith([
      { questionKey: 'accueil', option: 'VERY_SATISFIED' },
      { questionKey: 'attente', number: 20 },
    ]);
  });

  it('abandons an unfinished survey after the idle delay, counted from the last touch', () => {
    vi.useFakeTimers();
    const onAbandon = vi.fn();
    render(<SurveyWalk survey={SURVEY} idleSeconds={90} onFinish={async () => {}} onAbandon={onAbandon} />);
    vi.advanceTimersByTime(60_000);
    fireEvent.pointerDown(screen.getByLabelText('Satisfait'));
    vi.advanceTimersByTime(60_000);
    expect(onAbandon).not.toHaveBeenCalled();
    vi.advanceTimersByTime(30_000);
    expect(onAbandon).toHaveBeenCalledTimes(1);
  });
});
