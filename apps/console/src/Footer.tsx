import type { RegisteredLinkProps } from '@codegouvfr/react-dsfr/link';
import { Footer } from '@codegouvfr/react-dsfr/Footer';
import { LEGAL_PAGES } from './legal/paths.js';

/** How the page links to one of the console's paths (through the router once signed in, plain links before). */
export type LinkTo = (path: string) => RegisteredLinkProps;

/**
 * The State's footer on every page of the console, sign-in included. « Non conforme » is the
 * only honest status until an RGAA audit of a sample of pages is recorded (see legal/measure.ts).
 * The institutional links are the DSFR component's own.
 */
export function ConsoleFooter({ linkTo }: { linkTo: LinkTo }) {
  return (
    <Footer
      id="pied-de-page"
      brandTop={
        <>
          République
          <br />
          Française
        </>
      }
      homeLinkProps={{ ...linkTo('/'), title: 'Accueil — Qualipref' }}
      contentDescription="Qualipref est la plateforme de la qualité de service de l’État en Moselle : comité local des usagers, enquêtes de satisfaction et délais de réponse aux usagers."
      accessibility="non compliant"
      accessibilityLinkProps={linkTo(LEGAL_PAGES.accessibility.path)}
      termsLinkProps={linkTo(LEGAL_PAGES.legalNotice.path)}
      bottomItems={[{ text: LEGAL_PAGES.personalData.title, linkProps: linkTo(LEGAL_PAGES.personalData.path) }]}
    />
  );
}
