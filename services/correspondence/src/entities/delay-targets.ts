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

/** A version of the label's referential (Marianne 2008, Qualipref 2.0…), kept as data so the platform follows the label. */
export const Referential = defineEntity({
  name: 'Referential',
  tableName: 'referential',
  ...tenantScoped,
  uniques: [{ properties: ['tenantId', 'code'] }],
  properties: {
    id: idProperty(),
    tenantId: tenantIdProperty(),
    code: p.string().length(40),
    name: p.string().length(200),
    version: p.string().length(40),
    year: p.integer(),
    ...timestampProperties(),
  },
});
export type Referential = InferEntity<typeof Referential>;

/** A target delay of a referential, for a channel (and a correspondent kind, or any), over a validity period. */
export const Engagement = defineEntity({
  name: 'Engagement',
  tableName: 'engagement',
  ...tenantScoped,
  indexes: [{ properties: ['tenantId', 'channel', 'validFrom'] }],
  properties: {
    id: idProperty(),
    tenantId: tenantIdProperty(),
    referential: p.manyToOne(Referential).index(),
    channel: p.enum(() => Channel),
    /** Null: any correspondent. */
    correspondentKind: p.enum(() => CorrespondentKind).nullable(),
    unit: p.enum(() => TargetUnit),
    target: p.integer(),
    label: p.string().length(300),
    validFrom: p.date(),
    /** Last day in force; null while it still is. */
    validTo: p.date().nullable(),
    ...timestampProperties(),
  },
});
export type Engagement = InferEntity<typeof Engagement>;

/** Monthly telephony statistics of a service: the "5 rings" engagement is measured on them. */
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
