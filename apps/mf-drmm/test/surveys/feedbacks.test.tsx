import { MockedProvider } from '@apollo/client/testing/react';
import { TenantTimeZone } from '@qualipref/console-kit';
import { mockOperation, type ResultFunction, describedText } from '@qualipref/console-kit/testing';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Feedbacks } from '../../src/surveys/Feedbacks.js';
import type { DrmmFeedbacksQuery, FeedbackStatus } from '../../src/generated/graphql.js';
import { ANSWER_FEEDBACK, FEEDBACKS } from '../../src/surveys/operations.js';

// viewerCanAnswer: what the API says the viewer may do (an agent or a manager may, an analyst may not).
const feedback = (id: string, text: string, contact: string | null, status: FeedbackStatus = 'RECEIVED', viewerCanAnswer = true): NonNullable<DrmmFeedbacksQuery['feedbacks']>['nodes'][number] => ({ __typename: 'Feedback', id, receivedOn: '2015-10-14', channel: 'SUGGESTION_BOX', category: 'EQUIPMENT', text, contact, status, answer: null, answeredAt: null, viewerCanAnswer });

const listFor = (viewerCanAnswer: boolean) => mockOperation(FEEDBACKS, { filter: { tenantId: 'metz' }, after: null }, {
  data: {
    feedbacks: {
      __typename: 'FeedbackConnection',
      totalCount: 2,
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
      nodes: [feedback('f1', 'La photocopieuse du hall est souvent en panne.', 'usager@example.org', 'RECEIVED', viewerCanAnswer), feedback('f2', 'Merci pour l’accueil.', null, 'RECEIVED', viewerCanAnswer)],
    },
  },
});
const list = listFor(true);

/** The messages a field is described by: the console's own, beside it. */

describe('the feedback inbox', () => {
  it('records the answer to a feedback that left a contact; one without contact can only be closed', async () => {
    const answer = 'La photocopieuse a été remplacée le 2 novembre.';
    const answered = vi.fn<ResultFunction<typeof ANSWER_FEEDBACK>>(() => ({ data: { answerFeedback: { ...feedback('f1', 'La photocopieuse du hall est souvent en panne.', 'usager@example.org', 'ANSWERED'), answer, answeredAt: '2015-11-02T09:00:00.000Z' } } }));
    render(
      <MockedProvider mocks={[list, mockOperation(ANSWER_FEEDBACK, { id: 'f1', answer }, answered)]}>
        <TenantTimeZone timeZone="Europe/Paris">
          <Feedbacks tenantId="metz" />
        </TenantTimeZone>
      </MockedProvider>,
    );
    const photocopier = (await screen.findByText('La photocopieuse du hall est souvent en panne.')).closest('li')!;
    const thanks = screen.getByText('Merci pour l’accueil.').closest('li')!;
    expect(within(thanks).queryByRole('button', { name: 'Répondre' })).toBeNull();
    expect(within(thanks).getByRole('button', { name: 'Classer sans réponse' })).toBeTruthy();
    await userEvent.click(within(photocopier).getByRole('button', { name: 'Répondre' }));
    // The button gives way to the form, whose field takes the focus; spaces alone are no answer.
    const field = screen.getByLabelText('Réponse donnée');
    expect(document.activeElement).toBe(field);
    await userEvent.type(field, '   ');
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer la réponse' }));
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(describedText(field)).toContain('Renseignez « Réponse donnée ».');
    expect(answered).not.toHaveBeenCalled();
    await userEvent.clear(field);
    await userEvent.type(field, answer);
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer la réponse' }));
    await waitFor(() => expect(answered).toHaveBeenCalledTimes(1));
    // The form closes: the answer now in the card takes the focus.
    await waitFor(() => expect(document.activeElement?.textContent).toContain(answer));
  });

  it('offers an analyst no action', async () => {
    render(
      <MockedProvider mocks={[listFor(false)]}>
        <TenantTimeZone timeZone="Europe/Paris">
          <Feedbacks tenantId="metz" />
        </TenantTimeZone>
      </MockedProvider>,
    );
    await screen.findByText('La photocopieuse du hall est souvent en panne.');
    expect(screen.queryByRole('button', { name: 'Répondre' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Classer sans réponse' })).toBeNull();
  });
});
