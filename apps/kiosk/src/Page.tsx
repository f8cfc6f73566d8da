import { Header } from '@codegouvfr/react-dsfr/Header';
import { SkipLinks } from '@codegouvfr/react-dsfr/SkipLinks';
import { Fragment, type ReactNode } from 'react';

/**
 * The frame of every public page: a skip link to the content, the State's header (DSFR) and the main content. Once the
 * tenant that asks is known, its bloc-marque reads its State's block (« PRÉFET DE LA MOSELLE »,
 * a sous-préfecture's name beneath), from the tenant's data; before, « République française ».
 */
export function Page({ children, tagline, home, tenantName, stateBlock }: { children: ReactNode; tagline?: string; home: string; tenantName?: string; stateBlock?: string[] | null }) {
  const lines = stateBlock?.length ? stateBlock : ['République', 'Française'];
  return (
    <>
      <SkipLinks links={[{ anchor: '#contenu', label: 'Contenu' }]} />
      <Header
        brandTop={lines.map((line, i) => (
          <Fragment key={i}>
            {i > 0 && <br />}
            {line}
          </Fragment>
        ))}
        serviceTitle={tenantName ? `Enquête de satisfaction — ${tenantName}` : 'Enquête de satisfaction'}
        serviceTagline={tagline ?? 'Votre avis nous aide à améliorer le service rendu'}
        homeLinkProps={{ href: home, title: tenantName ? `Accueil — Enquête de satisfaction, ${tenantName}` : 'Accueil — Enquête de satisfaction' }}
      />
      <main id="contenu" className="fr-container fr-py-4w kiosk-main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
