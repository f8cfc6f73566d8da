import type {} from '@codegouvfr/react-dsfr/spa';
import type { Link } from 'react-router';

// The DSFR components render their links with the router's Link (registered by
// startReactDsfr in each entry), so their `linkProps` take a `to`.
declare module '@codegouvfr/react-dsfr/spa' {
  interface RegisterLink {
    Link: typeof Link;
  }
}
