import '@codegouvfr/react-dsfr/dsfr/dsfr.min.css';
import '@codegouvfr/react-dsfr/dsfr/utility/icons/icons.min.css';
import { startReactDsfr } from '@codegouvfr/react-dsfr/spa';
import { StandaloneFrame } from '@qualipref/console-kit';
import { createRoot } from 'react-dom/client';
import Module from './Module.js';

// Alone, the remote has no console router to register: DSFR links stay plain anchors.
startReactDsfr({ defaultColorScheme: 'light' });

createRoot(document.getElementById('root')!).render(
  <StandaloneFrame gatewayUrl={import.meta.env.PUBLIC_GATEWAY_URL ?? 'http://127.0.0.1:4000/graphql'} title="Courrier de la sous-préfecture" Module={Module} />,
);
