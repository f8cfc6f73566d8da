import { Header } from '@codegouvfr/react-dsfr/Header';
import type { ReactNode } from 'react';

/** The frame of every public page: the State's header (DSFR), with the tenant that asks once known, and the main content. */
export function Page({ children, tagline, home, tenantName }: { children: ReactNode; tagline?: string; home: string; tenantName?: string }) {
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
        serviceTitle={tenantName ? `Enquête de satisfaction — ${tenantName}` : 'Enquête de satisfaction'}
        serviceTagline={tagline ?? 'Votre avis nous aide à améliorer le service rendu'}
        homeLinkProps={{ href: home, title: 'Accueil — Enquête de satisfaction de la préfecture de la Moselle' }}
      />
      <main id="contenu" className="fr-container fr-py-4w kiosk-main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
