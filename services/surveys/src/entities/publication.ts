import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { idProperty, tenantIdProperty, tenantScoped, timestampProperties } from '@qualipref/server-kit';
import { Dimension, FindingKind } from '../domain/enums.js';
import { Campaign } from './campaigns.js';

/** A conclusion drawn from a campaign, which the committees' action plan may take up by id. */
export const Finding = defineEntity({
  name: 'Finding',
  tableName: 'finding',
  ...tenantScoped,
  properties: {
    id: idProperty(),
    tenantId: tenantIdProperty(),
    campaign: p.manyToOne(Campaign).index(),
    kind: p.enum(() => FindingKind),
    dimension: p.enum(() => Dimension).nullable(),
    questionKey: p.string().length(60).nullable(),
    text: p.string().length(2000),
    createdBy: p.uuid(),
    ...timestampProperties(),
  },
});
export type Finding = InferEntity<typeof Finding>;
