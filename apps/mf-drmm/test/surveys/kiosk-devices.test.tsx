import { MockedProvider } from '@apollo/client/testing/react';
import { TenantTimeZone } from '@qualipref/console-kit';
import { mockOperation, type ResultFunction } from '@qualipref/console-kit/testing';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { DrmmKioskDevicesQuery } from '../../src/generated/graphql.js';
import { KioskDevices } from '../../src/surveys/KioskDevices.js';
import { ISSUE_KIOSK_DEVICE, KIOSK_CAPABILITIES, KIOSK_DEVICES, REVOKE_KIOSK_DEVICE } from '../../src/surveys/operations.js';
import { capabilities } from './capabilities.js';

// What the API says the viewer may do in the tenant: an administrator issues tokens, a manager does not.
const viewer = (issueKioskTokens: boolean) => mockOperation(KIOSK_CAPABILITIES, { tenantId: 'metz' }, { data: { tenant: capabilities(true, issueKioskTokens) } });

type Device = NonNullable<DrmmKioskDevicesQuery['kioskDevices']>['nodes'][number];
const device = (revokedAt: string | null): Device => ({ __typename: 'KioskDevice', id: 'd1', name: 'Hall d’accueil', issuedAt: '2026-11-20T08:00:00Z', revokedAt, lastSeenAt: null });
const issued: Device = { __typename: 'KioskDevice', id: 'd2', name: 'Guichets des titres', issuedAt: '2026-11-30T08:30:00Z', revokedAt: null, lastSeenAt: null };
const list = (revokedAt: string | null, ...others: Device[]) => mockOperation(KIOSK_DEVICES, {}, { data: { kioskDevices: { __typename: 'KioskDeviceConnection', nodes: [device(revokedAt), ...others] } } });

describe('the hall tablets page', () => {
  it('issues a token shown once, and revokes a tablet after confirmation', async () => {
    const issue = vi.fn<ResultFunction<typeof ISSUE_KIOSK_DEVICE>>(() => ({ data: { issueKioskDevice: { __typename: 'IssuedKioskDevice', token: 'T'.repeat(43), device: issued } } }));
    const revoke = vi.fn<ResultFunction<typeof REVOKE_KIOSK_DEVICE>>(() => ({ data: { revokeKioskDevice: device('2026-11-30T09:00:00Z') } }));
    window.confirm = vi.fn(() => true);
    render(
      <MockedProvider
        mocks={[
          viewer(true),
          list(null),
          mockOperation(ISSUE_KIOSK_DEVICE, { name: 'Guichets des titres' }, issue),
          list(null, issued),
          mockOperation(REVOKE_KIOSK_DEVICE, { id: 'd1' }, revoke),
          list('2026-11-30T09:00:00Z', issued),
        ]}
      >
        <TenantTimeZone timeZone="Europe/Paris">
          <KioskDevices tenantId="metz" />
        </TenantTimeZone>
      </MockedProvider>,
    );
    await screen.findByText('Hall d’accueil');
    await userEvent.type(screen.getByLabelText(/Nouvelle borne/), '  Guichets des titres ');
    await userEvent.click(screen.getByRole('button', { name: 'Délivrer un jeton' }));
    const token = await screen.findByTestId('kiosk-token');
    expect(token.textContent).toBe('T'.repeat(43));
    // The form stays: the token, to copy now, takes the focus.
    expect(document.activeElement?.contains(token)).toBe(true);
    expect(issue).toHaveBeenCalledTimes(1);
    // The list comes again with the new tablet: revoking before it lands would see it overwrite the revocation.
    await screen.findByRole('rowheader', { name: 'Guichets des titres' });
    await userEvent.click(within(screen.getByRole('row', { name: /Hall d’accueil/ })).getByRole('button', { name: 'Révoquer' }));
    await waitFor(() => expect(revoke).toHaveBeenCalledTimes(1));
    expect(await screen.findByText(/Révoqué le/)).toBeTruthy();
  });

  it('tells other users that administrators manage the tablets, and asks the API for no tablet', async () => {
    render(
      <MockedProvider mocks={[viewer(false)]}>
        <TenantTimeZone timeZone="Europe/Paris">
          <KioskDevices tenantId="metz" />
        </TenantTimeZone>
      </MockedProvider>,
    );
    expect(await screen.findByText(/délivrés et révoqués par les administrateurs/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Délivrer un jeton' })).toBeNull();
  });
});
