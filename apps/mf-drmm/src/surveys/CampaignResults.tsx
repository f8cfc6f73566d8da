import { useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Loading, Table, errorMessage, plural } from '@qualipref/console-kit';
import type { SatisfactionTrend } from '../generated/graphql';
import { RESPONSE_CHANNELS, percent } from './labels.js';
import { CAMPAIGN_RESULTS } from './operations.js';
import { SatisfactionChart } from './SatisfactionChart.js';

const TRENDS: Record<SatisfactionTrend, { label: string; severity: 'success' | 'error' | 'info' | 'new' }> = {
  BASELINE: { label: 'Année de référence', severity: 'new' },
  IMPROVED: { label: 'En progrès', severity: 'success' },
  DEGRADED: { label: 'En recul', severity: 'error' },
  STABLE: { label: 'Stable', severity: 'info' },
  NOT_COMPARABLE: { label: 'Non comparable', severity: 'info' },
};

// The API gives the change as a fraction (-0.05): shown in points of percentage.
const points = (difference: number | null | undefined) => (difference == null ? '' : ` (${difference > 0 ? '+' : ''}${(Math.round(difference * 10_000) / 100).toLocaleString('fr-FR')} pts)`);

function Trend({ trend, difference }: { trend: SatisfactionTrend; difference?: number | null }) {
  return (
    <Badge as="span" severity={TRENDS[trend].severity} small noIcon>
      {TRENDS[trend].label + points(difference)}
    </Badge>
  );
}

/** A horizontal bar for a rate; the figure beside it is what screen readers read. */
function Bar({ rate }: { rate: number | null | undefined }) {
  return (
    <span aria-hidden="true" style={{ display: 'inline-block', width: '8rem', height: '0.75rem', background: 'var(--background-contrast-grey)', marginRight: '0.5rem', verticalAlign: 'middle' }}>
      <span style={{ display: 'block', width: `${Math.round((rate ?? 0) * 100)}%`, height: '100%', background: 'var(--background-action-high-blue-france)' }} />
    </span>
  );
}

/** S3: a campaign's satisfaction by dimension and by question, compared with the previous year. */
export function CampaignResults({ campaignId }: { campaignId: string }) {
  const { data, error, loading } = useQuery(CAMPAIGN_RESULTS, { variables: { id: campaignId } });
  if (loading && !data) return <Loading label="Calcul des résultats…" />;
  if (error) return <Alert severity="error" title="Résultats indisponibles" description={errorMessage(error)} />;
  const campaign = data?.campaign;
  if (!campaign) return null;
  const { results } = campaign;
  return (
    <section aria-labelledby="resultats-titre">
      <h3 id="resultats-titre">Résultats</h3>
      <p>
        {plural(results.respondents, 'répondant', 'répondants')} ({results.respondentsByChannel.map((c) => `${c.respondents} par ${RESPONSE_CHANNELS[c.channel]}`).join(', ') || 'aucun'}) ·{' '}
        {results.baseline ? 'première enquête : elle sert de référence aux suivantes' : `comparée à « ${results.comparedTo?.title} »`}
      </p>
      <SatisfactionChart
        current={String(campaign.year)}
        previous={results.comparedTo ? String(results.comparedTo.year) : null}
        rows={results.dimensions.map((d) => ({ label: d.label, rate: d.satisfaction.rate, lower: d.satisfaction.lower, upper: d.satisfaction.upper, previous: d.comparison?.previous?.rate }))}
      />
      <Table caption="Taux de satisfaits ou très satisfaits par dimension (intervalle de confiance à 95 %)" headers={['Dimension', 'Satisfaction', 'Avis exprimés', 'Évolution']}>
        {results.dimensions.map((d) => (
          <tr key={d.dimension}>
            <th scope="row">{d.label}</th>
            <td>
              <Bar rate={d.satisfaction.rate} />
              {percent(d.satisfaction.rate)}
              {d.satisfaction.lower != null && d.satisfaction.upper != null && (
                <span className="fr-text--sm">
                  {' '}
                  [{percent(d.satisfaction.lower)} – {percent(d.satisfaction.upper)}]
                </span>
              )}
            </td>
            <td>{d.satisfaction.withOpinion}</td>
            <td>{d.comparison ? <Trend trend={d.comparison.trend} difference={d.comparison.difference} /> : '—'}</td>
          </tr>
        ))}
      </Table>
      <Table caption="Par question" headers={['Question', 'Satisfaction', 'Répondants', 'Évolution']}>
        {[...results.questions]
          .sort((a, b) => a.question.position - b.question.position)
          .map((q) => (
            <tr key={q.question.id}>
              <th scope="row">{q.question.text}</th>
              <td>
                {q.satisfaction ? (
                  <>
                    <Bar rate={q.satisfaction.rate} />
                    {percent(q.satisfaction.rate)}
                  </>
                ) : (
                  '—'
                )}
              </td>
              <td>{q.respondents}</td>
              <td>{q.comparison ? <Trend trend={q.comparison.trend} difference={q.comparison.difference} /> : '—'}</td>
            </tr>
          ))}
      </Table>
    </section>
  );
}
