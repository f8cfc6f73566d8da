import { fileURLToPath } from 'node:url';

/** A subgraph of the supergraph: its SDL printed at its build, and where it listens by default. */
export interface SubgraphEntry {
  name: string;
  sdlPath: string;
  defaultUrl: string;
}

const sdl = (service: string) => fileURLToPath(new URL(`../../${service}/schema.graphql`, import.meta.url));

/** Every subgraph composed into the supergraph. Adding a subgraph starts here. */
export const SUBGRAPHS: SubgraphEntry[] = [
  { name: 'organization', sdlPath: sdl('organization'), defaultUrl: 'http://127.0.0.1:4001/graphql' },
  { name: 'committees', sdlPath: sdl('committees'), defaultUrl: 'http://127.0.0.1:4002/graphql' },
  { name: 'correspondence', sdlPath: sdl('correspondence'), defaultUrl: 'http://127.0.0.1:4003/graphql' },
  { name: 'surveys', sdlPath: sdl('surveys'), defaultUrl: 'http://127.0.0.1:4004/graphql' },
];

/** Where a subgraph listens: SUBGRAPH_<NAME>_URL, else its default. */
export function subgraphUrl(name: string, env: NodeJS.ProcessEnv = process.env): string {
  const entry = SUBGRAPHS.find((s) => s.name === name);
  return env[`SUBGRAPH_${name.toUpperCase()}_URL`] || entry?.defaultUrl || '';
}

export const SUPERGRAPH_PATH = fileURLToPath(new URL('../supergraph.graphql', import.meta.url));
