import { toCalendarDate } from '@qualipref/calendar';
import type { RequestContext } from '@qualipref/server-kit';
import type { CommitteesApp } from '../app.js';

export type Context = RequestContext<CommitteesApp>;
export type Ref = { id: string };

// The tenants' day (Europe/Paris): in UTC, the hours after midnight would still be yesterday.
export const today = () => toCalendarDate(new Date());
