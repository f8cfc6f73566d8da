import { MockedProvider } from '@apollo/client/testing/react';
import { TenantTimeZone } from '@qualipref/console-kit';
import { mockOperation, type OperationMock, type ResultFunction, describedText } from '@qualipref/console-kit/testing';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { MemoryRouter, Route, Routes, useParams } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import type { CampaignInput, CampaignState, DrmmCampaignCommentsQuery, DrmmCampaignInvitationsQuery, DrmmCampaignMailMessagesQuery, DrmmSurveyCampaignQuery } from '../../src/generated/graphql.js';
import { SurveyCampaign } from '../../src/surveys/SurveyCampaign.js';
import { capabilities } from './capabilities.js';
import { Campaigns } from '../../src/surveys/Campaigns.js';
import { ADD_FINDING, CAMPAIGNS, CAMPAIGN_CHOICES, CAMPAIGN_COMMENTS, CAMPAIGN_RESULTS, CAMPAIGN_INVITATIONS, CAMPAIGN_MAIL_MESSAGES, CREATE_CAMPAIGN, ENTER_PAPER_RESPONSE, PUBLISH_RESULTS, SEND_INVITATIONS, SURVEY_CAMPAIGN, UPDATE_CAMPAIGN } from '../../src/surveys/operations.js';

/** What the API says each of them may do with the campaign: the page offers that and nothing else. */
const VIEWERS = {
  manager: { viewerCanManage: true, viewerCanKeyInPaperForms: true },
  agent: { viewerCanManage: false, viewerCanKeyInPaperForms: true },
  analyst: { viewerCanManage: false, viewerCanKeyInPaperForms: false },
};
type Viewer = keyof typeof VIEWERS;

/** What the user answers to the confirmation (happy-dom has no dialog). */
function answer(value: boolean) {
  return (window.confirm = vi.fn(() => value));
}

function Opened() {
  return <p>Campagne ouverte : {useParams().campaignId}</p>;
}

type Campaign = NonNullable<DrmmSurveyCampaignQuery['campaign']>;
type Question = Campaign['questionnaire']['sections'][number]['questions'][number];
type Invitee = NonNullable<DrmmCampaignInvitationsQuery['campaign']>['invitations']['nodes'][number];
type Comment = NonNullable<DrmmCampaignCommentsQuery['campaign']>['comments']['nodes'][number];
type Message = NonNullable<DrmmCampaignMailMessagesQuery['campaign']>['mailMessages']['nodes'][number];

const satisfaction: Question = { __typename: 'Question', id: 'x1', key: 'espaces', position: 1, text: 'Êtes-vous satisfait des espaces d’accueil ?', help: null, kind: 'SATISFACTION', dimension: 'RECEPTION_SPACES', required: true, options: [], minValue: null, maxValue: null };
const comment: Question = { __typename: 'Question', id: 'x2', key: 'remarque', position: 2, text: 'Une remarque ?', help: null, kind: 'FREE_TEXT', dimension: 'OTHER', required: false, options: [], minValue: null, maxValue: null };

function campaign(channel: 'HALL' | 'EMAIL', state: CampaignState, viewer: Viewer = 'manager'): Campaign {
  return {
    __typename: 'Campaign',
    ...VIEWERS[viewer],
    id: 'c1',
    year: 2026,
    title: channel === 'EMAIL' ? 'Enquête auprès des élus 2026' : 'Enquête du hall 2026',
    channel,
    opensOn: '2026-10-21',
    closesOn: '2026-11-06',
    publishedAt: state === 'PUBLISHED' ? '2026-11-20T09:00:00Z' : null,
    state,
    responseCount: 4,
    responseRate: channel === 'EMAIL' ? { __typename: 'ResponseRate', members: 40, invited: 20, responded: 4, reminded: 0, rate: 0.2 } : null,
    tenant: { __typename: 'Tenant', id: 'metz' },
    panel: { __typename: 'SurveyPanel', id: 'p1', name: channel === 'EMAIL' ? 'Maires et présidents d’EPCI' : 'Usagers du hall', kind: channel === 'EMAIL' ? 'ELECTED_OFFICIALS' : 'HALL_USERS', description: null },
    questionnaire: { __typename: 'Questionnaire', id: 'qa1', key: 'accueil', version: 1, title: 'Accueil', frozenAt: '2026-10-01T08:00:00Z', description: null, viewerCanManage: viewer === 'manager', tenant: { __typename: 'Tenant', id: 'metz' }, sections: [{ __typename: 'QuestionnaireSection', id: 's1', position: 1, title: 'Votre visite', questions: [satisfaction, comment] }] },
    findings: { __typename: 'SurveyFindingConnection', totalCount: 0, nodes: [] },
  };
}

const campaignMock = (channel: 'HALL' | 'EMAIL', state: CampaignState, viewer: Viewer = 'manager') => mockOperation(SURVEY_CAMPAIGN, { id: 'c1' }, { data: { campaign: campaign(channel, state, viewer) } });
// The results query reads the campaign's state too: the two must agree, as they do in the API.
const resultsMock = (state: CampaignState) =>
  mockOperation(CAMPAIGN_RESULTS, { id: 'c1' }, {
    data: {
      campaign: {
        __typename: 'Campaign',
        id: 'c1',
        year: 2026,
        title: 'Enquête',
        state,
        results: { __typename: 'CampaignResults', baseline: true, respondents: 4, comparedTo: null, respondentsByChannel: [], dimensions: [], questions: [] },
      },
    },
  });

// The invitees of an e-mail campaign: none before the sending, then one awaiting an answer and one who answered.
const invitee = (id: string, name: string, responded: boolean): Invitee => ({ __typename: 'InvitationStatus', sentAt: '2026-10-21T08:00:00.000Z', reminderCount: responded ? 0 : 1, responded, member: { __typename: 'PanelMember', id, name, organization: 'Commune de Saint-Exemple', position: 'Maire' } });
const invitationsMock = (nodes: Invitee[]) =>
  mockOperation(CAMPAIGN_INVITATIONS, { id: 'c1', after: null }, { data: { campaign: { __typename: 'Campaign', id: 'c1', invitations: { __typename: 'InvitationStatusConnection', totalCount: nodes.length, pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null }, nodes } } } });

const commentsMock = (texts: string[]) =>
  mockOperation(CAMPAIGN_COMMENTS, { id: 'c1', after: null }, {
    data: { campaign: { __typename: 'Campaign', id: 'c1', comments: { __typename: 'SurveyCommentConnection', totalCount: texts.length, pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null }, nodes: texts.map((text, i): Comment => ({ __typename: 'SurveyComment', id: `k${i}`, text, channel: 'KIOSK' })) } } },
  });

const message = (id: string, name: string, status: Message['status'], statusLabel: string, attempts: number): Message => ({
  __typename: 'MailMessage',
  id,
  kind: 'INVITATION',
  status,
  statusLabel,
  attempts,
  createdAt: '2026-10-21T08:00:00.000Z',
  nextAttemptAt: status === 'RETRY_SCHEDULED' ? '2026-10-21T08:04:00.000Z' : null,
  sentAt: status === 'SENT' ? '2026-10-21T08:00:05.000Z' : null,
  member: { __typename: 'PanelMember', id: `member-${id}`, name, organization: 'Commune de Saint-Exemple' },
});
const messagesMock = (nodes: Message[]) =>
  mockOperation(CAMPAIGN_MAIL_MESSAGES, { id: 'c1', after: null }, { data: { campaign: { __typename: 'Campaign', id: 'c1', mailMessages: { __typename: 'MailMessageConnection', totalCount: nodes.length, pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null }, nodes } } } });

function showCampaign(mocks: OperationMock[]) {
  render(
    <MockedProvider mocks={mocks}>
      <TenantTimeZone timeZone="Europe/Paris">
        <MemoryRouter initialEntries={['/enquetes/c1']}>
          <Routes>
            <Route path="enquetes/:campaignId" element={<SurveyCampaign />} />
          </Routes>
        </MemoryRouter>
      </TenantTimeZone>
    </MockedProvider>,
  );
}

/** The messages a field is described by: the console's own, beside it. */

const noCampaign = mockOperation(CAMPAIGNS, { tenantId: 'metz' }, { data: { tenant: capabilities(true), campaigns: { __typename: 'CampaignConnection', nodes: [] } } });
const choices = mockOperation(CAMPAIGN_CHOICES, { tenantId: 'metz' }, {
  data: {
    questionnaires: { __typename: 'QuestionnaireConnection', nodes: [{ __typename: 'Questionnaire', id: 'qa1', key: 'elus', version: 2, title: 'Qualité des réponses aux collectivités', frozenAt: null }] },
    surveyPanels: {
      __typename: 'SurveyPanelConnection',
      nodes: [
        { __typename: 'SurveyPanel', id: 'p1', name: 'Usagers du hall', kind: 'HALL_USERS', description: null },
        { __typename: 'SurveyPanel', id: 'p2', name: 'Maires et présidents d’EPCI', kind: 'ELECTED_OFFICIALS', description: null },
      ],
    },
  },
});
const newCampaign = { year: 2026, title: 'Enquête auprès des élus 2026', channel: 'EMAIL', panelId: 'p2', questionnaireId: 'qa1', opensOn: '2026-10-21', closesOn: '2026-11-06' } satisfies CampaignInput;

function showCampaigns(mocks: OperationMock[]) {
  render(
    <MockedProvider mocks={[noCampaign, choices, ...mocks]}>
      <TenantTimeZone timeZone="Europe/Paris">
        <MemoryRouter initialEntries={['/enquetes']}>
          <Routes>
            <Route path="enquetes" element={<Campaigns tenantId="metz" />} />
            <Route path="enquetes/:campaignId" element={<Opened />} />
          </Routes>
        </MemoryRouter>
      </TenantTimeZone>
    </MockedProvider>,
  );
}

/** Fills the new campaign's form, but for its title when it is empty. */
async function fillCampaign(input: CampaignInput) {
  await userEvent.click(await screen.findByRole('button', { name: 'Nouvelle campagne' }));
  if (input.title) await userEvent.type(screen.getByLabelText(/^Titre/), input.title);
  await userEvent.click(screen.getByLabelText(/^Invitations électroniques/));
  const panel = screen.getByLabelText('Panel interrogé');
  // Only the listed panels go with e-mail invitations.
  await waitFor(() => expect([...panel.querySelectorAll('option:not([disabled])')].map((o) => o.textContent)).toEqual(['Maires et présidents d’EPCI']));
  await userEvent.selectOptions(panel, String(input.panelId));
  await userEvent.selectOptions(screen.getByLabelText(/^Questionnaire/), String(input.questionnaireId));
  await userEvent.type(screen.getByLabelText(/^Premier jour/), input.opensOn);
  await userEvent.type(screen.getByLabelText('Dernier jour'), input.closesOn);
}

describe('a new campaign', () => {
  it('is created with its questionnaire version, a panel of its channel and its dates, then opened', async () => {
    const create = vi.fn<ResultFunction<typeof CREATE_CAMPAIGN>>(() => ({ data: { createCampaign: { ...campaign('EMAIL', 'SCHEDULED'), id: 'c9' } } }));
    showCampaigns([mockOperation(CREATE_CAMPAIGN, { input: newCampaign }, create), noCampaign]);
    await fillCampaign(newCampaign);
    await userEvent.click(screen.getByRole('button', { name: 'Créer la campagne' }));
    expect(await screen.findByText('Campagne ouverte : c9')).toBeTruthy();
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('is not sent without its title: the field says so in French and takes the focus', async () => {
    const create = vi.fn<ResultFunction<typeof CREATE_CAMPAIGN>>(() => ({ data: { createCampaign: { ...campaign('EMAIL', 'SCHEDULED'), id: 'c9' } } }));
    showCampaigns([mockOperation(CREATE_CAMPAIGN, { input: newCampaign }, create)]);
    await fillCampaign({ ...newCampaign, title: '' });
    await userEvent.click(screen.getByRole('button', { name: 'Créer la campagne' }));
    const title = screen.getByLabelText(/^Titre/);
    expect(document.activeElement).toBe(title);
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(describedText(title)).toContain('Renseignez « Titre ».');
    expect(create).not.toHaveBeenCalled();
  });

  it('is not sent when it closes before it opens', async () => {
    const create = vi.fn<ResultFunction<typeof CREATE_CAMPAIGN>>(() => ({ data: { createCampaign: { ...campaign('EMAIL', 'SCHEDULED'), id: 'c9' } } }));
    showCampaigns([mockOperation(CREATE_CAMPAIGN, { input: { ...newCampaign, closesOn: '2026-10-20' } }, create)]);
    await fillCampaign({ ...newCampaign, closesOn: '2026-10-20' });
    await userEvent.click(screen.getByRole('button', { name: 'Créer la campagne' }));
    const last = screen.getByLabelText('Dernier jour');
    expect(document.activeElement).toBe(last);
    expect(last.getAttribute('aria-invalid')).toBe('true');
    expect(describedText(last)).toContain('« Dernier jour » ne peut précéder le premier jour.');
    expect(create).not.toHaveBeenCalled();
  });

  it('says what the API refused where the focus goes, and keeps what was typed', async () => {
    const refused = new GraphQLError('Les usagers du hall répondent sur la borne ou sur papier ; les panels nominatifs, par invitation électronique.', { extensions: { code: 'BAD_USER_INPUT', field: 'channel' } });
    showCampaigns([mockOperation(CREATE_CAMPAIGN, { input: newCampaign }, { errors: [refused] })]);
    await fillCampaign(newCampaign);
    await userEvent.click(screen.getByRole('button', { name: 'Créer la campagne' }));
    await waitFor(() => expect(document.activeElement?.textContent).toBe(`Campagne non créée : ${refused.message}`));
    expect(screen.queryByText(/Campagne ouverte/)).toBeNull();
    expect((screen.getByLabelText(/^Titre/) as HTMLInputElement).value).toBe(newCampaign.title);
  });
});

describe('a campaign’s page', () => {
  it('sends the invitations after confirmation and shows how many left', async () => {
    const confirm = answer(true);
    const send = vi.fn<ResultFunction<typeof SEND_INVITATIONS>>(() => ({ data: { sendInvitations: { __typename: 'SendReport', queued: 12, skipped: 3 } } }));
    const invited = [invitee('m1', 'Jean MARTIN', false), invitee('m2', 'Claire PETIT', true)];
    const messages = [message('1', 'Jean MARTIN', 'SENT', 'Envoyé', 1), message('2', 'Claire PETIT', 'SENT', 'Envoyé', 1), message('3', 'Marie LEBLANC', 'RETRY_SCHEDULED', 'Nouvel essai prévu', 1), message('4', 'Paul DURAND', 'FAILED', 'Échec', 6), message('5', 'Anne ROUX', 'PENDING', 'En attente', 0)];
    showCampaign([
      campaignMock('EMAIL', 'OPEN'),
      resultsMock('OPEN'),
      commentsMock([]),
      invitationsMock([]),
      messagesMock([]),
      mockOperation(SEND_INVITATIONS, { campaignId: 'c1' }, send),
      campaignMock('EMAIL', 'OPEN'),
      resultsMock('OPEN'),
      invitationsMock(invited),
      messagesMock(messages),
    ]);
    expect(await screen.findByText('Aucune invitation envoyée pour le moment.')).toBeTruthy();
    expect(await screen.findByText('Aucun message pour le moment.')).toBeTruthy();
    await userEvent.click(await screen.findByRole('button', { name: 'Envoyer les invitations' }));
    expect(confirm).toHaveBeenCalledTimes(1);
    expect((await screen.findByTestId('send-report')).textContent).toContain('12 invitations à envoyer ; 3 membres laissés de côté');
    expect(send).toHaveBeenCalledTimes(1);
    // The list of invitees is read again: who is still awaited before a reminder.
    const table = await screen.findByRole('table', { name: 'Invitations (2)' });
    expect(within(table).getByText('Jean MARTIN').closest('tr')!.textContent).toContain('En attente');
    expect(within(table).getByText('Claire PETIT').closest('tr')!.textContent).toContain('A répondu');
    // And each message with where it stands, in the API's French labels.
    const sent = await screen.findByRole('table', { name: 'Messages (5)' });
    const state = (name: string) => within(sent).getByText(name).closest('tr')!.textContent;
    expect(state('Jean MARTIN')).toContain('Envoyé le 21 oct. 2026, 10:00');
    expect(state('Marie LEBLANC')).toContain('Nouvel essai prévu le 21 oct. 2026, 10:04');
    expect(state('Paul DURAND')).toContain('Échec');
    expect(state('Anne ROUX')).toContain('En attente');
  });

  it('sends nothing when the confirmation is declined', async () => {
    answer(false);
    const send = vi.fn<ResultFunction<typeof SEND_INVITATIONS>>(() => ({ data: { sendInvitations: { __typename: 'SendReport', queued: 1, skipped: 0 } } }));
    showCampaign([campaignMock('EMAIL', 'OPEN'), resultsMock('OPEN'), commentsMock([]), invitationsMock([]), messagesMock([]), mockOperation(SEND_INVITATIONS, { campaignId: 'c1' }, send)]);
    await userEvent.click(await screen.findByRole('button', { name: 'Envoyer les invitations' }));
    expect(screen.queryByTestId('send-report')).toBeNull();
    expect(send).not.toHaveBeenCalled();
  });

  it('publishes the results of a closed campaign', async () => {
    answer(true);
    const publish = vi.fn<ResultFunction<typeof PUBLISH_RESULTS>>(() => ({ data: { publishResults: campaign('HALL', 'PUBLISHED') } }));
    showCampaign([campaignMock('HALL', 'CLOSED'), resultsMock('CLOSED'), commentsMock([]), mockOperation(PUBLISH_RESULTS, { campaignId: 'c1' }, publish), campaignMock('HALL', 'PUBLISHED'), resultsMock('PUBLISHED')]);
    await userEvent.click(await screen.findByRole('button', { name: 'Publier les résultats' }));
    expect(await screen.findByText('Résultats publiés')).toBeTruthy();
    expect(publish).toHaveBeenCalledTimes(1);
    // Published results are frozen: nothing to change, no finding to add.
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Publier les résultats' })).toBeNull());
    expect(screen.queryByRole('button', { name: 'Modifier le titre ou les dates' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Enregistrer le constat' })).toBeNull();
  });

  it('lets an agent key in a paper form of a hall campaign, with only the answers given', async () => {
    const enter = vi.fn<ResultFunction<typeof ENTER_PAPER_RESPONSE>>(() => ({ data: { enterPaperResponse: { __typename: 'ResponseReceipt', responseId: 'r1', duplicate: false } } }));
    const variables = { campaignId: 'c1', filledOn: '2026-10-22', answers: [{ questionKey: 'espaces', option: 'SATISFIED' }], clientId: 'hall-000042' };
    showCampaign([campaignMock('HALL', 'CLOSED', 'agent'), resultsMock('CLOSED'), commentsMock([]), mockOperation(ENTER_PAPER_RESPONSE, variables, enter), campaignMock('HALL', 'CLOSED', 'agent'), resultsMock('CLOSED'), commentsMock([])]);
    await userEvent.click(await screen.findByRole('button', { name: 'Saisir un formulaire papier' }));
    // Agents key forms in but do not run the campaign.
    expect(screen.queryByRole('button', { name: 'Publier les résultats' })).toBeNull();
    const day = screen.getByLabelText('Rempli le');
    await userEvent.clear(day);
    await userEvent.type(day, '2026-10-22');
    await userEvent.type(screen.getByLabelText(/^Numéro écrit sur le formulaire/), 'hall-000042');
    await userEvent.click(screen.getByLabelText('Satisfait'));
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer le formulaire' }));
    expect(await screen.findByText(/Formulaire enregistré/)).toBeTruthy();
    expect(enter).toHaveBeenCalledTimes(1);
    // The form stays for the next one: its receipt takes the focus.
    expect(document.activeElement?.textContent).toBe('Formulaire enregistré. Vous pouvez saisir le suivant.');
  });

  it('keeps a paper form whose required question is left blank, and sends nothing', async () => {
    showCampaign([campaignMock('HALL', 'CLOSED', 'agent'), resultsMock('CLOSED'), commentsMock([])]);
    await userEvent.click(await screen.findByRole('button', { name: 'Saisir un formulaire papier' }));
    expect((screen.getByLabelText('Sans réponse sur le formulaire') as HTMLInputElement).checked).toBe(true);
    await userEvent.type(screen.getByLabelText(/Une remarque/), 'Accueil rapide.');
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer le formulaire' }));
    expect(await screen.findByText('Une question demande votre attention : « Êtes-vous satisfait des espaces d’accueil ? ».')).toBeTruthy();
    expect(screen.getByText('Cette question attend une réponse.')).toBeTruthy();
    expect((screen.getByLabelText(/Une remarque/) as HTMLTextAreaElement).value).toBe('Accueil rapide.');
  });

  it('keeps a paper form whose number the API would refuse, and says why beside the number', async () => {
    const enter = vi.fn<ResultFunction<typeof ENTER_PAPER_RESPONSE>>(() => ({ data: { enterPaperResponse: { __typename: 'ResponseReceipt', responseId: 'r1', duplicate: false } } }));
    showCampaign([campaignMock('HALL', 'CLOSED', 'agent'), resultsMock('CLOSED'), commentsMock([]), mockOperation(ENTER_PAPER_RESPONSE, { campaignId: 'c1', filledOn: '2026-11-06', answers: [{ questionKey: 'espaces', option: 'SATISFIED' }], clientId: 'n° 42' }, enter)]);
    await userEvent.click(await screen.findByRole('button', { name: 'Saisir un formulaire papier' }));
    const number = screen.getByLabelText(/^Numéro écrit sur le formulaire/);
    await userEvent.type(number, 'n° 42');
    await userEvent.click(screen.getByLabelText('Satisfait'));
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer le formulaire' }));
    expect(document.activeElement).toBe(number);
    expect(number.getAttribute('aria-invalid')).toBe('true');
    expect(describedText(number)).toContain('8 à 100 lettres sans accent, chiffres, tirets ou soulignés');
    expect(enter).not.toHaveBeenCalled();
  });

  it('changes a campaign’s title once it has one, and gives the focus back to the button that opened the form', async () => {
    const input = { title: 'Enquête du hall, automne 2026', opensOn: '2026-10-21', closesOn: '2026-11-06' };
    const update = vi.fn<ResultFunction<typeof UPDATE_CAMPAIGN>>(() => ({ data: { updateCampaign: { ...campaign('HALL', 'OPEN'), title: input.title } } }));
    showCampaign([campaignMock('HALL', 'OPEN'), resultsMock('OPEN'), commentsMock([]), mockOperation(UPDATE_CAMPAIGN, { id: 'c1', input }, update), campaignMock('HALL', 'OPEN'), resultsMock('OPEN')]);
    await userEvent.click(await screen.findByRole('button', { name: 'Modifier le titre ou les dates' }));
    const title = screen.getByLabelText('Titre');
    expect(document.activeElement).toBe(title);
    await userEvent.clear(title);
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(document.activeElement).toBe(title);
    expect(describedText(title)).toContain('Renseignez « Titre ».');
    expect(update).not.toHaveBeenCalled();
    await userEvent.type(title, input.title);
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Modifier le titre ou les dates' })));
    expect(update).toHaveBeenCalledTimes(1);
  });

  it('records a finding, then says so where the focus was; an empty finding is not sent', async () => {
    const finding = { __typename: 'SurveyFinding' as const, id: 'f1', kind: 'STRENGTH' as const, dimension: null, questionKey: null, text: 'Un accueil apprécié.', createdAt: '2026-11-10T09:00:00Z' };
    const add = vi.fn<ResultFunction<typeof ADD_FINDING>>(() => ({ data: { addFinding: finding } }));
    showCampaign([campaignMock('HALL', 'CLOSED'), resultsMock('CLOSED'), commentsMock([]), mockOperation(ADD_FINDING, { campaignId: 'c1', input: { kind: 'STRENGTH', text: finding.text, dimension: null, questionKey: null } }, add), campaignMock('HALL', 'CLOSED')]);
    await userEvent.click(await screen.findByRole('button', { name: 'Enregistrer le constat' }));
    const text = screen.getByRole('textbox', { name: /^Constat/ });
    expect(document.activeElement).toBe(text);
    expect(describedText(text)).toContain('Renseignez « Constat ».');
    expect(add).not.toHaveBeenCalled();
    await userEvent.type(text, finding.text);
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer le constat' }));
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Constat enregistré : il figure dans la liste ci-dessus.'));
    expect(add).toHaveBeenCalledTimes(1);
    expect((screen.getByRole('textbox', { name: /^Constat/ }) as HTMLTextAreaElement).value).toBe('');
  });

  it('shows analysts the campaign without any action, nor the invitees they may not read', async () => {
    showCampaign([campaignMock('EMAIL', 'OPEN', 'analyst'), resultsMock('OPEN'), commentsMock(['<b>Très bien</b> accueillis'])]);
    expect(await screen.findByRole('heading', { name: 'Enquête auprès des élus 2026' })).toBeTruthy();
    // A comment is shown as written, its markup as text.
    expect(await screen.findByText('« <b>Très bien</b> accueillis »')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Commentaires libres (1)' })).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Invités' })).toBeNull();
  });
});
