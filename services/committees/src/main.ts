import { runSubgraph } from '@qualipref/server-kit';
import { committees } from './subgraph.js';

await runSubgraph(committees);
