import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { DEFAULT_SETTINGS } from '@qualipref/calendar';
import { idProperty, tenantIdProperty, tenantScoped, timestampProperties } from '@qualipref/server-kit';
import { Channel, CorrespondentKind, TargetUnit } from '../domain/enums.js';

/** The settings of a tenant for this service: its working calendar (jours ouvrés or ouvrables, Whit Monday, closing time) and the arrondissements its legality control covers. */
export const TenantSettings = defineEntity({
  name: 'TenantSettings',
  tableName: 'tenant_settings',
  ...tenantScoped,
  uniques: [{ properties: ['tenantId'] }],
  properties: {
    id: idProperty(),
    tenantId: tenantIdProperty(),
    saturdayWorked: p.boolean().default(DEFAULT_SETTINGS.saturdayWorked),
    whitMondayWorked: p.boolean().default(DEFAULT_SETTINGS.whitMondayWorked),
    closingTime: p.string().length(5).default(DEFAULT_SETTINGS.closingTime),
    /** The arrondissements whose acts this tenant's legality control receives (Moselle centralises them at the préfecture). */
    legalityArrondissements: p.array().default([]),
    ...timestampProperties(),
  },
});
export type TenantSettings = InferEntity<typeof TenantSettings>;

/**
 * A delay the tenant announces (« délai annoncé ») for a channel (and a correspondent kind, or any), over a validity
 * period: its local setting of a national engagement of the label, which the quality service owns and this row names
 * by id only.
 */
export const DelayTarget = defineEntity({
  name: 'DelayTarget',
  tableName: 'delay_target',
  ...tenantScoped,
  indexes: [{ properties: ['tenantId', 'channel', 'validFrom'] }],
  properties: {
    id: idProperty(),
    tenantId: tenantIdProperty(),
    /** The national engagement it implements (quality's Engagement). */
    engagementId: p.uuid(),
    channel: p.enum(() => Channel),
    /** Null: any correspondent. */
    correspondentKind: p.enum(() => CorrespondentKind).nullable(),
    unit: p.enum(() => TargetUnit),
    target: p.integer(),
    /** The delay as the tenant words it. */
    label: p.string().length(300),
    validFrom: p.date(),
    /** Last day in force; null while it still is. */
    validTo: p.date().nullable(),
    ...timestampProperties(),
  },
});
export type DelayTarget = InferEntity<typeof DelayTarget>;

/** Monthly telephony statistics of a service: the "5 rings" delay target is measured on them. */
export const TelephonyMonth = defineEntity({
  name: 'TelephonyMonth',
  tableName: 'telephony_month',
  ...tenantScoped,
  uniques: [{ properties: ['serviceId', 'month'] }],
  properties: {
    id: idProperty(),
    tenantId: tenantIdProperty(),
    serviceId: p.uuid(),
    directorateId: p.uuid().index(),
    /** First day of the month. */
    month: p.date(),
    offered: p.integer(),
    answered: p.integer(),
    answeredWithinTarget: p.integer(),
    ...timestampProperties(),
  },
});
export type TelephonyMonth = InferEntity<typeof TelephonyMonth>;
