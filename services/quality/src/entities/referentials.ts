import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { idProperty } from '@qualipref/server-kit';
import { Completeness, IndicatorComputation, IndicatorUnit } from '../domain/enums.js';

// The national referentials: the same for every tenant, shipped by migration and read-only to
// requests (the app role may only select them), so that no tenant edits a national text.

/** A version of the label's referential: Marianne 2008, Qualipref 2.0, …, Services Publics + 2023. */
export const Referential = defineEntity({
  name: 'Referential',
  tableName: 'referential',
  properties: {
    id: idProperty(),
    /** Stable code, e.g. SERVICES_PUBLICS_PLUS_2023. */
    code: p.string().length(60).unique(),
    name: p.string().length(200),
    version: p.string().length(20),
    issuer: p.string().length(200),
    publishedOn: p.date().nullable(),
    /** From this day no new labelling is made under it. */
    closedOn: p.date().nullable(),
    /** The document the text was read from. */
    source: p.text(),
    completeness: p.enum(() => Completeness),
    /** What could not be found, in French. */
    note: p.text().nullable(),
    position: p.integer(),
  },
});
export type Referential = InferEntity<typeof Referential>;

/** A module of a referential: mandatory (« relation générale ») or chosen (« relations avec les collectivités territoriales »). */
export const ReferentialModule = defineEntity({
  name: 'ReferentialModule',
  tableName: 'referential_module',
  uniques: [{ properties: ['referential', 'code'] }],
  properties: {
    id: idProperty(),
    referential: p.manyToOne(Referential).index(),
    code: p.string().length(60),
    name: p.string().length(200),
    mandatory: p.boolean(),
    position: p.integer(),
  },
});
export type ReferentialModule = InferEntity<typeof ReferentialModule>;

/** An engagement of a referential, with its number and text as published. */
export const Engagement = defineEntity({
  name: 'Engagement',
  tableName: 'engagement',
  uniques: [{ properties: ['referential', 'position'] }],
  properties: {
    id: idProperty(),
    referential: p.manyToOne(Referential).index(),
    module: p.manyToOne(ReferentialModule).nullable().index(),
    /** As published; null when the sources give none. */
    number: p.string().length(10).nullable(),
    theme: p.string().length(200).nullable(),
    text: p.text(),
    position: p.integer(),
  },
});
export type Engagement = InferEntity<typeof Engagement>;

/** An indicator an engagement is measured by, with the national target when the text sets one. */
export const IndicatorDefinition = defineEntity({
  name: 'IndicatorDefinition',
  tableName: 'indicator_definition',
  uniques: [{ properties: ['engagement', 'code'] }],
  properties: {
    id: idProperty(),
    engagement: p.manyToOne(Engagement).index(),
    code: p.string().length(80),
    name: p.string().length(300),
    unit: p.enum(() => IndicatorUnit),
    target: p.double().nullable(),
    definition: p.text(),
    /** How the platform computes it; null when its values are imported or entered. */
    computation: p.enum(() => IndicatorComputation).nullable(),
    /** The national formula's parameters (version 1), read by `computation`. */
    parameters: p.json<Record<string, unknown>>().nullable(),
    /** Part of the quarterly public results (« Transparence »). */
    published: p.boolean(),
    position: p.integer(),
  },
});
export type IndicatorDefinition = InferEntity<typeof IndicatorDefinition>;
