import { MockedProvider } from '@apollo/client/testing/react';
import { TenantTimeZone } from '@qualipref/console-kit';
import { mockOperation, type ResultFunction } from '@qualipref/console-kit/testing';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import type { DctajLegalityControlsQuery } from '../src/generated/graphql.js';
import { LegalityControls } from '../src/LegalityControls.js';
import { LEGALITY_CONTROLS, LEGALITY_COVERAGE, RECORD_LEGALITY_CONTROL, UPDATE_LEGALITY_CONTROL } from '../src/queries.js';
import { describedText, directorates, directoratesSeenBy } from './fixtures.js';

type Control = NonNullable<DctajLegalityControlsQuery['legalityControls']>['nodes'][number];

const control = (id: string, collectiviteName: string, extra: Partial<Control>): Control => ({
  __typename: 'LegalityControl',
  id,
  tenantId: 'metz',
  collectiviteName,
  actKind: 'Délibération',
  actReference: null,
  receivedAt: '2015-07-09',
  documentsRequestedAt: null,
  documentsReceivedAt: null,
  observationsSentAt: null,
  electedOfficialInformedAt: null,
  recoursSentAt: null,
  recoursAnsweredAt: null,
  referralDeadline: '2015-09-09',
  referralBasis: 'RECEPTION',
  referralPeriodStart: '2015-07-09',
  referredAt: null,
  referralState: 'NOT_CONTESTED',
  electedOfficialInformedFirst: null,
  viewerCanUpdate: true,
  ownerDirectorate: { __typename: 'Directorate', id: 'dctaj' },
  ...extra,
});

/** The list as the API gives it to one who may change its records, or not. */
const listSeenBy = (viewerCanUpdate: boolean) =>
  mockOperation(LEGALITY_CONTROLS, { tenantId: 'metz', after: null }, {
  data: {
    legalityControls: {
      __typename: 'LegalityControlConnection',
      totalCount: 4,
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
      nodes: [
        control('1', 'Commune de Marly', {}),
        control('2', 'Commune de Hayange', {
          receivedAt: '2015-09-21',
          electedOfficialInformedAt: '2015-10-30',
          recoursSentAt: '2015-10-26',
          electedOfficialInformedFirst: false,
          referralDeadline: '2016-02-26',
          referralBasis: 'RECOURS_IMPLICIT_REJECTION',
          referralPeriodStart: '2015-12-26',
          referralState: 'OPEN',
        }),
        control('3', 'Commune de Woippy', { observationsSentAt: '2015-08-01', referralState: 'EXPIRED' }),
        control('4', 'Commune de Marange', { documentsRequestedAt: '2015-08-01', referralDeadline: null, referralBasis: 'AWAITING_DOCUMENTS', referralPeriodStart: null, referralState: 'AWAITING_DOCUMENTS' }),
      ].map((c) => ({ ...c, viewerCanUpdate })),
    },
  },
});
const list = listSeenBy(true);
const coverage = mockOperation(LEGALITY_COVERAGE, { tenantId: 'metz' }, {
  data: { legalityControlCoverage: { __typename: 'LegalityControlCoverage', tenantId: 'metz', arrondissements: ['Metz', 'Thionville'] } },
});

describe('legality control (R3)', () => {
  it('flags a recours gracieux sent before the elected official was informed', async () => {
    render(
      <MockedProvider mocks={[directorates, list]}>
        <TenantTimeZone timeZone="Europe/Paris">
          <LegalityControls tenantId="metz" />
        </TenantTimeZone>
      </MockedProvider>,
    );
    const hayange = (await screen.findByText('Commune de Hayange')).closest('tr')!;
    expect(within(hayange).getByText('Recours avant information')).toBeTruthy();
    const marly = screen.getByText('Commune de Marly').closest('tr')!;
    expect(within(marly).queryByText('Recours avant information')).toBeNull();
  });

  it('says « délai expiré sans déféré » only for an act contested, and from what the deadline runs', async () => {
    render(
      <MockedProvider mocks={[directorates, list, coverage]}>
        <TenantTimeZone timeZone="Europe/Paris">
          <LegalityControls tenantId="metz" />
        </TenantTimeZone>
      </MockedProvider>,
    );
    const marly = (await screen.findByText('Commune de Marly')).closest('tr')!;
    expect(within(marly).getByText('Délai écoulé, non contesté')).toBeTruthy();
    expect(within(marly).queryByText('Délai expiré sans déféré')).toBeNull();
    const woippy = screen.getByText('Commune de Woippy').closest('tr')!;
    expect(within(woippy).getByText('Délai expiré sans déféré')).toBeTruthy();
    const hayange = screen.getByText('Commune de Hayange').closest('tr')!;
    expect(within(hayange).getByText(/depuis le rejet implicite/)).toBeTruthy();
    const marange = screen.getByText('Commune de Marange').closest('tr')!;
    expect(within(marange).getByText('En attente de pièces')).toBeTruthy();
    expect(within(marange).getByText(/pièces demandées/).textContent).toContain('le 01/08/2015');
    expect(await screen.findByText('Arrondissements couverts : Metz, Thionville.')).toBeTruthy();
  });

  it('warns of a recours without the prior information as it is typed, and refuses it beside the field without sending it', async () => {
    const update = vi.fn<ResultFunction<typeof UPDATE_LEGALITY_CONTROL>>(() => ({ errors: [new GraphQLError('must not be sent')] }));
    render(
      <MockedProvider mocks={[directorates, list, mockOperation(UPDATE_LEGALITY_CONTROL, () => true, update)]}>
        <TenantTimeZone timeZone="Europe/Paris">
          <LegalityControls tenantId="metz" />
        </TenantTimeZone>
      </MockedProvider>,
    );
    const marly = (await screen.findByText('Commune de Marly')).closest('tr')!;
    await userEvent.click(within(marly).getByRole('button', { name: 'Modifier' }));
    const form = screen.getByRole('form', { name: /Commune de Marly/ });
    const recours = within(form).getByLabelText(/Recours gracieux adressé le/);
    await userEvent.type(recours, '2015-08-01');
    expect(within(form).getByText(/Renseignez d’abord la date d’information de l’élu/)).toBeTruthy();
    await userEvent.click(within(form).getByRole('button', { name: 'Enregistrer' }));
    expect(recours.getAttribute('aria-invalid')).toBe('true');
    expect(describedText(recours)).toContain('Renseignez d’abord la date d’information de l’élu.');
    // Said once, beside the field.
    expect(within(form).getAllByText(/Renseignez d’abord la date d’information de l’élu/)).toHaveLength(1);
    expect(document.activeElement).toBe(recours);
    expect(update).not.toHaveBeenCalled();
  });

  it('refuses a date of the procedure before the act’s reception, and the API’s refusal takes the focus', async () => {
    const refused = new GraphQLError('Seule la DCTAJ (direction des relations avec les collectivités territoriales et des affaires juridiques) modifie ces dossiers.', { extensions: { code: 'FORBIDDEN' } });
    const update = mockOperation(UPDATE_LEGALITY_CONTROL, { id: '1', input: { documentsRequestedAt: null, documentsReceivedAt: null, observationsSentAt: '2015-08-01', electedOfficialInformedAt: null, recoursSentAt: null, recoursAnsweredAt: null, referredAt: null } }, { errors: [refused] });
    render(
      <MockedProvider mocks={[directorates, list, update]}>
        <TenantTimeZone timeZone="Europe/Paris">
          <LegalityControls tenantId="metz" />
        </TenantTimeZone>
      </MockedProvider>,
    );
    const marly = (await screen.findByText('Commune de Marly')).closest('tr')!;
    await userEvent.click(within(marly).getByRole('button', { name: 'Modifier' }));
    const form = screen.getByRole('form', { name: /Commune de Marly/ });
    const observations = within(form).getByLabelText('Observations adressées le');
    await userEvent.type(observations, '2015-07-01');
    await userEvent.click(within(form).getByRole('button', { name: 'Enregistrer' }));
    expect(observations.getAttribute('aria-invalid')).toBe('true');
    expect(describedText(observations)).toContain('« Observations adressées le » ne peut précéder la réception de l’acte, le 9 juillet 2015.');
    expect(document.activeElement).toBe(observations);
    await userEvent.clear(observations);
    await userEvent.type(observations, '2015-08-01');
    await userEvent.click(within(form).getByRole('button', { name: 'Enregistrer' }));
    const said = await within(form).findByText(/^Procédure non enregistrée : Seule la DCTAJ/);
    expect(document.activeElement?.contains(said)).toBe(true);
  });

  it('records a new act only with its required fields, each refused beside it in French', async () => {
    const input = { ownerDirectorateId: 'dctaj', collectiviteName: 'Commune de Woippy', actKind: 'Délibération — budget primitif', receivedAt: '2016-03-01' };
    const record = vi.fn<ResultFunction<typeof RECORD_LEGALITY_CONTROL>>(() => ({ data: { recordLegalityControl: { __typename: 'LegalityControl', id: '5' } } }));
    render(
      <MockedProvider mocks={[directorates, list, mockOperation(RECORD_LEGALITY_CONTROL, { input }, record), list]}>
        <TenantTimeZone timeZone="Europe/Paris">
          <LegalityControls tenantId="metz" />
        </TenantTimeZone>
      </MockedProvider>,
    );
    const opener = await screen.findByRole('button', { name: 'Enregistrer un acte' });
    await userEvent.click(opener);
    const form = screen.getByRole('form', { name: 'Nouvel acte au contrôle de légalité' });
    expect((form as HTMLFormElement).noValidate).toBe(true);
    await userEvent.type(within(form).getByLabelText(/^Acte/), 'Délibération — budget primitif');
    await userEvent.click(within(form).getByRole('button', { name: 'Enregistrer l’acte' }));
    const collectivite = within(form).getByLabelText('Collectivité');
    expect(collectivite.getAttribute('aria-invalid')).toBe('true');
    expect(describedText(collectivite)).toContain('Renseignez « Collectivité ».');
    const received = within(form).getByLabelText('Reçu en préfecture le');
    expect(received.getAttribute('aria-invalid')).toBe('true');
    expect(describedText(received)).toContain('Indiquez « Reçu en préfecture le ».');
    expect(document.activeElement).toBe(collectivite);
    expect(record).not.toHaveBeenCalled();
    await userEvent.type(collectivite, 'Commune de Woippy');
    await userEvent.type(received, '2016-03-01');
    await userEvent.click(within(form).getByRole('button', { name: 'Enregistrer l’acte' }));
    // Once recorded, the form closes and its button takes the focus back.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Enregistrer un acte' })));
    expect(record).toHaveBeenCalledTimes(1);
  });

  it('says when the tenant’s acts are controlled elsewhere (a sous-préfecture of Moselle)', async () => {
    const none = mockOperation(LEGALITY_COVERAGE, { tenantId: 'metz' }, { data: { legalityControlCoverage: { __typename: 'LegalityControlCoverage', tenantId: 'metz', arrondissements: [] } } });
    render(
      <MockedProvider mocks={[directorates, list, none]}>
        <TenantTimeZone timeZone="Europe/Paris">
          <LegalityControls tenantId="metz" />
        </TenantTimeZone>
      </MockedProvider>,
    );
    expect(await screen.findByText(/les actes de ce territoire sont contrôlés ailleurs \(en Moselle, à la préfecture\)/)).toBeTruthy();
  });

  it('offers no change to whom the API says may not (an analyst)', async () => {
    render(
      <MockedProvider mocks={[directoratesSeenBy(false), listSeenBy(false)]}>
        <TenantTimeZone timeZone="Europe/Paris">
          <LegalityControls tenantId="metz" />
        </TenantTimeZone>
      </MockedProvider>,
    );
    await screen.findByText('Commune de Marly');
    expect(screen.queryByRole('button', { name: 'Modifier' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Enregistrer un acte' })).toBeNull();
  });
});
