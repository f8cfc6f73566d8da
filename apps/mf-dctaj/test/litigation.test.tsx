import { MockedProvider } from '@apollo/client/testing/react';
import { TenantTimeZone } from '@qualipref/console-kit';
import { mockOperation, type ResultFunction } from '@qualipref/console-kit/testing';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import type { DctajLitigationCasesQuery } from '../src/generated/graphql.js';
import { Litigation } from '../src/Litigation.js';
import { LITIGATION_CASES, RECORD_LITIGATION_CASE, UPDATE_LITIGATION_CASE } from '../src/queries.js';
import { describedText, directorates, directoratesSeenBy } from './fixtures.js';

type LitigationCase = NonNullable<DctajLitigationCasesQuery['litigationCases']>['nodes'][number];

const litigationCase = (id: string, reference: string, extra: Partial<LitigationCase> = {}): LitigationCase => ({
  __typename: 'LitigationCase',
  id,
  tenantId: 'metz',
  reference,
  court: 'Tribunal administratif de Strasbourg',
  subject: 'Déféré préfectoral',
  requestedAt: '2016-02-01',
  filedAt: null,
  hearingAt: null,
  decidedAt: null,
  filingTargetDays: 60,
  decisionTargetDays: 365,
  daysToFiling: null,
  daysToDecision: null,
  filingOnTime: null,
  decisionOnTime: null,
  viewerCanUpdate: true,
  ownerDirectorate: { __typename: 'Directorate', id: 'dctaj' },
  ...extra,
});

const list = (...nodes: LitigationCase[]) =>
  mockOperation(LITIGATION_CASES, { tenantId: 'metz', after: null }, { data: { litigationCases: { __typename: 'LitigationCaseConnection', totalCount: nodes.length, pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null }, nodes } } });

const existing = litigationCase('1', 'TA-1600101');

describe('litigation cases (R3)', () => {
  it('records a case for the DCTAJ with the default targets, and lists it', async () => {
    const input = {
      ownerDirectorateId: 'dctaj',
      reference: 'TA-1600342',
      subject: 'Refus de permis de construire',
      court: null,
      requestedAt: '2016-03-01',
      filedAt: null,
      hearingAt: null,
      decidedAt: null,
      filingTargetDays: 60,
      decisionTargetDays: 365,
    };
    const record = vi.fn<ResultFunction<typeof RECORD_LITIGATION_CASE>>(() => ({ data: { recordLitigationCase: { __typename: 'LitigationCase', id: '2' } } }));
    render(
      <MockedProvider mocks={[directorates, list(existing), mockOperation(RECORD_LITIGATION_CASE, { input }, record), list(existing, litigationCase('2', 'TA-1600342', { subject: 'Refus de permis de construire', court: null, requestedAt: '2016-03-01' }))]}>
        <TenantTimeZone timeZone="Europe/Paris">
          <Litigation tenantId="metz" />
        </TenantTimeZone>
      </MockedProvider>,
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Enregistrer une affaire' }));
    const form = screen.getByRole('form', { name: 'Nouvelle affaire contentieuse' });
    await userEvent.type(within(form).getByLabelText(/^Référence/), 'TA-1600342 ');
    await userEvent.type(within(form).getByLabelText('Objet'), 'Refus de permis de construire');
    await userEvent.type(within(form).getByLabelText('Saisine le'), '2016-03-01');
    await userEvent.click(within(form).getByRole('button', { name: 'Enregistrer l’affaire' }));
    expect(await screen.findByText('TA-1600342')).toBeTruthy();
    expect(record).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('form')).toBeNull();
  });

  it('checks the required fields itself, in French, beside the field, focuses the first wrong one and sends nothing', async () => {
    const record = vi.fn<ResultFunction<typeof RECORD_LITIGATION_CASE>>(() => ({ data: { recordLitigationCase: { __typename: 'LitigationCase', id: '2' } } }));
    render(
      <MockedProvider mocks={[directorates, list(existing), mockOperation(RECORD_LITIGATION_CASE, () => true, record)]}>
        <TenantTimeZone timeZone="Europe/Paris">
          <Litigation tenantId="metz" />
        </TenantTimeZone>
      </MockedProvider>,
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Enregistrer une affaire' }));
    const form = screen.getByRole('form', { name: 'Nouvelle affaire contentieuse' });
    expect((form as HTMLFormElement).noValidate).toBe(true);
    await userEvent.type(within(form).getByLabelText('Objet'), 'Refus de permis de construire');
    await userEvent.type(within(form).getByLabelText('Saisine le'), '2016-03-01');
    await userEvent.click(within(form).getByRole('button', { name: 'Enregistrer l’affaire' }));
    const reference = within(form).getByLabelText(/^Référence/);
    expect(reference.getAttribute('aria-invalid')).toBe('true');
    expect(describedText(reference)).toContain('Renseignez « Référence ».');
    expect(document.activeElement).toBe(reference);
    expect(within(form).getByLabelText('Objet').getAttribute('aria-invalid')).toBeNull();
    expect(record).not.toHaveBeenCalled();
  });

  it('refuses dates out of order itself, as the API would, naming both fields', async () => {
    const update = vi.fn<ResultFunction<typeof UPDATE_LITIGATION_CASE>>(() => ({ errors: [new GraphQLError('must not be sent')] }));
    render(
      <MockedProvider mocks={[directorates, list(existing), mockOperation(UPDATE_LITIGATION_CASE, () => true, update)]}>
        <TenantTimeZone timeZone="Europe/Paris">
          <Litigation tenantId="metz" />
        </TenantTimeZone>
      </MockedProvider>,
    );
    const row = (await screen.findByText('TA-1600101')).closest('tr')!;
    await userEvent.click(within(row).getByRole('button', { name: 'Modifier' }));
    const form = screen.getByRole('form', { name: 'Affaire TA-1600101' });
    // The form's first field takes the focus when it opens.
    expect(document.activeElement).toBe(within(form).getByLabelText(/^Référence/));
    const filed = within(form).getByLabelText('Mémoire produit le');
    await userEvent.type(filed, '2016-01-15');
    await userEvent.click(within(form).getByRole('button', { name: 'Enregistrer' }));
    expect(filed.getAttribute('aria-invalid')).toBe('true');
    expect(describedText(filed)).toContain('« Mémoire produit le » ne peut précéder « Saisine le ».');
    expect(document.activeElement).toBe(filed);
    expect(update).not.toHaveBeenCalled();
  });

  it('records the filing of a case; the API’s refusal takes the focus and the form keeps what was typed', async () => {
    const refused = new GraphQLError('L’affaire a été modifiée entre-temps : rechargez la page et recommencez.', { extensions: { code: 'CONFLICT' } });
    const input = { reference: 'TA-1600101', subject: 'Déféré préfectoral', court: 'Tribunal administratif de Strasbourg', requestedAt: '2016-02-01', filedAt: '2016-03-15', hearingAt: null, decidedAt: null, filingTargetDays: 60, decisionTargetDays: 365 };
    render(
      <MockedProvider mocks={[directorates, list(existing), mockOperation(UPDATE_LITIGATION_CASE, { id: '1', input }, { errors: [refused] })]}>
        <TenantTimeZone timeZone="Europe/Paris">
          <Litigation tenantId="metz" />
        </TenantTimeZone>
      </MockedProvider>,
    );
    const row = (await screen.findByText('TA-1600101')).closest('tr')!;
    await userEvent.click(within(row).getByRole('button', { name: 'Modifier' }));
    const form = screen.getByRole('form', { name: 'Affaire TA-1600101' });
    await userEvent.type(within(form).getByLabelText('Mémoire produit le'), '2016-03-15');
    await userEvent.click(within(form).getByRole('button', { name: 'Enregistrer' }));
    const said = await within(form).findByText('Affaire non enregistrée : L’affaire a été modifiée entre-temps : rechargez la page et recommencez.');
    expect(document.activeElement?.contains(said)).toBe(true);
    expect(within(form).getByLabelText('Mémoire produit le')).toHaveProperty('value', '2016-03-15');
  });

  it('offers neither recording nor changes to whom the API says may not (an analyst)', async () => {
    render(
      <MockedProvider mocks={[directoratesSeenBy(false), list({ ...existing, viewerCanUpdate: false })]}>
        <TenantTimeZone timeZone="Europe/Paris">
          <Litigation tenantId="metz" />
        </TenantTimeZone>
      </MockedProvider>,
    );
    await screen.findByText('TA-1600101');
    expect(screen.queryByRole('button', { name: 'Enregistrer une affaire' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Modifier' })).toBeNull();
  });
});
