import { useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Loading, Table, errorMessage, useDisclosure, useTenantTime, plural } from '@qualipref/console-kit';
import { Link, useNavigate } from 'react-router';
import { CampaignForm } from './CampaignForm.js';
import { CAMPAIGN_CHANNELS, CAMPAIGN_STATES, percent } from './labels.js';
import { CAMPAIGNS } from './operations.js';

/** S1: the tenant's survey campaigns, and the way to their questionnaires and panels. */
export function Campaigns({ tenantId }: { tenantId: string }) {
  const time = useTenantTime();
  const navigate = useNavigate();
  const creating = useDisclosure();
  const { data, error, loading } = useQuery(CAMPAIGNS, { variables: { tenantId } });
  if (loading && !data) return <Loading />;
  if (error) return <Alert severity="error" title="Enquêtes indisponibles" description={errorMessage(error)} />;
  const campaigns = data?.campaigns?.nodes ?? [];
  return (
    <section aria-labelledby="enquetes-titre">
      <h2 id="enquetes-titre">Enquêtes de satisfaction</h2>
      <ul className="fr-links-group fr-mb-3w">
        <li>
          <Link className="fr-link fr-icon-arrow-right-line fr-link--icon-right" to="questionnaires">
            Questionnaires
          </Link>
        </li>
        <li>
          <Link className="fr-link fr-icon-arrow-right-line fr-link--icon-right" to="panels">
            Panels
          </Link>
        </li>
      </ul>
      {data?.tenant?.viewerCan.manageSurveys &&
        (creating.open ? (
          <div ref={creating.area}><CampaignForm tenantId={tenantId} onCreated={(id) => navigate(id)} onCancel={creating.hide} /></div>
        ) : (
          <Button ref={creating.opener} iconId="fr-icon-add-line" className="fr-mb-3w" onClick={creating.show}>
            Nouvelle campagne
          </Button>
        ))}
      {campaigns.length === 0 ? (
        <p>Aucune enquête dans ce site.</p>
      ) : (
        <Table caption={`Campagnes (${campaigns.length})`} headers={['Enquête', 'Public', 'Période', 'État', 'Réponses']}>
          {campaigns.map((c) => (
            <tr key={c.id}>
              <th scope="row">
                <Link to={c.id}>{c.title}</Link>
              </th>
              <td>{CAMPAIGN_CHANNELS[c.channel]}</td>
              <td>
                du {time.formatShortDate(c.opensOn)} au {time.formatShortDate(c.closesOn)}
              </td>
              <td>{CAMPAIGN_STATES[c.state]}</td>
              <td>
                {c.responseCount}
                {c.responseRate ? ` sur ${plural(c.responseRate.invited, 'invité', 'invités')} (${percent(c.responseRate.rate)})` : ''}
              </td>
            </tr>
          ))}
        </Table>
      )}
    </section>
  );
}
