import { useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Loading, Pager, errorMessage, useCursorPages } from '@qualipref/console-kit';
import { RESPONSE_CHANNELS } from './labels.js';
import { CAMPAIGN_COMMENTS } from './operations.js';

/** S3: what respondents wrote in their own words, as written (shown as text, never as markup), for the team's reading before the committee. */
export function CampaignComments({ campaignId }: { campaignId: string }) {
  const pages = useCursorPages();
  const { data, error, loading } = useQuery(CAMPAIGN_COMMENTS, { variables: { id: campaignId, after: pages.after } });
  if (loading && !data) return <Loading label="Chargement des commentaires…" />;
  if (error) return <Alert severity="error" title="Commentaires indisponibles" description={errorMessage(error)} />;
  const comments = data?.campaign?.comments;
  if (!comments) return null;
  return (
    <section aria-labelledby="commentaires-titre" className="fr-mb-4w">
      <h3 id="commentaires-titre">Commentaires libres ({comments.totalCount})</h3>
      {comments.totalCount === 0 ? (
        <p>Aucun commentaire.</p>
      ) : (
        <>
          <ul className="fr-raw-list">
            {comments.nodes.map((c) => (
              <li key={c.id} className="fr-mb-2w">
                <blockquote className="fr-mb-0">« {c.text} »</blockquote>
                <span className="fr-text--xs">par {RESPONSE_CHANNELS[c.channel]}</span>
              </li>
            ))}
          </ul>
          <Pager pages={pages} pageInfo={comments.pageInfo} label="commentaires" />
        </>
      )}
    </section>
  );
}
