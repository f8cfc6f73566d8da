import { MockedProvider } from '@apollo/client/testing/react';
import { TenantTimeZone, tenantTime } from '@qualipref/console-kit';
import { describedText, mockOperation, type OperationMock, type ResultFunction } from '@qualipref/console-kit/testing';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { DrmmLabellingsQuery } from '../../src/generated/graphql.js';
import { Label } from '../../src/quality/Label.js';
import { ENTER_INDICATOR_VALUE, INDICATOR_VALUES, LABELLINGS, LABELLING_AUDITS, PLAN_AUDIT, REFERENTIAL } from '../../src/quality/operations.js';

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
// The page shows the last year ended on the tenant's calendar.
const PERIOD = String(Number(tenantTime('Europe/Paris').today().slice(0, 4)) - 1);
const recorded = { __typename: 'IndicatorValue' as const, updatedAt: '2026-01-20T10:00:00.000Z', targetMet: null, formulaVersion: null, numerator: null, sampleSize: null, recordedByName: 'Responsable MACAP (démo)' };
const indicator = { __typename: 'IndicatorDefinition' as const, published: false, computation: null };
const values = mockOperation(INDICATOR_VALUES, { tenantId: 'metz', period: PERIOD, referentialId: 'r-qep' }, {
  data: {
    indicatorValues: {
      __typename: 'IndicatorValueConnection',
      nodes: [
        { ...recorded, id: 'v1', value: 0.8086, source: 'COMPUTED', origin: 'Statistiques de téléphonie : 26838 appels décrochés en moins de 5 sonneries sur 33190 présentés.', numerator: 26838, sampleSize: 33190, formulaVersion: 1, indicator: { __typename: 'IndicatorDefinition', id: 'i1' } },
        { ...recorded, id: 'v2', value: 0.83, source: 'IMPORTED', origin: 'Export annuel de la téléphonie', indicator: { __typename: 'IndicatorDefinition', id: 'i2' } },
      ],
    },
  },
});
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
        nodes: [{ __typename: 'Engagement', id: 'e1', number: null, theme: 'Téléphonie', text: '[Résumé] Valoriser le canal téléphonique.', module: null, indicators: [
          { ...indicator, id: 'i1', code: 'TAUX_DECROCHE_5_SONNERIES', name: 'Appels décrochés en moins de 5 sonneries', unit: 'RATE', target: null, definition: 'Appels décrochés avant la 5e sonnerie sur appels présentés.', computation: 'TELEPHONE_WITHIN_TARGET_RATE' },
          { ...indicator, id: 'i2', code: 'TAUX_DECROCHE_AGENT', name: 'Taux de décroché par un agent', unit: 'RATE', target: null, definition: 'Appels traités par un agent.' },
          { ...indicator, id: 'i3', code: 'ACCUEIL_MINUTES', name: 'Espace France Services à moins de trente minutes', unit: 'MINUTES', target: 30, definition: 'Temps de trajet.' },
        ] }],
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
    renderLabel([labellings(MARIANNE, QUAL_E_PREF), engagements, values, QUAL_E_PREF_AUDITS]);
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
    const table = within(current).getByRole('table', { name: `Indicateurs ${PERIOD}` });
    expect(within(table).getAllByRole('row').slice(1).map((r) => r.textContent!.replace(/[\u00a0\u202f]/g, ' '))).toEqual([
      'Appels décrochés en moins de 5 sonneries80,9 %26 838 sur 33 190AucuneCalculéStatistiques de téléphonie : 26838 appels décrochés en moins de 5 sonneries sur 33190 présentés.Responsable MACAP (démo), le 20/01/2026',
      'Taux de décroché par un agent83,0 %AucuneImportéExport annuel de la téléphonieResponsable MACAP (démo), le 20/01/2026Saisir',
      'Espace France Services à moins de trente minutesNon relevé30 minÀ importer ou saisir——Saisir',
    ]);
    expect(screen.getByRole('button', { name: `Calculer les indicateurs ${PERIOD}` })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Labels précédents' }).textContent).toContain('Marianne 2008 : labellisé, dernière labellisation le 11 juin 2015');
  });

  it('plans an audit, checking the form in French first, and gives the focus back to its button', async () => {
    const plan = vi.fn<ResultFunction<typeof PLAN_AUDIT>>(() => ({ data: { planAudit: { __typename: 'Audit', id: 'a9' } } }));
    const input = { kind: 'RENEWAL' as const, plannedOn: '2027-05-18', auditor: 'AFNOR Certification' };
    renderLabel([labellings(QUAL_E_PREF), engagements, values, QUAL_E_PREF_AUDITS, mockOperation(PLAN_AUDIT, { labellingId: 'l-qep', input }, plan), labellings(QUAL_E_PREF), QUAL_E_PREF_AUDITS]);
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

  it('enters a value in the indicator’s unit with its source, checking the form in French first', async () => {
    const enter = vi.fn<ResultFunction<typeof ENTER_INDICATOR_VALUE>>(() => ({ data: { enterIndicatorValue: { __typename: 'IndicatorValue', id: 'v3', value: 25 } } }));
    const input = { indicatorId: 'i3', period: PERIOD, value: 25, unit: 'MINUTES' as const, origin: 'Carte des espaces France Services', comment: null };
    renderLabel([labellings(QUAL_E_PREF), engagements, values, QUAL_E_PREF_AUDITS, mockOperation(ENTER_INDICATOR_VALUE, { input }, enter), values]);
    await userEvent.click(await screen.findByRole('button', { name: 'Point 1 — Téléphonie' }));
    await userEvent.click(screen.getByRole('button', { name: 'Saisir Espace France Services à moins de trente minutes' }));
    const form = screen.getByRole('form', { name: `Saisir Espace France Services à moins de trente minutes ${PERIOD}` });
    const value = within(form).getByLabelText('Valeur (minutes)');
    expect(document.activeElement).toBe(value);
    await userEvent.click(within(form).getByRole('button', { name: 'Enregistrer la valeur' }));
    expect(describedText(value)).toContain('Renseignez « Valeur (minutes) ».');
    expect(describedText(within(form).getByLabelText(/^Source/))).toContain('Renseignez « Source ».');
    expect(enter).not.toHaveBeenCalled();
    await userEvent.type(value, '25');
    await userEvent.type(within(form).getByLabelText(/^Source/), 'Carte des espaces France Services');
    await userEvent.click(within(form).getByRole('button', { name: 'Enregistrer la valeur' }));
    await waitFor(() => expect(enter).toHaveBeenCalledTimes(1));
  });
});
