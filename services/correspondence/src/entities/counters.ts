import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { idProperty, tenantIdProperty, tenantScoped, timestampProperties } from '@qualipref/server-kit';

/** A national processing-time indicator of a common procedure (R4), for a tenant and a month. */
export const ProcedureIndicator = defineEntity({
  name: 'ProcedureIndicator',
  tableName: 'procedure_indicator',
  ...tenantScoped,
  uniques: [{ properties: ['tenantId', 'procedure', 'month'] }],
  properties: {
    id: idProperty(),
    tenantId: tenantIdProperty(),
    /** Code of the procedure as the ministry names it (CNI, PASSEPORT, CARTE_GRISE…). */
    procedure: p.string().length(60),
    /** First day of the month. */
    month: p.date(),
    /** Processing time measured, in days. */
    value: p.double(),
    /** National target, in days. */
    target: p.double().nullable(),
    ...timestampProperties(),
  },
});
export type ProcedureIndicator = InferEntity<typeof ProcedureIndicator>;

/** A visit at a counter from the queue-ticket system (R5): arrival, call, end. */
export const CounterVisit = defineEntity({
  name: 'CounterVisit',
  tableName: 'counter_visit',
  ...tenantScoped,
  uniques: [{ properties: ['tenantId', 'ticket'] }],
  indexes: [{ properties: ['tenantId', 'arrivedAt'] }],
  properties: {
    id: idProperty(),
    tenantId: tenantIdProperty(),
    serviceId: p.uuid().index(),
    /** Ticket number of the queue system: what makes a re-import change nothing. */
    ticket: p.string().length(60),
    procedure: p.string().length(100),
    arrivedAt: p.datetime(),
    calledAt: p.datetime().nullable(),
    endedAt: p.datetime().nullable(),
    withAppointment: p.boolean(),
  },
});
export type CounterVisit = InferEntity<typeof CounterVisit>;
