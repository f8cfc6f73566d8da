import type { EntityManager } from '@mikro-orm/core';
import { WorkingCalendar } from '@qualipref/calendar';
import type { Caller as KitCaller, UseCase as KitUseCase } from '@qualipref/server-kit';
import { TenantSettings } from '../entities/index.js';
import type { OrganizationClient, OrganizationLookups } from '@qualipref/organization-client';
import type { QualityClient } from '@qualipref/quality-client';

/** The other subgraphs this one asks, over HTTP. */
interface Apis {
  organization: OrganizationClient;
  quality: QualityClient;
}

/** What a use case of this service works with: the organization and quality APIs besides the kit's transaction, identity and audit. */
export type UseCase = KitUseCase<Apis>;

/** What a use case's preparation works with, before its transaction (where the organization and quality are asked). */
export type Caller = KitCaller<Apis>;

/** Looks up the services a use case names, before its transaction. */
export function lookUpServices(c: Caller, ids: (string | null | undefined)[]): Promise<OrganizationLookups> {
  return c.app.organization.lookups(c.authorization, { services: ids });
}

/** The working calendar of a tenant, from its settings (the calendar package's defaults when it has none). */
export async function calendarOf(em: EntityManager, tenantId: string): Promise<WorkingCalendar> {
  const settings = await em.findOne(TenantSettings, { tenantId });
  return new WorkingCalendar(settings ? { saturdayWorked: settings.saturdayWorked, whitMondayWorked: settings.whitMondayWorked, closingTime: settings.closingTime } : {});
}

