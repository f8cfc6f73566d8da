import { useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { CHANNELS, Loading, errorMessage, formatCount, formatDays, formatRate, saveCsv } from '@qualipref/console-kit';
import type { Period } from './period.js';
import { DIRECTORATE_TABLEAU } from './queries.js';

/** Says why the on-time rate does not count every answer: items without a delay target have no due date. */
function rateBasis(without: number, answeredWithDelayTarget: number): string {
  const items = without > 1 ? `${formatCount(without)} courriers reçus sans délai d’engagement ne sont` : '1 courrier reçu sans délai d’engagement n’est';
  const basis = answeredWithDelayTarget > 1 ? `des ${formatCount(answeredWithDelayTarget)} réponses soumises à un délai` : answeredWithDelayTarget === 1 ? 'de la seule réponse soumise à un délai' : 'd’aucune réponse soumise à un délai';
  return `${items} jamais en retard et ne comptent pas dans le taux de réponse dans les délais, calculé sur la base ${basis}.`;
}

/** R1/R2: the tableau de suivi of a directorate over a period, by channel and in total. */
export function Tableau({ directorateId, directorateCode, period }: { directorateId: string; directorateCode: string; period: Period }) {
  const { data, error, loading } = useQuery(DIRECTORATE_TABLEAU, { variables: { directorateId, ...period } });
  if (loading && !data) return <Loading label="Calcul du tableau de suivi…" />;
  if (error) return <Alert severity="error" title="Tableau de suivi indisponible" description={errorMessage(error)} />;
  if (!data?.tableauDeSuivi) return null;
  const { total, byChannel, csv } = data.tableauDeSuivi;
  const figures: [string, string, string][] = [
    ['received', 'Reçus', formatCount(total.received)],
    ['answered', 'Répondus', formatCount(total.answered)],
    ['on-time', 'Taux de réponse dans les délais', formatRate(total.onTimeRate)],
    ['without-delay-target', 'Sans délai d’engagement', formatCount(total.withoutDelayTarget)],
    ['median', 'Délai médian', formatDays(total.medianDelayWorkingDays)],
    ['p90', 'Délai du 9e décile', formatDays(total.p90DelayWorkingDays)],
    ['backlog', 'En attente de réponse', formatCount(total.backlog)],
    ['overdue', 'En retard', formatCount(total.overdue)],
  ];
  return (
    <section aria-labelledby="tableau-titre" className="fr-mb-4w">
      <h2 id="tableau-titre">Tableau de suivi</h2>
      {total.received === 0 && <Alert severity="info" small description="Aucun courrier reçu sur cette période." className="fr-mb-2w" />}
      <dl className="fr-grid-row fr-grid-row--gutters fr-mb-2w" data-testid="tableau-total">
        {figures.map(([key, label, value]) => (
          <div key={key} className="fr-col-6 fr-col-md-3" data-figure={key}>
            <dt className="fr-text--sm fr-mb-0">{label}</dt>
            <dd className="fr-h4 fr-mb-0 fr-ml-0">{value}</dd>
          </div>
        ))}
      </dl>
      {total.withoutDelayTarget > 0 && (
        <p className="fr-text--sm">
          {rateBasis(total.withoutDelayTarget, total.answeredWithDelayTarget)}
        </p>
      )}
      <div className="fr-table fr-table--no-caption">
        <div className="fr-table__wrapper">
          <div className="fr-table__container" style={{ position: 'relative' }}>
            <div className="fr-table__content">
              <table>
                <caption>Indicateurs par canal (délais en jours ouvrés)</caption>
                <thead>
                  <tr>
                    <th scope="col">Canal</th>
                    <th scope="col">Reçus</th>
                    <th scope="col">Répondus</th>
                    <th scope="col">Sans délai d’engagement</th>
                    <th scope="col">Dans les délais</th>
                    <th scope="col">Délai médian</th>
                    <th scope="col">9e décile</th>
                    <th scope="col">En attente</th>
                    <th scope="col">En retard</th>
                  </tr>
                </thead>
                <tbody>
                  {byChannel.map((row) => (
                    <tr key={row.channel ?? 'total'}>
                      <th scope="row">{row.channel ? CHANNELS[row.channel] : 'Total'}</th>
                      <td>{formatCount(row.received)}</td>
                      <td>{formatCount(row.answered)}</td>
                      <td>{formatCount(row.withoutDelayTarget)}</td>
                      <td>{formatRate(row.onTimeRate)}</td>
                      <td>{formatDays(row.medianDelayWorkingDays)}</td>
                      <td>{formatDays(row.p90DelayWorkingDays)}</td>
                      <td>{formatCount(row.backlog)}</td>
                      <td>{formatCount(row.overdue)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        </div>
      </div>
      <Button priority="secondary" iconId="fr-icon-download-line" onClick={() => saveCsv(csv, `tableau-de-suivi-${directorateCode}-${period.from}-${period.to}.csv`)}>
        Télécharger le tableau (CSV)
      </Button>
    </section>
  );
}
