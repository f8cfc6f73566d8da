import { ApolloProvider } from '@apollo/client/react';
import { useMemo, useState, useSyncExternalStore, type ComponentType } from 'react';
import type { RemoteModuleProps } from './contract.js';
import { SessionGate } from './SessionGate.js';
import { Session, createConsoleClient, documentOpener, publicDocumentUrl } from './session.js';

// Without the console, the page's own history is the location the remote's router follows.
const subscribe = (listener: () => void) => {
  window.addEventListener('popstate', listener);
  return () => window.removeEventListener('popstate', listener);
};
const currentHref = () => window.location.href;

function navigate(to: string, options?: { replace?: boolean; state?: unknown }) {
  if (options?.replace) window.history.replaceState(options.state ?? null, '', to);
  else window.history.pushState(options?.state ?? null, '', to);
  window.dispatchEvent(new PopStateEvent('popstate', { state: options?.state ?? null }));
}

/**
 * A remote run alone (its own dev server or build, without the console): sign-in, the Apollo
 * Client and a DSFR header around the module, on the user's own tenant. The console gives the
 * same props when it hosts the module.
 */
export function StandaloneFrame({ gatewayUrl, title, Module }: { gatewayUrl: string; title: string; Module: ComponentType<RemoteModuleProps> }) {
  const [session] = useState(() => new Session());
  const client = useMemo(() => createConsoleClient(gatewayUrl, session), [gatewayUrl, session]);
  const openDocument = useMemo(() => documentOpener(gatewayUrl, session), [gatewayUrl, session]);
  const publicUrl = useMemo(() => publicDocumentUrl(gatewayUrl), [gatewayUrl]);
  const href = useSyncExternalStore(subscribe, currentHref);
  const location = useMemo(() => {
    const url = new URL(href);
    return { pathname: url.pathname, search: url.search, hash: url.hash, state: window.history.state as unknown, key: 'default' };
  }, [href]);
  return (
    <ApolloProvider client={client}>
      {/* The DSFR header's markup: the component would link through the console's router. */}
      <header role="banner" className="fr-header">
        <div className="fr-header__body">
          <div className="fr-container">
            <div className="fr-header__body-row">
              <div className="fr-header__brand">
                <div className="fr-header__brand-top">
                  <div className="fr-header__logo">
                    <p className="fr-logo">
                      République
                      <br />
                      Française
                    </p>
                  </div>
                </div>
                <div className="fr-header__service">
                  <a href="/" title={`Accueil — Qualipref, ${title}`}>
                    <p className="fr-header__service-title">Qualipref</p>
                  </a>
                  <p className="fr-header__service-tagline">{title}</p>
                </div>
              </div>
            </div>
          </div>
        </div>
      </header>
      <SessionGate session={session}>
        {(user) => (
          <main className="fr-container fr-py-4w" id="contenu">
            <Module basePath="" location={location} navigate={navigate} user={user} tenantId={user.tenant.id} timeZone={user.tenant.timeZone} openDocument={openDocument} publicUrl={publicUrl} />
          </main>
        )}
      </SessionGate>
    </ApolloProvider>
  );
}
