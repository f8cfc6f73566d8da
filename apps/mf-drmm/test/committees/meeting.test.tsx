import { MockedProvider } from '@apollo/client/testing/react';
import { TenantTimeZone } from '@qualipref/console-kit';
import { mockOperation, type OperationMock, type ResultFunction } from '@qualipref/console-kit/testing';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import type { Attendance, DrmmMeetingInvitationsQuery, DrmmMeetingQuery, MeetingStatus, MinutesStatus, RaiseProposalInput } from '../../src/generated/graphql.js';
import { Meeting } from '../../src/committees/Meeting.js';
import { CORRECT_MINUTES, DIRECTORATES, EDIT_MINUTES, MARK_MEETING_HELD, MEETING, MEETING_INVITATIONS, PUBLISH_MINUTES, RAISE_PROPOSAL, RECORD_ATTENDANCE, VALIDATE_MINUTES } from '../../src/committees/operations.js';

type MeetingFields = NonNullable<DrmmMeetingQuery['meeting']>;

type InvitationFields = NonNullable<DrmmMeetingInvitationsQuery['meeting']>['invitations']['nodes'][number];

const invitation = (id: string, name: string, attendance: Attendance, signed: boolean): InvitationFields => ({ __typename: 'Invitation', id, name, organisation: 'Ville de Metz', member: { __typename: 'Member', id: `member-${id}` }, attendance, representedBy: null, signed });

const minutes = (status: MinutesStatus, publishedAt: string | null = null): MeetingFields['minutesVersions'][number] => ({
  __typename: 'Minutes',
  id: 'min1',
  version: 1,
  status,
  pdfPath: '/documents/committees/minutes/min1.pdf',
  publishedAt,
  caseOfficers: 'Mme VARNEROT et M. RAULIN',
  caseOfficerContacts: null,
  sections: [{ __typename: 'MinutesSection', id: 's1', presentation: 'La démarche…', conclusions: 'Le CLU est installé.', agendaItem: { __typename: 'AgendaItem', id: 'a1', position: 1, title: 'Présentation de la démarche qualité' } }],
});

/** A meeting of the CLU; whether the viewer runs its committee is the API's answer. */
function meeting(minutesStatus: MinutesStatus, status: MeetingStatus = 'HELD', viewerCanManage = true): MeetingFields {
  return {
    __typename: 'Meeting',
    id: 'm1',
    title: 'Réunion d’installation du comité local des usagers',
    scheduledAt: '2015-11-18T09:00:00.000Z',
    place: 'salle Verlaine',
    chairName: 'Alain CARTON',
    status,
    attendanceSheetPdfPath: '/documents/committees/meetings/m1/attendance.pdf',
    committee: { __typename: 'Committee', id: 'c1', name: 'Comité local des usagers', tenantId: 'metz', viewerCanManage },
    agenda: [{ __typename: 'AgendaItem', id: 'a1', position: 1, title: 'Présentation de la démarche qualité', description: null }],
    minutesVersions: [minutes(minutesStatus)],
    proposals: { __typename: 'ProposalConnection', nodes: [] },
  };
}

const meetingMock = (minutesStatus: MinutesStatus, viewerCanManage = true) => mockOperation(MEETING, { id: 'm1' }, { data: { meeting: meeting(minutesStatus, 'HELD', viewerCanManage) } });

const invitationsPage = (after: string | null, nodes: InvitationFields[], endCursor: string | null) =>
  mockOperation(MEETING_INVITATIONS, after ? { id: 'm1', after } : { id: 'm1' }, {
    data: { meeting: { __typename: 'Meeting', id: 'm1', invitations: { __typename: 'InvitationConnection', pageInfo: { __typename: 'PageInfo', hasNextPage: endCursor !== null, endCursor }, nodes } } },
  });

const invitees = invitationsPage(null, [invitation('i1', 'Anne DUPONT-ESCALE', 'PENDING', false), invitation('i2', 'Francis RAULIN', 'PRESENT', true)], null);

function show(mocks: OperationMock[], openDocument = vi.fn(async () => {}), invitations: OperationMock[] = [invitees]) {
  render(
    <MockedProvider mocks={[...invitations, ...mocks]}>
      <TenantTimeZone timeZone="Europe/Paris">
        <MemoryRouter initialEntries={['/reunions/m1']}>
          <Routes>
            <Route path="reunions/:meetingId" element={<Meeting openDocument={openDocument} />} />
          </Routes>
        </MemoryRouter>
      </TenantTimeZone>
    </MockedProvider>,
  );
  return openDocument;
}

describe('a meeting of the CLU', () => {
  it('records only the attendance lines that changed', async () => {
    const record = vi.fn<ResultFunction<typeof RECORD_ATTENDANCE>>(() => ({ data: { recordAttendance: [invitation('i1', 'Anne DUPONT-ESCALE', 'EXCUSED', true)] } }));
    show([meetingMock('PUBLISHED'), mockOperation(RECORD_ATTENDANCE, { meetingId: 'm1', entries: [{ invitationId: 'i1', attendance: 'EXCUSED', representedBy: null, signed: true }] }, record)]);
    await userEvent.selectOptions(await screen.findByLabelText('Présence d’Anne DUPONT-ESCALE'), 'EXCUSED');
    await userEvent.click(screen.getByLabelText('Signé (visa d’Anne DUPONT-ESCALE)'));
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer les présences' }));
    expect(await screen.findByText('Présences enregistrées.')).toBeTruthy();
    expect(record).toHaveBeenCalledTimes(1);
  });

  it('drops the visa of a signed invitee marked excused, since only those present or represented sign', async () => {
    const record = vi.fn(() => ({ data: { recordAttendance: [invitation('i2', 'Francis RAULIN', 'EXCUSED', false)] } }));
    show([meetingMock('PUBLISHED'), { request: { query: RECORD_ATTENDANCE, variables: { meetingId: 'm1', entries: [{ invitationId: 'i2', attendance: 'EXCUSED', representedBy: null, signed: false }] } }, result: record }]);
    await userEvent.selectOptions(await screen.findByLabelText('Présence de Francis RAULIN'), 'EXCUSED');
    expect((screen.getByLabelText('Signé (visa de Francis RAULIN)') as HTMLInputElement).checked).toBe(false);
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer les présences' }));
    expect(await screen.findByText('Présences enregistrées.')).toBeTruthy();
    expect(record).toHaveBeenCalledTimes(1);
  });

  it('asks who represents a member marked represented, names whose line it is, and sends it; the outcome takes the focus', async () => {
    const record = vi.fn<ResultFunction<typeof RECORD_ATTENDANCE>>(() => ({ data: { recordAttendance: [{ ...invitation('i2', 'Francis RAULIN', 'REPRESENTED', false), representedBy: 'Yseult HUCK' }] } }));
    show([meetingMock('PUBLISHED'), mockOperation(RECORD_ATTENDANCE, { meetingId: 'm1', entries: [{ invitationId: 'i2', attendance: 'REPRESENTED', representedBy: 'Yseult HUCK', signed: true }] }, record)]);
    await userEvent.selectOptions(await screen.findByLabelText('Présence de Francis RAULIN'), 'REPRESENTED');
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer les présences' }));
    const field = screen.getByLabelText(/^Représenté par \(pour Francis RAULIN\)/);
    expect(await screen.findByText('Indiquez qui représente Francis RAULIN.')).toBeTruthy();
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(field);
    expect(record).not.toHaveBeenCalled();
    await userEvent.type(field, 'Yseult HUCK');
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer les présences' }));
    const saved = await screen.findByText('Présences enregistrées.');
    expect(record).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(document.activeElement?.contains(saved)).toBe(true));
  });

  it('gives the focus to the API’s refusal of the attendance lines', async () => {
    const refused = mockOperation(RECORD_ATTENDANCE, () => true, { errors: [{ message: 'Cette réunion est annulée.', extensions: { code: 'CONFLICT' } }] });
    show([meetingMock('PUBLISHED'), refused]);
    await userEvent.selectOptions(await screen.findByLabelText('Présence d’Anne DUPONT-ESCALE'), 'EXCUSED');
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer les présences' }));
    const said = await screen.findByText('Présences non enregistrées : Cette réunion est annulée.');
    await waitFor(() => expect(document.activeElement?.contains(said)).toBe(true));
  });

  it('publishes validated minutes', async () => {
    const publish = vi.fn<ResultFunction<typeof PUBLISH_MINUTES>>(() => ({ data: { publishMinutes: minutes('PUBLISHED', '2015-12-01T10:00:00.000Z') } }));
    show([meetingMock('VALIDATED'), mockOperation(PUBLISH_MINUTES, { id: 'min1' }, publish), meetingMock('PUBLISHED')]);
    await userEvent.click(await screen.findByRole('button', { name: 'Publier le relevé' }));
    await waitFor(() => expect(publish).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Publier le relevé' })).toBeNull());
  });

  it('opens the PDF documents through the shell (with the user’s token)', async () => {
    const openDocument = show([meetingMock('PUBLISHED')]);
    await userEvent.click(await screen.findByRole('button', { name: 'Relevé de conclusions (PDF)' }));
    await userEvent.click(screen.getByRole('button', { name: 'Feuille de présence (PDF)' }));
    expect(openDocument.mock.calls).toEqual([['/documents/committees/minutes/min1.pdf'], ['/documents/committees/meetings/m1/attendance.pdf']]);
  });

  it('lists every invitee, the pages of the list followed to the last', async () => {
    show([meetingMock('PUBLISHED')], undefined, [
      invitationsPage(null, [invitation('i1', 'Anne DUPONT-ESCALE', 'PENDING', false)], 'page-2'),
      invitationsPage('page-2', [invitation('i2', 'Francis RAULIN', 'PRESENT', true)], null),
    ]);
    const sheet = await screen.findByRole('form', { name: 'Feuille de présence' });
    expect(within(sheet).getByText('Invités (2)')).toBeTruthy();
    expect(within(sheet).getByLabelText('Présence d’Anne DUPONT-ESCALE')).toBeTruthy();
    expect(within(sheet).getByLabelText('Présence de Francis RAULIN')).toBeTruthy();
  });

  it('shows the sheet and the minutes without any action to whom the API says may not manage (an analyst)', async () => {
    show([meetingMock('VALIDATED', false)]);
    const sheet = await screen.findByRole('form', { name: 'Feuille de présence' });
    expect(within(sheet).queryByRole('combobox')).toBeNull();
    expect(within(sheet).getByText('Non renseigné')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Enregistrer les présences' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Publier le relevé' })).toBeNull();
  });
});

describe('the minutes editor', () => {
  it('saves what is written for each agenda item, then validates it', async () => {
    const sections = [{ agendaItemId: 'a1', presentation: 'La démarche…', conclusions: 'Le CLU est installé. Il se réunira chaque année.' }];
    const edit = vi.fn<ResultFunction<typeof EDIT_MINUTES>>(() => ({ data: { editMinutes: { ...minutes('DRAFT'), sections: [{ __typename: 'MinutesSection', id: 's1', presentation: sections[0]!.presentation, conclusions: sections[0]!.conclusions, agendaItem: { __typename: 'AgendaItem', id: 'a1', position: 1, title: 'Présentation de la démarche qualité' } }] } } }));
    const validate = vi.fn<ResultFunction<typeof VALIDATE_MINUTES>>(() => ({ data: { validateMinutes: minutes('VALIDATED') } }));
    show([
      meetingMock('DRAFT'),
      mockOperation(EDIT_MINUTES, { id: 'min1', input: { caseOfficers: 'Mme VARNEROT et M. RAULIN', caseOfficerContacts: 'macap@demo.qualipref.test', sections } }, edit),
      mockOperation(VALIDATE_MINUTES, { id: 'min1' }, validate),
      meetingMock('VALIDATED'),
    ]);
    const conclusions = await screen.findByLabelText(/Conclusions/);
    await userEvent.type(conclusions, ' Il se réunira chaque année.');
    // The case officers come with the draft; their professional contact is added.
    expect((screen.getByLabelText(/Agents chargés du dossier/) as HTMLInputElement).value).toBe('Mme VARNEROT et M. RAULIN');
    await userEvent.type(screen.getByLabelText(/Coordonnées professionnelles/), 'macap@demo.qualipref.test');
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer et valider' }));
    await waitFor(() => expect(validate).toHaveBeenCalledTimes(1));
    expect(edit).toHaveBeenCalledTimes(1);
    expect(await screen.findByRole('button', { name: 'Publier le relevé' })).toBeTruthy();
  });

  it('says the draft saved where the focus goes, and its refusal likewise', async () => {
    const sections = [{ agendaItemId: 'a1', presentation: 'La démarche…', conclusions: 'Le CLU est installé.' }];
    const input = { caseOfficers: 'Mme VARNEROT et M. RAULIN', caseOfficerContacts: '', sections };
    const edit = vi.fn<ResultFunction<typeof EDIT_MINUTES>>(() => ({ data: { editMinutes: minutes('DRAFT') } }));
    const refused = mockOperation(EDIT_MINUTES, { id: 'min1', input }, { errors: [{ message: 'Un relevé validé ou publié est figé.', extensions: { code: 'CONFLICT' } }] });
    show([meetingMock('DRAFT'), mockOperation(EDIT_MINUTES, { id: 'min1', input }, edit), refused]);
    const save = await screen.findByRole('button', { name: 'Enregistrer le brouillon' });
    await userEvent.click(save);
    const saved = await screen.findByText('Brouillon enregistré.');
    await waitFor(() => expect(document.activeElement?.contains(saved)).toBe(true));
    await userEvent.click(save);
    const said = await screen.findByText('Brouillon non enregistré : Un relevé validé ou publié est figé.');
    await waitFor(() => expect(document.activeElement?.contains(said)).toBe(true));
    expect(edit).toHaveBeenCalledTimes(1);
  });

  it('opens a correction of published minutes as a new version', async () => {
    const correct = vi.fn<ResultFunction<typeof CORRECT_MINUTES>>(() => ({ data: { correctMinutes: { ...minutes('DRAFT'), id: 'min2', version: 2 } } }));
    show([meetingMock('PUBLISHED'), mockOperation(CORRECT_MINUTES, { id: 'min1' }, correct), meetingMock('DRAFT')]);
    await userEvent.click(await screen.findByRole('button', { name: 'Corriger (nouvelle version)' }));
    await waitFor(() => expect(correct).toHaveBeenCalledTimes(1));
    expect(await screen.findByRole('form', { name: 'Rédaction du relevé de conclusions' })).toBeTruthy();
  });
});

describe('the course of a meeting', () => {
  const planned = mockOperation(MEETING, { id: 'm1' }, { data: { meeting: { ...meeting('DRAFT', 'PLANNED'), minutesVersions: [] } } });
  const held = mockOperation(MEETING, { id: 'm1' }, { data: { meeting: { ...meeting('DRAFT'), minutesVersions: [] } } });

  it('marks a planned meeting held, after which its minutes can be written', async () => {
    const mark = vi.fn<ResultFunction<typeof MARK_MEETING_HELD>>(() => ({ data: { markMeetingHeld: { ...meeting('DRAFT', 'HELD'), minutesVersions: [] } } }));
    show([planned, mockOperation(MARK_MEETING_HELD, { id: 'm1' }, mark), held]);
    await userEvent.click(await screen.findByRole('button', { name: 'La réunion s’est tenue' }));
    await waitFor(() => expect(mark).toHaveBeenCalledTimes(1));
    expect(await screen.findByRole('button', { name: 'Rédiger le relevé' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'La réunion s’est tenue' })).toBeNull();
  });

  it('records a member’s proposal routed to a directorate and to another body', async () => {
    const directorates = mockOperation(DIRECTORATES, { tenantId: 'metz' }, {
      data: { directorates: { __typename: 'DirectorateConnection', nodes: [{ __typename: 'Directorate', id: 'd-dctas', code: 'DCTAS', name: 'Direction de la citoyenneté' }, { __typename: 'Directorate', id: 'd-dlp', code: 'DLP', name: 'Direction des libertés publiques' }] } },
    });
    const input = { text: 'Afficher les temps d’attente aux guichets', agendaItemId: 'a1', authorMemberId: 'member-i2', authorName: null, routings: [{ directorateId: 'd-dctas' }, { bodyName: 'Conseil départemental' }] } satisfies RaiseProposalInput;
    const raise = vi.fn<ResultFunction<typeof RAISE_PROPOSAL>>(() => ({ data: { raiseProposal: { __typename: 'Proposal', id: 'p1', authorName: 'Francis RAULIN', text: input.text, status: 'SUBMITTED', answer: null, viewerCanMoveOn: true, routings: [] } } }));
    show([held, directorates, mockOperation(RAISE_PROPOSAL, { meetingId: 'm1', input }, raise), held]);
    await userEvent.click(await screen.findByRole('button', { name: 'Enregistrer une proposition' }));
    const form = screen.getByRole('form', { name: 'Nouvelle proposition' });
    await userEvent.type(within(form).getByLabelText('Proposition'), input.text);
    await userEvent.selectOptions(within(form).getByLabelText('Auteur'), 'member-i2');
    await userEvent.selectOptions(within(form).getByLabelText(/Point de l’ordre du jour/), 'a1');
    await userEvent.click(await within(form).findByLabelText('DCTAS'));
    await userEvent.type(within(form).getByLabelText(/Autre instance/), 'Conseil départemental');
    await userEvent.click(within(form).getByRole('button', { name: 'Enregistrer la proposition' }));
    await waitFor(() => expect(raise).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Nouvelle proposition' })).toBeNull());
  });

  const oneDirectorate = mockOperation(DIRECTORATES, { tenantId: 'metz' }, {
    data: { directorates: { __typename: 'DirectorateConnection', nodes: [{ __typename: 'Directorate', id: 'd-dctas', code: 'DCTAS', name: 'Direction de la citoyenneté' }] } },
  });

  it('says in French beside the field what a proposal lacks, focuses it and sends nothing', async () => {
    const raise = vi.fn<ResultFunction<typeof RAISE_PROPOSAL>>(() => ({ data: { raiseProposal: { __typename: 'Proposal', id: 'p1', authorName: 'Francis RAULIN', text: 'x', status: 'SUBMITTED', answer: null, viewerCanMoveOn: true, routings: [] } } }));
    show([held, oneDirectorate, mockOperation(RAISE_PROPOSAL, () => true, raise)]);
    await userEvent.click(await screen.findByRole('button', { name: 'Enregistrer une proposition' }));
    const form = screen.getByRole('form', { name: 'Nouvelle proposition' });
    await within(form).findByLabelText('DCTAS');
    await userEvent.click(within(form).getByRole('button', { name: 'Enregistrer la proposition' }));
    const text = within(form).getByLabelText('Proposition');
    expect(text.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(text.getAttribute('aria-describedby')!)!.textContent).toBe('Renseignez « Proposition ».');
    expect(document.activeElement).toBe(text);
    // Routed nowhere: the API would refuse it.
    expect(within(form).getByText('Cochez au moins une direction ou renseignez « Autre instance ».')).toBeTruthy();
    await userEvent.type(text, 'Afficher les temps d’attente');
    await userEvent.click(within(form).getByRole('button', { name: 'Enregistrer la proposition' }));
    const other = within(form).getByLabelText(/Autre instance/);
    expect(text.getAttribute('aria-invalid')).toBeNull();
    expect(other.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(other);
    expect(raise).not.toHaveBeenCalled();
  });

  it('gives the focus to the API’s refusal of a proposal, and keeps the form', async () => {
    const refused = mockOperation(RAISE_PROPOSAL, () => true, { errors: [{ message: 'L’auteur n’est pas membre de ce comité.', extensions: { code: 'BAD_USER_INPUT' } }] });
    show([held, oneDirectorate, refused]);
    await userEvent.click(await screen.findByRole('button', { name: 'Enregistrer une proposition' }));
    const form = screen.getByRole('form', { name: 'Nouvelle proposition' });
    await userEvent.type(within(form).getByLabelText('Proposition'), 'Afficher les temps d’attente');
    await userEvent.click(await within(form).findByLabelText('DCTAS'));
    await userEvent.click(within(form).getByRole('button', { name: 'Enregistrer la proposition' }));
    const said = await within(form).findByText('Proposition non enregistrée : L’auteur n’est pas membre de ce comité.');
    await waitFor(() => expect(document.activeElement?.contains(said)).toBe(true));
  });
});
