import { MockedProvider } from '@apollo/client/testing/react';
import { TenantTimeZone } from '@qualipref/console-kit';
import { mockOperation, type ResultFunction } from '@qualipref/console-kit/testing';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { CorrespondencePage } from '../src/CorrespondencePage.js';
import type { CorrespondenceServicesQuery, GedColumnMapping, RegisterCorrespondenceItemInput } from '../src/generated/graphql.js';
import { guessMapping, headerColumns } from '../src/GedImport.js';
import { NewItems } from '../src/NewItems.js';
import { DIRECTORATE_ITEMS, DIRECTORATE_SERVICES, DIRECTORATE_TABLEAU, DIRECTORATES_OF_TENANT, IMPORT_GED_CSV, REGISTER_ITEM } from '../src/queries.js';

// Invented names only: items may hold personal data, fixtures must not.
type Service = NonNullable<CorrespondenceServicesQuery['services']>['nodes'][number];
const service = (id: string, code: string, name: string, active = true): Service => ({ __typename: 'Service', id, code, name, active });
const services = mockOperation(DIRECTORATE_SERVICES, { directorateId: 'dctaj' }, {
  data: {
    services: {
      __typename: 'ServiceConnection',
      nodes: [service('baj', 'BAJ', 'Bureau des affaires juridiques'), service('bcl', 'BCL', 'Bureau des collectivités locales'), service('old', 'BEX', 'Bureau fermé', false)],
    },
  },
});

const receivedAt = '2016-05-06T14:10';
const input = {
  channel: 'EMAIL',
  // Typed on Metz's clocks (summer time, UTC+2), whatever the time zone the test runs in.
  receivedAt: '2016-05-06T12:10:00.000Z',
  serviceId: 'bcl',
  correspondentKind: 'COLLECTIVITE',
  correspondentName: 'Commune de Saint-Exemple',
  subject: 'Demande de subvention DETR',
  gedReference: null,
} satisfies RegisterCorrespondenceItemInput;

async function fillRegisterForm() {
  await userEvent.click(await screen.findByRole('button', { name: 'Enregistrer un courrier' }));
  const form = await screen.findByRole('form', { name: 'Nouveau courrier' });
  await userEvent.selectOptions(within(form).getByLabelText('Canal de réception'), 'EMAIL');
  const when = within(form).getByLabelText('Date et heure de réception');
  await userEvent.clear(when);
  await userEvent.type(when, receivedAt);
  await userEvent.selectOptions(within(form).getByLabelText('Service destinataire'), 'bcl');
  await userEvent.selectOptions(within(form).getByLabelText('Type de correspondant'), 'COLLECTIVITE');
  await userEvent.type(within(form).getByLabelText(/Nom du correspondant/), ' Commune de Saint-Exemple ');
  await userEvent.type(within(form).getByLabelText('Objet'), 'Demande de subvention DETR');
  return form;
}

describe('registering an item', () => {
  it('checks the required fields itself, in French, each beside its field, and sends nothing', async () => {
    const register = vi.fn<ResultFunction<typeof REGISTER_ITEM>>(() => ({ errors: [new GraphQLError('must not be sent')] }));
    render(
      <MockedProvider mocks={[services, mockOperation(REGISTER_ITEM, { input }, register)]}>
        <TenantTimeZone timeZone="Europe/Paris">
          <NewItems directorateId="dctaj" />
        </TenantTimeZone>
      </MockedProvider>,
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Enregistrer un courrier' }));
    const form = await screen.findByRole('form', { name: 'Nouveau courrier' });
    expect((form as HTMLFormElement).noValidate).toBe(true);
    await userEvent.clear(within(form).getByLabelText('Date et heure de réception'));
    await userEvent.click(within(form).getByRole('button', { name: 'Enregistrer le courrier' }));
    const when = within(form).getByLabelText('Date et heure de réception');
    expect(when.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(when.getAttribute('aria-describedby')!)!.textContent).toBe('Indiquez la date et l’heure de réception.');
    const service = within(form).getByLabelText('Service destinataire');
    expect(service.getAttribute('aria-invalid')).toBe('true');
    expect(within(form).getByText('Choisissez le service destinataire.')).toBeTruthy();
    expect(within(form).getByText('Indiquez l’objet du courrier.')).toBeTruthy();
    expect(document.activeElement).toBe(when);
    expect(register).not.toHaveBeenCalled();
  });

  it('sends the item with its reception instant and service, then shows the due date the API computed', async () => {
    const register = vi.fn<ResultFunction<typeof REGISTER_ITEM>>(() => ({
      data: {
        registerCorrespondenceItem: {
          __typename: 'CorrespondenceItem',
          id: 'new',
          subject: 'Demande de subvention DETR',
          dueDate: '2016-05-13',
          status: 'OPEN_ON_TIME',
          delayTarget: { __typename: 'DelayTarget', id: 'e1', label: 'Répondre aux courriels dans un délai de 5 jours ouvrés' },
        },
      },
    }));
    render(
      <MockedProvider mocks={[services, mockOperation(REGISTER_ITEM, { input }, register)]}>
        <TenantTimeZone timeZone="Europe/Paris">
          <NewItems directorateId="dctaj" />
        </TenantTimeZone>
      </MockedProvider>,
    );
    const form = await fillRegisterForm();
    const offered = within(form).getAllByRole('option').map((o) => o.textContent);
    expect(offered).not.toContain('BEX — Bureau fermé');
    await userEvent.click(within(form).getByRole('button', { name: 'Enregistrer le courrier' }));
    expect(await screen.findByText('« Demande de subvention DETR » est à traiter au plus tard le 13 mai 2016 (Répondre aux courriels dans un délai de 5 jours ouvrés).')).toBeTruthy();
    expect(register).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('form', { name: 'Nouveau courrier' })).toBeNull();
  });

  it('shows the API’s refusal in the form and keeps what was typed', async () => {
    const refused = new GraphQLError('Aucun engagement de délai ne couvre le canal « Courriel » pour ce correspondant au 6 mai 2016.', { extensions: { code: 'BAD_USER_INPUT', field: 'channel' } });
    render(
      <MockedProvider mocks={[services, mockOperation(REGISTER_ITEM, { input }, { errors: [refused] })]}>
        <TenantTimeZone timeZone="Europe/Paris">
          <NewItems directorateId="dctaj" />
        </TenantTimeZone>
      </MockedProvider>,
    );
    const form = await fillRegisterForm();
    await userEvent.click(within(form).getByRole('button', { name: 'Enregistrer le courrier' }));
    const alert = await within(form).findByRole('alert');
    expect(alert.textContent).toContain('Enregistrement refusé');
    expect(alert.textContent).toContain('Aucun engagement de délai ne couvre le canal « Courriel » pour ce correspondant au 6 mai 2016.');
    expect(document.activeElement?.contains(alert)).toBe(true);
    expect((within(form).getByLabelText('Objet') as HTMLInputElement).value).toBe('Demande de subvention DETR');
    expect(screen.queryByText('Courrier enregistré')).toBeNull();
  });
});

describe('proposing a GED export\'s mapping', () => {
  it('takes « Expéditeur » for the sender\'s name when it holds names, for the kind when it holds kinds', () => {
    const names = headerColumns(['Référence;Date arrivée;Canal;Objet;Expéditeur;Type', 'A-1;12/01/2016 10:00;Courrier;Demande;M. Jean DUPONT;Usager', 'A-2;13/01/2016 10:00;Courriel;Question;Mairie de Woippy;Collectivité'].join('\n'));
    expect(guessMapping(names.columns, names.samples)).toEqual({ gedReference: 'Référence', receivedAt: 'Date arrivée', channel: 'Canal', subject: 'Objet', correspondentKind: 'Type', correspondentName: 'Expéditeur' });
    const kinds = headerColumns(['Référence;Date arrivée;Canal;Objet;Expéditeur', 'A-1;12/01/2016 10:00;Courrier;Demande;Élu'].join('\n'));
    expect(guessMapping(kinds.columns, kinds.samples)).toMatchObject({ correspondentKind: 'Expéditeur' });
    expect(guessMapping(kinds.columns, kinds.samples).correspondentName).toBeUndefined();
  });

  it('proposes no column for the kind when none holds kinds: the agent chooses', () => {
    const file = headerColumns(['Référence;Canal;Objet;Expéditeur', 'A-1;Courrier;Demande;M. Jean DUPONT'].join('\n'));
    const mapping = guessMapping(file.columns, file.samples);
    expect(mapping.correspondentKind).toBeUndefined();
    expect(mapping.correspondentName).toBe('Expéditeur');
  });
});

describe('importing a GED export', () => {
  const csv = ['Référence;Date arrivée;Canal;Objet;Expéditeur;Date réponse', 'IMP-001;12/01/2016 10:00;Courrier;Demande de subvention;Collectivité;20/01/2016 11:00', 'IMP-002;13/01/2016 10:00;Pigeon;Question;Usager;'].join('\n');
  const mapping: GedColumnMapping = { gedReference: 'Référence', receivedAt: 'Date arrivée', channel: 'Canal', subject: 'Objet', correspondentKind: 'Expéditeur', answeredAt: 'Date réponse' };

  const reportOf = (dryRun: boolean) => ({
    data: {
      importGedCsv: {
        __typename: 'CsvImportReport' as const,
        mode: 'PARTIAL' as const,
        dryRun,
        applied: !dryRun,
        rows: 2,
        created: 1,
        unchanged: 0,
        rejected: 1,
        issues: [{ __typename: 'CsvImportIssue' as const, line: 3, field: 'channel', code: 'INVALID_ENUM', message: 'valeur inconnue « Pigeon ».' }],
      },
    },
  });

  it('maps the columns from the header, checks the file without importing, then imports it and shows the API’s report line by line', async () => {
    const check = vi.fn<ResultFunction<typeof IMPORT_GED_CSV>>(() => reportOf(true));
    const report = vi.fn<ResultFunction<typeof IMPORT_GED_CSV>>(() => reportOf(false));
    const variables = { csv, mapping, serviceId: 'bcl', fileName: 'export-ged.csv' };
    render(
      <MockedProvider mocks={[services, mockOperation(IMPORT_GED_CSV, { ...variables, dryRun: true }, check), mockOperation(IMPORT_GED_CSV, { ...variables, dryRun: false }, report)]}>
        <TenantTimeZone timeZone="Europe/Paris">
          <NewItems directorateId="dctaj" />
        </TenantTimeZone>
      </MockedProvider>,
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Importer un export de la GED (CSV)' }));
    const form = await screen.findByRole('form', { name: 'Import d’un export de la GED' });
    await userEvent.upload(within(form).getByLabelText(/Fichier CSV exporté de la GED/), new File([csv], 'export-ged.csv', { type: 'text/csv' }));
    expect((await within(form).findByLabelText(/^Colonne de la référence GED/)) as HTMLSelectElement).toHaveProperty('value', 'Référence');
    // Each proposed column shows its first value, so that the agent sees what it holds.
    expect(within(form).getByLabelText(/^Colonne du type de correspondant/).closest('.fr-select-group')?.textContent).toContain('Première valeur de la colonne : « Collectivité ».');
    expect(within(form).getByLabelText(/^Colonne de la date de réception/)).toHaveProperty('value', 'Date arrivée');
    expect(within(form).getByLabelText(/Colonne du canal de réponse/)).toHaveProperty('value', '');
    await userEvent.selectOptions(within(form).getByLabelText(/^Service par défaut/), 'bcl');

    await userEvent.click(within(form).getByRole('button', { name: 'Vérifier sans importer' }));
    const checked = await within(form).findByTestId('ged-import-report');
    expect(checked.textContent).toContain('Vérification de « export-ged.csv » : rien n’a encore été enregistré');
    // The form stays: the focus goes to its report, not to the page.
    await waitFor(() => expect(document.activeElement?.contains(checked)).toBe(true));
    expect(checked.textContent).toContain('2 lignes lues : 1 courrier à créer, 0 déjà enregistré, 1 ligne refusée.');
    expect(within(checked).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Ligne 3, Canal : valeur inconnue « Pigeon ».']);
    expect([check.mock.calls.length, report.mock.calls.length]).toEqual([1, 0]);

    await userEvent.click(within(form).getByRole('button', { name: 'Importer' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Import d’un export de la GED' })).toBeNull());
    const summary = screen.getByTestId('ged-import-report');
    expect(summary.textContent).toContain('Import de « export-ged.csv » terminé');
    expect(summary.textContent).toContain('2 lignes lues : 1 courrier créé, 0 déjà enregistré, 1 ligne refusée.');
    expect(within(summary).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Ligne 3, Canal : valeur inconnue « Pigeon ».']);
    expect(report).toHaveBeenCalledTimes(1);
  });

  it('checks the mapping itself before a check or an import: each required column missing is said beside its field, the first one focused, and nothing is sent', async () => {
    const importCsv = vi.fn<ResultFunction<typeof IMPORT_GED_CSV>>(() => reportOf(true));
    const withoutSubject = ['Référence;Date arrivée;Canal;Expéditeur', 'IMP-001;12/01/2016 10:00;Courrier;Collectivité'].join('\n');
    render(
      <MockedProvider mocks={[services, mockOperation(IMPORT_GED_CSV, () => true, importCsv)]}>
        <TenantTimeZone timeZone="Europe/Paris">
          <NewItems directorateId="dctaj" />
        </TenantTimeZone>
      </MockedProvider>,
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Importer un export de la GED (CSV)' }));
    const form = await screen.findByRole('form', { name: 'Import d’un export de la GED' });
    expect((form as HTMLFormElement).noValidate).toBe(true);
    await userEvent.upload(within(form).getByLabelText(/Fichier CSV exporté de la GED/), new File([withoutSubject], 'sans-objet.csv', { type: 'text/csv' }));
    const subject = await within(form).findByLabelText(/^Colonne de l’objet/);
    await userEvent.click(within(form).getByRole('button', { name: 'Vérifier sans importer' }));
    expect(subject.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(subject.getAttribute('aria-describedby')!.split(' ')[0]!)!.textContent).toBe('Choisissez une valeur pour « Colonne de l’objet ».');
    expect(document.activeElement).toBe(subject);
    const service = within(form).getByLabelText(/^Service par défaut/);
    expect(service.getAttribute('aria-invalid')).toBe('true');
    await userEvent.click(within(form).getByRole('button', { name: 'Importer' }));
    expect(document.activeElement).toBe(subject);
    expect(importCsv).not.toHaveBeenCalled();
  });

  it('says a file is too large for the gateway before sending anything', async () => {
    const importCsv = vi.fn<ResultFunction<typeof IMPORT_GED_CSV>>();
    const big = ['Référence;Date arrivée;Canal;Objet;Expéditeur', ...Array.from({ length: 30_000 }, (_, i) => `BIG-${i};12/01/2016 10:00;Courrier;Demande d’information;Usager`)].join('\n');
    render(
      <MockedProvider mocks={[services, mockOperation(IMPORT_GED_CSV, () => true, importCsv)]}>
        <TenantTimeZone timeZone="Europe/Paris">
          <NewItems directorateId="dctaj" />
        </TenantTimeZone>
      </MockedProvider>,
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Importer un export de la GED (CSV)' }));
    const form = await screen.findByRole('form', { name: 'Import d’un export de la GED' });
    await userEvent.upload(within(form).getByLabelText(/Fichier CSV exporté de la GED/), new File([big], 'annee-complete.csv', { type: 'text/csv' }));
    expect(await within(form).findByText(/« annee-complete.csv » est trop volumineux/)).toBeTruthy();
    expect(within(form).getByRole('button', { name: 'Importer' })).toHaveProperty('disabled', true);
    expect(importCsv).not.toHaveBeenCalled();
  });
});

describe('who may add items', () => {
  const unavailable = { errors: [new GraphQLError('Indisponible')] };
  // What the API says of the viewer decides: the screens keep no rule of their own.
  const show = (viewerCanRecordCorrespondence: boolean) =>
    render(
      <MockedProvider
        mocks={[
          mockOperation(DIRECTORATES_OF_TENANT, { tenantId: 'metz' }, { data: { directorates: { __typename: 'DirectorateConnection', nodes: [{ __typename: 'Directorate', id: 'dctaj', code: 'DCTAJ', name: 'DCTAJ', tenantId: 'metz', viewerCanRecordCorrespondence }] } } }),
          mockOperation(DIRECTORATE_TABLEAU, () => true, unavailable),
          mockOperation(DIRECTORATE_ITEMS, () => true, unavailable),
        ]}
      >
        <TenantTimeZone timeZone="Europe/Paris">
          <CorrespondencePage directorateCode="DCTAJ" tenantId="metz" />
        </TenantTimeZone>
      </MockedProvider>,
    );

  it('offers registering and importing to whom the API says may record (the directorate’s agents)', async () => {
    show(true);
    expect(await screen.findByRole('button', { name: 'Enregistrer un courrier' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Importer un export de la GED (CSV)' })).toBeTruthy();
  });

  it('offers no form to whom the API says may not (an analyst, an agent of another directorate)', async () => {
    show(false);
    await screen.findByText('Liste indisponible');
    await waitFor(() => expect(screen.queryByText('Tableau de suivi indisponible')).toBeTruthy());
    expect(screen.queryByRole('button', { name: 'Enregistrer un courrier' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Importer/ })).toBeNull();
    expect(screen.queryByRole('form')).toBeNull();
  });
});
