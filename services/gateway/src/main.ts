import { stopOnSignals } from '@qualipref/server-kit';
import { startGateway } from './gateway.js';

stopOnSignals(await startGateway());
