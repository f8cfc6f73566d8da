import { ApolloProvider } from '@apollo/client/react';
import type { RegisteredLinkProps } from '@codegouvfr/react-dsfr/link';
import { Loading, Session, SessionGate, createConsoleClient, documentOpener, publicDocumentUrl, type ConsoleConfig } from '@qualipref/console-kit';
import { Suspense, lazy, useMemo, useState, type ComponentType, type ReactNode } from 'react';
import type { LinkTo } from './Footer.js';
import { PublicFrame } from './PublicFrame.js';

/**
 * The router of the signed-in console, once its code is loaded. Loading it also registers the
 * router's Link as the DSFR's (startReactDsfr), which then needs a router around every DSFR link:
 * after a sign-out, the public pages are rendered inside it too.
 */
let SignedInRouter: ComponentType<{ children: ReactNode }> | null = null;

// The signed-in part (router, header, navigation, dashboard, the DSFR's script) is fetched
// while the session opens, so that the sign-in page and the first paint need only React,
// Apollo Client, the session and the State's header and footer.
const Shell = lazy(() =>
  import('./Shell.js').then((m) => {
    SignedInRouter = m.Router;
    return { default: m.RoutedShell };
  }),
);

// Before the router is loaded the DSFR's links are plain anchors, which take an href; after, a
// full load of the page, since the public pages do not follow the router.
const plainLink: LinkTo = (path) => ({ href: path }) as unknown as RegisteredLinkProps;
const reloadingLink: LinkTo = (path) => ({ to: path, reloadDocument: true });

/** The public pages, read when nobody is signed in (before any sign-in, or after a sign-out). */
function SignedOut({ session, hosting, demoEmail }: { session: Session; hosting?: string; demoEmail?: string }) {
  const Router = SignedInRouter;
  if (!Router) return <PublicFrame session={session} linkTo={plainLink} hosting={hosting} demoEmail={demoEmail} />;
  return (
    <Router>
      <PublicFrame session={session} linkTo={reloadingLink} hosting={hosting} demoEmail={demoEmail} />
    </Router>
  );
}

export function App({ config }: { config: ConsoleConfig }) {
  const [session] = useState(() => new Session());
  const client = useMemo(() => createConsoleClient(config.gatewayUrl, session), [config.gatewayUrl, session]);
  const openDocument = useMemo(() => documentOpener(config.gatewayUrl, session), [config.gatewayUrl, session]);
  const publicUrl = useMemo(() => publicDocumentUrl(config.gatewayUrl), [config.gatewayUrl]);
  return (
    <ApolloProvider client={client}>
      <SessionGate session={session} signedOut={<SignedOut session={session} hosting={config.hosting} demoEmail={config.demoEmail} />}>
        {(user, signedInHere) => (
          <Suspense fallback={<Loading label="Ouverture de la console…" />}>
            <Shell user={user} config={config} session={session} openDocument={openDocument} publicUrl={publicUrl} focusContent={signedInHere} />
          </Suspense>
        )}
      </SessionGate>
    </ApolloProvider>
  );
}
