import type { EntityManager } from '@mikro-orm/core';
import type { AuditInput } from '@qualipref/server-kit';

export type Audit = (entry: AuditInput) => void;
/** A request-scoped EntityManager with these session variables set (e.g. the sign-in lookup). */
export type Fork = (variables?: Record<string, string>) => EntityManager;
