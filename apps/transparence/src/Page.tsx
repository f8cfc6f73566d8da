import { Footer } from '@codegouvfr/react-dsfr/Footer';
import { Header } from '@codegouvfr/react-dsfr/Header';
import { SkipLinks } from '@codegouvfr/react-dsfr/SkipLinks';
import { Fragment, createContext, useContext, type ReactNode } from 'react';

/** The console's address, where the platform's legal pages are read without sign-in. */
export const LegalPagesUrl = createContext<string | undefined>(undefined);

const LEGAL = { accessibility: '/accessibilite', terms: '/mentions-legales', personalData: '/donnees-personnelles' };

/**
 * The frame of every public page: a skip link, the State's header (its bloc-marque reads the
 * site's State's block once it is known, « République française » before), the content, the
 * State's footer.
 */
export function Page({ children, siteName, stateBlock }: { children: ReactNode; siteName?: string; stateBlock?: string[] | null }) {
  const lines = stateBlock?.length ? stateBlock : ['République', 'Française'];
  const legal = useContext(LegalPagesUrl);
  const at = (path: string) => ({ href: new URL(path, legal).toString() });
  const title = siteName ? `Nos résultats — ${siteName}` : 'Nos résultats';
  return (
    <>
      <SkipLinks links={[{ anchor: '#contenu', label: 'Contenu' }, { anchor: '#pied-de-page', label: 'Pied de page' }]} />
      <Header
        brandTop={lines.map((line, i) => (
          <Fragment key={i}>
            {i > 0 && <br />}
            {line}
          </Fragment>
        ))}
        serviceTitle={title}
        serviceTagline="Qualité de service : nos engagements et nos résultats, chaque trimestre"
        homeLinkProps={{ href: '/', title: 'Accueil — Nos résultats, préfecture et sous-préfectures de la Moselle' }}
      />
      <main id="contenu" className="fr-container fr-py-4w transparence-main" tabIndex={-1}>
        {children}
      </main>
      <Footer
        id="pied-de-page"
        brandTop={
          <>
            République
            <br />
            Française
          </>
        }
        homeLinkProps={{ href: '/', title: 'Accueil — Nos résultats' }}
        contentDescription="Les résultats de qualité de service publiés chaque trimestre par la préfecture de la Moselle et ses sous-préfectures : des chiffres arrêtés à une date, avec leurs définitions et leurs sources, en données ouvertes."
        accessibility="non compliant"
        {...(legal && {
          accessibilityLinkProps: at(LEGAL.accessibility),
          termsLinkProps: at(LEGAL.terms),
          bottomItems: [{ text: 'Données personnelles', linkProps: at(LEGAL.personalData) }],
        })}
      />
    </>
  );
}
