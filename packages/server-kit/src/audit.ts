import { defineEntity, p, type EntityManager, type InferEntity } from '@mikro-orm/core';
import type { Identity } from '@qualipref/auth';
import { idProperty, tenantIdProperty, tenantScoped } from './tenancy.js';

/** One changed field: its value before and after (null when created or removed). */
export interface FieldChange {
  field: string;
  from: unknown;
  to: unknown;
}

/**
 * The audit trail (Q3): who did what, when, in which tenant. Every mutation writes one entry
 * per record it changes, in the same transaction, in the service's own schema. The request
 * role may insert and read entries, never change or delete them.
 */
export const AuditEntry = defineEntity({
  name: 'AuditEntry',
  tableName: 'audit_entry',
  ...tenantScoped,
  properties: {
    id: idProperty(),
    tenantId: tenantIdProperty(),
    occurredAt: p.datetime().index(),
    userId: p.uuid().nullable(),
    userEmail: p.string().length(320),
    operation: p.string().length(120),
    entityType: p.string().length(120),
    entityId: p.uuid().index(),
    changes: p.json<FieldChange[]>(),
    requestId: p.string().length(100).nullable(),
  },
});
export type AuditEntry = InferEntity<typeof AuditEntry>;

export const AUDIT_TABLE = 'audit_entry';

/** The fields that differ between two snapshots of a record. */
export function changedFields<T extends object>(before: Partial<T> | null, after: Partial<T>, fields: (keyof T & string)[]): FieldChange[] {
  const plain = (value: unknown) => (value instanceof Date ? value.toISOString() : (value ?? null));
  return fields
    .map((field) => ({ field, from: plain(before?.[field]), to: plain(after[field]) }))
    .filter((change) => before === null || JSON.stringify(change.from) !== JSON.stringify(change.to));
}

/** The fields of a record as the audit trail keeps them (a relation as its id). */
export function snapshot<T extends object>(record: T, fields: (keyof T & string)[]): Record<string, unknown> {
  const plain = (value: unknown) => (value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value);
  return Object.fromEntries(fields.map((f) => [f, plain(record[f])]));
}

/** What differs between two snapshots; every field when there was none before (a creation). */
export function diffSnapshots(before: Record<string, unknown> | null, after: Record<string, unknown>): FieldChange[] {
  return changedFields(before, after, Object.keys(after));
}

export interface AuditInput {
  operation: string;
  entityType: string;
  entityId: string;
  changes: FieldChange[];
}

/** Stages an audit entry in the unit of work of `em`, flushed with the change it records. */
export function recordAudit(em: EntityManager, identity: Identity, requestId: string | null, input: AuditInput, now = new Date()): void {
  em.create(AuditEntry, {
    tenantId: identity.tenantId,
    occurredAt: now,
    userId: identity.userId,
    userEmail: identity.email,
    requestId,
    ...input,
  });
}
