import { useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Loading, errorMessage, useTenantTime } from '@qualipref/console-kit';
import { useState } from 'react';
import { Items } from './Items.js';
import { NewItems } from './NewItems.js';
import { YearSelect, yearPeriod } from './period.js';
import { DIRECTORATES_OF_TENANT } from './queries.js';
import { Tableau } from './Tableau.js';

/**
 * The correspondence of one directorate of the chosen tenant (found by its code, or by the first
 * of several codes the tenant has: a sous-préfecture's secretariat is SPF in Forbach, SPT in
 * Thionville): the tableau
 * de suivi of the year and its items, which those who may write for the directorate register,
 * import from the GED, answer and reopen. Used by every directorate's remote.
 */
export function CorrespondencePage({ directorateCode, tenantId }: { directorateCode: string | readonly string[]; tenantId: string }) {
  const time = useTenantTime();
  const codes: readonly string[] = typeof directorateCode === 'string' ? [directorateCode] : directorateCode;
  const [year, setYear] = useState(() => Number(time.today().slice(0, 4)));
  const { data, error, loading } = useQuery(DIRECTORATES_OF_TENANT, { variables: { tenantId } });
  if (loading && !data) return <Loading />;
  if (error) return <Alert severity="error" title="Direction introuvable" description={errorMessage(error)} />;
  const directorate = data?.directorates?.nodes.find((d) => codes.includes(d.code));
  if (!directorate) return <Alert severity="info" title="Pas de direction correspondante" description={`Ce site n’a pas de direction ${codes.join(' ni ')}.`} />;
  const period = yearPeriod(year, time.today());
  const canWrite = directorate.viewerCanRecordCorrespondence;
  return (
    <>
      <p className="fr-text--lead">{directorate.name}</p>
      <YearSelect id={`annee-${directorate.code}`} year={year} onChange={setYear} />
      <Tableau directorateId={directorate.id} directorateCode={directorate.code} period={period} />
      {canWrite && <NewItems key={directorate.id} directorateId={directorate.id} />}
      <Items key={`${directorate.id}-${year}`} directorateId={directorate.id} tenantId={tenantId} period={period} canWrite={canWrite} />
    </>
  );
}
