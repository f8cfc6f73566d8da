import type { EntityManager } from '@mikro-orm/core';
import type { Identity } from '@qualipref/auth';
import { WorkingCalendar } from '@qualipref/calendar';
import type { AuditInput, FieldChange } from '@qualipref/server-kit';
import { TenantSettings } from '../entities/index.js';
import type { OrganizationClient } from './organization-client.js';

/** What a use case of this service works with, whoever calls it. */
export interface UseCase {
  em: EntityManager;
  identity: Identity;
  audit: (entry: AuditInput) => void;
  organization: OrganizationClient;
  /** The caller's own Authorization header, to ask other services on their behalf. */
  authorization: string;
}

/** The working calendar of a tenant, from its settings (the calendar package's defaults when it has none). */
export async function calendarOf(em: EntityManager, tenantId: string): Promise<WorkingCalendar> {
  const settings = await em.findOne(TenantSettings, { tenantId });
  return new WorkingCalendar(settings ? { saturdayWorked: settings.saturdayWorked, whitMondayWorked: settings.whitMondayWorked, closingTime: settings.closingTime } : {});
}

/** Snapshot fields of a record for the audit trail. */
export function snapshot<T extends object>(record: T, fields: (keyof T & string)[]): Record<string, unknown> {
  const plain = (value: unknown) => (value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value);
  return Object.fromEntries(fields.map((f) => [f, plain(record[f])]));
}

export function diff(before: Record<string, unknown> | null, after: Record<string, unknown>): FieldChange[] {
  const norm = (v: unknown) => (v instanceof Date ? v.toISOString() : (v ?? null));
  return Object.keys(after)
    .map((field) => ({ field, from: norm(before?.[field]), to: norm(after[field]) }))
    .filter((c) => before === null || JSON.stringify(c.from) !== JSON.stringify(c.to));
}

/** The fields of an update: each may be omitted (unchanged) or null (cleared, where allowed). */
export type Patch<T> = { [K in keyof T]?: T[K] | null };
