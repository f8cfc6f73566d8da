import { useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Loading, Pager, Table, errorMessage, useCursorPages, useTenantTime } from '@qualipref/console-kit';
import type { MailDeliveryStatus } from '../generated/graphql';
import { CAMPAIGN_MAIL_MESSAGES } from './operations.js';

const SEVERITY: Record<MailDeliveryStatus, 'info' | 'success' | 'warning' | 'error'> = {
  PENDING: 'info',
  SENT: 'success',
  RETRY_SCHEDULED: 'warning',
  FAILED: 'error',
};

/**
 * S4: each invitation and reminder message with where it stands (« En attente », « Envoyé »,
 * « Nouvel essai prévu », « Échec »), so that the team knows who has not received their link.
 */
export function CampaignMailMessages({ campaignId }: { campaignId: string }) {
  const time = useTenantTime();
  const pages = useCursorPages();
  const { data, error, loading } = useQuery(CAMPAIGN_MAIL_MESSAGES, { variables: { id: campaignId, after: pages.after } });
  if (loading && !data) return <Loading label="Chargement des messages…" />;
  if (error) return <Alert severity="error" title="Messages indisponibles" description={errorMessage(error)} />;
  const messages = data?.campaign?.mailMessages;
  if (!messages) return null;
  return (
    <section aria-labelledby="messages-titre" className="fr-mb-4w">
      <h3 id="messages-titre">Messages envoyés</h3>
      {messages.totalCount === 0 ? (
        <p>Aucun message pour le moment.</p>
      ) : (
        <>
          <p className="fr-text--sm">Un message refusé n’annule pas le lien précédent de l’invité : il reste valable.</p>
          <Table caption={`Messages (${messages.totalCount})`} headers={['Destinataire', 'Message', 'Demandé le', 'Essais', 'État']}>
            {messages.nodes.map((m) => (
              <tr key={m.id}>
                <th scope="row">
                  {m.member.name}
                  <br />
                  <span className="fr-text--sm">{m.member.organization}</span>
                </th>
                <td>{m.kind === 'REMINDER' ? 'Relance' : 'Invitation'}</td>
                <td>{time.formatDateTime(m.createdAt)}</td>
                <td>{m.attempts}</td>
                <td>
                  <Badge as="span" severity={SEVERITY[m.status]} small noIcon>
                    {m.statusLabel}
                  </Badge>
                  {m.status === 'SENT' && <span className="fr-text--sm"> le {time.formatDateTime(m.sentAt)}</span>}
                  {m.nextAttemptAt && m.status === 'RETRY_SCHEDULED' && <span className="fr-text--sm"> le {time.formatDateTime(m.nextAttemptAt)}</span>}
                </td>
              </tr>
            ))}
          </Table>
          <Pager pages={pages} pageInfo={messages.pageInfo} label="messages" />
        </>
      )}
    </section>
  );
}
