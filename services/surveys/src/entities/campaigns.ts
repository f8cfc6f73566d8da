import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { idProperty, tenantIdProperty, tenantScoped, timestampProperties } from '@qualipref/server-kit';
import { CampaignChannel } from '../domain/enums.js';
import type { PublicationSummary } from '../domain/results.js';
import { Panel } from './panels.js';
import { Questionnaire } from './questionnaires.js';

export const Campaign = defineEntity({
  name: 'Campaign',
  tableName: 'campaign',
  ...tenantScoped,
  indexes: [{ properties: ['tenantId', 'year'] }],
  properties: {
    id: idProperty(),
    tenantId: tenantIdProperty(),
    year: p.integer(),
    title: p.string().length(300),
    questionnaire: p.manyToOne(Questionnaire).index(),
    panel: p.manyToOne(Panel).index(),
    channel: p.enum(() => CampaignChannel),
    opensOn: p.date(),
    closesOn: p.date(),
    /** The results as published (a snapshot: late corrections never change what was published). */
    publication: p.json<PublicationSummary>().nullable(),
    publishedAt: p.datetime().nullable(),
    publishedBy: p.uuid().nullable(),
    createdBy: p.uuid(),
    ...timestampProperties(),
  },
});
export type Campaign = InferEntity<typeof Campaign>;
