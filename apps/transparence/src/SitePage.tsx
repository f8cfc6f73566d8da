import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { useEffect, useState } from 'react';
import type { IndexDocument, PublicDocuments, PublishedIndicator, QuarterDocument, SurveysIndexDocument } from './documents.js';
import { SOURCE_LABELS, formatDay, formatFigure, formatInstant } from './format.js';
import { HistoryChart } from './HistoryChart.js';
import { Page } from './Page.js';
import { PublishedSurveys } from './SurveyPage.js';

interface Site {
  id: string;
  code: string;
  name: string;
}

type Loaded = { index: IndexDocument | null; doc: QuarterDocument | null; surveys: SurveysIndexDocument | null } | 'failed';

/** A site's results for a quarter: the one asked for, or its latest. */
export function SitePage({ documents, site, quarter, version }: { documents: PublicDocuments; site: Site; quarter: string | null; version: number | null }) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  useEffect(() => {
    let live = true;
    (async () => {
      const [index, surveys] = await Promise.all([documents.read<IndexDocument>(documents.results(site.id, 'index.json')), documents.read<SurveysIndexDocument>(documents.surveys(site.id, 'index.json'))]);
      const wanted = quarter ?? index?.quarters[0]?.quarter;
      const doc = wanted ? await documents.read<QuarterDocument>(documents.results(site.id, `${wanted}${version ? `-v${version}` : ''}.json`)) : null;
      if (live) setLoaded({ index, doc, surveys });
    })().catch(() => live && setLoaded('failed'));
    return () => {
      live = false;
    };
  }, [documents, site.id, quarter, version]);

  const crumbs = <Breadcrumb currentPageLabel={site.name} homeLinkProps={{ href: '/' }} segments={[]} />;
  if (loaded === null) return <Page siteName={site.name}>{crumbs}<p role="status" className="transparence-loading">Chargement des résultats…</p></Page>;
  if (loaded === 'failed') {
    return (
      <Page siteName={site.name}>
        {crumbs}
        <h1>Résultats indisponibles</h1>
        <p>Les résultats de {site.name} n’ont pas pu être lus. Réessayez dans un instant.</p>
      </Page>
    );
  }
  const { index, doc, surveys } = loaded;
  if (!doc) {
    return (
      <Page siteName={site.name}>
        {crumbs}
        <h1>Nos résultats — {site.name}</h1>
        <p>{quarter ? 'Ce trimestre n’a pas été publié.' : `${site.name} n’a encore publié aucun résultat trimestriel.`}</p>
        {!quarter && <PublishedSurveys surveys={surveys} siteCode={site.code} />}
      </Page>
    );
  }
  const file = (suffix: string) => documents.results(site.id, `${doc.quarter}-v${doc.version}${suffix}`);
  const inForce = doc.versions.at(-1)!;
  return (
    <Page siteName={doc.site.name} stateBlock={doc.site.stateBlock}>
      {crumbs}
      <h1>
        Nos résultats du {doc.label}
        <span className="fr-sr-only"> — {doc.site.name}</span>
      </h1>
      <p className="fr-text--lead">
        Chiffres arrêtés au {formatDay(doc.cutOffDate)}. Version {doc.version}, publiée le {formatInstant(doc.publishedAt, doc.site.timeZone)}.
      </p>
      {doc.status === 'REPLACED' && (
        <Alert
          as="h2"
          severity="warning"
          className="fr-mb-4w"
          title={`Cette version a été remplacée le ${formatInstant(doc.replacedAt!, doc.site.timeZone)}`}
          description={
            <>
              Les chiffres en vigueur sont ceux de la <a href={`/${site.code}/${doc.quarter}`}>version {inForce.version}</a>
              {inForce.correctionReason ? ` : ${inForce.correctionReason}` : ''}.
            </>
          }
        />
      )}
      {doc.status === 'IN_FORCE' && doc.correctionReason && (
        <Alert
          as="h2"
          severity="info"
          className="fr-mb-4w"
          title={`Résultats corrigés (version ${doc.version})`}
          description={
            <>
              {doc.correctionReason} Versions précédentes :{' '}
              {doc.versions.slice(0, -1).map((v, i) => (
                <span key={v.version}>
                  {i > 0 && ', '}
                  <a href={`/${site.code}/${doc.quarter}-v${v.version}`}>
                    version {v.version} du {formatInstant(v.publishedAt, doc.site.timeZone)}
                  </a>
                </span>
              ))}
              .
            </>
          }
        />
      )}

      <h2>Les indicateurs du trimestre</h2>
      <ul className="fr-grid-row fr-grid-row--gutters transparence-figures">
        {doc.indicators.map((indicator) => (
          <li key={indicator.code} className="fr-col-12 fr-col-md-6 fr-col-lg-4">
            <Figure indicator={indicator} />
          </li>
        ))}
      </ul>

      <h2 className="fr-mt-6w">Évolution sur les trimestres publiés</h2>
      {doc.indicators.map((indicator) => (
        <HistoryChart key={indicator.code} indicator={indicator} quarter={doc.quarter} label={doc.label} />
      ))}

      <h2 className="fr-mt-6w">Définitions et sources</h2>
      <div className="fr-accordions-group">
        {doc.indicators.map((indicator) => (
          <section key={indicator.code} className="fr-accordion">
            <h3 className="fr-accordion__title">
              <button type="button" className="fr-accordion__btn" aria-expanded="false" aria-controls={`definition-${indicator.code}`}>
                {indicator.name}
              </button>
            </h3>
            <div className="fr-collapse" id={`definition-${indicator.code}`}>
              <p>{indicator.definition}</p>
              <dl className="transparence-definition">
                <dt>Référentiel</dt>
                <dd>{indicator.referential}</dd>
                <dt>Engagement</dt>
                <dd>{indicator.engagement.number ? `${indicator.engagement.number}. ${indicator.engagement.text}` : indicator.engagement.text}</dd>
                <dt>Unité</dt>
                <dd>{indicator.unitLabel}</dd>
                <dt>Source</dt>
                <dd>{indicator.source ? `${indicator.origin} (${SOURCE_LABELS[indicator.source]})` : 'Aucune valeur relevée à la date d’arrêté.'}</dd>
              </dl>
            </div>
          </section>
        ))}
      </div>

      <h2 className="fr-mt-6w">Télécharger</h2>
      <ul className="transparence-downloads">
        <li>
          <a className="fr-link fr-link--download" href={file('-A4.pdf')} download>
            Affiche du hall d’accueil, format A4<span className="fr-link__detail">PDF</span>
          </a>
        </li>
        <li>
          <a className="fr-link fr-link--download" href={file('-A3.pdf')} download>
            Affiche du hall d’accueil, format A3<span className="fr-link__detail">PDF</span>
          </a>
        </li>
        <li>
          <a className="fr-link fr-link--download" href={file('.csv')} download>
            Données ouvertes du trimestre<span className="fr-link__detail">CSV, séparateur point-virgule</span>
          </a>
        </li>
        <li>
          <a className="fr-link" href={file('.json')}>
            Données ouvertes du trimestre, format JSON (schéma {doc.schema})
          </a>
        </li>
      </ul>

      <PublishedSurveys surveys={surveys} siteCode={site.code} />

      {index && index.quarters.length > 1 && (
        <>
          <h2 className="fr-mt-6w">Autres trimestres publiés</h2>
          <ul>
            {index.quarters
              .filter((q) => q.quarter !== doc.quarter)
              .map((q) => (
                <li key={q.quarter}>
                  <a href={`/${site.code}/${q.quarter}`}>{q.label}</a>
                  {q.inForce.version > 1 && ` (corrigé, version ${q.inForce.version})`}
                </li>
              ))}
          </ul>
        </>
      )}
    </Page>
  );
}

function Figure({ indicator }: { indicator: PublishedIndicator }) {
  return (
    <div className="fr-card fr-card--no-arrow transparence-figure">
      <div className="fr-card__body">
        <div className="fr-card__content">
          <h3 className="fr-card__title">{indicator.name}</h3>
          <p className={indicator.value === null ? 'transparence-value transparence-value--none' : 'transparence-value'}>
            {indicator.value === null ? 'Non disponible' : formatFigure(indicator.value, indicator.unit)}
          </p>
          <p className="fr-card__desc">
            {[
              indicator.target !== null ? `Cible nationale : ${formatFigure(indicator.target, indicator.unit)}` : null,
              indicator.sampleSize !== null ? `Effectif : ${indicator.sampleSize.toLocaleString('fr-FR')}` : null,
              indicator.value === null ? 'Aucune valeur relevée à la date d’arrêté.' : null,
            ]
              .filter(Boolean)
              .join(' · ')}
          </p>
        </div>
      </div>
    </div>
  );
}
