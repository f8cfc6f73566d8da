import '@codegouvfr/react-dsfr/dsfr/dsfr.min.css';
import '@codegouvfr/react-dsfr/dsfr/utility/icons/icons.min.css';
import type { ConsoleConfig } from '@qualipref/console-kit';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import { registerConsoleRemotes } from './remotes.js';

const root = createRoot(document.getElementById('root')!);

// The gateway's URL and the remotes come from the server's configuration, not from the build.
fetch('/console-config.json', { cache: 'no-store' })
  .then((response) => {
    if (!response.ok) throw new Error(String(response.status));
    return response.json() as Promise<ConsoleConfig>;
  })
  .then((config) => {
    registerConsoleRemotes(config.remotes);
    root.render(<App config={config} />);
  })
  .catch(() => {
    root.render(
      <main className="fr-container fr-py-6w">
        <h1>Console indisponible</h1>
        <p>La configuration de la console n’a pas pu être lue. Réessayez dans un instant ou prévenez l’administrateur de la plateforme.</p>
      </main>,
    );
  });
