import type { EntityManager } from '@mikro-orm/core';
import { WorkingCalendar } from '@qualipref/calendar';
import type { Caller as KitCaller, UseCase as KitUseCase } from '@qualipref/server-kit';
import { TenantSettings } from '../entities/index.js';
import type { OrganizationClient, OrganizationLookups } from '@qualipref/organization-client';

/** What a use case of this service works with: the organization API besides the kit's transaction, identity and audit. */
export type UseCase = KitUseCase<{ organization: OrganizationClient }>;

/** What a use case's preparation works with, before its transaction (where the organization is asked). */
export type Caller = KitCaller<{ organization: OrganizationClient }>;

/** Looks up the services a use case names, before its transaction. */
export function lookUpServices(c: Caller, ids: (string | null | undefined)[]): Promise<OrganizationLookups> {
  return c.app.organization.lookups(c.authorization, { services: ids });
}

/** The working calendar of a tenant, from its settings (the calendar package's defaults when it has none). */
export async function calendarOf(em: EntityManager, tenantId: string): Promise<WorkingCalendar> {
  const settings = await em.findOne(TenantSettings, { tenantId });
  return new WorkingCalendar(settings ? { saturdayWorked: settings.saturdayWorked, whitMondayWorked: settings.whitMondayWorked, closingTime: settings.closingTime } : {});
}

