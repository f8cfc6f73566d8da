import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { idProperty, tenantIdProperty, tenantScoped, timestampProperties } from '@qualipref/server-kit';
import { ServiceKind } from '../domain/kinds.js';

export const Directorate = defineEntity({
  name: 'Directorate',
  tableName: 'directorate',
  ...tenantScoped,
  uniques: [{ properties: ['tenantId', 'code'] }],
  properties: {
    id: idProperty(),
    tenantId: tenantIdProperty(),
    code: p.string().length(20),
    name: p.string().length(200),
    description: p.text().nullable(),
    active: p.boolean().default(true),
    ...timestampProperties(),
  },
});
export type Directorate = InferEntity<typeof Directorate>;

export const Service = defineEntity({
  name: 'Service',
  tableName: 'service',
  ...tenantScoped,
  uniques: [{ properties: ['tenantId', 'code'] }],
  properties: {
    id: idProperty(),
    tenantId: tenantIdProperty(),
    directorate: p.manyToOne(Directorate).index(),
    code: p.string().length(20),
    name: p.string().length(200),
    kind: p.enum(() => ServiceKind),
    active: p.boolean().default(true),
    ...timestampProperties(),
  },
});
export type Service = InferEntity<typeof Service>;
