import type { ApolloClient } from '@apollo/client';
import type { KioskConfig } from './config.js';
import { InvitationPage } from './invitation/InvitationPage.js';
import { KioskPage } from './kiosk/KioskPage.js';
import { Page } from './Page.js';

/** Two public pages, chosen by the path the server was asked for (no sign-in, no navigation between them). */
export function App({ client, config, pathname }: { client: ApolloClient; config: KioskConfig; pathname: string }) {
  if (/^\/borne\/?$/.test(pathname)) return <KioskPage client={client} config={config} />;
  const link = /^\/repondre\/([^/]+)\/?$/.exec(pathname);
  if (link) return <InvitationPage client={client} token={decodeURIComponent(link[1]!)} />;
  return (
    <Page home="/">
      <h1>Page introuvable</h1>
      <p>Pour répondre à une enquête, ouvrez le lien personnel reçu par courriel, ou utilisez la borne du hall d’accueil.</p>
    </Page>
  );
}
