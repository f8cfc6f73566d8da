// Build step: composes the supergraph from the subgraphs' SDL with Apollo's composition
// library and writes supergraph.graphql. A composition error fails the build.
import { readFile, writeFile } from 'node:fs/promises';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { SUBGRAPHS, SUPERGRAPH_PATH } from './subgraphs.js';

export async function composeSupergraph(): Promise<string> {
  const services = await Promise.all(
    SUBGRAPHS.map(async (s) => ({ name: s.name, url: s.defaultUrl, typeDefs: parse(await readFile(s.sdlPath, 'utf8')) })),
  );
  const result = composeServices(services);
  if (result.errors) {
    throw new Error(`supergraph composition failed:\n${result.errors.map((e) => `  - ${e.message}`).join('\n')}`);
  }
  return result.supergraphSdl;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  try {
    await writeFile(SUPERGRAPH_PATH, await composeSupergraph());
    process.stdout.write(`supergraph written to ${SUPERGRAPH_PATH}\n`);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(1);
  }
}
