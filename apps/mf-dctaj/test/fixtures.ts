import { mockOperation } from '@qualipref/console-kit/testing';
import { DCTAJ_OWNERS } from '../src/queries.js';

/** The directorates of Metz as the API shows them to the DCTAJ's agents and the tenant's administrators (who record for the DCTAJ) or to anyone else. */
export const directoratesSeenBy = (recordsForDctaj: boolean) =>
  mockOperation(DCTAJ_OWNERS, { tenantId: 'metz' }, {
    data: {
      directorates: {
        __typename: 'DirectorateConnection',
        nodes: [
          { __typename: 'Directorate', id: 'sg', code: 'SG', viewerCanRecordDctajFiles: false },
          { __typename: 'Directorate', id: 'dctaj', code: 'DCTAJ', viewerCanRecordDctajFiles: recordsForDctaj },
        ],
      },
    },
  });

/** Through which the module finds the DCTAJ that owns new records, as one who records for it sees them. */
export const directorates = directoratesSeenBy(true);

/** The texts a field's aria-describedby points to, as a screen reader reads them after its label. */
export const describedText = (field: HTMLElement) =>
  (field.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
