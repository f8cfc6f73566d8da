import '@codegouvfr/react-dsfr/dsfr/dsfr.min.css';
import './transparence.css';
import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { startReactDsfr } from '@codegouvfr/react-dsfr/spa';
import { createRoot } from 'react-dom/client';
import { App, Unavailable } from './App.js';
import { LegalPagesUrl } from './Page.js';
import { loadConfig } from './config.js';
import { PublicDocuments } from './documents.js';

startReactDsfr({ defaultColorScheme: 'light' });
const root = createRoot(document.getElementById('root')!);

// The gateway's URL comes from the server's configuration, not from the build.
loadConfig()
  .then((config) => {
    const client = new ApolloClient({ link: new HttpLink({ uri: config.gatewayUrl }), cache: new InMemoryCache() });
    root.render(
      <ApolloProvider client={client}>
        <LegalPagesUrl value={config.legalPagesUrl}>
          <App documents={new PublicDocuments(config.gatewayUrl)} pathname={location.pathname} />
        </LegalPagesUrl>
      </ApolloProvider>,
    );
  })
  .catch(() => root.render(<Unavailable />));
