import { runSubgraph } from '@qualipref/server-kit';
import { surveys } from './subgraph.js';

await runSubgraph(surveys);
