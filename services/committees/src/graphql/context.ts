import type { RequestContext } from '@qualipref/server-kit';
import type { CommitteesApp } from '../app.js';

export type Context = RequestContext<CommitteesApp>;
export type Ref = { id: string };
