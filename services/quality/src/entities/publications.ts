import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { idProperty, tenantIdProperty, tenantScoped, timestampProperties } from '@qualipref/server-kit';
import { IndicatorSource, IndicatorUnit } from '../domain/enums.js';
import { IndicatorDefinition } from './referentials.js';

/** The site as its public pages and poster name it, frozen with the publication. */
export interface PublicationHeading {
  name: string;
  kind: 'PREFECTURE' | 'SOUS_PREFECTURE';
  city: string;
  timeZone: string;
  /** « PRÉFET DE LA MOSELLE », then a sous-préfecture's name; null when not recorded. */
  stateBlock: string[] | null;
}

/**
 * A quarter's public results (« Transparence », Q6): the figures of the publication set frozen
 * at a cut-off date once the manager steering the label validated them. A correction is a new
 * version; the one it replaces stays readable, marked replaced.
 */
export const Publication = defineEntity({
  name: 'Publication',
  tableName: 'publication',
  ...tenantScoped,
  uniques: [{ properties: ['tenantId', 'quarter', 'version'] }],
  properties: {
    id: idProperty(),
    tenantId: tenantIdProperty(),
    /** `2026-T3`. */
    quarter: p.string().length(7),
    periodStart: p.date(),
    periodEnd: p.date(),
    version: p.integer(),
    /** The figures are those recorded by the end of this day. */
    cutOffDate: p.date(),
    heading: p.json<PublicationHeading>(),
    /** Why this version corrects the previous one; null for a first version. */
    correctionReason: p.text().nullable(),
    /** When a correction replaced it. */
    replacedAt: p.datetime().nullable(),
    publishedAt: p.datetime(),
    publishedById: p.uuid(),
    publishedByName: p.string().length(200),
    ...timestampProperties(),
  },
});
export type Publication = InferEntity<typeof Publication>;

/**
 * An indicator as published: its value and everything its public page states (name, definition,
 * referential, engagement, source), copied so that the publication never drifts from what was read.
 */
export const PublishedFigure = defineEntity({
  name: 'PublishedFigure',
  tableName: 'published_figure',
  ...tenantScoped,
  uniques: [{ properties: ['publication', 'indicator'] }],
  properties: {
    id: idProperty(),
    tenantId: tenantIdProperty(),
    publication: p.manyToOne(Publication).index(),
    indicator: p.manyToOne(IndicatorDefinition).index(),
    code: p.string().length(80),
    name: p.string().length(300),
    definition: p.text(),
    /** « Services Publics + 2023 ». */
    referentialName: p.string().length(230),
    engagementNumber: p.string().length(10).nullable(),
    engagementText: p.text(),
    unit: p.enum(() => IndicatorUnit),
    /** Null when no value was recorded for the quarter by the cut-off: published as « non disponible ». */
    value: p.double().nullable(),
    target: p.double().nullable(),
    numerator: p.double().nullable(),
    sampleSize: p.integer().nullable(),
    source: p.enum(() => IndicatorSource).nullable(),
    origin: p.text().nullable(),
    /** When the value was recorded. */
    recordedAt: p.datetime().nullable(),
    position: p.integer(),
  },
});
export type PublishedFigure = InferEntity<typeof PublishedFigure>;
