import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ActionPlanBoard } from '../src/ActionPlanBoard.js';
import { ACTION_PLANS, PLAN_ACTIONS, REPORT_ACTION_PROGRESS } from '../src/queries.js';
import { manager } from './users.js';


const plans = { request: { query: ACTION_PLANS, variables: { tenantId: 'metz' } }, result: { data: { actionPlans: { __typename: 'ActionPlanConnection', nodes: [{ __typename: 'ActionPlan', id: 'plan', year: 2016, title: 'Plan d’actions 2016' }] } } } };
const action = (status: string, progress: number) => ({ __typename: 'Action', id: 'a1', reference: 'A-2016-01', title: 'Filtrer le pré-accueil', status, progress, dueDate: '2016-06-30', overdue: false, ownerDirectorate: { __typename: 'Directorate', code: 'DCTAS', name: 'DCTAS' } });
const board = (status: string, progress: number) => ({ request: { query: PLAN_ACTIONS, variables: { planId: 'plan' } }, result: { data: { actions: { __typename: 'ActionConnection', totalCount: 1, nodes: [action(status, progress)] } } } });

describe('the action plan board', () => {
  it('shows each action in the column of its status, and moves it when its progress is reported', async () => {
    const report = vi.fn(() => ({ data: { reportActionProgress: { __typename: 'Action', id: 'a1', status: 'IN_PROGRESS', progress: 40 } } }));
    render(
      <MockedProvider mocks={[plans, board('PLANNED', 0), { request: { query: REPORT_ACTION_PROGRESS, variables: { id: 'a1', progress: 40, note: 'Premier filtre en place.' } }, result: report }, board('IN_PROGRESS', 40)]}>
        <ActionPlanBoard user={manager} tenantId="metz" />
      </MockedProvider>,
    );
    const planned = await screen.findByRole('region', { name: 'Prévue (1)' });
    await userEvent.click(within(planned).getByRole('button', { name: 'Mettre à jour l’avancement' }));
    const progress = screen.getByLabelText('Avancement (%)');
    await userEvent.clear(progress);
    await userEvent.type(progress, '40');
    await userEvent.type(screen.getByLabelText('Commentaire (facultatif)'), 'Premier filtre en place.');
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await waitFor(() => expect(report).toHaveBeenCalledTimes(1));
    const inProgress = await screen.findByRole('region', { name: 'En cours (1)' });
    expect(within(inProgress).getByText(/A-2016-01/)).toBeTruthy();
  });

  it('offers an analyst no update', async () => {
    render(
      <MockedProvider mocks={[plans, board('PLANNED', 0)]}>
        <ActionPlanBoard user={{ ...manager, role: 'ANALYST' }} tenantId="metz" />
      </MockedProvider>,
    );
    await screen.findByText(/A-2016-01/);
    expect(screen.queryByRole('button', { name: 'Mettre à jour l’avancement' })).toBeNull();
  });
});
