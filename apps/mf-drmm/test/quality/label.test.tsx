import { MockedProvider } from '@apollo/client/testing/react';
import { TenantTimeZone } from '@qualipref/console-kit';
import { describedText, mockOperation, type OperationMock, type ResultFunction } from '@qualipref/console-kit/testing';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { DrmmLabellingsQuery } from '../../src/generated/graphql.js';
import { Label } from '../../src/quality/Label.js';
import { LABELLINGS, LABELLING_AUDITS, PLAN_AUDIT, REFERENTIAL } from '../../src/quality/operations.js';

type LabellingData = NonNullable<DrmmLabellingsQuery['tenant']>['labellings']['nodes'][number];

const referential = (id: string, code: string, name: string, version: string, open: boolean) => ({ __typename: 'Referential' as const, id, code, name, version, open });
const QUAL_E_PREF: LabellingData = {
  __typename: 'Labelling',
  id: 'l-qep',
  certifiedOn: '2024-06-20',
  expiresOn: '2027-06-19',
  viewerCanManage: true,
  referential: referential('r-qep', 'QUAL_E_PREF', 'Qual-e-pref', '2019', true),
  modules: [{ __typename: 'ReferentialModule', code: 'RELATION_GENERALE', name: 'Relation générale avec les usagers', mandatory: true }],
  nextDeadline: { __typename: 'AuditDeadline', kind: 'INTERNAL', dueOn: '2027-03-19', state: 'NOT_SCHEDULED', warning: false },
  deadlines: [
    { __typename: 'AuditDeadline', kind: 'INTERNAL', dueOn: '2025-09-20', state: 'DONE', warning: false, audit: { __typename: 'Audit', id: 'a1', plannedOn: '2025-09-10', heldOn: '2025-09-12' } },
    { __typename: 'AuditDeadline', kind: 'FOLLOW_UP', dueOn: '2025-12-20', state: 'DONE', warning: false, audit: { __typename: 'Audit', id: 'a2', plannedOn: '2025-12-09', heldOn: '2025-12-09' } },
    { __typename: 'AuditDeadline', kind: 'INTERNAL', dueOn: '2027-03-19', state: 'NOT_SCHEDULED', warning: false, audit: null },
    { __typename: 'AuditDeadline', kind: 'RENEWAL', dueOn: '2027-06-19', state: 'NOT_SCHEDULED', warning: false, audit: null },
  ],
};
const audits = (id: string, nodes: { id: string; kind: 'FOLLOW_UP'; plannedOn: string; heldOn: string }[]) =>
  mockOperation(LABELLING_AUDITS, { id }, { data: { labelling: { __typename: 'Labelling', id, audits: { __typename: 'AuditConnection', totalCount: nodes.length, nodes: nodes.map((a) => ({ __typename: 'Audit' as const, ...a, auditor: 'AFNOR Certification', outcome: 'Audit de suivi sans écart.' })) } } } });
const QUAL_E_PREF_AUDITS = audits('l-qep', [{ id: 'a2', kind: 'FOLLOW_UP', plannedOn: '2025-12-09', heldOn: '2025-12-09' }]);
const MARIANNE: LabellingData = { ...QUAL_E_PREF, id: 'l-m', certifiedOn: '2015-06-11', expiresOn: '2018-06-10', viewerCanManage: false, referential: referential('r-m', 'MARIANNE_2008', 'Marianne', '2008', false), modules: [], nextDeadline: null, deadlines: [] };

const labellings = (...nodes: LabellingData[]) => mockOperation(LABELLINGS, { tenantId: 'metz' }, { data: { tenant: { __typename: 'Tenant', id: 'metz', labellings: { __typename: 'LabellingConnection', nodes } } } });
const engagements = mockOperation(REFERENTIAL, { id: 'r-qep' }, {
  data: {
    referential: {
      __typename: 'Referential',
      id: 'r-qep',
      name: 'Qual-e-pref',
      version: '2019',
      completeness: 'PARTIAL',
      note: 'Le texte des engagements n’a pas été lu dans le référentiel.',
      source: 'Référentiel Qual-e-pref, sommaire',
      engagements: {
        __typename: 'EngagementConnection',
        nodes: [{ __typename: 'Engagement', id: 'e1', number: null, theme: 'Téléphonie', text: '[Résumé] Valoriser le canal téléphonique.', module: null, indicators: [{ __typename: 'IndicatorDefinition', id: 'i1', code: 'TEL', name: 'Décroché en moins de 5 sonneries', unit: 'RINGS', target: 5, definition: 'Appels décrochés avant la 5e sonnerie.', published: false }] }],
      },
    },
  },
});

const renderLabel = (mocks: OperationMock[]) =>
  render(
    <MockedProvider mocks={mocks}>
      <TenantTimeZone timeZone="Europe/Paris">
        <Label tenantId="metz" />
      </TenantTimeZone>
    </MockedProvider>,
  );

describe('the label page (Q1, Q4)', () => {
  it('shows the label held with its validity, its next deadline and its cycle, the engagements with their indicators, and the past labels', async () => {
    renderLabel([labellings(MARIANNE, QUAL_E_PREF), engagements, QUAL_E_PREF_AUDITS]);
    const current = await screen.findByRole('region', { name: 'Qual-e-pref 2019' });
    expect(current.textContent).toContain('Labellisé le 20 juin 2024, label valable jusqu’au 19 juin 2027');
    expect(within(current).getByText(/Prochaine échéance/).textContent).toBe('Prochaine échéance : audit interne avant le 19/03/2027 À programmer');
    const cycle = within(current).getByRole('table', { name: 'Cycle d’audit' });
    expect(within(cycle).getAllByRole('row').slice(1).map((r) => r.textContent)).toEqual([
      '20/09/2025Audit interneRéaliséTenu le 12/09/2025',
      '20/12/2025Audit de suiviRéaliséTenu le 09/12/2025',
      '19/03/2027Audit interneÀ programmer—',
      '19/06/2027Audit de renouvellementÀ programmer—',
    ]);
    // An engagement the source gives no number for is named by its place and its heading.
    await within(current).findByRole('button', { name: 'Point 1 — Téléphonie' });
    expect(current.textContent).toContain('Texte incomplet : Le texte des engagements n’a pas été lu');
    expect(current.textContent).toContain('Décroché en moins de 5 sonneries (Cible : 5 sonneries)');
    expect(screen.getByRole('region', { name: 'Labels précédents' }).textContent).toContain('Marianne 2008 : labellisé, dernière labellisation le 11 juin 2015');
  });

  it('plans an audit, checking the form in French first, and gives the focus back to its button', async () => {
    const plan = vi.fn<ResultFunction<typeof PLAN_AUDIT>>(() => ({ data: { planAudit: { __typename: 'Audit', id: 'a9' } } }));
    const input = { kind: 'RENEWAL' as const, plannedOn: '2027-05-18', auditor: 'AFNOR Certification' };
    renderLabel([labellings(QUAL_E_PREF), engagements, QUAL_E_PREF_AUDITS, mockOperation(PLAN_AUDIT, { labellingId: 'l-qep', input }, plan), labellings(QUAL_E_PREF), QUAL_E_PREF_AUDITS]);
    const opener = await screen.findByRole('button', { name: 'Programmer un audit' });
    await userEvent.click(opener);
    const form = screen.getByRole('form', { name: 'Programmer un audit' });
    await userEvent.click(within(form).getByRole('button', { name: 'Programmer l’audit' }));
    const date = within(form).getByLabelText('Date prévue');
    expect(date.getAttribute('aria-invalid')).toBe('true');
    expect(describedText(date)).toContain('Indiquez « Date prévue ».');
    expect(document.activeElement).toBe(date);
    expect(plan).not.toHaveBeenCalled();
    await userEvent.selectOptions(within(form).getByLabelText('Type d’audit'), 'RENEWAL');
    await userEvent.type(date, '2027-05-18');
    await userEvent.type(within(form).getByLabelText(/Auditeur/), 'AFNOR Certification');
    await userEvent.click(within(form).getByRole('button', { name: 'Programmer l’audit' }));
    await waitFor(() => expect(plan).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Programmer un audit' })));
  });
});
