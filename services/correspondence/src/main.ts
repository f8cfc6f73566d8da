import { runSubgraph } from '@qualipref/server-kit';
import { correspondence } from './subgraph.js';

await runSubgraph(correspondence);
