import { Header } from '@codegouvfr/react-dsfr/Header';
import type { ReactNode } from 'react';

/** The frame of every public page: the State's header (DSFR) and the main content. */
export function Page({ children, tagline, home }: { children: ReactNode; tagline?: string; home: string }) {
  return (
    <>
      <Header
        brandTop={
          <>
            Préfecture
            <br />
            de la Moselle
          </>
        }
        serviceTitle="Enquête de satisfaction"
        serviceTagline={tagline ?? 'Votre avis nous aide à améliorer le service rendu'}
        homeLinkProps={{ href: home, title: 'Accueil — Enquête de satisfaction de la préfecture de la Moselle' }}
      />
      <main id="contenu" className="fr-container fr-py-4w kiosk-main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
