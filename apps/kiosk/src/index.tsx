import '@codegouvfr/react-dsfr/dsfr/dsfr.min.css';
import './kiosk.css';
import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { startReactDsfr } from '@codegouvfr/react-dsfr/spa';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import { loadConfig } from './config.js';

startReactDsfr({ defaultColorScheme: 'light' });
const root = createRoot(document.getElementById('root')!);

// The gateway's URL comes from the server's configuration, not from the build.
loadConfig()
  .then((config) => {
    const client = new ApolloClient({ link: new HttpLink({ uri: config.gatewayUrl }), cache: new InMemoryCache() });
    root.render(<App client={client} config={config} pathname={location.pathname} />);
  })
  .catch(() => {
    root.render(
      <main className="fr-container fr-py-6w">
        <h1>Enquête indisponible</h1>
        <p>La configuration de la page n’a pas pu être lue. Réessayez dans un instant.</p>
      </main>,
    );
  });
