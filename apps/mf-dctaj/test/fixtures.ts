import type { ConsoleUser } from '@qualipref/console-kit';
import { mockOperation } from '@qualipref/console-kit/testing';
import { DIRECTORATES_OF_TENANT } from '@qualipref/correspondence-screens';

/** The DCTAJ agent the module's tests act as (invented, like every name in the fixtures). */
export const agent: ConsoleUser = {
  id: 'agent',
  email: 'metz.agent@demo.qualipref.test',
  displayName: 'Agent DCTAJ',
  role: 'AGENT',
  tenant: { id: 'metz', name: 'Préfecture de la Moselle', kind: 'PREFECTURE' },
  directorate: { id: 'dctaj', code: 'DCTAJ', name: 'DCTAJ' },
  readableTenantIds: ['metz'],
};

/** The administrator of the tenant, who belongs to another directorate but may write for the DCTAJ. */
export const administrator: ConsoleUser = { ...agent, id: 'administrator', email: 'metz.administrator@demo.qualipref.test', displayName: 'Administrateur', role: 'ADMINISTRATOR', directorate: { id: 'sg', code: 'SG', name: 'Secrétariat général' } };

/** The directorates of Metz, through which the module finds the DCTAJ that owns new records. */
export const directorates = mockOperation(DIRECTORATES_OF_TENANT, { tenantId: 'metz' }, {
  data: {
    directorates: {
      __typename: 'DirectorateConnection',
      nodes: [
        { __typename: 'Directorate', id: 'sg', code: 'SG', name: 'Secrétariat général', tenantId: 'metz' },
        { __typename: 'Directorate', id: 'dctaj', code: 'DCTAJ', name: 'DCTAJ', tenantId: 'metz' },
      ],
    },
  },
});
