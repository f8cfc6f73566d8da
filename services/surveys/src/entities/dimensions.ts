import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { idProperty, tenantIdProperty, tenantScoped } from '@qualipref/server-kit';
import { Dimension } from '../domain/enums.js';

/** Which directorate answers for a dimension of the surveys (DCTAJ for advice to collectivités…). */
export const DimensionAssignment = defineEntity({
  name: 'DimensionAssignment',
  tableName: 'dimension_assignment',
  ...tenantScoped,
  uniques: [{ properties: ['tenantId', 'dimension', 'directorateId'] }],
  properties: {
    id: idProperty(),
    tenantId: tenantIdProperty(),
    dimension: p.enum(() => Dimension),
    directorateId: p.uuid().index(),
  },
});
export type DimensionAssignment = InferEntity<typeof DimensionAssignment>;
