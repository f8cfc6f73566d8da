import { useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Loading, Pager, Table, errorMessage, useCursorPages, useTenantTime } from '@qualipref/console-kit';
import { CAMPAIGN_INVITATIONS } from './operations.js';

/**
 * S4: who was invited to an e-mail campaign, when, how many times reminded, and whether they
 * answered (their answers themselves stay anonymous): what the team needs before a reminder.
 */
export function CampaignInvitations({ campaignId }: { campaignId: string }) {
  const time = useTenantTime();
  const pages = useCursorPages();
  const { data, error, loading } = useQuery(CAMPAIGN_INVITATIONS, { variables: { id: campaignId, after: pages.after } });
  if (loading && !data) return <Loading label="Chargement des invitations…" />;
  if (error) return <Alert severity="error" title="Invitations indisponibles" description={errorMessage(error)} />;
  const invitations = data?.campaign?.invitations;
  if (!invitations) return null;
  return (
    <section aria-labelledby="invites-titre" className="fr-mb-4w">
      <h3 id="invites-titre">Invités</h3>
      {invitations.totalCount === 0 ? (
        <p>Aucune invitation envoyée pour le moment.</p>
      ) : (
        <>
          <Table caption={`Invitations (${invitations.totalCount})`} headers={['Invité', 'Commune, EPCI ou association', 'Invité le', 'Relances', 'Réponse']}>
            {invitations.nodes.map((i) => (
              <tr key={i.member.id}>
                <th scope="row">
                  {i.member.name}
                  <br />
                  <span className="fr-text--sm">{i.member.position}</span>
                </th>
                <td>{i.member.organization}</td>
                <td>{time.formatDateTime(i.sentAt)}</td>
                <td>{i.reminderCount}</td>
                <td>
                  <Badge as="span" severity={i.responded ? 'success' : 'info'} small noIcon>
                    {i.responded ? 'A répondu' : 'En attente'}
                  </Badge>
                </td>
              </tr>
            ))}
          </Table>
          <Pager pages={pages} pageInfo={invitations.pageInfo} label="invitations" />
        </>
      )}
    </section>
  );
}
