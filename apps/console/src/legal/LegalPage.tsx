import { useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Loading, errorMessage, tenantTime } from '@qualipref/console-kit';
import { useEffect, type ReactNode } from 'react';
import { TENANT_PUBLISHERS } from '../queries.js';
import { ACCESSIBILITY_MEASURE as MEASURE } from './measure.js';
import { LEGAL_PAGES, type LegalPageKey } from './paths.js';

export interface LegalPageProps {
  page: LegalPageKey;
  /** The tenant the signed-in user views; without it (nobody signed in) every tenant's publisher. */
  tenantId?: string;
  /** Who hosts this instance, as its operator declared it. */
  hosting?: string;
}

// The measure's date is a calendar day, read the same in every tenant (all on Paris's clocks);
// the page is shown before any tenant is known.
const formatDate = tenantTime('Europe/Paris').formatDate;

const DEFENSEUR_FORM = 'https://formulaire.defenseurdesdroits.fr/';
const DEFENSEUR_DELEGATES = 'https://www.defenseurdesdroits.fr/carte-des-delegues';
const PREFECTURE_SITE = 'https://www.moselle.gouv.fr';

function External({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a href={href} target="_blank" rel="noreferrer" title={`${String(children)} — nouvelle fenêtre`}>
      {children}
    </a>
  );
}

function Address({ text }: { text: string }) {
  return (
    <address>
      {text.split('\n').map((line, i) => (
        <span key={i}>
          {i > 0 && <br />}
          {line}
        </span>
      ))}
    </address>
  );
}

/** The publishers of the tenants the page is about: the viewed tenant's, or all (préfecture first). */
function usePublishers(tenantId?: string) {
  const { data, error, loading } = useQuery(TENANT_PUBLISHERS);
  const nodes = data?.tenantPublishers?.nodes ?? [];
  return { publishers: tenantId ? nodes.filter((n) => n.id === tenantId) : nodes, error, loading: loading && !data };
}

function Publishers({ tenantId, children }: { tenantId?: string; children: (publishers: ReturnType<typeof usePublishers>['publishers']) => ReactNode }) {
  const { publishers, error, loading } = usePublishers(tenantId);
  if (loading) return <Loading label="Chargement des informations de l’éditeur…" />;
  if (error) return <Alert severity="error" small description={`Les informations de l’éditeur n’ont pas pu être lues : ${errorMessage(error)}`} />;
  return <>{children(publishers)}</>;
}

function LegalNotice({ tenantId, hosting }: { tenantId?: string; hosting?: string }) {
  return (
    <>
      <h2>Éditeur</h2>
      <Publishers tenantId={tenantId}>
        {(publishers) => (
          <>
            <p>{tenantId ? 'Les pages de votre site sur cette plateforme sont éditées par :' : 'La plateforme est éditée, pour chacun de ses sites, par :'}</p>
            {publishers.map((p) => (
              <section key={p.id} aria-labelledby={`editeur-${p.id}`} className="fr-mb-3w" data-publisher={p.id}>
                <h3 id={`editeur-${p.id}`} className="fr-h6">
                  {p.publisherName ?? p.name}
                </h3>
                {p.postalAddress ? <Address text={p.postalAddress} /> : <p>Adresse postale non renseignée.</p>}
                <p className="fr-mt-1w">Directeur de la publication : {p.publicationDirector ?? 'non renseigné'}.</p>
              </section>
            ))}
          </>
        )}
      </Publishers>
      <h2>Hébergement</h2>
      <p>{hosting ?? 'L’exploitant de cette instance de la plateforme n’a pas déclaré son hébergeur.'}</p>
      <h2>Propriété et réutilisation</h2>
      <p>
        Les contenus publiés par les services de l’État sur cette plateforme relèvent de l’information publique ; leur réutilisation est régie par le code des relations entre le public et
        l’administration (articles L. 321-1 et suivants). Les données personnelles qu’elle traite ne sont pas réutilisables.
      </p>
      <h2>Accessibilité et données personnelles</h2>
      <p>L’état de conformité de la plateforme au référentiel général d’amélioration de l’accessibilité et le traitement des données personnelles sont décrits dans les pages dédiées, liées au pied de chaque page.</p>
    </>
  );
}

function Accessibility({ tenantId }: { tenantId?: string }) {
  return (
    <>
      <p>
        Les services de l’État en Moselle s’engagent à rendre leurs services en ligne accessibles, conformément à l’article 47 de la loi n° 2005-102 du 11 février 2005. Cette déclaration
        d’accessibilité s’applique à la console de la plateforme Qualipref.
      </p>
      <h2>État de conformité</h2>
      <p>
        La console Qualipref est <strong>non conforme</strong> avec le référentiel général d’amélioration de l’accessibilité (RGAA) : aucun audit de conformité n’a été réalisé.
      </p>
      <h2>Résultats des tests</h2>
      <p>
        La seule mesure réalisée, le {formatDate(MEASURE.date)}, est un contrôle automatisé : {MEASURE.tool}. <strong>Ce contrôle n’est pas un audit RGAA</strong> : un outil automatique ne vérifie
        qu’une partie des critères, et aucun taux de conformité ne peut en être déduit. Résultat : {MEASURE.result}.
      </p>
      <p>Pages contrôlées :</p>
      <ul>
        {MEASURE.pages.map((page) => (
          <li key={page}>{page}</li>
        ))}
      </ul>
      <h2>Contenus non accessibles</h2>
      <p>Les défauts suivants, relevés lors d’une navigation au clavier seul et sur un écran de 320 pixels de large, ne sont pas encore corrigés :</p>
      <ul>
        {MEASURE.notAccessible.map((defect) => (
          <li key={defect}>{defect}</li>
        ))}
      </ul>
      <h2>Établissement de cette déclaration d’accessibilité</h2>
      <p>Cette déclaration a été établie le {formatDate(MEASURE.date)}.</p>
      <h3 className="fr-h6">Technologies utilisées</h3>
      <ul>
        <li>HTML5, CSS, JavaScript (React), le système de design de l’État (DSFR)</li>
      </ul>
      <h3 className="fr-h6">Environnement de test</h3>
      <ul>
        <li>Navigateur : {MEASURE.environment.browser}</li>
        <li>Système d’exploitation : {MEASURE.environment.system}</li>
        <li>Outils : {MEASURE.environment.tools}</li>
      </ul>
      <h2>Retour d’information et contact</h2>
      <p>
        Si vous n’arrivez pas à accéder à un contenu ou à un service, vous pouvez contacter le responsable de la plateforme pour être orienté vers une alternative accessible ou obtenir le contenu
        sous une autre forme : écrivez par le <External href={PREFECTURE_SITE}>formulaire de contact du site de la préfecture de la Moselle</External>, ou par courrier à l’éditeur de votre site :
      </p>
      <Publishers tenantId={tenantId}>
        {(publishers) => (
          <ul>
            {publishers.map((p) => (
              <li key={p.id}>
                {p.publisherName ?? p.name}
                {p.postalAddress ? `, ${p.postalAddress.split('\n').join(', ')}` : ''}
              </li>
            ))}
          </ul>
        )}
      </Publishers>
      <h2>Voies de recours</h2>
      <p>
        Si vous constatez un défaut d’accessibilité vous empêchant d’accéder à un contenu ou à une fonctionnalité, que vous nous le signalez et que vous ne parvenez pas à obtenir une réponse de notre
        part, vous êtes en droit de faire parvenir vos doléances ou une demande de saisine au Défenseur des droits. Plusieurs moyens sont à votre disposition :
      </p>
      <ul>
        <li>
          écrire un message au Défenseur des droits par son <External href={DEFENSEUR_FORM}>formulaire en ligne</External> ;
        </li>
        <li>
          contacter <External href={DEFENSEUR_DELEGATES}>le délégué du Défenseur des droits dans votre région</External> ;
        </li>
        <li>
          envoyer un courrier par la poste (gratuit, ne pas mettre de timbre) : Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07.
        </li>
      </ul>
    </>
  );
}

function PersonalData({ tenantId }: { tenantId?: string }) {
  return (
    <>
      <p>
        Cette page décrit les données personnelles que traite la plateforme Qualipref, conformément au règlement général sur la protection des données (RGPD, règlement (UE) 2016/679) et à la loi
        n° 78-17 du 6 janvier 1978 relative à l’informatique, aux fichiers et aux libertés.
      </p>
      <h2>Responsable du traitement</h2>
      <Publishers tenantId={tenantId}>
        {(publishers) => (
          <>
            <p>Chaque site est responsable des données qu’il traite :</p>
            <ul>
              {publishers.map((p) => (
                <li key={p.id}>
                  {p.publisherName ?? p.name}, représentée par {p.publicationDirector ? p.publicationDirector.replace(/^L/, 'l') : 'son représentant légal'}
                </li>
              ))}
            </ul>
          </>
        )}
      </Publishers>
      <h2>Finalité et base légale</h2>
      <p>
        La plateforme sert la démarche de qualité de service des services de l’État en Moselle (référentiel Services Publics +) : suivi du comité local des usagers, enquêtes de satisfaction et
        mesure des délais de réponse aux usagers. Le traitement relève de l’exécution d’une mission d’intérêt public (article 6.1.e du RGPD).
      </p>
      <h2>Données traitées</h2>
      <ul>
        <li>Comptes des agents : nom, adresse électronique professionnelle, fonction, direction et service, rôle, dates de connexion ; et la trace de leurs actions (qui a fait quoi et quand).</li>
        <li>Membres du comité local des usagers : nom, organisme représenté, qualité, collège et période de mandat, présence aux réunions ; leurs coordonnées lorsqu’elles sont enregistrées.</li>
        <li>
          Réponses aux enquêtes de satisfaction : anonymes. Une réponse est enregistrée sans nom, sans adresse et sans le lien qui a servi à la donner ; seul un commentaire libre peut contenir
          ce que son auteur y a écrit.
        </li>
        <li>
          Élus interrogés par courrier électronique : nom, fonction, collectivité et adresse électronique, pour leur envoyer un lien personnel à usage unique et ses relances ; le lien sert à savoir
          qui a répondu et à qui envoyer une relance.
        </li>
        <li>Courriers, courriels, appels et demandes des usagers : objet, dates de réception et de réponse, canal et service chargé ; le nom du correspondant lorsqu’il est enregistré.</li>
      </ul>
      <h2>Destinataires</h2>
      <p>Les agents habilités du site concerné, et les analystes de la préfecture pour les trois sites. Aucune donnée n’est cédée à des tiers.</p>
      <h2>Durée de conservation</h2>
      <ul>
        <li>Comptes des agents : pendant leur affectation, puis désactivés ; la trace des actions est conservée comme preuve pour les audits du label, sans purge automatique à ce jour.</li>
        <li>Membres du comité : pendant leur mandat et, pour l’historique du comité (relevés de conclusions, feuilles de présence), pendant la durée d’utilité administrative de ces documents.</li>
        <li>Liens personnels des enquêtes : jusqu’à la clôture de l’enquête.</li>
      </ul>
      <h2>Vos droits</h2>
      <p>
        Vous disposez d’un droit d’accès, de rectification, d’effacement et de limitation des données qui vous concernent, et d’un droit d’opposition au traitement (articles 15 à 21 du RGPD).
        Pour les exercer, écrivez au responsable du traitement de votre site, à l’adresse postale indiquée dans les mentions légales. Si vous estimez, après nous avoir contactés, que vos droits ne
        sont pas respectés, vous pouvez adresser une réclamation à la Commission nationale de l’informatique et des libertés (<External href="https://www.cnil.fr">CNIL</External>).
      </p>
      <h2>Cookies</h2>
      <p>La console ne dépose aucun cookie : la session est conservée dans l’onglet du navigateur et se ferme avec lui.</p>
    </>
  );
}

/** A legal page of the console: the heading, then its content. */
export default function LegalPage({ page, tenantId, hosting }: LegalPageProps) {
  const { title } = LEGAL_PAGES[page];
  useEffect(() => {
    const previous = document.title;
    document.title = `${title} — Qualipref`;
    return () => {
      document.title = previous;
    };
  }, [title]);
  return (
    <article className="fr-container--fluid" aria-labelledby="page-legale-titre">
      <h1 id="page-legale-titre">{title}</h1>
      {page === 'accessibility' && <Accessibility tenantId={tenantId} />}
      {page === 'legalNotice' && <LegalNotice tenantId={tenantId} hosting={hosting} />}
      {page === 'personalData' && <PersonalData tenantId={tenantId} />}
    </article>
  );
}
