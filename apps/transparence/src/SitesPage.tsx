import { Page } from './Page.js';

interface Site {
  code: string;
  kind: string;
  name: string;
}

/** The sites that publish their results: the préfecture first, then its sous-préfectures. */
export function SitesPage({ sites }: { sites: Site[] }) {
  return (
    <Page>
      <h1>Nos résultats de qualité de service</h1>
      <p className="fr-text--lead">
        Chaque trimestre, la préfecture et les sous-préfectures publient les résultats de leurs engagements de qualité de service : chiffres arrêtés à une date, avec leur définition et leur source.
      </p>
      <h2>Choisissez un site</h2>
      <ul className="fr-grid-row fr-grid-row--gutters transparence-sites">
        {sites.map((site) => (
          <li key={site.code} className="fr-col-12 fr-col-md-4">
            <div className="fr-tile fr-enlarge-link">
              <div className="fr-tile__body">
                <div className="fr-tile__content">
                  <h3 className="fr-tile__title">
                    <a href={`/${site.code}`}>{site.name}</a>
                  </h3>
                  <p className="fr-tile__detail">{site.kind === 'PREFECTURE' ? 'Préfecture' : 'Sous-préfecture'}</p>
                </div>
              </div>
            </div>
          </li>
        ))}
      </ul>
    </Page>
  );
}
