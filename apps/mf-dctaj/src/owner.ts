import { useQuery } from '@apollo/client/react';
import { DCTAJ_OWNERS } from './queries.js';

/**
 * The tenant's DCTAJ when the user may record its files, else null. Given as the owner of a new
 * record: the API would otherwise take the caller's directorate, which is not the DCTAJ for an
 * administrator.
 */
export function useDctajOwner(tenantId: string): string | null {
  const { data } = useQuery(DCTAJ_OWNERS, { variables: { tenantId } });
  const dctaj = data?.directorates?.nodes.find((d) => d.code === 'DCTAJ');
  return dctaj?.viewerCanRecordDctajFiles ? dctaj.id : null;
}
