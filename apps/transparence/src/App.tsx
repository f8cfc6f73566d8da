import { useQuery } from '@apollo/client/react';
import type { PublicDocuments } from './documents.js';
import { SITES } from './operations.js';
import { Page } from './Page.js';
import { SitePage } from './SitePage.js';
import { SitesPage } from './SitesPage.js';
import { SurveyPage } from './SurveyPage.js';

/** The pages, chosen by the path the server was asked for: `/`, `/<site>`, `/<site>/<quarter>[-v<n>]`, `/<site>/enquetes/<id>`. */
export function App({ documents, pathname }: { documents: PublicDocuments; pathname: string }) {
  const { data, error } = useQuery(SITES, { variables: { first: 100 } });
  if (error || data?.tenantPublishers === null) return <Unavailable />;
  if (!data?.tenantPublishers) return <Page><p role="status" className="transparence-loading">Chargement…</p></Page>;
  const sites = data.tenantPublishers.nodes;
  if (/^\/?$/.test(pathname)) return <SitesPage sites={sites} />;
  const survey = /^\/([a-z0-9-]+)\/enquetes\/([0-9a-f-]{36})\/?$/.exec(pathname);
  const surveySite = survey && sites.find((s) => s.code === survey[1]);
  if (survey && surveySite) return <SurveyPage documents={documents} site={surveySite} campaignId={survey[2]!} />;
  const match = /^\/([a-z0-9-]+)(?:\/(\d{4}-T[1-4])(?:-v(\d+))?)?\/?$/.exec(pathname);
  const site = match && sites.find((s) => s.code === match[1]);
  if (!match || !site) return <NotFound />;
  return <SitePage documents={documents} site={site} quarter={match[2] ?? null} version={match[3] ? Number(match[3]) : null} />;
}

export function Unavailable() {
  return (
    <Page>
      <h1>Résultats indisponibles</h1>
      <p>Les résultats n’ont pas pu être lus. Réessayez dans un instant.</p>
    </Page>
  );
}

function NotFound() {
  return (
    <Page>
      <h1>Page introuvable</h1>
      <p>
        Cette adresse ne correspond à aucune page. <a href="/">Voir les résultats de chaque site</a>.
      </p>
    </Page>
  );
}
