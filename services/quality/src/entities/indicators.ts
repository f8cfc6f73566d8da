import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { idProperty, tenantIdProperty, tenantScoped, timestampProperties } from '@qualipref/server-kit';
import { IndicatorSource, IndicatorUnit } from '../domain/enums.js';
import { IndicatorDefinition } from './referentials.js';

/**
 * A tenant's revision of a computed indicator's formula (version 2 on; version 1 is the national
 * one on the definition): formulas not settled nationally (net satisfaction, the flagship
 * procedure) are data with their version, never code.
 */
export const IndicatorFormula = defineEntity({
  name: 'IndicatorFormula',
  tableName: 'indicator_formula',
  ...tenantScoped,
  uniques: [{ properties: ['tenantId', 'indicator', 'version'] }],
  properties: {
    id: idProperty(),
    tenantId: tenantIdProperty(),
    indicator: p.manyToOne(IndicatorDefinition).index(),
    version: p.integer(),
    parameters: p.json<Record<string, unknown>>(),
    /** Why it was revised. */
    comment: p.text(),
    createdById: p.uuid(),
    createdByName: p.string().length(200),
    ...timestampProperties(),
  },
});
export type IndicatorFormula = InferEntity<typeof IndicatorFormula>;

/** A tenant's value of an indicator for a period (a year, a quarter or a month), with its source. */
export const IndicatorValue = defineEntity({
  name: 'IndicatorValue',
  tableName: 'indicator_value',
  ...tenantScoped,
  uniques: [{ properties: ['tenantId', 'indicator', 'period'] }],
  properties: {
    id: idProperty(),
    tenantId: tenantIdProperty(),
    indicator: p.manyToOne(IndicatorDefinition).index(),
    /** `2025`, `2025-T3` or `2025-09`. */
    period: p.string().length(7),
    periodStart: p.date(),
    periodEnd: p.date(),
    value: p.double(),
    unit: p.enum(() => IndicatorUnit),
    /** The national target when the value was recorded. */
    target: p.double().nullable(),
    /** What was counted, for a rate: e.g. 29 answered on time. */
    numerator: p.double().nullable(),
    /** Out of how many: e.g. 36 answered under a delay target. */
    sampleSize: p.integer().nullable(),
    source: p.enum(() => IndicatorSource),
    /** Where it comes from, in French: the file and system imported, the figures computed. */
    origin: p.text(),
    /** The formula version a computed value used. */
    formulaVersion: p.integer().nullable(),
    comment: p.text().nullable(),
    recordedById: p.uuid(),
    recordedByName: p.string().length(200),
    ...timestampProperties(),
  },
});
export type IndicatorValue = InferEntity<typeof IndicatorValue>;
