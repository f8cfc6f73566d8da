import { ApolloProvider } from '@apollo/client/react';
import { Loading, Session, SessionGate, createConsoleClient, documentOpener, type ConsoleConfig } from '@qualipref/console-kit';
import { Suspense, lazy, useMemo, useState } from 'react';

// The signed-in part (router, header, navigation, dashboard, the DSFR's script) is fetched
// while the session opens, so that the sign-in page and the first paint need only React,
// Apollo Client and the session.
const Shell = lazy(() => import('./Shell.js').then((m) => ({ default: m.RoutedShell })));

export function App({ config }: { config: ConsoleConfig }) {
  const [session] = useState(() => new Session());
  const client = useMemo(() => createConsoleClient(config.gatewayUrl, session), [config.gatewayUrl, session]);
  const openDocument = useMemo(() => documentOpener(config.gatewayUrl, session), [config.gatewayUrl, session]);
  return (
    <ApolloProvider client={client}>
      <SessionGate session={session} demoEmail={config.demoEmail}>
        {(user) => (
          <Suspense fallback={<Loading label="Ouverture de la console…" />}>
            <Shell user={user} config={config} session={session} openDocument={openDocument} />
          </Suspense>
        )}
      </SessionGate>
    </ApolloProvider>
  );
}
