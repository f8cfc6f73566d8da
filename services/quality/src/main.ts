import { runSubgraph } from '@qualipref/server-kit';
import { quality } from './subgraph.js';

await runSubgraph(quality);
