import { useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Loading, Table, errorMessage, formatDateTime, formatShortDate } from '@qualipref/console-kit';
import { Link, useParams } from 'react-router';
import { MEETING_STATUS } from './labels.js';
import { COMMITTEE } from './queries.js';

/** C2/C3: a committee's members by college (mandates in force and ended) and its meetings. */
export function Committee() {
  const { committeeId = '' } = useParams();
  const { data, error, loading } = useQuery(COMMITTEE, { variables: { id: committeeId } });
  if (loading && !data) return <Loading />;
  if (error) return <Alert severity="error" title="Comité indisponible" description={errorMessage(error)} />;
  const committee = data?.committee;
  if (!committee) return <Alert severity="info" title="Comité introuvable" description="Ce comité n’existe pas ou n’est pas visible pour vous." />;
  return (
    <>
      <p>
        <Link to="../.." relative="path">← Tous les comités</Link>
      </p>
      <h2>{committee.name}</h2>
      <h3>Réunions</h3>
      <ul>
        {committee.meetings.nodes.map((m) => (
          <li key={m.id}>
            <Link to={`../../reunions/${m.id}`} relative="path">
              {m.title} — {formatDateTime(m.scheduledAt)}
            </Link>{' '}
            ({m.place}, {MEETING_STATUS[m.status].toLowerCase()})
          </li>
        ))}
      </ul>
      <h3>Membres</h3>
      {[...committee.colleges]
        .sort((a, b) => a.position - b.position)
        .map((college) => (
          <Table key={college.id} caption={`Collège « ${college.name} »`} headers={['Membre', 'Organisme', 'Qualité', 'Mandat']}>
            {committee.members.nodes
              .filter((m) => m.college.id === college.id)
              .map((m) => (
                <tr key={m.id}>
                  <th scope="row">{m.name}</th>
                  <td>{m.organisation}</td>
                  <td>{m.role ?? '—'}</td>
                  <td>
                    depuis le {formatShortDate(m.mandateStart)}
                    {m.mandateEnd ? `, jusqu’au ${formatShortDate(m.mandateEnd)}` : ''}
                  </td>
                </tr>
              ))}
          </Table>
        ))}
    </>
  );
}
