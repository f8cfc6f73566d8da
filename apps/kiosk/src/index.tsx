import '@codegouvfr/react-dsfr/dsfr/dsfr.min.css';
import './kiosk.css';
import { startReactDsfr } from '@codegouvfr/react-dsfr/spa';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import { kioskClient } from './client.js';
import { loadConfig } from './config.js';

startReactDsfr({ defaultColorScheme: 'light' });
const root = createRoot(document.getElementById('root')!);

// The gateway's URL comes from the server's configuration, not from the build.
loadConfig()
  .then((config) => {
    const client = kioskClient(config.gatewayUrl, config.requestSeconds);
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
