import { MockedProvider } from '@apollo/client/testing/react';
import { TenantTimeZone } from '@qualipref/console-kit';
import { mockOperation, type ResultFunction } from '@qualipref/console-kit/testing';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ActionPlanBoard } from '../../src/committees/ActionPlanBoard.js';
import type { ActionInput, ActionStatus, DrmmActionPlansQuery, DrmmImportActionPlanCsvMutation, DrmmPlanActionsQuery } from '../../src/generated/graphql.js';
import { ACCEPTED_PROPOSALS, ACTION_PLANS, ADD_ACTION, DIRECTORATES, IMPORT_ACTION_PLAN_CSV, PLAN_ACTIONS, REPORT_ACTION_PROGRESS } from '../../src/committees/operations.js';

/**
 * The tenant's plans as the API answers a viewer who may manage them (the DRMM's manager) or not
 * (an analyst); only an administrator may also open a plan of the services.
 */
const plansFor = (
  may: boolean,
  plans: NonNullable<DrmmActionPlansQuery['actionPlans']>['nodes'] = [{ __typename: 'ActionPlan', id: 'plan', year: 2016, title: 'Plan d’actions 2016', viewerCanManage: may, committee: { __typename: 'Committee', id: 'clu' } }],
  servicesPlans = false,
) =>
  mockOperation(ACTION_PLANS, { tenantId: 'metz' }, {
    data: {
      tenant: { __typename: 'Tenant', id: 'metz', viewerCan: { __typename: 'TenantViewerCan', id: 'metz', createActionPlans: may, createServicesActionPlans: servicesPlans } },
      actionPlans: { __typename: 'ActionPlanConnection', nodes: plans },
      committees: { __typename: 'CommitteeConnection', nodes: [{ __typename: 'Committee', id: 'clu', name: 'Comité local des usagers', tenantId: 'metz', viewerCanManage: may }] },
    },
  });
const plans = plansFor(true);
const action = (status: ActionStatus, progress: number, viewerCanReportProgress = true): NonNullable<DrmmPlanActionsQuery['actions']>['nodes'][number] => ({ __typename: 'Action', id: 'a1', reference: 'A-2016-01', title: 'Filtrer le pré-accueil', status, progress, dueDate: '2016-06-30', overdue: false, viewerCanReportProgress, ownerDirectorate: { __typename: 'Directorate', code: 'DCTAS', name: 'DCTAS' } });
const board = (status: ActionStatus, progress: number, viewerCanReportProgress = true) => mockOperation(PLAN_ACTIONS, { planId: 'plan' }, { data: { actions: { __typename: 'ActionConnection', totalCount: 1, nodes: [action(status, progress, viewerCanReportProgress)] } } });

describe('the action plan board', () => {
  it('shows each action in the column of its status, and moves it when its progress is reported', async () => {
    const report = vi.fn<ResultFunction<typeof REPORT_ACTION_PROGRESS>>(() => ({ data: { reportActionProgress: action('IN_PROGRESS', 40) } }));
    render(
      <MockedProvider mocks={[plans, board('PLANNED', 0), mockOperation(REPORT_ACTION_PROGRESS, { id: 'a1', progress: 40, note: 'Premier filtre en place.' }, report), board('IN_PROGRESS', 40)]}>
        <TenantTimeZone timeZone="Europe/Paris">
          <ActionPlanBoard tenantId="metz" />
        </TenantTimeZone>
      </MockedProvider>,
    );
    const planned = await screen.findByRole('region', { name: 'Prévue (1)' });
    await userEvent.click(within(planned).getByRole('button', { name: 'Mettre à jour l’avancement' }));
    const progress = screen.getByLabelText('Avancement (%)');
    expect(document.activeElement).toBe(progress);
    await userEvent.clear(progress);
    await userEvent.type(progress, '40');
    await userEvent.type(screen.getByLabelText('Commentaire (facultatif)'), 'Premier filtre en place.');
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await waitFor(() => expect(report).toHaveBeenCalledTimes(1));
    const inProgress = await screen.findByRole('region', { name: 'En cours (1)' });
    expect(within(inProgress).getByText(/A-2016-01/)).toBeTruthy();
    // The card changed column; its button takes the focus back.
    await waitFor(() => expect(document.activeElement).toBe(within(inProgress).getByRole('button', { name: 'Mettre à jour l’avancement' })));
  });

  it('offers no update to whom the API says may not (an analyst)', async () => {
    render(
      <MockedProvider mocks={[plansFor(false), board('PLANNED', 0, false)]}>
        <TenantTimeZone timeZone="Europe/Paris">
          <ActionPlanBoard tenantId="metz" />
        </TenantTimeZone>
      </MockedProvider>,
    );
    await screen.findByText(/A-2016-01/);
    expect(screen.queryByRole('button', { name: 'Mettre à jour l’avancement' })).toBeNull();
    for (const name of ['Nouvelle action', 'Importer (CSV)', 'Nouveau plan']) expect(screen.queryByRole('button', { name })).toBeNull();
    expect(screen.getByRole('button', { name: 'Exporter (CSV)' })).toBeTruthy();
  });
});

describe('managing the plan', () => {
  it('offers a first plan before any exists, when the tenant’s capabilities allow it', async () => {
    render(
      <MockedProvider mocks={[plansFor(true, [])]}>
        <TenantTimeZone timeZone="Europe/Paris">
          <ActionPlanBoard tenantId="metz" />
        </TenantTimeZone>
      </MockedProvider>,
    );
    await screen.findByText('Aucun plan d’actions dans ce site.');
    await userEvent.click(screen.getByRole('button', { name: 'Nouveau plan' }));
    const form = within(screen.getByRole('form', { name: 'Nouveau plan d’actions' }));
    expect(form.getByRole('option', { name: 'Comité local des usagers' })).toBeTruthy();
    // The committee's manager opens the committee's plan only.
    expect(form.queryByRole('option', { name: 'Aucun (plan des services)' })).toBeNull();
  });

  it('offers a plan of the services to whom the API says may open one (an administrator)', async () => {
    render(
      <MockedProvider mocks={[plansFor(true, [], true)]}>
        <TenantTimeZone timeZone="Europe/Paris">
          <ActionPlanBoard tenantId="metz" />
        </TenantTimeZone>
      </MockedProvider>,
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Nouveau plan' }));
    expect(within(screen.getByRole('form', { name: 'Nouveau plan d’actions' })).getByRole('option', { name: 'Aucun (plan des services)' })).toBeTruthy();
  });

  const directorates = mockOperation(DIRECTORATES, { tenantId: 'metz' }, {
    data: { directorates: { __typename: 'DirectorateConnection', nodes: [{ __typename: 'Directorate', id: 'd-dctas', code: 'DCTAS', name: 'Direction de la citoyenneté' }] } },
  });
  const origins = mockOperation(ACCEPTED_PROPOSALS, {}, {
    data: { proposals: { __typename: 'ProposalConnection', nodes: [{ __typename: 'Proposal', id: 'prop1', text: 'Afficher les temps d’attente', authorName: 'Francis RAULIN' }] } },
  });

  it('adds an action carried by a directorate, traced to the accepted proposal it comes from', async () => {
    const input = { reference: 'A-2016-02', title: 'Afficher les temps d’attente', description: null, ownerDirectorateId: 'd-dctas', dueDate: '2016-09-30', originKind: 'PROPOSAL', originProposalId: 'prop1', originMeetingId: null, originFindingId: null } satisfies ActionInput;
    const add = vi.fn<ResultFunction<typeof ADD_ACTION>>(() => ({ data: { addAction: { ...action('PLANNED', 0), id: 'a2', reference: input.reference, title: input.title, dueDate: input.dueDate } } }));
    render(
      <MockedProvider mocks={[plans, board('PLANNED', 0), directorates, origins, mockOperation(ADD_ACTION, { planId: 'plan', input }, add), board('PLANNED', 0)]}>
        <TenantTimeZone timeZone="Europe/Paris">
          <ActionPlanBoard tenantId="metz" />
        </TenantTimeZone>
      </MockedProvider>,
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Nouvelle action' }));
    const form = screen.getByRole('form', { name: 'Nouvelle action' });
    await userEvent.type(within(form).getByLabelText(/Référence/), input.reference);
    await userEvent.type(within(form).getByLabelText('Intitulé'), input.title);
    await within(form).findByRole('option', { name: /DCTAS/ });
    await userEvent.selectOptions(within(form).getByLabelText('Direction pilote'), 'd-dctas');
    fireEvent.change(within(form).getByLabelText(/Échéance/), { target: { value: '2016-09-30' } });
    await within(form).findByRole('option', { name: /Francis RAULIN/ });
    await userEvent.selectOptions(within(form).getByLabelText('Laquelle ?'), 'prop1');
    await userEvent.click(within(form).getByRole('button', { name: 'Ajouter l’action' }));
    await waitFor(() => expect(add).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Nouvelle action' })).toBeNull());
  });

  it('says in French beside the field what an action lacks, focuses it and sends nothing', async () => {
    const add = vi.fn<ResultFunction<typeof ADD_ACTION>>(() => ({ data: { addAction: action('PLANNED', 0) } }));
    render(
      <MockedProvider mocks={[plans, board('PLANNED', 0), directorates, origins, mockOperation(ADD_ACTION, () => true, add)]}>
        <TenantTimeZone timeZone="Europe/Paris">
          <ActionPlanBoard tenantId="metz" />
        </TenantTimeZone>
      </MockedProvider>,
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Nouvelle action' }));
    const form = screen.getByRole('form', { name: 'Nouvelle action' });
    await userEvent.type(within(form).getByLabelText('Intitulé'), 'Afficher les temps d’attente');
    await within(form).findByRole('option', { name: /Francis RAULIN/ });
    await userEvent.click(within(form).getByRole('button', { name: 'Ajouter l’action' }));
    const reference = within(form).getByLabelText(/Référence/);
    expect(reference.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(reference.getAttribute('aria-describedby')!)!.textContent).toBe('Renseignez « Référence ».');
    expect(document.activeElement).toBe(reference);
    expect(within(form).getByText('Choisissez une valeur pour « Direction pilote ».')).toBeTruthy();
    expect(within(form).getByText('Choisissez une valeur pour « Laquelle ? ».')).toBeTruthy();
    expect(within(form).getByLabelText('Intitulé').getAttribute('aria-invalid')).toBeNull();
    expect(add).not.toHaveBeenCalled();
  });

  it('gives the focus to the API’s refusal of an action, then, once added, back to « Nouvelle action »', async () => {
    const input = { reference: 'A 1', title: 'Accueil', description: null, ownerDirectorateId: 'd-dctas', dueDate: null, originKind: 'PROPOSAL', originProposalId: 'prop1', originMeetingId: null, originFindingId: null } satisfies ActionInput;
    const refused = mockOperation(ADD_ACTION, { planId: 'plan', input }, { errors: [{ message: 'La référence d’une action est un code court (A-01…).', extensions: { code: 'BAD_USER_INPUT' } }] });
    const fixed = { ...input, reference: 'A-1' };
    const add = vi.fn<ResultFunction<typeof ADD_ACTION>>(() => ({ data: { addAction: { ...action('PLANNED', 0), id: 'a2' } } }));
    render(
      <MockedProvider mocks={[plans, board('PLANNED', 0), directorates, origins, refused, mockOperation(ADD_ACTION, { planId: 'plan', input: fixed }, add), board('PLANNED', 0)]}>
        <TenantTimeZone timeZone="Europe/Paris">
          <ActionPlanBoard tenantId="metz" />
        </TenantTimeZone>
      </MockedProvider>,
    );
    const opener = await screen.findByRole('button', { name: 'Nouvelle action' });
    await userEvent.click(opener);
    const form = screen.getByRole('form', { name: 'Nouvelle action' });
    expect(document.activeElement).toBe(within(form).getByLabelText(/Référence/));
    await userEvent.type(within(form).getByLabelText(/Référence/), input.reference);
    await userEvent.type(within(form).getByLabelText('Intitulé'), input.title);
    await within(form).findByRole('option', { name: /DCTAS/ });
    await userEvent.selectOptions(within(form).getByLabelText('Direction pilote'), 'd-dctas');
    await within(form).findByRole('option', { name: /Francis RAULIN/ });
    await userEvent.selectOptions(within(form).getByLabelText('Laquelle ?'), 'prop1');
    await userEvent.click(within(form).getByRole('button', { name: 'Ajouter l’action' }));
    const said = await within(form).findByText('Action non enregistrée : La référence d’une action est un code court (A-01…).');
    await waitFor(() => expect(document.activeElement?.contains(said)).toBe(true));
    await userEvent.clear(within(form).getByLabelText(/Référence/));
    await userEvent.type(within(form).getByLabelText(/Référence/), fixed.reference);
    await userEvent.click(within(form).getByRole('button', { name: 'Ajouter l’action' }));
    await waitFor(() => expect(add).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Nouvelle action' })));
  });

  it('checks a CSV without importing it, then imports it and shows the refused lines with their column, the plan unchanged', async () => {
    const csv = 'reference,title\nA-1,Accueil\n';
    const report = { __typename: 'CsvImportReport', applied: false, created: 0, updated: 0, unchanged: 0, rejected: 1 } as const;
    const issue = { __typename: 'CsvImportIssue', line: 2, field: 'ownerDirectorateId', code: 'BAD_USER_INPUT', message: 'Direction inconnue.' } as const;
    const checked: { data: DrmmImportActionPlanCsvMutation } = { data: { importActionPlanCsv: { ...report, dryRun: true, created: 1, rejected: 0, issues: [] } } };
    const refused: { data: DrmmImportActionPlanCsvMutation } = { data: { importActionPlanCsv: { ...report, dryRun: false, issues: [issue] } } };
    const check = vi.fn<ResultFunction<typeof IMPORT_ACTION_PLAN_CSV>>(() => checked);
    const importCsv = vi.fn<ResultFunction<typeof IMPORT_ACTION_PLAN_CSV>>(() => refused);
    render(
      <MockedProvider
        mocks={[plans, board('PLANNED', 0), mockOperation(IMPORT_ACTION_PLAN_CSV, { planId: 'plan', csv, dryRun: true }, check), board('PLANNED', 0), mockOperation(IMPORT_ACTION_PLAN_CSV, { planId: 'plan', csv, dryRun: false }, importCsv), board('PLANNED', 0)]}
      >
        <TenantTimeZone timeZone="Europe/Paris">
          <ActionPlanBoard tenantId="metz" />
        </TenantTimeZone>
      </MockedProvider>,
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Importer (CSV)' }));
    await userEvent.upload(screen.getByLabelText(/Fichier CSV/), new File([csv], 'plan.csv', { type: 'text/csv' }));
    await userEvent.click(screen.getByRole('button', { name: 'Vérifier sans importer' }));
    expect(await screen.findByText(/Vérification sans import : 1 action créée, 0 mise à jour/)).toBeTruthy();
    expect(check).toHaveBeenCalledTimes(1);
    expect(importCsv).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Importer' }));
    expect(await screen.findByText('Ligne 2, Direction pilote (identifiant) : Direction inconnue.')).toBeTruthy();
    expect(screen.getByText(/aucune action n’a été modifiée/)).toBeTruthy();
    expect(importCsv).toHaveBeenCalledTimes(1);
  });
});
