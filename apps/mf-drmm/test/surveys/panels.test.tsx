import { MockedProvider } from '@apollo/client/testing/react';
import { TenantTimeZone } from '@qualipref/console-kit';
import { mockOperation, type OperationMock, type ResultFunction } from '@qualipref/console-kit/testing';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import type { DrmmSurveyPanelQuery, PanelMemberInput } from '../../src/generated/graphql.js';
import { Panel } from '../../src/surveys/Panels.js';
import { ADD_PANEL_MEMBER, SURVEY_PANEL, UPDATE_PANEL_MEMBER } from '../../src/surveys/operations.js';

// Functional addresses of a fictitious town hall: panels hold professional addresses only.
const member = (active: boolean, email: string | null): NonNullable<DrmmSurveyPanelQuery['surveyPanel']>['members']['nodes'][number] => ({ __typename: 'PanelMember', id: 'm1', name: 'Jean MARTIN', organization: 'Commune de Woippy', position: 'Maire', civility: 'MONSIEUR', office: 'MAYOR', active, email });

/** The panel as a manager (who runs it and reads the addresses) or an analyst (neither) gets it. */
function panel(active: boolean, email: string | null, manager = true) {
  return mockOperation(SURVEY_PANEL, { id: 'p1', membersAfter: null }, {
    data: {
      surveyPanel: { __typename: 'SurveyPanel', id: 'p1', name: 'Maires et présidents d’EPCI', kind: 'ELECTED_OFFICIALS', description: null, viewerCanManage: manager, viewerCanSeeEmails: manager, members: { __typename: 'PanelMemberConnection', totalCount: 1, pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'c1' }, nodes: [member(active, email)] } },
    },
  });
}

/** The messages a field is described by: the console's own, beside it. */
const described = (field: HTMLElement) => (field.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' ');

function show(mocks: OperationMock[]) {
  render(
    <MockedProvider mocks={mocks}>
      <TenantTimeZone timeZone="Europe/Paris">
        <MemoryRouter initialEntries={['/enquetes/panels/p1']}>
          <Routes>
            <Route path="enquetes/panels/:panelId" element={<Panel />} />
          </Routes>
        </MemoryRouter>
      </TenantTimeZone>
    </MockedProvider>,
  );
}

describe('a panel’s members', () => {
  it('adds a member with a professional address and the civility and office of her greeting, and deactivates one', async () => {
    const input = { name: 'Claire PETIT', organization: 'Metz Métropole', position: 'Présidente', civility: 'MADAME', office: 'PRESIDENT', email: null } satisfies PanelMemberInput;
    const add = vi.fn<ResultFunction<typeof ADD_PANEL_MEMBER>>(() => ({ data: { addPanelMember: { __typename: 'PanelMember', id: 'm2', ...input, active: true } } }));
    const deactivate = vi.fn<ResultFunction<typeof UPDATE_PANEL_MEMBER>>(() => ({ data: { updatePanelMember: member(false, 'mairie@woippy.example') } }));
    show([
      panel(true, 'mairie@woippy.example'),
      mockOperation(ADD_PANEL_MEMBER, { panelId: 'p1', input }, add),
      panel(true, 'mairie@woippy.example'),
      mockOperation(UPDATE_PANEL_MEMBER, { id: 'm1', input: { active: false } }, deactivate),
      panel(false, 'mairie@woippy.example'),
    ]);
    const row = (await screen.findByText('Jean MARTIN')).closest('tr')!;
    expect(within(row).getByText('mairie@woippy.example')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Ajouter un membre' }));
    const form = screen.getByRole('form', { name: 'Nouveau membre' });
    await userEvent.type(within(form).getByLabelText('Nom'), ' Claire PETIT ');
    await userEvent.type(within(form).getByLabelText('Commune, EPCI ou association'), 'Metz Métropole');
    await userEvent.type(within(form).getByLabelText(/^Fonction/), 'Présidente');
    await userEvent.selectOptions(within(form).getByLabelText(/^Civilité/), 'MADAME');
    await userEvent.selectOptions(within(form).getByLabelText(/^Titre dans la formule d’appel/), 'PRESIDENT');
    await userEvent.click(within(form).getByRole('button', { name: 'Ajouter au panel' }));
    await waitFor(() => expect(add).toHaveBeenCalledTimes(1));
    // The form is emptied for the next person of the list, and first says who was added.
    await waitFor(() => expect((within(screen.getByRole('form', { name: 'Nouveau membre' })).getByLabelText('Nom') as HTMLInputElement).value).toBe(''));
    expect(document.activeElement?.textContent).toBe('Membre ajouté au panel : Claire PETIT.');
    await userEvent.click(screen.getByRole('button', { name: 'Désactiver Jean MARTIN' }));
    expect(await screen.findByText('Non (désactivé)')).toBeTruthy();
    expect(deactivate).toHaveBeenCalledTimes(1);
  });

  it('adds no member whose name is missing: the field says so in French and takes the focus', async () => {
    const add = vi.fn<ResultFunction<typeof ADD_PANEL_MEMBER>>(() => ({ data: { addPanelMember: { __typename: 'PanelMember', id: 'm2', name: 'x', organization: 'x', position: 'x', civility: null, office: null, email: null, active: true } } }));
    show([panel(true, 'mairie@woippy.example'), mockOperation(ADD_PANEL_MEMBER, { panelId: 'p1', input: { name: '', organization: 'Metz Métropole', position: 'Présidente', civility: null, office: null, email: 'presidence' } }, add)]);
    await userEvent.click(await screen.findByRole('button', { name: 'Ajouter un membre' }));
    const form = screen.getByRole('form', { name: 'Nouveau membre' });
    await userEvent.type(within(form).getByLabelText('Commune, EPCI ou association'), 'Metz Métropole');
    await userEvent.type(within(form).getByLabelText(/^Fonction/), 'Présidente');
    const email = within(form).getByLabelText(/^Adresse électronique/);
    await userEvent.type(email, 'presidence');
    await userEvent.click(within(form).getByRole('button', { name: 'Ajouter au panel' }));
    const name = within(form).getByLabelText('Nom');
    expect(document.activeElement).toBe(name);
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(described(name)).toContain('Renseignez « Nom ».');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(described(email)).toContain('« Adresse électronique (facultative) » : l’adresse électronique a la forme prenom.nom@domaine.fr.');
    expect(add).not.toHaveBeenCalled();
  });

  it('says what the API refused in a member’s change where the focus goes, and gives the focus back to « Modifier » once saved', async () => {
    const refused = new GraphQLError('Ce membre a été modifié entre-temps : rechargez la page et recommencez.', { extensions: { code: 'CONFLICT' } });
    const input = { name: 'Jean MARTIN', organization: 'Commune de Woippy', position: 'Maire', civility: 'MONSIEUR', office: 'MAYOR', email: 'mairie@woippy.example' } satisfies PanelMemberInput;
    const saved = vi.fn<ResultFunction<typeof UPDATE_PANEL_MEMBER>>(() => ({ data: { updatePanelMember: member(true, 'mairie@woippy.example') } }));
    show([panel(true, input.email), mockOperation(UPDATE_PANEL_MEMBER, { id: 'm1', input }, { errors: [refused] }), mockOperation(UPDATE_PANEL_MEMBER, { id: 'm1', input }, saved), panel(true, input.email)]);
    await userEvent.click(await screen.findByRole('button', { name: 'Modifier Jean MARTIN' }));
    const form = screen.getByRole('form', { name: 'Modifier Jean MARTIN' });
    expect(document.activeElement).toBe(within(form).getByLabelText('Nom'));
    await userEvent.click(within(form).getByRole('button', { name: 'Enregistrer' }));
    await waitFor(() => expect(document.activeElement?.textContent).toBe(`Membre non modifié : ${refused.message}`));
    await userEvent.click(within(form).getByRole('button', { name: 'Enregistrer' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Modifier Jean MARTIN' })));
    expect(saved).toHaveBeenCalledTimes(1);
  });

  it('shows analysts the members without their addresses and without any action', async () => {
    show([panel(true, null, false)]);
    const table = (await screen.findByText('Jean MARTIN')).closest('table')!;
    expect(within(table).queryByText('Adresse électronique')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
  });
});
