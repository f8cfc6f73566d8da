// The platform's subgraphs and remotes, listed once. Plain JavaScript with no dependency, so that
// the Rsbuild configurations (read before any TypeScript is built) can import it too.

/**
 * The subgraphs, in start order (organization first: the others verify its tokens). The gateway
 * composes them in this order; `npm start` gives each its port.
 * @type {readonly import('./index.js').SubgraphEntry[]}
 */
export const SUBGRAPHS = [
  { name: 'organization', port: 4001, folder: 'services/organization', package: '@qualipref/organization' },
  { name: 'committees', port: 4002, folder: 'services/committees', package: '@qualipref/committees' },
  { name: 'correspondence', port: 4003, folder: 'services/correspondence', package: '@qualipref/correspondence' },
  { name: 'surveys', port: 4004, folder: 'services/surveys', package: '@qualipref/surveys' },
  { name: 'quality', port: 4005, folder: 'services/quality', package: '@qualipref/quality', serviceIdentity: true },
];

/**
 * The directorates' remotes of this repository, as `npm start` and the end-to-end tests serve
 * them. Deployments list their own in the console's configuration.
 * @type {readonly import('./index.js').RemoteEntry[]}
 */
export const REMOTES = [
  { app: 'mf-dctaj', name: 'mf_dctaj', port: 3101, folder: 'apps/mf-dctaj', package: '@qualipref/mf-dctaj', directorates: ['DCTAJ'], path: 'dctaj', title: 'Collectivités et affaires juridiques' },
  { app: 'mf-dlp', name: 'mf_dlp', port: 3102, folder: 'apps/mf-dlp', package: '@qualipref/mf-dlp', directorates: ['DLP'], path: 'dlp', title: 'Libertés publiques' },
  { app: 'mf-drmm', name: 'mf_drmm', port: 3103, folder: 'apps/mf-drmm', package: '@qualipref/mf-drmm', directorates: ['DRMM'], capability: 'openQualityProgramme', path: 'drmm', title: 'Comité local des usagers' },
  { app: 'mf-sp', name: 'mf_sp', port: 3104, folder: 'apps/mf-sp', package: '@qualipref/mf-sp', directorates: ['SPF', 'SPT'], path: 'sous-prefecture', title: 'Courrier de la sous-préfecture' },
];

/** @param {string} app */
export function remote(app) {
  const entry = REMOTES.find((r) => r.app === app);
  if (!entry) throw new Error(`unknown remote ${app}: add it to @qualipref/platform-registry`);
  return entry;
}

/** @param {string} name */
export function subgraph(name) {
  const entry = SUBGRAPHS.find((s) => s.name === name);
  if (!entry) throw new Error(`unknown subgraph ${name}: add it to @qualipref/platform-registry`);
  return entry;
}

/**
 * The variable that tells a process where a subgraph listens.
 * @param {string} name
 */
export const subgraphUrlVariable = (name) => `SUBGRAPH_${name.toUpperCase()}_URL`;

/**
 * The variables that tell a process where the given subgraphs listen, leaving out `except`'s own
 * (a subgraph is not told where it listens itself).
 * @param {Record<string, string>} urls
 * @param {string} [except]
 * @returns {Record<string, string>}
 */
export function subgraphUrlVariables(urls, except) {
  return Object.fromEntries(Object.entries(urls).filter(([name]) => name !== except).map(([name, url]) => [subgraphUrlVariable(name), url]));
}

/**
 * The variables of the service identities (POST /oauth/token of the organization): the
 * organization is told every client with its secret, a subgraph with `serviceIdentity` its own
 * secret (its client id is its name) and where the supergraph is; any other subgraph nothing.
 * @param {string} name
 * @param {string} secret
 * @param {string} supergraphUrl
 * @returns {Record<string, string>}
 */
export function serviceIdentityVariables(name, secret, supergraphUrl) {
  if (name === 'organization') {
    const clients = SUBGRAPHS.filter((s) => s.serviceIdentity).map((s) => `${s.name}:${secret}`);
    return clients.length > 0 ? { SERVICE_CLIENTS: clients.join(',') } : {};
  }
  return subgraph(name).serviceIdentity ? { SERVICE_CLIENT_SECRET: secret, SUPERGRAPH_URL: supergraphUrl } : {};
}
