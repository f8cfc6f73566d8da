// Module Federation settings shared by the console (host) and every remote, so that they agree
// on what is a singleton: one React, one React DOM, one Apollo Client (so one cache for all)
// and one DSFR setup (its Link registration and colour scheme are global). A shared module is
// shipped whole, so the rest is not shared: each bundle keeps only what it uses of the router
// (the shell hands its location to the remote, see src/RemoteRouter.tsx), of graphql and rxjs.
// Plain JavaScript because the Rsbuild configurations import it before any TypeScript is built.

/** @type {Record<string, { singleton: boolean; requiredVersion?: string | false }>} */
export const shared = {
  // Pinned rather than read from each importer's package.json: some libraries declare the
  // React they were developed with (18), which is not what they run with.
  react: { singleton: true, requiredVersion: '^19.3.1' },
  'react/': { singleton: true, requiredVersion: '^19.3.1' },
  'react-dom': { singleton: true, requiredVersion: '^19.3.1' },
  'react-dom/': { singleton: true, requiredVersion: '^19.3.1' },
  '@apollo/client/react': { singleton: true },
  '@codegouvfr/react-dsfr/': { singleton: true },
};

/** The module every remote exposes: its routes, as a React component (see src/contract.ts). */
export const EXPOSED_MODULE = './Module';

/** Packages resolved once from the app's own node_modules, so that tests and bundles never hold two copies. */
export const dedupe = ['react', 'react-dom', 'react-router', '@apollo/client', 'graphql', 'rxjs', '@codegouvfr/react-dsfr'];

/** The directorates' remotes of this repository: listed once, in the platform registry. */
export { REMOTES } from '@qualipref/platform-registry';
