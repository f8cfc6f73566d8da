import { MockedProvider } from '@apollo/client/testing/react';
import { TenantTimeZone, tenantTime } from '@qualipref/console-kit';
import { describedText, mockOperation, type OperationMock, type ResultFunction } from '@qualipref/console-kit/testing';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { DrmmPublicationDraftQuery, DrmmPublicationsQuery } from '../../src/generated/graphql.js';
import { QuarterlyPublication, endedQuarters, quarterLabel } from '../../src/quality/Publication.js';
import { CORRECT_PUBLICATION, PUBLICATIONS, PUBLICATION_DRAFT, PUBLISH_QUARTER } from '../../src/quality/operations.js';

type Draft = NonNullable<DrmmPublicationDraftQuery['publicationDraft']>;
type Version = NonNullable<DrmmPublicationsQuery['publications']>['nodes'][number];

// The page opens on the last quarter ended on the tenant's calendar, cut off today.
const TODAY = tenantTime('Europe/Paris').today();
const QUARTER = endedQuarters(TODAY, 1)[0]!;
const LABEL = quarterLabel(QUARTER);

const referential = { __typename: 'Engagement' as const, id: 'e6', referential: { __typename: 'Referential' as const, id: 'r-sp', name: 'Services Publics +', version: '2023' } };
const indicator = (id: string, code: string, name: string, unit: 'RATE' | 'MINUTES', target: number | null = null) => ({ __typename: 'IndicatorDefinition' as const, id, code, name, unit, target, engagement: referential });
const FIGURES: Draft['figures'] = [
  {
    __typename: 'PublicationDraftFigure',
    recordedAfterCutOff: false,
    indicator: indicator('i1', 'DEMARCHE_PHARE_DELAI_ANNONCE', 'Part de la démarche phare traitée dans le délai annoncé', 'RATE'),
    value: { __typename: 'IndicatorValue', id: 'v1', value: 0.8086, numerator: 26838, sampleSize: 33190, source: 'COMPUTED', origin: 'Indicateurs de démarches du trimestre' },
  },
  { __typename: 'PublicationDraftFigure', recordedAfterCutOff: true, indicator: indicator('i2', 'TAUX_DECROCHE_AGENT', 'Taux de décroché par un agent', 'RATE'), value: null },
  { __typename: 'PublicationDraftFigure', recordedAfterCutOff: false, indicator: indicator('i3', 'ACCUEIL_MINUTES', 'Espace France Services à moins de trente minutes', 'MINUTES', 30), value: null },
];
const draft = (over: Partial<Draft> = {}) =>
  mockOperation(PUBLICATION_DRAFT, { quarter: QUARTER, cutOffDate: TODAY }, { data: { publicationDraft: { __typename: 'PublicationDraft', quarter: QUARTER, label: LABEL, cutOffDate: TODAY, viewerCanPublish: true, current: null, figures: FIGURES, ...over } } });
const inForce = (version: number) => ({ __typename: 'Publication' as const, id: `p${version}`, version, figures: [{ __typename: 'PublishedFigure' as const, code: 'DEMARCHE_PHARE_DELAI_ANNONCE', value: 0.75 }] });

const version = (n: number, status: 'IN_FORCE' | 'REPLACED', correctionReason: string | null = null): Version => ({
  __typename: 'Publication',
  id: `p${n}`,
  version: n,
  status,
  cutOffDate: TODAY,
  correctionReason,
  publishedAt: '2026-10-05T08:30:00.000Z',
  publishedByName: 'Responsable MACAP (démo)',
  replacedAt: status === 'REPLACED' ? '2026-10-20T14:00:00.000Z' : null,
  openData: { __typename: 'PublicationOpenData', json: `/public/quality/transparence/metz/${QUARTER}-v${n}.json`, csv: `/public/quality/transparence/metz/${QUARTER}-v${n}.csv`, posterA4: `/public/quality/transparence/metz/${QUARTER}-v${n}-A4.pdf`, posterA3: `/public/quality/transparence/metz/${QUARTER}-v${n}-A3.pdf` },
});
const versions = (...nodes: Version[]) => mockOperation(PUBLICATIONS, { tenantId: 'metz', quarter: QUARTER }, { data: { publications: { __typename: 'PublicationConnection', totalCount: nodes.length, nodes } } });

const show = (mocks: OperationMock[], ownTenant = true) =>
  render(
    <MockedProvider mocks={mocks}>
      <TenantTimeZone timeZone="Europe/Paris">
        <QuarterlyPublication tenantId="metz" ownTenant={ownTenant} publicUrl={(path) => `https://qualipref.example.gouv.fr${path}`} />
      </TenantTimeZone>
    </MockedProvider>,
  );

const rows = (table: HTMLElement) => within(table).getAllByRole('row').slice(1).map((r) => r.textContent!.replace(/[\u00a0\u202f]/g, ' '));

describe('quarters', () => {
  it('are the quarters ended, the last one first, named in French', () => {
    expect(endedQuarters('2026-12-03', 3)).toEqual(['2026-T3', '2026-T2', '2026-T1']);
    expect(endedQuarters('2027-01-01', 2)).toEqual(['2026-T4', '2026-T3']);
    expect(endedQuarters('2026-03-31', 1)).toEqual(['2025-T4']);
    expect([quarterLabel('2027-T1'), quarterLabel('2026-T3')]).toEqual(['1er trimestre 2027', '3e trimestre 2026']);
  });
});

describe('the quarterly publication (Q6)', () => {
  it('shows what publishing would freeze, then publishes it once confirmed, saying it is public and final', async () => {
    const publish = vi.fn<ResultFunction<typeof PUBLISH_QUARTER>>(() => ({ data: { publishQuarter: { __typename: 'Publication', id: 'p1', version: 1, status: 'IN_FORCE' } } }));
    show([draft(), versions(), mockOperation(PUBLISH_QUARTER, { input: { quarter: QUARTER, cutOffDate: TODAY } }, publish), draft({ current: inForce(1) }), versions(version(1, 'IN_FORCE'))]);
    expect((screen.getByLabelText('Trimestre') as HTMLSelectElement).value).toBe(QUARTER);
    expect((screen.getByLabelText(/^Date d’arrêté des chiffres/) as HTMLInputElement).value).toBe(TODAY);
    await screen.findByText(`Les résultats du ${LABEL} ne sont pas encore publiés.`);
    const table = await screen.findByRole('table', { name: new RegExp(`^Chiffres du ${LABEL} arrêtés au`) });
    expect(rows(table)).toEqual([
      'Part de la démarche phare traitée dans le délai annoncéServices Publics + 202380,9 %26 838 sur 33 190AucuneCalculéIndicateurs de démarches du trimestre—',
      'Taux de décroché par un agentServices Publics + 2023Non disponibleAucune—Relevée après la date d’arrêté : publiée « non disponible »',
      'Espace France Services à moins de trente minutesServices Publics + 2023Non disponible30 min——',
    ]);
    expect(screen.getByRole('button', { name: `Calculer les indicateurs du ${LABEL}` })).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'Valider et publier' }));
    const confirmation = screen.getByRole('group', { name: `Publier les résultats du ${LABEL} ?` });
    expect(document.activeElement).toBe(confirmation);
    expect(confirmation.textContent).toContain('La publication est publique et définitive');
    expect(confirmation.textContent).toContain('2 indicateurs seront publiés « non disponible ».');
    expect(publish).not.toHaveBeenCalled();
    await userEvent.click(within(confirmation).getByRole('button', { name: 'Confirmer la publication' }));
    await waitFor(() => expect(publish).toHaveBeenCalledTimes(1));
    const said = await screen.findByText(`Résultats du ${LABEL} publiés : version 1 en vigueur.`);
    await waitFor(() => expect(said.closest('[tabindex="-1"]')).toBe(document.activeElement));
    // Published: its documents, public, on the gateway; a correction instead of a second publication.
    const listed = await screen.findByRole('table', { name: `Versions publiées du ${LABEL}` });
    expect(within(listed).getByRole('link', { name: /^Affiche A4 de la version 1/ }).getAttribute('href')).toBe(`https://qualipref.example.gouv.fr/public/quality/transparence/metz/${QUARTER}-v1-A4.pdf`);
    expect(within(listed).getAllByRole('link').map((a) => a.textContent)).toEqual(['Affiche A4 de la version 1PDF', 'Affiche A3 de la version 1PDF', 'Données de la version 1CSV', 'Données de la version 1JSON']);
    expect(screen.queryByRole('button', { name: 'Valider et publier' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Publier une correction' })).toBeTruthy();
  });

  it('says a refusal in the API’s words, in an alert that takes the focus', async () => {
    const refusal = { message: `Les résultats du ${LABEL} sont publiés (version 1) : pour les changer, publiez une correction.`, extensions: { code: 'CONFLICT', reason: 'QUARTER_PUBLISHED' } };
    show([draft(), versions(), mockOperation(PUBLISH_QUARTER, { input: { quarter: QUARTER, cutOffDate: TODAY } }, { errors: [refusal] })]);
    await userEvent.click(await screen.findByRole('button', { name: 'Valider et publier' }));
    await userEvent.click(screen.getByRole('button', { name: 'Confirmer la publication' }));
    const alert = await screen.findByText(`Publication refusée : ${refusal.message}`);
    await waitFor(() => expect(alert.closest('[tabindex="-1"]')).toBe(document.activeElement));
  });

  it('publishes a correction with its reason, checked in French first, beside the version in force', async () => {
    const correct = vi.fn<ResultFunction<typeof CORRECT_PUBLICATION>>(() => ({ data: { correctPublication: { __typename: 'Publication', id: 'p2', version: 2, status: 'IN_FORCE' } } }));
    const reason = 'Démarche phare recalculée après la clôture des dossiers de septembre.';
    show([
      draft({ current: inForce(1) }),
      versions(version(1, 'IN_FORCE')),
      mockOperation(CORRECT_PUBLICATION, { input: { publicationId: 'p1', reason, cutOffDate: TODAY } }, correct),
      draft({ current: inForce(2) }),
      versions(version(2, 'IN_FORCE', reason), version(1, 'REPLACED')),
    ]);
    const table = await screen.findByRole('table', { name: new RegExp(`^Chiffres du ${LABEL}`) });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Indicateur', 'Version 1 publiée', 'Valeur relevée', 'Cible nationale', 'Source', 'Remarque']);
    expect(rows(table)[0]).toMatch(/^Part de la démarche phare.*75,0 %80,9 %.*Modifiée depuis la version 1$/);
    await userEvent.click(screen.getByRole('button', { name: 'Publier une correction' }));
    const form = screen.getByRole('form', { name: 'Publier une correction' });
    const field = within(form).getByLabelText(/^Motif de la correction/);
    expect(document.activeElement).toBe(field);
    await userEvent.click(within(form).getByRole('button', { name: 'Publier la correction' }));
    expect(describedText(field)).toContain('Renseignez « Motif de la correction ».');
    expect(correct).not.toHaveBeenCalled();
    await userEvent.type(field, reason);
    await userEvent.click(within(form).getByRole('button', { name: 'Publier la correction' }));
    await waitFor(() => expect(correct).toHaveBeenCalledTimes(1));
    const said = await screen.findByText('Correction publiée : version 2 en vigueur, la version 1 est remplacée.');
    await waitFor(() => expect(said.closest('[tabindex="-1"]')).toBe(document.activeElement));
    const listed = await screen.findByRole('table', { name: `Versions publiées du ${LABEL}` });
    await waitFor(() => expect(rows(listed).map((r) => /^Version \d(En vigueur|Remplacée)/.exec(r)?.[0])).toEqual(['Version 2En vigueur', 'Version 1Remplacée']));
    expect(rows(listed)[0]).toContain(reason);
  });

  it('shows the analyst the versions and the figures, and no action: the API says who publishes', async () => {
    show([draft({ viewerCanPublish: false, current: inForce(2) }), versions(version(2, 'IN_FORCE', 'Relevé corrigé.'), version(1, 'REPLACED'))]);
    await screen.findByRole('table', { name: new RegExp(`^Chiffres du ${LABEL}`) });
    expect(rows(await screen.findByRole('table', { name: `Versions publiées du ${LABEL}` }))).toHaveLength(2);
    expect(screen.queryAllByRole('button').map((b) => b.textContent)).toEqual(['Afficher les chiffres']);
  });

  it('shows another site’s versions only: the API prepares a publication for the user’s own site', async () => {
    show([versions(version(1, 'IN_FORCE'))], false);
    await screen.findByRole('table', { name: `Versions publiées du ${LABEL}` });
    expect(screen.getByText(/se vérifient et se publient depuis le site concerné/)).toBeTruthy();
    expect(screen.queryByRole('table', { name: new RegExp(`^Chiffres du`) })).toBeNull();
  });
});
