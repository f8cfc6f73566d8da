// @vitest-environment happy-dom
import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Observable } from 'rxjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PublicSurveyFieldsFragment as PublicSurvey } from '../src/generated/graphql.js';
import { InvitationPage } from '../src/invitation/InvitationPage.js';

afterEach(cleanup);

type Question = PublicSurvey['sections'][number]['questions'][number];

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
  title: 'Enquête des élus',
  opensOn: '2026-11-30',
  closesOn: '2026-12-31',
  introduction: null,
  tenant: { __typename: 'Tenant', name: 'Préfecture de la Moselle', stateBlock: null },
  sections: [
    {
      __typename: 'PublicSection',
      title: 'Vos relations avec la préfecture',
      questions: [question('accueil', 'SATISFACTION', { text: 'Êtes-vous satisfait de l’accueil ?', required: true }), question('delai', 'NUMBER', { text: 'Délai de réponse (jours)', minValue: 0, maxValue: 90 })],
    },
  ],
};

/** A client answering the invitation as open, and the answers as `submit` says. */
function clientOf(submit: (observer: { next(value: unknown): void; error(error: unknown): void; complete(): void }) => void) {
  const link = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        if (operation.operationName !== 'SurveyInvitation') return submit(observer);
        observer.next({ data: { surveyInvitation: { __typename: 'SurveyInvitation', state: 'OPEN', answered: false, survey: SURVEY } } });
        observer.complete();
      }),
  );
  return new ApolloClient({ link, cache: new InMemoryCache() });
}

/** The texts a field's aria-describedby points to, as a screen reader reads them after its label. */
const describedText = (field: HTMLElement) =>
  (field.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');

describe('the élus’ personal link page', () => {
  it('focuses the first question to correct, its message read with it, and sends nothing', async () => {
    const submit = vi.fn();
    render(<InvitationPage client={clientOf(submit)} token="jeton" />);
    await screen.findByRole('heading', { name: 'Enquête des élus', level: 1 });
    await userEvent.type(screen.getByLabelText(/Délai de réponse/), '120');
    await userEvent.click(screen.getByRole('button', { name: 'Envoyer mes réponses' }));
    expect(screen.getByText('Le questionnaire n’est pas complet')).toBeTruthy();
    // A group of choices: its first choice takes the focus, the group is labelled by its message.
    const first = screen.getAllByRole('radio')[0]!;
    expect(document.activeElement).toBe(first);
    const group = first.closest('fieldset')!;
    expect((group.getAttribute('aria-labelledby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent).join(' ')).toContain('Cette question attend une réponse.');
    expect(describedText(screen.getByLabelText(/Délai de réponse/))).toContain('Saisissez un nombre inférieur ou égal à 90.');
    expect(submit).not.toHaveBeenCalled();
  });

  it('says a failed sending above the form, where the focus goes, and keeps the answers', async () => {
    render(<InvitationPage client={clientOf((observer) => observer.error(new TypeError('Failed to fetch')))} token="jeton" />);
    await screen.findByRole('heading', { name: 'Enquête des élus', level: 1 });
    await userEvent.click(screen.getAllByRole('radio')[0]!);
    await userEvent.click(screen.getByRole('button', { name: 'Envoyer mes réponses' }));
    const said = await screen.findByText(/L’envoi n’a pas abouti/);
    await waitFor(() => expect(document.activeElement?.contains(said)).toBe(true));
    expect(screen.getAllByRole('radio')[0]).toHaveProperty('checked', true);
  });
});
