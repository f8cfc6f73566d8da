import { MockedProvider } from '@apollo/client/testing/react';
import { TenantTimeZone } from '@qualipref/console-kit';
import { mockOperation, type OperationMock, type ResultFunction } from '@qualipref/console-kit/testing';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import type { DrmmProposalsQuery, ProposalStatus } from '../../src/generated/graphql.js';
import { Proposals } from '../../src/committees/Proposals.js';
import { PROPOSALS, UPDATE_PROPOSAL_STATUS } from '../../src/committees/operations.js';
const proposal = (id: string, status: ProposalStatus, viewerCanMoveOn = true): NonNullable<DrmmProposalsQuery['proposals']>['nodes'][number] => ({
  __typename: 'Proposal',
  id,
  authorName: 'JAGER-WEBER',
  text: 'Adresser aux mairies les jours et heures d’affluence du public.',
  status,
  answer: null,
  viewerCanMoveOn,
  meeting: { __typename: 'Meeting', id: 'm1', title: 'Réunion d’installation', scheduledAt: '2015-11-18T09:00:00.000Z' },
  routings: [{ __typename: 'ProposalRouting', id: 'r1', bodyName: 'Comité de pilotage de la politique qualité', directorate: null }],
});

const list = (status: ProposalStatus, viewerCanMoveOn = true) =>
  mockOperation(PROPOSALS, { after: null }, { data: { proposals: { __typename: 'ProposalConnection', totalCount: 1, pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null }, nodes: [proposal('p1', status, viewerCanMoveOn)] } } });

function show(mocks: OperationMock[]) {
  render(
    <MockedProvider mocks={mocks}>
      <TenantTimeZone timeZone="Europe/Paris">
        <MemoryRouter initialEntries={['/propositions']}>
          <Proposals />
        </MemoryRouter>
      </TenantTimeZone>
    </MockedProvider>,
  );
}

describe('proposals', () => {
  it('rejects a proposal only with an answer to its author', async () => {
    const answer = 'Les horaires sont déjà publiés sur le site de la préfecture.';
    const update = vi.fn<ResultFunction<typeof UPDATE_PROPOSAL_STATUS>>(() => ({ data: { updateProposalStatus: { ...proposal('p1', 'REJECTED'), answer } } }));
    show([list('UNDER_STUDY'), mockOperation(UPDATE_PROPOSAL_STATUS, { id: 'p1', status: 'REJECTED', answer }, update)]);
    await userEvent.click(await screen.findByRole('button', { name: 'Faire avancer' }));
    const form = screen.getByRole('form', { name: 'Suite donnée à la proposition' });
    expect(within(form).getAllByRole('option').map((o) => o.textContent)).toEqual(['Retenue', 'Non retenue']);
    await userEvent.selectOptions(within(form).getByLabelText('Nouveau statut'), 'REJECTED');
    const save = within(form).getByRole('button', { name: 'Enregistrer' });
    await userEvent.click(save);
    const field = within(form).getByLabelText(/Réponse à l’auteur/);
    expect(document.getElementById(field.getAttribute('aria-describedby')!)!.textContent).toBe('Renseignez « Réponse à l’auteur ».');
    expect(document.activeElement).toBe(field);
    expect(update).not.toHaveBeenCalled();
    await userEvent.type(field, answer);
    await userEvent.click(save);
    await waitFor(() => expect(update).toHaveBeenCalledTimes(1));
    // The form closes and the row's button takes the focus back.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Faire avancer' })));
  });

  it('offers nothing once a proposal is done', async () => {
    show([list('DONE')]);
    await screen.findByText(/Adresser aux mairies/);
    expect(screen.queryByRole('button', { name: 'Faire avancer' })).toBeNull();
  });

  it('offers nothing to whom the API says may not move it on (an analyst, another directorate)', async () => {
    show([list('SUBMITTED', false)]);
    await screen.findByText(/Adresser aux mairies/);
    expect(screen.queryByRole('button', { name: 'Faire avancer' })).toBeNull();
  });
});
