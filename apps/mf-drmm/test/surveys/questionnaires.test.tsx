import { MockedProvider } from '@apollo/client/testing/react';
import { TenantTimeZone } from '@qualipref/console-kit';
import { mockOperation, type OperationMock, type ResultFunction, describedText } from '@qualipref/console-kit/testing';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { MemoryRouter, Route, Routes, useParams } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import type { CreateQuestionnaireInput, DrmmQuestionnaireQuery, DrmmQuestionnairesQuery, QuestionnaireContentInput } from '../../src/generated/graphql.js';
import { Questionnaire, Questionnaires } from '../../src/surveys/Questionnaires.js';
import { CREATE_QUESTIONNAIRE, QUESTIONNAIRE, QUESTIONNAIRES, QUESTIONNAIRE_VERSIONS, REVISE_QUESTIONNAIRE } from '../../src/surveys/operations.js';
import { capabilities } from './capabilities.js';

type QuestionnaireFields = NonNullable<DrmmQuestionnaireQuery['questionnaire']>;

const existing: NonNullable<DrmmQuestionnairesQuery['questionnaires']>['nodes'][number] = { __typename: 'Questionnaire', id: 'qa1', key: 'accueil-hall', version: 1, title: 'Accueil du hall 2015', frozenAt: '2015-10-01T08:00:00Z', questions: [{ __typename: 'Question', id: 'x1' }] };
// The list as a manager (who may create questionnaires) or an analyst (who may not) gets it.
const listFor = (manageSurveys: boolean) => mockOperation(QUESTIONNAIRES, { tenantId: 'metz', after: null }, { data: { tenant: capabilities(manageSurveys), questionnaires: { __typename: 'QuestionnaireConnection', totalCount: 1, pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'c1' }, nodes: [existing] } } });
const list = listFor(true);

/** The messages a field is described by: the console's own, beside it. */

function Opened() {
  return <p>Questionnaire ouvert : {useParams().questionnaireId}</p>;
}

function showList(mocks: OperationMock[]) {
  render(
    <MockedProvider mocks={mocks}>
      <TenantTimeZone timeZone="Europe/Paris">
        <MemoryRouter initialEntries={['/enquetes/questionnaires']}>
          <Routes>
            <Route path="enquetes/questionnaires" element={<Questionnaires tenantId="metz" />} />
            <Route path="enquetes/questionnaires/:questionnaireId" element={<Opened />} />
          </Routes>
        </MemoryRouter>
      </TenantTimeZone>
    </MockedProvider>,
  );
}

/** Fills a new questionnaire with two questions; the second is a single choice, moved before the first. */
async function fillTwoQuestions(secondKey: string) {
  await userEvent.click(await screen.findByRole('button', { name: 'Nouveau questionnaire' }));
  await userEvent.type(screen.getByLabelText('Titre'), 'Accueil du hall 2026');
  await userEvent.type(screen.getByLabelText(/^Clé du questionnaire/), 'accueil-hall-2026');
  await userEvent.type(screen.getByLabelText('Titre de la rubrique 1'), 'Votre visite');
  await userEvent.type(screen.getByLabelText('Texte de la question 1'), 'Êtes-vous satisfait des espaces d’accueil ?');
  await userEvent.type(screen.getByLabelText(/^Clé de la question 1/), 'espaces');
  await userEvent.selectOptions(screen.getByLabelText('Dimension mesurée par la question 1'), 'RECEPTION_SPACES');
  await userEvent.click(screen.getByRole('button', { name: 'Ajouter une question à la rubrique 1' }));
  await userEvent.type(screen.getByLabelText('Texte de la question 2'), 'Pour quelle démarche êtes-vous venu ?');
  await userEvent.type(screen.getByLabelText(/^Clé de la question 2/), secondKey);
  await userEvent.selectOptions(screen.getByLabelText('Type de réponse de la question 2'), 'SINGLE_CHOICE');
  await userEvent.selectOptions(screen.getByLabelText('Dimension mesurée par la question 2'), 'TYPOLOGY');
  await userEvent.click(screen.getByLabelText('Réponse obligatoire à la question 2'));
  await userEvent.type(screen.getByLabelText('Libellé de la réponse 1 (question 2)'), 'Titre de séjour');
  await userEvent.type(screen.getByLabelText('Clé de la réponse 1 (question 2)'), 'sejour');
  await userEvent.type(screen.getByLabelText('Libellé de la réponse 2 (question 2)'), 'Permis de conduire');
  await userEvent.type(screen.getByLabelText('Clé de la réponse 2 (question 2)'), 'permis');
  await userEvent.click(screen.getByRole('button', { name: 'Monter la question 2' }));
}

const input = (secondKey: string): CreateQuestionnaireInput => ({
  key: 'accueil-hall-2026',
  title: 'Accueil du hall 2026',
  description: null,
  sections: [
    {
      title: 'Votre visite',
      questions: [
        { key: secondKey, text: 'Pour quelle démarche êtes-vous venu ?', help: null, kind: 'SINGLE_CHOICE', dimension: 'TYPOLOGY', required: true, options: [{ key: 'sejour', label: 'Titre de séjour' }, { key: 'permis', label: 'Permis de conduire' }], minValue: null, maxValue: null },
        { key: 'espaces', text: 'Êtes-vous satisfait des espaces d’accueil ?', help: null, kind: 'SATISFACTION', dimension: 'RECEPTION_SPACES', required: false, options: null, minValue: null, maxValue: null },
      ],
    },
  ],
});

describe('the questionnaires', () => {
  it('creates a questionnaire with two questions, in the order shown, and opens it', async () => {
    const create = vi.fn<ResultFunction<typeof CREATE_QUESTIONNAIRE>>(() => ({ data: { createQuestionnaire: { __typename: 'Questionnaire', id: 'qa2', key: 'accueil-hall-2026', version: 1, title: 'Accueil du hall 2026', frozenAt: null } } }));
    showList([list, mockOperation(CREATE_QUESTIONNAIRE, { input: input('demarche') }, create), list]);
    await fillTwoQuestions('demarche');
    // The first question is now the choice one.
    expect((screen.getByLabelText('Texte de la question 1') as HTMLInputElement).value).toBe('Pour quelle démarche êtes-vous venu ?');
    await userEvent.click(screen.getByRole('button', { name: 'Créer le questionnaire' }));
    expect(await screen.findByText('Questionnaire ouvert : qa2')).toBeTruthy();
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('shows the API’s refusal where the focus goes, and keeps the questionnaire being written', async () => {
    const refused = new GraphQLError('Le questionnaire « accueil-hall-2026 » existe déjà : faites-en une nouvelle version.', { extensions: { code: 'CONFLICT', field: 'key' } });
    showList([list, mockOperation(CREATE_QUESTIONNAIRE, { input: input('demarche') }, { errors: [refused] })]);
    await fillTwoQuestions('demarche');
    await userEvent.click(screen.getByRole('button', { name: 'Créer le questionnaire' }));
    await waitFor(() => expect(document.activeElement?.textContent).toBe(`Questionnaire non enregistré : ${refused.message}`));
    // Nothing was opened, the list is as it was, and what was typed is still there to correct.
    expect(screen.queryByText(/Questionnaire ouvert/)).toBeNull();
    expect(screen.getByText('Accueil du hall 2015')).toBeTruthy();
    expect((screen.getByLabelText(/^Clé du questionnaire/) as HTMLInputElement).value).toBe('accueil-hall-2026');
    expect((screen.getByLabelText('Titre') as HTMLInputElement).value).toBe('Accueil du hall 2026');
  });

  it('sends no questionnaire whose question has no text: the field says so in French and takes the focus', async () => {
    const create = vi.fn<ResultFunction<typeof CREATE_QUESTIONNAIRE>>(() => ({ data: { createQuestionnaire: { __typename: 'Questionnaire', id: 'qa2', key: 'accueil-hall-2026', version: 1, title: 'Accueil du hall 2026', frozenAt: null } } }));
    showList([list, mockOperation(CREATE_QUESTIONNAIRE, { input: input('demarche') }, create)]);
    await fillTwoQuestions('demarche');
    await userEvent.clear(screen.getByLabelText('Texte de la question 2'));
    await userEvent.click(screen.getByRole('button', { name: 'Créer le questionnaire' }));
    const text = screen.getByLabelText('Texte de la question 2');
    expect(document.activeElement).toBe(text);
    expect(text.getAttribute('aria-invalid')).toBe('true');
    expect(describedText(text)).toContain('Renseignez « Texte de la question 2 ».');
    expect(screen.getByLabelText('Texte de la question 1').getAttribute('aria-invalid')).toBeNull();
    expect(create).not.toHaveBeenCalled();
  });

  it('sends no questionnaire with a question key given twice, which the API would refuse', async () => {
    const create = vi.fn<ResultFunction<typeof CREATE_QUESTIONNAIRE>>(() => ({ data: { createQuestionnaire: { __typename: 'Questionnaire', id: 'qa2', key: 'accueil-hall-2026', version: 1, title: 'Accueil du hall 2026', frozenAt: null } } }));
    showList([list, mockOperation(CREATE_QUESTIONNAIRE, { input: input('espaces') }, create)]);
    await fillTwoQuestions('espaces');
    await userEvent.click(screen.getByRole('button', { name: 'Créer le questionnaire' }));
    const key = screen.getByLabelText(/^Clé de la question 2/);
    expect(document.activeElement).toBe(key);
    expect(describedText(key)).toContain('« Clé de la question 2 » : la clé « espaces » est déjà celle de la question 1.');
    expect(create).not.toHaveBeenCalled();
  });

  it('lets analysts read the list without offering to write', async () => {
    showList([listFor(false)]);
    expect(await screen.findByText('Accueil du hall 2015')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Nouveau questionnaire' })).toBeNull();
  });

  it('makes a new version of a frozen questionnaire, keeping its question keys', async () => {
    const question: QuestionnaireFields['sections'][number]['questions'][number] = { __typename: 'Question', id: 'x1', key: 'espaces', position: 1, text: 'Êtes-vous satisfait des espaces d’accueil ?', help: null, kind: 'SATISFACTION', dimension: 'RECEPTION_SPACES', required: true, options: [], minValue: null, maxValue: null };
    const frozen: QuestionnaireFields = { __typename: 'Questionnaire', id: existing.id, key: existing.key, version: existing.version, title: existing.title, frozenAt: existing.frozenAt, description: null, viewerCanManage: true, tenant: { __typename: 'Tenant', id: 'metz' }, sections: [{ __typename: 'QuestionnaireSection', id: 's1', position: 1, title: 'Votre visite', questions: [question] }] };
    const revise = vi.fn<ResultFunction<typeof REVISE_QUESTIONNAIRE>>(() => ({ data: { reviseQuestionnaire: { __typename: 'Questionnaire', id: 'qa3', key: 'accueil-hall', version: 2, title: content.title, frozenAt: null } } }));
    const content = { title: 'Accueil du hall 2016', description: null, sections: [{ title: 'Votre visite', questions: [{ key: 'espaces', text: question.text, help: null, kind: 'SATISFACTION', dimension: 'RECEPTION_SPACES', required: true, options: null, minValue: null, maxValue: null }] }] } satisfies QuestionnaireContentInput;
    const version = mockOperation(QUESTIONNAIRE, { id: 'qa1' }, { data: { questionnaire: frozen } });
    const versions = mockOperation(QUESTIONNAIRE_VERSIONS, { tenantId: 'metz', key: 'accueil-hall' }, { data: { questionnaires: { __typename: 'QuestionnaireConnection', nodes: [{ __typename: 'Questionnaire', id: 'qa1', key: existing.key, version: 1, title: existing.title, frozenAt: existing.frozenAt }] } } });
    render(
      <MockedProvider mocks={[version, versions, mockOperation(REVISE_QUESTIONNAIRE, { id: 'qa1', input: content }, revise), version, versions]}>
        <TenantTimeZone timeZone="Europe/Paris">
          <MemoryRouter initialEntries={['/enquetes/questionnaires/qa1']}>
            <Routes>
              <Route path="enquetes/questionnaires/:questionnaireId" element={<Questionnaire />} />
              <Route path="enquetes/questionnaires/qa3" element={<Opened />} />
            </Routes>
          </MemoryRouter>
        </TenantTimeZone>
      </MockedProvider>,
    );
    expect(await screen.findByRole('heading', { name: 'Accueil du hall 2015' })).toBeTruthy();
    // A frozen version cannot change any more.
    expect(screen.queryByRole('button', { name: 'Modifier cette version' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Nouvelle version' }));
    const title = screen.getByLabelText('Titre');
    await userEvent.clear(title);
    await userEvent.type(title, 'Accueil du hall 2016');
    await userEvent.click(screen.getByRole('button', { name: 'Créer la nouvelle version' }));
    expect(await screen.findByText(/Questionnaire ouvert/)).toBeTruthy();
    expect(revise).toHaveBeenCalledTimes(1);
  });
});
