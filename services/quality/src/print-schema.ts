// Prints the subgraph's SDL at build time; the gateway composes the supergraph from it.
import { buildSubgraphSchemaOf, subgraphSdl } from '@qualipref/server-kit';
import { quality } from './subgraph.js';

process.stdout.write(subgraphSdl(await buildSubgraphSchemaOf(quality)));
