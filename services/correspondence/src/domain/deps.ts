import type { EntityManager } from '@mikro-orm/core';
import type { Identity } from '@qualipref/auth';
import { WorkingCalendar } from '@qualipref/calendar';
import type { AuditInput } from '@qualipref/server-kit';
import { TenantSettings } from '../entities/index.js';
import type { OrganizationClient } from '@qualipref/organization-client';

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

