import { MockedProvider } from '@apollo/client/testing/react';
import { TenantTimeZone } from '@qualipref/console-kit';
import { mockOperation, type OperationMock, type ResultFunction } from '@qualipref/console-kit/testing';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { Committee } from '../../src/committees/Committee.js';
import { Committees } from '../../src/committees/Committees.js';
import type { CreateCommitteeInput, DrmmCommitteeQuery, MemberInput, ScheduleMeetingInput, UpdateMemberInput } from '../../src/generated/graphql.js';
import { ADD_FOLLOW_UP, ADD_MEMBER, COMMITTEE, COMMITTEES, CREATE_COMMITTEE, SCHEDULE_MEETING, UPDATE_MEMBER } from '../../src/committees/operations.js';
/** The tenant's committees, none yet; whether the viewer may create one is the API's answer. */
const emptyList = (createCommittees: boolean) =>
  mockOperation(COMMITTEES, { tenantId: 'metz' }, {
    data: {
      tenant: { __typename: 'Tenant', id: 'metz', viewerCan: { __typename: 'TenantViewerCan', id: 'metz', createCommittees } },
      committees: { __typename: 'CommitteeConnection', nodes: [] },
      committeeCadence: { __typename: 'CommitteeCadenceConnection', nodes: [] },
    },
  });

type Committee = NonNullable<DrmmCommitteeQuery['committee']>;
type College = Committee['colleges'][number];
type Member = Committee['members']['nodes'][number];

const college = (id: string, name: string, position: number): College => ({ __typename: 'College', id, name, position });
const member = (id: string, name: string, collegeId: string, mandateEnd: string | null = null): Member => ({
  __typename: 'Member',
  id,
  name,
  organisation: 'Association des usagers',
  role: null,
  contact: null,
  mandateStart: '2015-11-18',
  mandateEnd,
  college: { __typename: 'College', id: collegeId },
});

const committee: Committee = {
  __typename: 'Committee',
  id: 'c1',
  tenantId: 'metz',
  kind: 'CLU',
  name: 'Comité local des usagers',
  decisionText: null,
  chairName: 'Alain CARTON',
  chairTitle: 'secrétaire général',
  meetingIntervalMonths: 12,
  viewerCanManage: true,
  colleges: [college('g1', 'Usagers', 1), college('g2', 'Collectivités', 2)],
  members: { __typename: 'MemberConnection', nodes: [member('p1', 'Francis RAULIN', 'g1'), member('p2', 'Lucie MARTEL', 'g2', '2016-12-31')] },
  meetings: { __typename: 'MeetingConnection', nodes: [] },
  followUps: [],
};
const committeeMock = mockOperation(COMMITTEE, { id: 'c1' }, { data: { committee } });

function showCommittees(mocks: OperationMock[]) {
  render(
    <MockedProvider mocks={mocks}>
      <TenantTimeZone timeZone="Europe/Paris">
        <MemoryRouter>
          <Committees tenantId="metz" />
        </MemoryRouter>
      </TenantTimeZone>
    </MockedProvider>,
  );
}

function showCommittee(mocks: OperationMock[]) {
  render(
    <MockedProvider mocks={mocks}>
      <TenantTimeZone timeZone="Europe/Paris">
        <MemoryRouter initialEntries={['/comites/c1']}>
          <Routes>
            <Route path="comites/:committeeId" element={<Committee />} />
            <Route path="reunions/:meetingId" element={<p>Page de la réunion</p>} />
          </Routes>
        </MemoryRouter>
      </TenantTimeZone>
    </MockedProvider>,
  );
}

describe('installing a committee', () => {
  it('creates a committee from its decision with its colleges, then opens it', async () => {
    const input = {
      kind: 'CLU',
      name: 'Comité local des usagers de Metz',
      decisionDate: '2015-10-01',
      decisionReference: 'Arrêté 2015-DRMM-42',
      decisionText: null,
      chairName: 'Alain CARTON',
      chairTitle: null,
      meetingIntervalMonths: 12,
      colleges: [
        { code: 'COLLECTIVITES', name: 'Collectivités' },
        { code: 'USAGERS', name: 'Usagers' },
        { code: 'PROFESSIONNELS', name: 'Professionnels' },
      ],
    } satisfies CreateCommitteeInput;
    const create = vi.fn<ResultFunction<typeof CREATE_COMMITTEE>>(() => ({ data: { createCommittee: { ...committee, id: 'c9', name: input.name } } }));
    render(
      <MockedProvider mocks={[emptyList(true), mockOperation(CREATE_COMMITTEE, { input }, create), emptyList(true)]}>
        <TenantTimeZone timeZone="Europe/Paris">
          <MemoryRouter initialEntries={['/']}>
            <Routes>
              <Route index element={<Committees tenantId="metz" />} />
              <Route path="comites/:committeeId" element={<p>Page du comité</p>} />
            </Routes>
          </MemoryRouter>
        </TenantTimeZone>
      </MockedProvider>,
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Créer un comité' }));
    await userEvent.type(screen.getByLabelText('Nom du comité'), input.name);
    await userEvent.type(screen.getByLabelText(/Décision de création : référence/), input.decisionReference);
    fireEvent.change(screen.getByLabelText('Date de la décision'), { target: { value: '2015-10-01' } });
    await userEvent.type(screen.getByLabelText('Président(e)'), input.chairName);
    await userEvent.click(screen.getByRole('button', { name: 'Retirer le collège 4' }));
    await userEvent.click(screen.getByRole('button', { name: 'Créer le comité' }));
    expect(await screen.findByText('Page du comité')).toBeTruthy();
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('shows the API’s refusal and stays on the form', async () => {
    const refused = mockOperation(CREATE_COMMITTEE, () => true, { errors: [{ message: 'La date de la décision est dans le futur.', extensions: { code: 'BAD_USER_INPUT' } }] });
    showCommittees([emptyList(true), refused]);
    await userEvent.click(await screen.findByRole('button', { name: 'Créer un comité' }));
    await userEvent.type(screen.getByLabelText('Nom du comité'), 'CLU');
    await userEvent.type(screen.getByLabelText(/Décision de création : référence/), 'A-1');
    fireEvent.change(screen.getByLabelText('Date de la décision'), { target: { value: '2099-01-01' } });
    await userEvent.type(screen.getByLabelText('Président(e)'), 'X');
    await userEvent.click(screen.getByRole('button', { name: 'Créer le comité' }));
    expect(await screen.findByText(/La date de la décision est dans le futur/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Créer le comité' })).toBeTruthy();
  });

  it('offers no creation when the API says the viewer may not (an analyst)', async () => {
    showCommittees([emptyList(false)]);
    await screen.findByText(/Aucun comité/);
    expect(screen.queryByRole('button', { name: 'Créer un comité' })).toBeNull();
  });

  it('says the committees are unavailable when their subgraph does not answer, the tenant answered beside', async () => {
    const partial = mockOperation(COMMITTEES, { tenantId: 'metz' }, {
      data: { tenant: { __typename: 'Tenant', id: 'metz', viewerCan: { __typename: 'TenantViewerCan', id: 'metz', createCommittees: true } }, committees: null, committeeCadence: null },
      errors: [{ message: 'Le service des comités locaux des usagers ne répond pas : réessayez dans quelques minutes.', extensions: { code: 'SERVICE_UNAVAILABLE', service: 'committees' } }],
    });
    showCommittees([partial]);
    const alert = await screen.findByText('Comités indisponibles');
    expect(alert.closest('.fr-alert')?.textContent).toContain('ne répond pas : réessayez');
    expect(screen.queryByRole('button', { name: 'Créer un comité' })).toBeNull();
  });
});

describe('a committee’s page', () => {
  it('adds a member to a college with the start of the mandate', async () => {
    const input = { collegeId: 'g2', name: 'Claire HENRY', organisation: 'Mairie de Woippy', role: 'suppléante', contact: null, mandateStart: '2016-01-15', mandateEnd: null } satisfies MemberInput;
    const add = vi.fn<ResultFunction<typeof ADD_MEMBER>>(() => ({ data: { addMember: { ...member('p3', input.name, input.collegeId), organisation: input.organisation, role: input.role, mandateStart: input.mandateStart } } }));
    showCommittee([committeeMock, mockOperation(ADD_MEMBER, { committeeId: 'c1', input }, add), committeeMock]);
    await userEvent.click(await screen.findByRole('button', { name: 'Ajouter un membre' }));
    const form = screen.getByRole('form', { name: 'Nouveau membre' });
    await userEvent.selectOptions(within(form).getByLabelText('Collège'), 'g2');
    await userEvent.type(within(form).getByLabelText('Nom'), input.name);
    await userEvent.type(within(form).getByLabelText(/Organisme/), input.organisation);
    await userEvent.type(within(form).getByLabelText(/Qualité/), input.role);
    fireEvent.change(within(form).getByLabelText('Début du mandat'), { target: { value: input.mandateStart } });
    await userEvent.click(within(form).getByRole('button', { name: 'Ajouter le membre' }));
    await waitFor(() => expect(add).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Nouveau membre' })).toBeNull());
  });

  it('says in French beside the field what a member lacks, focuses it and sends nothing', async () => {
    const add = vi.fn<ResultFunction<typeof ADD_MEMBER>>(() => ({ data: { addMember: member('p3', 'Claire HENRY', 'g1') } }));
    showCommittee([committeeMock, mockOperation(ADD_MEMBER, () => true, add)]);
    await userEvent.click(await screen.findByRole('button', { name: 'Ajouter un membre' }));
    const form = screen.getByRole('form', { name: 'Nouveau membre' });
    await userEvent.type(within(form).getByLabelText(/Organisme/), 'Mairie de Woippy');
    await userEvent.click(within(form).getByRole('button', { name: 'Ajouter le membre' }));
    const name = within(form).getByLabelText('Nom');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(name.getAttribute('aria-describedby')!)!.textContent).toBe('Renseignez « Nom ».');
    expect(document.activeElement).toBe(name);
    expect(within(form).getByText('Indiquez « Début du mandat ».')).toBeTruthy();
    expect(within(form).getByLabelText(/Organisme/).getAttribute('aria-invalid')).toBeNull();
    expect(add).not.toHaveBeenCalled();
  });

  it('refuses a mandate ending before it begins, without asking the API', async () => {
    const update = vi.fn<ResultFunction<typeof UPDATE_MEMBER>>(() => ({ data: { updateMember: member('p1', 'Francis RAULIN', 'g1', '2014-06-30') } }));
    showCommittee([committeeMock, mockOperation(UPDATE_MEMBER, () => true, update)]);
    await userEvent.click(await screen.findByRole('button', { name: 'Modifier Francis RAULIN' }));
    const end = screen.getByLabelText(/Fin du mandat/);
    fireEvent.change(end, { target: { value: '2014-06-30' } });
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(document.getElementById(end.getAttribute('aria-describedby')!)!.textContent).toBe('« Fin du mandat » ne peut précéder le début du mandat.');
    expect(document.activeElement).toBe(end);
    expect(update).not.toHaveBeenCalled();
  });

  it('gives the focus to the API’s refusal of a member', async () => {
    const refused = mockOperation(UPDATE_MEMBER, () => true, { errors: [{ message: 'Un mandat ne peut pas commencer avant la création du comité.', extensions: { code: 'BAD_USER_INPUT' } }] });
    showCommittee([committeeMock, refused]);
    await userEvent.click(await screen.findByRole('button', { name: 'Modifier Francis RAULIN' }));
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    const said = await screen.findByText('Membre non enregistré : Un mandat ne peut pas commencer avant la création du comité.');
    await waitFor(() => expect(document.activeElement?.contains(said)).toBe(true));
  });

  it('ends a mandate by its date, keeping the member in the record', async () => {
    const input = { collegeId: 'g1', name: 'Francis RAULIN', organisation: 'Association des usagers', role: null, contact: null, mandateStart: '2015-11-18', mandateEnd: '2017-06-30' } satisfies UpdateMemberInput;
    const update = vi.fn<ResultFunction<typeof UPDATE_MEMBER>>(() => ({ data: { updateMember: { ...member('p1', 'Francis RAULIN', 'g1', '2017-06-30') } } }));
    showCommittee([committeeMock, mockOperation(UPDATE_MEMBER, { id: 'p1', input }, update), committeeMock]);
    await userEvent.click(await screen.findByRole('button', { name: 'Modifier Francis RAULIN' }));
    fireEvent.change(screen.getByLabelText(/Fin du mandat/), { target: { value: '2017-06-30' } });
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await waitFor(() => expect(update).toHaveBeenCalledTimes(1));
    // The line closes and its button takes the focus back.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Modifier Francis RAULIN' })));
  });

  it('schedules a meeting with its ordered agenda, inviting the members in office, and opens it', async () => {
    const input = {
      title: 'Réunion annuelle',
      // 14:00 on Metz's clocks (winter time, UTC+1), whatever the time zone the test runs in.
      scheduledAt: '2026-12-10T13:00:00.000Z',
      place: 'salle Verlaine',
      chairName: 'Alain CARTON',
      agenda: [
        { title: 'Bilan des actions', description: null },
        { title: 'Résultats de l’enquête', description: 'Comparaison avec 2025' },
      ],
      memberIds: ['p1'],
    } satisfies ScheduleMeetingInput;
    const schedule = vi.fn<ResultFunction<typeof SCHEDULE_MEETING>>(() => ({ data: { scheduleMeeting: { __typename: 'Meeting', id: 'm9', title: input.title, scheduledAt: input.scheduledAt, place: input.place, status: 'PLANNED' } } }));
    showCommittee([committeeMock, mockOperation(SCHEDULE_MEETING, { committeeId: 'c1', input }, schedule), committeeMock]);
    await userEvent.click(await screen.findByRole('button', { name: 'Programmer une réunion' }));
    // Lucie MARTEL's mandate ended: she is not offered.
    expect(screen.queryByLabelText(/Lucie MARTEL/)).toBeNull();
    expect((screen.getByLabelText(/Francis RAULIN/) as HTMLInputElement).checked).toBe(true);
    await userEvent.type(screen.getByLabelText(/^Intitulé/), input.title);
    fireEvent.change(screen.getByLabelText('Date et heure'), { target: { value: '2026-12-10T14:00' } });
    await userEvent.type(screen.getByLabelText(/^Lieu/), input.place);
    await userEvent.type(screen.getByLabelText('Point 1'), 'Résultats de l’enquête');
    await userEvent.type(screen.getByLabelText('Précisions sur le point 1 (facultatif)'), 'Comparaison avec 2025');
    await userEvent.click(screen.getByRole('button', { name: 'Ajouter un point' }));
    await userEvent.type(screen.getByLabelText('Point 2'), 'Bilan des actions');
    await userEvent.click(screen.getByRole('button', { name: 'Monter le point 2' }));
    await userEvent.click(screen.getByRole('button', { name: 'Programmer la réunion' }));
    expect(await screen.findByText('Page de la réunion')).toBeTruthy();
    expect(schedule).toHaveBeenCalledTimes(1);
  });

  it('says in French, beside each field, what a meeting lacks, and sends nothing', async () => {
    // No mock of the mutation: had the form asked the API, it would show « Réunion non programmée ».
    showCommittee([committeeMock]);
    await userEvent.click(await screen.findByRole('button', { name: 'Programmer une réunion' }));
    await userEvent.type(screen.getByLabelText(/^Intitulé/), 'Réunion annuelle');
    await userEvent.click(screen.getByRole('button', { name: 'Programmer la réunion' }));
    const when = screen.getByLabelText('Date et heure');
    expect(when.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(when.getAttribute('aria-describedby')!)!.textContent).toBe('Indiquez la date et l’heure de la réunion.');
    expect(document.activeElement).toBe(when);
    expect(screen.getByText('Indiquez le lieu de la réunion.')).toBeTruthy();
    expect(screen.getByText('Indiquez l’intitulé du point 1 de l’ordre du jour.')).toBeTruthy();
    expect(screen.getByLabelText(/^Intitulé/).getAttribute('aria-invalid')).toBeNull();
    expect(screen.queryByText('Réunion non programmée')).toBeNull();
  });

  it('offers only the members still seated on the day typed: a mandate ending before it is not invited', async () => {
    // Dates from today, so that the member is in office now and no longer on the meeting's day.
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const leaving = { ...member('p3', 'Claire HENRY', 'g2', day(30)) };
    const withLeaving = { ...committee, members: { ...committee.members, nodes: [...committee.members.nodes, leaving] } };
    showCommittee([mockOperation(COMMITTEE, { id: 'c1' }, { data: { committee: withLeaving } })]);
    await userEvent.click(await screen.findByRole('button', { name: 'Programmer une réunion' }));
    expect(screen.getByLabelText(/Claire HENRY/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Date et heure'), { target: { value: `${day(60)}T14:00` } });
    expect(screen.queryByLabelText(/Claire HENRY/)).toBeNull();
    expect(screen.getByText('1 membre dont le mandat ne couvre pas cette date ne figure pas dans la liste.')).toBeTruthy();
    expect(screen.getByText('Membres invités (1 sur 1)')).toBeTruthy();
  });

  it('adds a follow-up, says so where the focus goes, and empties the form for the next one', async () => {
    const followUp = { __typename: 'FollowUp', id: 'f1', title: 'Envoyer le relevé', dueDate: '2026-12-20', done: false } as const;
    const add = vi.fn<ResultFunction<typeof ADD_FOLLOW_UP>>(() => ({ data: { addFollowUp: followUp } }));
    showCommittee([committeeMock, mockOperation(ADD_FOLLOW_UP, { committeeId: 'c1', title: followUp.title, dueDate: followUp.dueDate }, add), committeeMock]);
    const form = await screen.findByRole('form', { name: 'Nouvelle suite à donner' });
    const title = within(form).getByLabelText('Nouvelle suite à donner');
    await userEvent.type(title, followUp.title);
    await userEvent.click(within(form).getByRole('button', { name: 'Ajouter' }));
    const when = within(form).getByLabelText('Pour le');
    expect(document.getElementById(when.getAttribute('aria-describedby')!)!.textContent).toBe('Indiquez « Pour le ».');
    expect(document.activeElement).toBe(when);
    expect(add).not.toHaveBeenCalled();
    fireEvent.change(when, { target: { value: followUp.dueDate } });
    await userEvent.click(within(form).getByRole('button', { name: 'Ajouter' }));
    const said = await within(form).findByText('Suite à donner « Envoyer le relevé » ajoutée.');
    await waitFor(() => expect(document.activeElement?.contains(said)).toBe(true));
    expect(add).toHaveBeenCalledTimes(1);
    expect((title as HTMLInputElement).value).toBe('');
  });

  it('offers no management when the API says the viewer may not (an analyst)', async () => {
    showCommittee([mockOperation(COMMITTEE, { id: 'c1' }, { data: { committee: { ...committee, viewerCanManage: false } } })]);
    await screen.findByText('Francis RAULIN');
    for (const name of ['Programmer une réunion', 'Ajouter un membre', 'Modifier le comité']) expect(screen.queryByRole('button', { name })).toBeNull();
  });
});
