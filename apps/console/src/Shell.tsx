import { useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { startReactDsfr } from '@codegouvfr/react-dsfr/spa';
import { Loading, ROLES, RouteTitle, TenantTimeZone, errorMessage, visibleModules, type ConsoleConfig, type ConsoleUser, type Session } from '@qualipref/console-kit';
import { Suspense, lazy, useEffect, useRef, useState } from 'react';
import { BrowserRouter, Link, Route, Routes, useLocation } from 'react-router';
import { ConsoleHeader } from './ConsoleHeader.js';
import { Dashboard } from './Dashboard.js';
import { ConsoleFooter, type LinkTo } from './Footer.js';
import { LEGAL_PAGES, type LegalPageKey } from './legal/paths.js';
import { CONSOLE_CAPABILITIES, READABLE_TENANTS } from './queries.js';
import { RemoteArea } from './RemoteArea.js';
import { TenantSwitcher } from './TenantSwitcher.js';

// The DSFR's script (menus, modals) and its links through the router start with the signed-in
// console: the sign-in page before it has neither.
startReactDsfr({ defaultColorScheme: 'light', Link });

// GraphiQL is big: it is fetched only when an analyst opens the page.
const AnalystPage = lazy(() => import('./AnalystPage.js'));
const LegalPage = lazy(() => import('./legal/LegalPage.js'));

/** The router of the signed-in console, which the public pages use after a sign-out (see App.tsx). */
export { BrowserRouter as Router } from 'react-router';

const routedLink: LinkTo = (path) => ({ to: path });

const TENANT_KEY = 'qualipref.tenant';

interface ShellProps {
  user: ConsoleUser;
  config: ConsoleConfig;
  session: Session;
  openDocument(path: string): Promise<void>;
  publicUrl(path: string): string;
  /** Just signed in on this page: the content takes the focus the sign-in form had. */
  focusContent?: boolean;
}

export function Shell({ user, config, session, openDocument, publicUrl, focusContent = false }: ShellProps) {
  const location = useLocation();
  const readsSeveral = user.readableTenantIds.length > 1;
  const [tenantId, setTenantId] = useState(() => {
    const kept = window.sessionStorage.getItem(TENANT_KEY);
    return kept && user.readableTenantIds.includes(kept) ? kept : user.tenant.id;
  });
  const { data } = useQuery(READABLE_TENANTS, { skip: !readsSeveral });
  // The préfecture first, then the sous-préfectures by name.
  const tenants = [...(data?.tenants?.nodes ?? [user.tenant])].sort((a, b) => (a.kind === b.kind ? a.name.localeCompare(b.name, 'fr') : a.kind === 'PREFECTURE' ? -1 : 1));
  const tenant = tenants.find((t) => t.id === tenantId) ?? user.tenant;
  // What the viewer may open in the viewed tenant is the API's answer, not the console's.
  const capabilities = useQuery(CONSOLE_CAPABILITIES, { variables: { tenantId: tenant.id } });
  const viewed = capabilities.data?.tenant;
  const modules = visibleModules(config.remotes, viewed?.directorates.nodes.filter((d) => d.viewerCanOpenModule).map((d) => d.code) ?? [], viewed?.viewerCan ?? {});
  const analyseData = viewed?.viewerCan.analyseData ?? false;
  const timeZone = viewed?.timeZone ?? user.tenant.timeZone;
  const chooseTenant = (id: string) => {
    window.sessionStorage.setItem(TENANT_KEY, id);
    setTenantId(id);
  };

  // A new page takes the focus to its content, not to <body> (a link of the menu or of a page):
  // the keyboard goes on from there, and a screen reader reads it. Not on the first page shown,
  // unless the user just signed in.
  const shownPath = useRef(focusContent ? null : location.pathname);
  useEffect(() => {
    if (shownPath.current === location.pathname) return;
    shownPath.current = location.pathname;
    document.getElementById('contenu')?.focus();
  }, [location.pathname]);

  const navigation = [
    { text: 'Tableau de bord', linkProps: { to: '/' }, isActive: location.pathname === '/' },
    ...modules.map((m) => ({ text: m.title, linkProps: { to: `/modules/${m.path}` }, isActive: location.pathname.startsWith(`/modules/${m.path}`) })),
    ...(analyseData ? [{ text: 'Requêtes GraphQL', linkProps: { to: '/analyse' }, isActive: location.pathname === '/analyse' }] : []),
  ];

  return (
    <>
      <ConsoleHeader
        tagline={tenant.name}
        homeLinkProps={{ to: '/', title: `Accueil — Qualipref, ${tenant.name}` }}
        quickAccessItems={[
          { iconId: 'fr-icon-account-circle-line', text: `${user.displayName} · ${ROLES[user.role]}`, linkProps: { to: '/' } },
          { iconId: 'fr-icon-logout-box-r-line', text: 'Se déconnecter', buttonProps: { onClick: () => session.end('signed-out') } },
        ]}
        navigation={navigation}
      />
      <main className="fr-container fr-py-4w" id="contenu" tabIndex={-1}>
        {readsSeveral && <TenantSwitcher tenants={tenants} value={tenant.id} onChange={chooseTenant} />}
        {capabilities.error && <Alert severity="error" small className="fr-mb-3w" description={`Les modules de la console n’ont pas pu être chargés : ${errorMessage(capabilities.error)}`} />}
        <TenantTimeZone timeZone={timeZone}>
          {!viewed && capabilities.loading ? (
            <Loading label="Chargement de vos modules…" />
          ) : (
            <Routes>
              <Route index element={<RouteTitle title={`Tableau de bord — ${tenant.name}`}><Dashboard tenantId={tenant.id} modules={modules} /></RouteTitle>} />
              {modules.map((m) => (
                <Route key={m.name} path={`modules/${m.path}/*`} element={<RemoteArea remote={m} basePath={`/modules/${m.path}`} user={user} tenantId={tenant.id} timeZone={timeZone} openDocument={openDocument} publicUrl={publicUrl} />} />
              ))}
              {(Object.keys(LEGAL_PAGES) as LegalPageKey[]).map((key) => (
                <Route
                  key={key}
                  path={LEGAL_PAGES[key].path.slice(1)}
                  element={
                    <Suspense fallback={<p role="status">Chargement…</p>}>
                      <LegalPage page={key} tenantId={tenant.id} hosting={config.hosting} />
                    </Suspense>
                  }
                />
              ))}
              {analyseData && (
                <Route
                  path="analyse"
                  element={
                    <RouteTitle title="Requêtes GraphQL">
                      <Suspense fallback={<p role="status">Chargement de l’éditeur de requêtes…</p>}>
                        <AnalystPage gatewayUrl={config.gatewayUrl} session={session} tenantId={tenant.id} />
                      </Suspense>
                    </RouteTitle>
                  }
                />
              )}
              <Route
                path="*"
                element={
                  <RouteTitle title="Page introuvable">
                    <h1>Page introuvable</h1>
                    <p>Cette adresse ne correspond à aucune page de la console, ou à un module qui ne vous est pas ouvert.</p>
                  </RouteTitle>
                }
              />
            </Routes>
          )}
        </TenantTimeZone>
      </main>
      <ConsoleFooter linkTo={routedLink} />
    </>
  );
}

export function RoutedShell(props: ShellProps) {
  return (
    <BrowserRouter>
      <Shell {...props} />
    </BrowserRouter>
  );
}
