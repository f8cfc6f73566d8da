// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SurveyWalk } from '../src/kiosk/SurveyWalk.js';
import { question, type PublicSurvey } from './fixtures.js';

// The fields and the answers model are tested in @qualipref/survey-screens; here, the walk.

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const SURVEY: PublicSurvey = {
  __typename: 'PublicSurvey',
  campaignId: 'c-1',
  title: 'Enquête du hall',
  opensOn: '2026-11-30',
  closesOn: '2026-12-04',
  introduction: null,
  tenant: { __typename: 'Tenant', name: 'Sous-préfecture de Forbach', stateBlock: { __typename: 'StateBlock', lines: ['PRÉFET DE LA MOSELLE', 'Sous-préfecture de Forbach'] } },
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

  it('warns with a countdown before it abandons, and goes on when asked, focus back on the question', () => {
    vi.useFakeTimers();
    const onAbandon = vi.fn();
    render(<SurveyWalk survey={SURVEY} idleSeconds={90} onFinish={async () => {}} onAbandon={onAbandon} />);
    vi.advanceTimersByTime(69_000);
    expect(screen.queryByRole('alertdialog')).toBeNull();
    act(() => vi.advanceTimersByTime(1_000));
    const warning = screen.getByRole('alertdialog', { name: 'Vous êtes toujours là ?' });
    expect(warning.textContent).toContain('effacées dans 20 secondes');
    const stay = screen.getByRole('button', { name: 'Continuer le questionnaire' });
    expect(document.activeElement).toBe(stay);
    act(() => vi.advanceTimersByTime(19_000));
    expect(warning.textContent).toContain('effacées dans 1 seconde ');
    expect(onAbandon).not.toHaveBeenCalled();
    fireEvent.pointerDown(stay);
    fireEvent.click(stay);
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(document.activeElement).toBe(screen.getByLabelText('Question 1 sur 4'));
    // The delay starts again from the answer to the warning.
    act(() => vi.advanceTimersByTime(89_000));
    expect(onAbandon).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(1_000));
    expect(onAbandon).toHaveBeenCalledTimes(1);
  });
});
