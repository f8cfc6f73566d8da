import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { CHANNEL_LABELS, FINDING_LABELS, TREND_LABELS, type PublicRate } from '@qualipref/public-results';
import { useEffect, useState } from 'react';
import type { PublicDocuments, SurveyResultsDocument, SurveysIndexDocument } from './documents.js';
import { formatFigure, formatInstant } from './format.js';
import { Page } from './Page.js';

interface Site {
  id: string;
  code: string;
  name: string;
}

const percent = (value: number) => formatFigure(value, 'RATE');
const interval = (r: PublicRate) => (r.lower !== null && r.upper !== null ? `de ${percent(r.lower)} à ${percent(r.upper)}` : '—');

/** A site's published surveys, newest first: the section of its results page. */
export function PublishedSurveys({ surveys, siteCode }: { surveys: SurveysIndexDocument | null; siteCode: string }) {
  if (!surveys?.campaigns.length) return null;
  return (
    <>
      <h2 className="fr-mt-6w">Enquêtes de satisfaction publiées</h2>
      <ul>
        {surveys.campaigns.map((campaign) => (
          <li key={campaign.id}>
            <a href={`/${siteCode}/enquetes/${campaign.id}`}>{campaign.title}</a> — {CHANNEL_LABELS[campaign.channel].toLocaleLowerCase('fr-FR')}, {campaign.respondents.toLocaleString('fr-FR')} répondants
          </li>
        ))}
      </ul>
    </>
  );
}

/** A published survey's results as frozen at publication: each dimension's rate with its interval, each question's, the findings. */
export function SurveyPage({ documents, site, campaignId }: { documents: PublicDocuments; site: Site; campaignId: string }) {
  const [doc, setDoc] = useState<SurveyResultsDocument | null | 'failed' | undefined>(undefined);
  useEffect(() => {
    let live = true;
    documents
      .read<SurveyResultsDocument>(documents.surveys(site.id, `${campaignId}.json`))
      .then((found) => live && setDoc(found))
      .catch(() => live && setDoc('failed'));
    return () => {
      live = false;
    };
  }, [documents, site.id, campaignId]);

  const crumbs = (label: string) => <Breadcrumb currentPageLabel={label} homeLinkProps={{ href: '/' }} segments={[{ label: site.name, linkProps: { href: `/${site.code}` } }]} />;
  if (doc === undefined) return <Page siteName={site.name}>{crumbs('Enquête')}<p role="status" className="transparence-loading">Chargement des résultats…</p></Page>;
  if (doc === null || doc === 'failed') {
    return (
      <Page siteName={site.name}>
        {crumbs('Enquête')}
        <h1>{doc === null ? 'Enquête introuvable' : 'Résultats indisponibles'}</h1>
        <p>{doc === null ? 'Cette enquête n’a pas été publiée par ce site.' : 'Les résultats n’ont pas pu être lus. Réessayez dans un instant.'}</p>
      </Page>
    );
  }
  const rated = doc.dimensions.filter((d) => d.satisfaction?.rate !== null && d.satisfaction?.rate !== undefined);
  return (
    <Page siteName={site.name}>
      {crumbs(doc.campaign.title)}
      <h1>{doc.campaign.title}</h1>
      <p className="fr-text--lead">
        {CHANNEL_LABELS[doc.campaign.channel]}, {doc.respondents.toLocaleString('fr-FR')} répondants. Résultats publiés le {formatInstant(doc.publishedAt, 'Europe/Paris')}
        {doc.comparedTo ? `, comparés à l’enquête de ${doc.comparedTo.year}` : ', première enquête : référence des suivantes'}.
      </p>
      <p>Le taux de satisfaction est la part des personnes satisfaites ou très satisfaites parmi celles qui ont donné un avis ; l’intervalle est celui où il se situe avec une confiance de 95 %.</p>

      <h2>Satisfaction par thème</h2>
      <figure className="fr-mb-4w transparence-chart" aria-labelledby="satisfaction-themes">
        <svg viewBox={`0 0 640 ${rated.length * 34 + 24}`} role="img" aria-label="Taux de satisfaction par thème, avec leur intervalle de confiance, détaillés dans le tableau qui suit.">
          {rated.map((d, i) => {
            const r = d.satisfaction!;
            const x = (v: number) => 230 + v * 380;
            const y = i * 34 + 12;
            return (
              <g key={d.dimension}>
                <text x="222" y={y + 14} textAnchor="end" className="transparence-chart__tick">
                  {d.label.length > 34 ? `${d.label.slice(0, 33)}…` : d.label}
                </text>
                <rect x={x(0)} y={y} width={x(r.rate!) - x(0)} height="20" className="transparence-chart__bar transparence-chart__bar--current" />
                {r.lower !== null && r.upper !== null && <line x1={x(r.lower)} x2={x(r.upper)} y1={y + 10} y2={y + 10} className="transparence-chart__interval" />}
              </g>
            );
          })}
        </svg>
        <figcaption id="satisfaction-themes" className="fr-text--xs">
          Taux de satisfaction par thème ; le trait indique l’intervalle de confiance à 95 %.
        </figcaption>
      </figure>
      <div className="fr-table">
        <table>
          <caption>Taux de satisfaction par thème</caption>
          <thead>
            <tr>
              <th scope="col">Thème</th>
              <th scope="col">Taux de satisfaction</th>
              <th scope="col">Intervalle de confiance à 95 %</th>
              <th scope="col">Avis exprimés</th>
              <th scope="col">Évolution</th>
            </tr>
          </thead>
          <tbody>
            {doc.dimensions.map((d) => (
              <tr key={d.dimension}>
                <th scope="row">{d.label}</th>
                <td>{d.satisfaction?.rate != null ? percent(d.satisfaction.rate) : 'Sans avis'}</td>
                <td>{d.satisfaction ? interval(d.satisfaction) : '—'}</td>
                <td>{d.satisfaction?.withOpinion.toLocaleString('fr-FR') ?? '0'}</td>
                <td>{d.trend ? TREND_LABELS[d.trend] : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2 className="fr-mt-6w">Satisfaction par question</h2>
      <div className="fr-table">
        <table>
          <caption>Taux de satisfaction par question</caption>
          <thead>
            <tr>
              <th scope="col">Question</th>
              <th scope="col">Répondants</th>
              <th scope="col">Taux de satisfaction</th>
              <th scope="col">Intervalle de confiance à 95 %</th>
              <th scope="col">Évolution</th>
            </tr>
          </thead>
          <tbody>
            {doc.questions
              .filter((q) => q.satisfaction)
              .map((q) => (
                <tr key={q.key}>
                  <th scope="row">{q.text}</th>
                  <td>{q.respondents.toLocaleString('fr-FR')}</td>
                  <td>{q.satisfaction!.rate !== null ? percent(q.satisfaction!.rate) : 'Sans avis'}</td>
                  <td>{interval(q.satisfaction!)}</td>
                  <td>{q.trend ? TREND_LABELS[q.trend] : '—'}</td>
                </tr>
              ))}
          </tbody>
        </table>
      </div>

      {doc.findings.length > 0 && (
        <>
          <h2 className="fr-mt-6w">Ce que nous en retenons</h2>
          <ul>
            {doc.findings.map((f, i) => (
              <li key={i}>
                <strong>{FINDING_LABELS[f.kind]} :</strong> {f.text}
              </li>
            ))}
          </ul>
        </>
      )}

      <h2 className="fr-mt-6w">Télécharger</h2>
      <ul className="transparence-downloads">
        <li>
          <a className="fr-link fr-link--download" href={documents.surveys(site.id, `${doc.campaign.id}.csv`)} download>
            Taux de satisfaction par thème<span className="fr-link__detail">CSV, séparateur point-virgule</span>
          </a>
        </li>
        <li>
          <a className="fr-link" href={documents.surveys(site.id, `${doc.campaign.id}.json`)}>
            Résultats publiés, format JSON (schéma {doc.schema})
          </a>
        </li>
      </ul>
    </Page>
  );
}
