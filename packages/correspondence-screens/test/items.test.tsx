import { MockedProvider } from '@apollo/client/testing/react';
import { TenantTimeZone } from '@qualipref/console-kit';
import { mockOperation, type ResultFunction, describedText } from '@qualipref/console-kit/testing';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import type { CorrespondenceStatus, DirectorateItemsQuery } from '../src/generated/graphql.js';
import { Items } from '../src/Items.js';
import { ANSWER_ITEM, DIRECTORATE_ITEMS, REOPEN_ITEM } from '../src/queries.js';

/** The texts a field's aria-describedby points to, as a screen reader reads them after its label. */

const period = { from: '2016-01-01', to: '2016-12-31' };
const filter = { tenantId: 'metz', directorateId: 'dctaj', from: period.from, to: period.to };

type Item = NonNullable<DirectorateItemsQuery['correspondenceItems']>['nodes'][number];

const item = (id: string, status: CorrespondenceStatus, extra: Partial<Item> = {}): Item => ({
  __typename: 'CorrespondenceItem',
  id,
  tenantId: 'metz',
  channel: 'LETTER',
  subject: `Courrier ${id}`,
  correspondentKind: 'USER',
  correspondentName: null,
  gedReference: `GED-${id}`,
  receivedAt: '2016-05-06T12:10:00.000Z',
  dueDate: '2016-05-27',
  answeredAt: null,
  delayWorkingDays: null,
  reopenedAt: null,
  reopenReason: null,
  status,
  service: { __typename: 'Service', id: 'baj', code: 'BAJ', name: 'Bureau des affaires juridiques et du contentieux' },
  directorate: { __typename: 'Directorate', id: 'dctaj' },
  ...extra,
});

const page = (nodes: Item[]): { data: DirectorateItemsQuery } => ({
  data: { correspondenceItems: { __typename: 'CorrespondenceItemConnection', totalCount: nodes.length, pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null }, nodes } },
});

const variables = { filter, after: null };
const list = mockOperation(DIRECTORATE_ITEMS, variables, page([item('1', 'OPEN_LATE'), item('2', 'ANSWERED_ON_TIME', { answeredAt: '2016-05-10T08:00:00.000Z', delayWorkingDays: 2 })]));

describe('items of a directorate', () => {
  it('lists the items with their status, and offers the answer on open ones and the reopening on answered ones to those who may write', async () => {
    render(
      <MockedProvider mocks={[list]}>
        <TenantTimeZone timeZone="Europe/Paris">
          <Items directorateId="dctaj" tenantId="metz" period={period} canWrite />
        </TenantTimeZone>
      </MockedProvider>,
    );
    expect(await screen.findByText('2 courriers.')).toBeTruthy();
    const cards = screen.getAllByRole('listitem');
    expect(within(cards[0]!).getByText('En cours, en retard')).toBeTruthy();
    expect(within(cards[0]!).getByRole('button', { name: 'Répondre' })).toBeTruthy();
    expect(within(cards[1]!).getByText('Répondu dans les délais')).toBeTruthy();
    expect(within(cards[1]!).queryByRole('button', { name: 'Répondre' })).toBeNull();
    expect(within(cards[1]!).getByRole('button', { name: 'Rouvrir' })).toBeTruthy();
    expect(within(cards[0]!).queryByRole('button', { name: 'Rouvrir' })).toBeNull();
  });

  it('shows a call no engagement covers as « sans délai d’engagement », open and answerable', async () => {
    const call = item('3', 'OPEN_WITHOUT_ENGAGEMENT', { channel: 'TELEPHONE', gedReference: null, dueDate: null });
    render(
      <MockedProvider mocks={[mockOperation(DIRECTORATE_ITEMS, variables, page([call]))]}>
        <TenantTimeZone timeZone="Europe/Paris">
          <Items directorateId="dctaj" tenantId="metz" period={period} canWrite />
        </TenantTimeZone>
      </MockedProvider>,
    );
    const card = (await screen.findAllByRole('listitem'))[0]!;
    expect(within(card).getByText('En cours, sans délai d’engagement')).toBeTruthy();
    expect(within(card).getByText(/Reçu le .* · sans délai d’engagement/)).toBeTruthy();
    expect(within(card).queryByText(/échéance/)).toBeNull();
    expect(within(card).getByRole('button', { name: 'Répondre' })).toBeTruthy();
  });

  it('hides the answer from readers (analysts, other directorates)', async () => {
    render(
      <MockedProvider mocks={[list]}>
        <TenantTimeZone timeZone="Europe/Paris">
          <Items directorateId="dctaj" tenantId="metz" period={period} canWrite={false} />
        </TenantTimeZone>
      </MockedProvider>,
    );
    await screen.findByText('2 courriers.');
    expect(screen.queryByRole('button', { name: 'Répondre' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Rouvrir' })).toBeNull();
  });

  it('records the answer with its date and channel, and shows the API’s refusal', async () => {
    const answeredAt = '2016-06-01T09:30';
    const refused = new GraphQLError('La réponse ne peut pas précéder la réception du courrier.', { extensions: { code: 'BAD_USER_INPUT', field: 'answeredAt' } });
    const mocks = [list, mockOperation(ANSWER_ITEM, { id: '1', answeredAt: '2016-06-01T07:30:00.000Z', answerChannel: 'EMAIL' }, { errors: [refused] })];
    render(
      <MockedProvider mocks={mocks}>
        <TenantTimeZone timeZone="Europe/Paris">
          <Items directorateId="dctaj" tenantId="metz" period={period} canWrite />
        </TenantTimeZone>
      </MockedProvider>,
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Répondre' }));
    const form = screen.getByRole('form', { name: 'Réponse au courrier « Courrier 1 »' });
    const when = within(form).getByLabelText('Date et heure de la réponse');
    await userEvent.clear(when);
    await userEvent.type(when, answeredAt);
    await userEvent.selectOptions(within(form).getByLabelText('Canal de la réponse'), 'EMAIL');
    await userEvent.click(within(form).getByRole('button', { name: 'Enregistrer la réponse' }));
    const said = await within(form).findByText('Réponse non enregistrée : La réponse ne peut pas précéder la réception du courrier.');
    expect(document.activeElement?.contains(said)).toBe(true);
  });

  it('checks the answer’s date itself, in French, beside the field, focuses it and sends nothing', async () => {
    const answer = vi.fn<ResultFunction<typeof ANSWER_ITEM>>(() => ({ errors: [new GraphQLError('must not be sent')] }));
    render(
      <MockedProvider mocks={[list, mockOperation(ANSWER_ITEM, () => true, answer)]}>
        <TenantTimeZone timeZone="Europe/Paris">
          <Items directorateId="dctaj" tenantId="metz" period={period} canWrite />
        </TenantTimeZone>
      </MockedProvider>,
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Répondre' }));
    const form = screen.getByRole('form', { name: 'Réponse au courrier « Courrier 1 »' });
    expect((form as HTMLFormElement).noValidate).toBe(true);
    const when = within(form).getByLabelText('Date et heure de la réponse');
    // The form takes the focus when it opens.
    expect(document.activeElement).toBe(when);
    await userEvent.clear(when);
    await userEvent.click(within(form).getByRole('button', { name: 'Enregistrer la réponse' }));
    expect(when.getAttribute('aria-invalid')).toBe('true');
    expect(describedText(when)).toContain('Indiquez « Date et heure de la réponse ».');
    expect(document.activeElement).toBe(when);
    // Before the reception, as the API would refuse it.
    await userEvent.type(when, '2016-05-06T14:00');
    await userEvent.click(within(form).getByRole('button', { name: 'Enregistrer la réponse' }));
    expect(describedText(when)).toContain('« Date et heure de la réponse » ne peut précéder la réception, le 6 mai 2016, 14:10.');
    expect(document.activeElement).toBe(when);
    expect(answer).not.toHaveBeenCalled();
    // Cancelled, the form gives the focus back to its button.
    await userEvent.click(within(form).getByRole('button', { name: 'Annuler' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Répondre' })));
  });

  it('reopens an answered item with its reason, then shows it reopened', async () => {
    const reason = 'Réponse incomplète : pièce justificative manquante.';
    const reopen = vi.fn<ResultFunction<typeof REOPEN_ITEM>>(() => ({ data: { reopenCorrespondenceItem: { __typename: 'CorrespondenceItem', id: '2', answeredAt: null, reopenedAt: '2016-06-02T08:00:00.000Z', reopenReason: reason, status: 'OPEN_ON_TIME' } } }));
    const reopened = mockOperation(DIRECTORATE_ITEMS, variables, page([item('1', 'OPEN_LATE'), item('2', 'OPEN_ON_TIME', { reopenedAt: '2016-06-02T08:00:00.000Z', reopenReason: reason })]));
    render(
      <MockedProvider mocks={[list, mockOperation(REOPEN_ITEM, { id: '2', reason }, reopen), reopened]}>
        <TenantTimeZone timeZone="Europe/Paris">
          <Items directorateId="dctaj" tenantId="metz" period={period} canWrite />
        </TenantTimeZone>
      </MockedProvider>,
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Rouvrir' }));
    const form = screen.getByRole('form', { name: 'Réouverture du courrier « Courrier 2 »' });
    await userEvent.type(within(form).getByLabelText(/Motif de la réouverture/), '   ');
    await userEvent.click(within(form).getByRole('button', { name: 'Rouvrir le courrier' }));
    const field = within(form).getByLabelText(/Motif de la réouverture/);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(describedText(field)).toContain('Renseignez « Motif de la réouverture ».');
    expect(document.activeElement).toBe(field);
    expect(reopen).not.toHaveBeenCalled();
    await userEvent.type(field, `  ${reason} `);
    await userEvent.click(within(form).getByRole('button', { name: 'Rouvrir le courrier' }));
    expect(await screen.findByText(`Rouvert le 2 juin 2016, 10:00 : ${reason}`)).toBeTruthy();
    expect(reopen).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('form')).toBeNull();
    // The item is open again: the focus goes to its « Répondre », where « Rouvrir » was.
    const card = screen.getByText('Courrier 2').closest('li')!;
    await waitFor(() => expect(document.activeElement).toBe(within(card).getByRole('button', { name: 'Répondre' })));
  });
});
