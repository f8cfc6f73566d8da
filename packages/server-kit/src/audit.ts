import { createHash } from 'node:crypto';
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
 * role may insert and read entries, never change or delete them. Each entry carries the hash of
 * its own content (`auditEntryHash`), and each tenant's day, once over, is sealed by a signed
 * digest (`AuditDigest`): no row that every write would have to update.
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
    // Declared after every field it covers: MikroORM runs the creation hooks in this order.
    hash: p
      .string()
      .length(64)
      .onCreate((entry) => auditEntryHash(entry as unknown as AuditContent)),
  },
});
export type AuditEntry = InferEntity<typeof AuditEntry>;

/** The signed digest of one tenant's audit entries of one day (UTC), written once the day is over. */
export const AuditDigest = defineEntity({
  name: 'AuditDigest',
  tableName: 'audit_digest',
  ...tenantScoped,
  uniques: [{ properties: ['tenantId', 'day'] }],
  properties: {
    id: idProperty(),
    tenantId: tenantIdProperty(),
    day: p.date(),
    entryCount: p.integer(),
    root: p.string().length(64),
    signature: p.string().length(100),
    keyId: p.string().length(16),
    sealedAt: p.datetime(),
  },
});
export type AuditDigest = InferEntity<typeof AuditDigest>;

export const AUDIT_TABLE = 'audit_entry';
export const AUDIT_DIGEST_TABLE = 'audit_digest';
/** The audit tables every subgraph carries. */
export const AUDIT_ENTITIES = [AuditEntry, AuditDigest];

/** What an entry's hash covers: every column but the hash itself. */
export interface AuditContent {
  id: string;
  tenantId: string;
  occurredAt: Date;
  userId: string | null;
  userEmail: string;
  operation: string;
  entityType: string;
  entityId: string;
  changes: FieldChange[];
  requestId: string | null;
}

/** JSON with the keys of every object sorted: the same text for the value jsonb gives back. */
export function canonicalJson(value: unknown): string {
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item)).join(',')}]`;
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record).filter((key) => record[key] !== undefined).sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** SHA-256 (hex) of an entry's canonical content. */
export function auditEntryHash(entry: AuditContent): string {
  const uuid = (value: string | null) => value?.toLowerCase() ?? null;
  const content = {
    id: uuid(entry.id),
    tenantId: uuid(entry.tenantId),
    occurredAt: entry.occurredAt.toISOString(),
    userId: uuid(entry.userId),
    userEmail: entry.userEmail,
    operation: entry.operation,
    entityType: entry.entityType,
    entityId: uuid(entry.entityId),
    changes: entry.changes,
    requestId: entry.requestId,
  };
  return createHash('sha256').update(canonicalJson(content)).digest('hex');
}

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

/** Suffix of the operation of a refused attempt: `signIn:refused`, `submitKioskResponse:refused`, `<mutation>:refused`. */
export const REFUSED_SUFFIX = ':refused';
const REFUSAL_WINDOW_MS = 60_000;
const REFUSAL_KEYS_MAX = 10_000;
// One entry per tenant, operation and record per minute at most: a client repeating a refused
// attempt cannot fill the trail. Bounded, so that the bookkeeping itself cannot be flooded.
const lastRefusals = new Map<string, number>();

function refusalAllowed(key: string, now: number): boolean {
  const last = lastRefusals.get(key);
  if (last !== undefined && now - last < REFUSAL_WINDOW_MS) return false;
  if (lastRefusals.size >= REFUSAL_KEYS_MAX) {
    for (const [k, at] of lastRefusals) if (now - at >= REFUSAL_WINDOW_MS) lastRefusals.delete(k);
    if (lastRefusals.size >= REFUSAL_KEYS_MAX) lastRefusals.delete(lastRefusals.keys().next().value as string);
  }
  lastRefusals.set(key, now);
  return true;
}

export interface Refusal {
  tenantId: string;
  userId: string | null;
  userEmail: string;
  /** The operation refused (its name, without the suffix). */
  operation: string;
  entityType: string;
  entityId: string;
  /** The refusal's code or reason (DEVICE_REVOKED, BAD_CREDENTIALS, FORBIDDEN…): never the request's content. */
  reason: string;
  requestId: string | null;
}

/**
 * Records a refused attempt in its own transaction, so that it stays when the refused work rolls
 * back. `em` must run in the refusal's tenant (its session's own tenant). Every field is bounded.
 */
export async function recordRefusal(em: EntityManager, refusal: Refusal, now = new Date()): Promise<void> {
  const operation = `${refusal.operation.slice(0, 120 - REFUSED_SUFFIX.length)}${REFUSED_SUFFIX}`;
  if (!refusalAllowed(`${refusal.tenantId}|${operation}|${refusal.entityId}`, now.getTime())) return;
  await em.fork().transactional(async (tx) => {
    tx.create(AuditEntry, {
      tenantId: refusal.tenantId,
      occurredAt: now,
      userId: refusal.userId,
      userEmail: refusal.userEmail.slice(0, 320),
      operation,
      entityType: refusal.entityType.slice(0, 120),
      entityId: refusal.entityId,
      changes: [{ field: 'reason', from: null, to: refusal.reason.slice(0, 60) }],
      requestId: refusal.requestId,
    });
  });
}
