import type { RequestContext } from '@qualipref/server-kit';
import type { QualityApp } from '../app.js';

export type Context = RequestContext<QualityApp>;
export type Ref = { id: string };
