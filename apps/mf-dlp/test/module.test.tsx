import { MockedProvider } from '@apollo/client/testing/react';
import type { ConsoleUser } from '@qualipref/console-kit';
import { mockOperation, type DataOf, type OperationMock } from '@qualipref/console-kit/testing';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DIRECTORATES_OF_TENANT } from '@qualipref/correspondence-screens';
import Module from '../src/Module.js';

const user: ConsoleUser = {
  id: 'analyst',
  email: 'metz.analyst@demo.qualipref.test',
  displayName: 'Analyste',
  role: 'ANALYST',
  tenant: { id: 'metz', name: 'Préfecture de la Moselle', kind: 'PREFECTURE', timeZone: 'Europe/Paris' },
  directorate: { id: 'drmm', code: 'DRMM', name: 'DRMM' },
  readableTenantIds: ['metz', 'forbach'],
};

type Directorate = NonNullable<DataOf<typeof DIRECTORATES_OF_TENANT>['directorates']>['nodes'][number];

const directorates = (tenantId: string, nodes: { id: string; code: string; name: string }[]) =>
  mockOperation(DIRECTORATES_OF_TENANT, { tenantId }, { data: { directorates: { __typename: 'DirectorateConnection', nodes: nodes.map((d): Directorate => ({ __typename: 'Directorate', tenantId, viewerCanRecordCorrespondence: false, ...d })) } } });

function show(tenantId: string, mocks: OperationMock[]) {
  render(
    <MockedProvider mocks={mocks}>
      <Module basePath="/modules/dlp" location={{ pathname: '/modules/dlp', search: '', hash: '' }} navigate={() => {}} user={user} tenantId={tenantId} timeZone="Europe/Paris" openDocument={async () => {}} publicUrl={(path) => path} />
    </MockedProvider>,
  );
}

describe('the DLP module', () => {
  it('shows the DLP of the chosen tenant through the shared correspondence screens', async () => {
    show('metz', [directorates('metz', [{ id: 'dlp', code: 'DLP', name: 'Direction des libertés publiques' }, { id: 'dctaj', code: 'DCTAJ', name: 'DCTAJ' }])]);
    expect(await screen.findByText('Direction des libertés publiques', { selector: 'p' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Direction des libertés publiques', level: 1 })).toBeTruthy();
    expect(screen.getByLabelText('Année')).toBeTruthy();
  });

  it('says so when the chosen tenant has no such directorate', async () => {
    show('forbach', [directorates('forbach', [{ id: 'spf', code: 'SPF', name: 'Secrétariat général de la sous-préfecture de Forbach' }])]);
    expect(await screen.findByText('Ce site n’a pas de direction DLP.')).toBeTruthy();
  });
});
