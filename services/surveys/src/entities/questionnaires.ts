import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { idProperty, tenantIdProperty, tenantScoped, timestampProperties } from '@qualipref/server-kit';
import { Dimension, QuestionKind } from '../domain/enums.js';

/** One choice offered by a choice question. */
export interface QuestionOption {
  key: string;
  label: string;
}

/** A version of a questionnaire; frozen once a campaign uses it, changed only by a new version. */
export const Questionnaire = defineEntity({
  name: 'Questionnaire',
  tableName: 'questionnaire',
  ...tenantScoped,
  uniques: [{ properties: ['tenantId', 'key', 'version'] }],
  properties: {
    id: idProperty(),
    tenantId: tenantIdProperty(),
    /** Stable across versions ("usagers-hall"): comparisons follow it. */
    key: p.string().length(60),
    version: p.integer(),
    title: p.string().length(300),
    description: p.text().nullable(),
    /** Set when a campaign first used it: no change after that. */
    frozenAt: p.datetime().nullable(),
    createdBy: p.uuid(),
    ...timestampProperties(),
  },
});
export type Questionnaire = InferEntity<typeof Questionnaire>;

export const QuestionnaireSection = defineEntity({
  name: 'QuestionnaireSection',
  tableName: 'questionnaire_section',
  ...tenantScoped,
  properties: {
    id: idProperty(),
    tenantId: tenantIdProperty(),
    questionnaire: p.manyToOne(Questionnaire).index(),
    position: p.integer(),
    title: p.string().length(300),
  },
});
export type QuestionnaireSection = InferEntity<typeof QuestionnaireSection>;

export const Question = defineEntity({
  name: 'Question',
  tableName: 'question',
  ...tenantScoped,
  uniques: [{ properties: ['questionnaire', 'key'] }],
  properties: {
    id: idProperty(),
    tenantId: tenantIdProperty(),
    questionnaire: p.manyToOne(Questionnaire),
    section: p.manyToOne(QuestionnaireSection).index(),
    position: p.integer(),
    /** Stable across the questionnaire's versions: the same key is the same question. */
    key: p.string().length(60),
    text: p.string().length(1000),
    help: p.string().length(1000).nullable(),
    kind: p.enum(() => QuestionKind),
    dimension: p.enum(() => Dimension),
    required: p.boolean().default(false),
    options: p.json<QuestionOption[]>(),
    minValue: p.integer().nullable(),
    maxValue: p.integer().nullable(),
  },
});
export type Question = InferEntity<typeof Question>;
