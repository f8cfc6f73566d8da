import { runSubgraph } from '@qualipref/server-kit';
import { organization } from './subgraph.js';

await runSubgraph(organization);
