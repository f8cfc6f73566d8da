import { useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Loading, Table, Pager, errorMessage, formatShortDate, useCursorPages } from '@qualipref/console-kit';
import { APPOINTMENT_REQUESTS } from './queries.js';

const KINDS = { ELECTED_OFFICIAL: 'Élu', TERRITORIAL_OFFICER: 'Agent territorial' } as const;

/** R3: appointment requests of elected officials and territorial officers, with the delay to the appointment. */
export function Appointments({ tenantId }: { tenantId: string }) {
  const pages = useCursorPages();
  const { data, error, loading } = useQuery(APPOINTMENT_REQUESTS, { variables: { tenantId, after: pages.after } });
  if (loading && !data) return <Loading />;
  if (error) return <Alert severity="error" title="Rendez-vous indisponibles" description={errorMessage(error)} />;
  if (!data) return null;
  const { nodes, totalCount, pageInfo } = data.appointmentRequests;
  return (
    <section aria-labelledby="rdv-titre">
      <h2 id="rdv-titre">Demandes de rendez-vous</h2>
      <Table caption={`Demandes (${totalCount}) — délai en jours ouvrés de la demande au rendez-vous`} headers={['Demandeur', 'Objet', 'Demandé le', 'Date souhaitée', 'Date accordée', 'Délai']}>
        {nodes.map((a) => (
          <tr key={a.id}>
            <th scope="row">
              {a.requesterName}
              <br />
              <span className="fr-text--sm">
                {KINDS[a.requesterKind]}
                {a.collectiviteName ? ` — ${a.collectiviteName}` : ''}
              </span>
            </th>
            <td>{a.subject}</td>
            <td>{formatShortDate(a.requestedAt)}</td>
            <td>{formatShortDate(a.dateAsked)}</td>
            <td>{formatShortDate(a.dateGiven)}</td>
            <td>{a.delayWorkingDays == null ? 'en attente' : `${a.delayWorkingDays} j`}</td>
          </tr>
        ))}
      </Table>
      <Pager pages={pages} pageInfo={pageInfo} label="demandes" />
    </section>
  );
}
