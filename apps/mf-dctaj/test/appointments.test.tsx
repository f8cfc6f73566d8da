import { MockedProvider } from '@apollo/client/testing/react';
import { TenantTimeZone } from '@qualipref/console-kit';
import { mockOperation, type ResultFunction } from '@qualipref/console-kit/testing';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Appointments } from '../src/Appointments.js';
import type { AppointmentRequestInput, DctajAppointmentRequestsQuery, UpdateAppointmentRequestInput } from '../src/generated/graphql.js';
import { APPOINTMENT_REQUESTS, RECORD_APPOINTMENT_REQUEST, UPDATE_APPOINTMENT_REQUEST } from '../src/queries.js';
import { directorates, directoratesSeenBy } from './fixtures.js';

// Invented requesters: the records name real people in production.
type AppointmentRequest = NonNullable<DctajAppointmentRequestsQuery['appointmentRequests']>['nodes'][number];

const request = (id: string, requesterName: string, extra: Partial<AppointmentRequest> = {}): AppointmentRequest => ({
  __typename: 'AppointmentRequest',
  id,
  tenantId: 'metz',
  requesterName,
  requesterKind: 'ELECTED_OFFICIAL',
  collectiviteName: 'Commune de Saint-Exemple',
  subject: 'Projet de fusion de communes',
  requestedAt: '2016-04-04',
  dateAsked: null,
  dateGiven: null,
  delayWorkingDays: null,
  viewerCanUpdate: true,
  ownerDirectorate: { __typename: 'Directorate', id: 'dctaj' },
  ...extra,
});

const list = (...nodes: AppointmentRequest[]) =>
  mockOperation(APPOINTMENT_REQUESTS, { tenantId: 'metz', after: null }, { data: { appointmentRequests: { __typename: 'AppointmentRequestConnection', totalCount: nodes.length, pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null }, nodes } } });

const existing = request('1', 'Camille Exemple, maire');

describe('appointment requests (R3)', () => {
  it('records a request of a territorial officer for the tenant’s DCTAJ, also when an administrator does it', async () => {
    const input = {
      ownerDirectorateId: 'dctaj',
      requesterName: 'Dominique Essai, secrétaire de mairie',
      requesterKind: 'TERRITORIAL_OFFICER',
      collectiviteName: null,
      subject: 'Budget annexe',
      requestedAt: '2016-05-02',
      dateAsked: '2016-05-10',
      dateGiven: null,
    } satisfies AppointmentRequestInput;
    const record = vi.fn<ResultFunction<typeof RECORD_APPOINTMENT_REQUEST>>(() => ({ data: { recordAppointmentRequest: { __typename: 'AppointmentRequest', id: '2' } } }));
    const recorded = request('2', 'Dominique Essai, secrétaire de mairie', { requesterKind: 'TERRITORIAL_OFFICER', collectiviteName: null, subject: 'Budget annexe', requestedAt: '2016-05-02', dateAsked: '2016-05-10' });
    render(
      <MockedProvider mocks={[directorates, list(existing), mockOperation(RECORD_APPOINTMENT_REQUEST, { input }, record), list(existing, recorded)]}>
        <TenantTimeZone timeZone="Europe/Paris">
          <Appointments tenantId="metz" />
        </TenantTimeZone>
      </MockedProvider>,
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Enregistrer une demande' }));
    const form = screen.getByRole('form', { name: 'Nouvelle demande de rendez-vous' });
    await userEvent.type(within(form).getByLabelText(/^Demandeur/), 'Dominique Essai, secrétaire de mairie');
    await userEvent.selectOptions(within(form).getByLabelText('Qualité du demandeur'), 'TERRITORIAL_OFFICER');
    await userEvent.type(within(form).getByLabelText('Objet'), ' Budget annexe');
    await userEvent.type(within(form).getByLabelText('Demandé le'), '2016-05-02');
    await userEvent.type(within(form).getByLabelText('Date souhaitée'), '2016-05-10');
    await userEvent.click(within(form).getByRole('button', { name: 'Enregistrer la demande' }));
    const row = (await screen.findByText('Dominique Essai, secrétaire de mairie')).closest('tr')!;
    expect(within(row).getByText('Agent territorial')).toBeTruthy();
    expect(record).toHaveBeenCalledTimes(1);
  });

  it('records the date given, and shows the delay the API counted', async () => {
    const update = vi.fn<ResultFunction<typeof UPDATE_APPOINTMENT_REQUEST>>(() => ({ data: { updateAppointmentRequest: { __typename: 'AppointmentRequest', id: '1' } } }));
    const input = { requesterName: 'Camille Exemple, maire', requesterKind: 'ELECTED_OFFICIAL', collectiviteName: 'Commune de Saint-Exemple', subject: 'Projet de fusion de communes', requestedAt: '2016-04-04', dateAsked: null, dateGiven: '2016-04-13' } satisfies UpdateAppointmentRequestInput;
    render(
      <MockedProvider mocks={[directorates, list(existing), mockOperation(UPDATE_APPOINTMENT_REQUEST, { id: '1', input }, update), list({ ...existing, dateGiven: '2016-04-13', delayWorkingDays: 7 })]}>
        <TenantTimeZone timeZone="Europe/Paris">
          <Appointments tenantId="metz" />
        </TenantTimeZone>
      </MockedProvider>,
    );
    const row = (await screen.findByText('Camille Exemple, maire')).closest('tr')!;
    expect(within(row).getByText('en attente')).toBeTruthy();
    await userEvent.click(within(row).getByRole('button', { name: 'Modifier' }));
    const form = screen.getByRole('form', { name: 'Demande de Camille Exemple, maire' });
    await userEvent.type(within(form).getByLabelText(/^Rendez-vous accordé le/), '2016-04-13');
    await userEvent.click(within(form).getByRole('button', { name: 'Enregistrer' }));
    expect(await within(row).findByText('7 j')).toBeTruthy();
    expect(update).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('form')).toBeNull();
    // The form closed, the row's button takes the focus back (once React has run its effects).
    await waitFor(() => expect(document.activeElement).toBe(within(row).getByRole('button', { name: 'Modifier' })));
  });

  it('offers neither recording nor changes to whom the API says may not (an agent of another directorate)', async () => {
    render(
      <MockedProvider mocks={[directoratesSeenBy(false), list({ ...existing, viewerCanUpdate: false })]}>
        <TenantTimeZone timeZone="Europe/Paris">
          <Appointments tenantId="metz" />
        </TenantTimeZone>
      </MockedProvider>,
    );
    await screen.findByText('Camille Exemple, maire');
    expect(screen.queryByRole('button', { name: 'Enregistrer une demande' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Modifier' })).toBeNull();
  });
});
