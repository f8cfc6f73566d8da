import { Loading, SignInForm, type Session } from '@qualipref/console-kit';
import { Suspense, lazy } from 'react';
import { ConsoleHeader } from './ConsoleHeader.js';
import { ConsoleFooter, type LinkTo } from './Footer.js';
import { legalPageAt } from './legal/paths.js';

const LegalPage = lazy(() => import('./legal/LegalPage.js'));

/**
 * What the console shows before any sign-in: the State's header and footer around the sign-in
 * form, or around a legal page (readable without an account).
 */
export function PublicFrame({ session, linkTo, hosting, demoEmail }: { session: Session; linkTo: LinkTo; hosting?: string; demoEmail?: string }) {
  const legal = legalPageAt(window.location.pathname);
  return (
    <>
      <ConsoleHeader tagline="Qualité de service de l’État en Moselle" homeLinkProps={{ ...linkTo('/'), title: 'Accueil — Qualipref' }} />
      {legal ? (
        <main className="fr-container fr-py-6w" id="contenu" tabIndex={-1}>
          <Suspense fallback={<Loading />}>
            <LegalPage page={legal} hosting={hosting} />
          </Suspense>
        </main>
      ) : (
        <SignInForm session={session} demoEmail={demoEmail} />
      )}
      <ConsoleFooter linkTo={linkTo} />
    </>
  );
}
