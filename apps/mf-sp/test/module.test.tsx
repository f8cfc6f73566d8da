import { MockedProvider } from '@apollo/client/testing/react';
import type { ConsoleUser } from '@qualipref/console-kit';
import { mockOperation, type DataOf, type OperationMock } from '@qualipref/console-kit/testing';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DIRECTORATES_OF_TENANT } from '@qualipref/correspondence-screens';
import Module from '../src/Module.js';

const agent: ConsoleUser = {
  id: 'agent',
  email: 'thionville.agent@demo.qualipref.test',
  displayName: 'Agent',
  role: 'AGENT',
  tenant: { id: 'thionville', name: 'Sous-préfecture de Thionville', kind: 'SOUS_PREFECTURE', timeZone: 'Europe/Paris' },
  directorate: { id: 'spt', code: 'SPT', name: 'Secrétariat général de la sous-préfecture de Thionville' },
  readableTenantIds: ['thionville'],
};

type Directorate = NonNullable<DataOf<typeof DIRECTORATES_OF_TENANT>['directorates']>['nodes'][number];

const directorates = (tenantId: string, nodes: { id: string; code: string; name: string }[]) =>
  mockOperation(DIRECTORATES_OF_TENANT, { tenantId }, { data: { directorates: { __typename: 'DirectorateConnection', nodes: nodes.map((d): Directorate => ({ __typename: 'Directorate', tenantId, viewerCanRecordCorrespondence: false, ...d })) } } });

function show(tenantId: string, mocks: OperationMock[]) {
  render(
    <MockedProvider mocks={mocks}>
      <Module basePath="/modules/sous-prefecture" location={{ pathname: '/modules/sous-prefecture', search: '', hash: '' }} navigate={() => {}} user={agent} tenantId={tenantId} timeZone="Europe/Paris" openDocument={async () => {}} publicUrl={(path) => path} />
    </MockedProvider>,
  );
}

describe('the sous-préfecture module', () => {
  it('shows the secretariat of the chosen sous-préfecture, whatever its code', async () => {
    show('thionville', [directorates('thionville', [{ id: 'spt', code: 'SPT', name: 'Secrétariat général de la sous-préfecture de Thionville' }])]);
    expect(await screen.findByText('Secrétariat général de la sous-préfecture de Thionville', { selector: 'p' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Courrier de la sous-préfecture', level: 1 })).toBeTruthy();
    expect(screen.getByLabelText('Année')).toBeTruthy();
  });

  it('says so in the préfecture, which has no such secretariat', async () => {
    show('metz', [directorates('metz', [{ id: 'dlp', code: 'DLP', name: 'Direction des libertés publiques' }])]);
    expect(await screen.findByText('Ce site n’a pas de direction SPF ni SPT.')).toBeTruthy();
  });
});
