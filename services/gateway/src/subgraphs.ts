import { fileURLToPath } from 'node:url';
import { SUBGRAPHS as REGISTRY, subgraphUrlVariable } from '@qualipref/platform-registry';

/** A subgraph of the supergraph: its SDL printed at its build, and where it listens by default. */
export interface SubgraphEntry {
  name: string;
  sdlPath: string;
  defaultUrl: string;
}

const sdl = (folder: string) => fileURLToPath(new URL(`../../../${folder}/schema.graphql`, import.meta.url));

/** Every subgraph composed into the supergraph, from the platform registry (adding a subgraph starts there). */
export const SUBGRAPHS: SubgraphEntry[] = REGISTRY.map((s) => ({ name: s.name, sdlPath: sdl(s.folder), defaultUrl: `http://127.0.0.1:${s.port}/graphql` }));

/** Where a subgraph listens: SUBGRAPH_<NAME>_URL, else its default. */
export function subgraphUrl(name: string, env: NodeJS.ProcessEnv = process.env): string {
  const entry = SUBGRAPHS.find((s) => s.name === name);
  return env[subgraphUrlVariable(name)] || entry?.defaultUrl || '';
}

export const SUPERGRAPH_PATH = fileURLToPath(new URL('../supergraph.graphql', import.meta.url));
